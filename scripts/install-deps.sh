#!/usr/bin/env bash
# Installs the system libraries SwiftRay links against (libzmq, libedit) when they are missing.
# Safe to run repeatedly; uses sudo only when not root.
set -euo pipefail
missing=()
for pkg in libzmq3-dev libedit-dev pkg-config; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
