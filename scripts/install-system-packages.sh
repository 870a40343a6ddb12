#!/usr/bin/env bash
# Installs the C libraries SwiftRay links against, if any is missing (Debian/Ubuntu):
#   libzmq3-dev (ZeroMQ: Jupyter kernel, cluster transport), libedit-dev (REPL line editing),
#   pkg-config (SwiftPM finds both through it).
# Used by scripts/setup.sh and scripts/test.sh. Uses sudo only when not running as root.
set -euo pipefail

packages=(libzmq3-dev libedit-dev pkg-config)

if ! command -v dpkg >/dev/null 2>&1; then
    echo "install-system-packages: no dpkg here; make sure ${packages[*]} (or equivalents) are installed." >&2
    exit 0
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg -s "$package" 2>/dev/null | grep -q '^Status: install ok installed'; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "install-system-packages: installing ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "install-system-packages: need root or sudo to install ${missing[*]}" >&2
        exit 1
    fi
    sudo=(sudo)
fi
"${sudo[@]}" apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
