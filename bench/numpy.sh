#!/usr/bin/env bash
# numpy benchmarks: bench/numpy_ops.py under CPython with numpy 2.4 and under swiftray (its numpy subset), in
# the same run, interleaved, and the "numpy" section of BENCHMARKS.md written from that run.
#
#   bench/numpy.sh [RUNS]        RUNS processes per interpreter (default 3); each process times every
#                                operation NUMPY_BENCH_REPEAT times (default 5) and reports its median
#
# The section gets, per operation, the median over the runs of those per-process medians (wall seconds)
# and the ratio swiftray / numpy (below 1.00x: swiftray is faster).
#
# Environment:
#   NUMPY_PYTHON=cmd        CPython with numpy (default: /tmp/rayenv/bin/python)
#   SWIFTRAY_BIN=cmd        swiftray (default: .build/release/swiftray; `swift build -c release --product swiftray`)
#   NUMPY_BENCH_MB=N        size of the uint8 model in MiB (default 1000, the seed notebook's)
#   NUMPY_BENCH_FLOAT_MB=N  size of the float64 arrays in MiB (default 128)
#   BENCHMARKS_FILE=path    where to write the section (default: BENCHMARKS.md at the repo root)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
runs="${1:-3}"
case "$runs" in '' | *[!0-9]* | 0) echo "usage: bench/numpy.sh [RUNS>0]" >&2; exit 2 ;; esac
numpy_python="${NUMPY_PYTHON:-/tmp/rayenv/bin/python}"
swiftray_bin="${SWIFTRAY_BIN:-.build/release/swiftray}"
out_file="${BENCHMARKS_FILE:-$repo/BENCHMARKS.md}"
export NUMPY_BENCH_MB="${NUMPY_BENCH_MB:-1000}" NUMPY_BENCH_FLOAT_MB="${NUMPY_BENCH_FLOAT_MB:-128}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
for i in $(seq 1 "$runs"); do
    echo "== run $i: numpy ($numpy_python)"
    "$numpy_python" bench/numpy_ops.py > "$work/numpy-$i.tsv"
    echo "== run $i: swiftray ($swiftray_bin)"
    $swiftray_bin bench/numpy_ops.py > "$work/swiftray-$i.tsv"
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo 'no commit')"
if [ -n "$(git status --porcelain 2>/dev/null | head -1)" ]; then commit="$commit + uncommitted changes"; fi
numpy_version="$("$numpy_python" -c 'import numpy, sys; print("numpy", numpy.__version__, "on Python", sys.version.split()[0])')"
cpu_model="$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
memory="$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"

WORK="$work" RUNS="$runs" STARTED="$started" COMMIT="$commit" NUMPY_VERSION="$numpy_version" SR="$swiftray_bin" \
CPU="$cpu_model" NPROC="$(nproc)" MEM="$memory" LOAD_START="$load_start" LOAD_END="$load_end" OUT="$out_file" \
python3 - <<'PY'
import os, re
work, runs = os.environ["WORK"], int(os.environ["RUNS"])

def load(kind):
    table = {}
    order = []
    for i in range(1, runs + 1):
        for line in open(f"{work}/{kind}-{i}.tsv"):
            name, seconds = line.rstrip("\n").split("\t")
            if name not in table:
                table[name] = []
                order.append(name)
            table[name].append(float(seconds))
    return table, order

def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2

numpy_t, order = load("numpy")
swift_t, _ = load("swiftray")
mb, fmb = os.environ["NUMPY_BENCH_MB"], os.environ["NUMPY_BENCH_FLOAT_MB"]
lines = [
    "<!-- numpy:begin -->",
    "## numpy",
    "",
    f"Measured {os.environ['STARTED']} by `bench/numpy.sh {runs}`: `bench/numpy_ops.py` under {os.environ['NUMPY_VERSION']} "
    f"and under swiftray (`{os.environ['SR']}` at commit {os.environ['COMMIT']}), interleaved, {runs} process(es) each.",
    "",
    f"- Machine: {os.environ['NPROC']} cores, {os.environ['MEM']}, {os.environ['CPU']}; load average "
    f"{os.environ['LOAD_START']} at start, {os.environ['LOAD_END']} at end",
    f"- Arrays: the seed notebook's uint8 model `np.ones((1024, 1024, {mb}), dtype=np.uint8)` ({mb} MiB) and "
    f"float64 arrays of {fmb} MiB. Each process times every operation 5 times and keeps the median; the table "
    "shows the median over processes, in wall seconds (results are allocated fresh each time, page faults included).",
    "- Ratio = swiftray / numpy (below 1.00x: swiftray is faster).",
    "",
    "| operation | numpy s | swiftray s | ratio |",
    "|---|---:|---:|---:|",
]
for name in order:
    n = median(numpy_t[name])
    s = median(swift_t[name]) if name in swift_t else None
    ratio = f"{s / n:.2f}x" if s is not None and n > 0 else "n/a"
    lines.append(f"| {name} | {n:.4f} | {s:.4f} | {ratio} |" if s is not None else f"| {name} | {n:.4f} | FAIL | n/a |")
lines.append("<!-- numpy:end -->")
section = "\n".join(lines) + "\n"
path = os.environ["OUT"]
text = open(path).read() if os.path.exists(path) else "# Benchmarks\n"
pattern = re.compile(r"<!-- numpy:begin -->.*?<!-- numpy:end -->\n?", re.S)
text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
print(section)
PY
