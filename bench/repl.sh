#!/usr/bin/env bash
# REPL start-up benchmark: swiftray, python3 and IPython in pseudo-terminals, in the same run; writes the
# "REPL start-up" section of BENCHMARKS.md (goal of the REPL issue: swiftray at least as fast as python3 to
# the first result, and 10 times faster than IPython).
#
#   bench/repl.sh [RUNS]     RUNS per shell (default 10)
#
# Environment: SWIFTRAY_BIN (default .build/release/swiftray), PYTHON3 (default: the python3 on PATH, resolved),
# IPYTHON (default .build/bench-venv/bin/ipython, installed there with pip when missing).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
runs="${1:-10}"
swiftray_bin="${SWIFTRAY_BIN:-$repo/.build/release/swiftray}"
# The interpreter itself, not a launcher script such as pyenv's shim (which would add its own start-up).
python3_bin="${PYTHON3:-$(python3 -c 'import sys; print(sys.executable)')}"
ipython_bin="${IPYTHON:-$repo/.build/bench-venv/bin/ipython}"
if [ ! -x "$swiftray_bin" ]; then
    echo "bench/repl.sh: $swiftray_bin missing; run 'swift build -c release'" >&2
    exit 2
fi
if [ ! -x "$ipython_bin" ] && [ -z "${IPYTHON:-}" ]; then
    python3 -m venv .build/bench-venv && .build/bench-venv/bin/pip install --quiet ipython \
        || echo "bench/repl.sh: could not install IPython; measuring without it" >&2
fi
python3 bench/repl_startup.py "$runs" "$repo/BENCHMARKS.md" "$swiftray_bin" "$python3_bin" "$ipython_bin"
