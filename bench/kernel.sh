#!/usr/bin/env bash
# Jupyter kernel benchmark: ../shared/jupyter/latency.py on swiftray's kernel and on ipykernel, alternating in
# the same run; writes the "Jupyter kernel" section of BENCHMARKS.md with the per-metric medians and the
# goals of the kernel issue (start to kernel_info_reply at least 5x faster than ipykernel; execute round
# trip and completion latency no slower; stream throughput no lower).
#
#   bench/kernel.sh [RUNS]     RUNS latency.py runs per kernel (default 3)
#
# Environment: SWIFTRAY_BIN (default .build/release/swiftray), JUPYTER_VENV (default .build/jupyter-venv, made
# by scripts/test.sh; it holds jupyter_client and ipykernel), LATENCY_PY (default ../shared/jupyter/latency.py).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
runs="${1:-3}"
swiftray_bin="${SWIFTRAY_BIN:-$repo/.build/release/swiftray}"
venv="${JUPYTER_VENV:-$repo/.build/jupyter-venv}"
latency="${LATENCY_PY:-$repo/../shared/jupyter/latency.py}"
for need in "$swiftray_bin" "$venv/bin/python" "$latency"; do
    if [ ! -e "$need" ]; then
        echo "bench/kernel.sh: $need missing (swift build -c release; scripts/test.sh makes the venv)" >&2
        exit 2
    fi
done
work="$(mktemp -d /tmp/swiftray-kernel-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
"$swiftray_bin" kernel install --prefix "$work" --name swiftray-bench >/dev/null
# ipykernel's own spec lives in the venv (share/jupyter/kernels/python3); ours comes first on the path.
export JUPYTER_PATH="$work/share/jupyter:$venv/share/jupyter"
export IPYTHONDIR="$work/ipython" JUPYTER_RUNTIME_DIR="$work/runtime"
for i in $(seq 1 "$runs"); do
    for kernel in swiftray-bench python3; do
        echo "bench/kernel.sh: run $i of $runs, $kernel" >&2
        "$venv/bin/python" "$latency" "$kernel" --json "$work/$kernel-$i.json" >"$work/$kernel-$i.txt"
    done
done
"$venv/bin/python" bench/kernel_report.py "$repo/BENCHMARKS.md" "$runs" "$work"/swiftray-bench-*.json -- "$work"/python3-*.json
