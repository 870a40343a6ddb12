#!/usr/bin/env bash
# Cluster runtime benchmarks: the shared Ray microbenchmark on real Ray and on swiftray, in the same
# session, and the "Cluster runtime" section of BENCHMARKS.md written from that run.
#
#   bench/ray.sh [RUNS]        RUNS per system (default 3), interleaved Ray, swiftray, Ray, ...
#
# The benchmark is ../shared/bench/ray/microbench.py. It runs unchanged on Ray. On swiftray it runs
# unchanged once `import numpy` works there; until then both systems run the same derived copy without
# the numpy section (the large-array metrics), made mechanically by bench/ray_compare.py (`derive`),
# so the two columns always come from the same program. The section reports medians per metric and
# the ratio against the goals of the tasks issue: init at least 20x faster, no-op task throughput at
# least 3x, sync task round trip at most a third of Ray's.
#
# Environment:
#   RAY_PYTHON=cmd      Python with ray installed (default /tmp/rayenv/bin/python; made with
#                       `python3 -m venv /tmp/rayenv && /tmp/rayenv/bin/pip install ray==2.60.0 numpy pandas`)
#   SWIFTRAY_BIN=cmd    default .build/release/swiftray (build with `swift build -c release`)
#   MICROBENCH=path     default ../shared/bench/ray/microbench.py next to the repo
#   BENCH_SMALL=1       64 MiB arrays (passed to the benchmark; default 0: the 1 GiB arrays the goals name)
#   BENCHMARKS_FILE     where to write the section (default BENCHMARKS.md)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
runs="${1:-3}"
case "$runs" in '' | *[!0-9]* | 0) echo "usage: bench/ray.sh [RUNS>0]" >&2; exit 2 ;; esac
ray_python="${RAY_PYTHON:-/tmp/rayenv/bin/python}"
swiftray_bin="${SWIFTRAY_BIN:-.build/release/swiftray}"
microbench="${MICROBENCH:-$repo/../shared/bench/ray/microbench.py}"
out_file="${BENCHMARKS_FILE:-$repo/BENCHMARKS.md}"
export BENCH_SMALL="${BENCH_SMALL:-0}"
if ! "$ray_python" -c "import ray" 2>/dev/null; then
    echo "bench/ray.sh: no ray in $ray_python (see RAY_PYTHON above)" >&2
    exit 2
fi
if [ ! -x "$swiftray_bin" ]; then
    echo "bench/ray.sh: $swiftray_bin missing; run 'swift build -c release'" >&2
    exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
program="$microbench"
variant="unchanged"
if ! "$swiftray_bin" -c "import numpy" 2>/dev/null; then
    python3 "$repo/bench/ray_compare.py" derive "$microbench" > "$work/microbench_tasks.py"
    program="$work/microbench_tasks.py"
    variant="without the numpy section (swiftray has no numpy yet)"
fi
# The machine's plain memcpy of 1 GiB, the baseline of the put goal.
if command -v cc >/dev/null 2>&1 && cc -O2 -o "$work/memcpy_baseline" "$repo/bench/memcpy_baseline.c"; then
    "$work/memcpy_baseline" > "$work/memcpy.txt" || true
fi
for i in $(seq 1 "$runs"); do
    echo "bench/ray.sh: run $i/$runs: ray"
    (cd "$work" && "$ray_python" "$program" > "$work/ray-$i.txt" 2> "$work/ray-$i.err") || true
    echo "bench/ray.sh: run $i/$runs: swiftray"
    (cd "$work" && "$repo/$swiftray_bin" "$program" > "$work/swiftray-$i.txt" 2> "$work/swiftray-$i.err") \
        || (cd "$work" && "$swiftray_bin" "$program" > "$work/swiftray-$i.txt" 2> "$work/swiftray-$i.err") || true
done
python3 "$repo/bench/ray_compare.py" report "$work" "$runs" "$variant" "$out_file"
# The seed notebook's cells 10 and 11 at full size, with peak memory (a section of their own).
python3 "$repo/bench/seed_cells.py" "$runs" "$out_file" "$ray_python" "$(cd "$repo" && realpath "$swiftray_bin")"
