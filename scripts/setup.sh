#!/usr/bin/env bash
# First command for a newcomer: installs the system libraries, builds swiftray in release mode, and
# runs the main job, the tour notebook (Notebooks/tour.ipynb) in batch.
#
#   ./scripts/setup.sh
#
# Needs a Swift 6 toolchain on PATH (swift.org). On Debian 12 it installs libzmq3-dev, libedit-dev
# and pkg-config with apt-get if they are missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v swift >/dev/null 2>&1; then
    echo "setup: no 'swift' on PATH; install the Swift 6 toolchain from https://swift.org/install" >&2
    exit 1
fi

./scripts/install-system-packages.sh

echo "setup: swift build -c release"
swift build -c release

echo "setup: .build/release/swiftray Notebooks/tour.ipynb"
exec .build/release/swiftray Notebooks/tour.ipynb
