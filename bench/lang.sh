#!/usr/bin/env bash
# Language benchmarks: CPython and swiftray on the shared bench/dsl programs, in the same session,
# and the "Language" section of BENCHMARKS.md written from that run.
#
#   bench/lang.sh [RUNS]          RUNS per program and interpreter (default 5)
#
# For each program it runs CPython, then swiftray (interleaved, so both see the same machine load),
# through the shared runner `run.sh`, which times user+sys CPU of the whole process and checks the
# program's checksum against expected.txt. The section gets the CPU-time medians, their ratio
# (swiftray / CPython: 2.00x = twice CPython's CPU time), the checksum status and the geometric mean
# of the ratios over programs both ran correctly. A program swiftray cannot run yet is a FAIL row.
#
# Environment:
#   BENCH_DSL=dir        the shared benchmark folder (default: ../shared/bench/dsl next to the repo)
#   PYTHON_BIN=cmd       the CPython command (default: python3)
#   SWIFTRAY_BIN=cmd     the swiftray command (default: .build/release/swiftray; build it first with
#                        `swift build -c release`). The .py path is appended; the command is word-split.
#   BENCH_ONLY="a b"     only these programs
#   BENCHMARKS_FILE=path where to write the section (default: BENCHMARKS.md at the repo root); use a
#                        scratch file when SWIFTRAY_BIN is not the real swiftray (plumbing checks).
#   BENCH_KEEP=dir       keep the raw TSVs and runner logs in this folder
#
# Exit status: 0 when the section was written (even with FAIL rows), 2 on a usage or setup error.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

runs="${1:-5}"
case "$runs" in '' | *[!0-9]* | 0) echo "usage: bench/lang.sh [RUNS>0]" >&2; exit 2 ;; esac
dsl="${BENCH_DSL:-$repo/../shared/bench/dsl}"
if [ -f "$dsl" ]; then dsl="$(dirname "$dsl")"; fi  # accept the path of run.sh too
if [ ! -x "$dsl/run.sh" ] && [ ! -f "$dsl/run.sh" ]; then
    echo "bench/lang.sh: no run.sh in $dsl (set BENCH_DSL)" >&2
    exit 2
fi
dsl="$(cd "$dsl" && pwd)"
python_bin="${PYTHON_BIN:-python3}"
swiftray_bin="${SWIFTRAY_BIN:-.build/release/swiftray}"
out_file="${BENCHMARKS_FILE:-$repo/BENCHMARKS.md}"
if ! command -v python3 >/dev/null 2>&1; then
    echo "bench/lang.sh: python3 is needed to build the report" >&2
    exit 2
fi
if [ -z "${SWIFTRAY_BIN:-}" ] && [ ! -x "$swiftray_bin" ]; then
    echo "bench/lang.sh: $swiftray_bin is missing (swift build -c release); its rows will be FAIL" >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
programs="${BENCH_ONLY:-$(cut -d' ' -f1 "$dsl/expected.txt" | sort | tr '\n' ' ')}"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"

: > "$work/cpython.tsv"
: > "$work/swiftray.tsv"
for program in $programs; do
    : > "$work/one.tsv"
    echo "== $program: CPython ($python_bin), $runs runs"
    BENCH_ONLY="$program" BENCH_TSV="$work/one.tsv" bash "$dsl/run.sh" "$python_bin" "$runs" \
        > "$work/cpython-$program.log" 2>&1 || true
    cat "$work/one.tsv" >> "$work/cpython.tsv"
    : > "$work/one.tsv"
    echo "== $program: swiftray ($swiftray_bin), $runs runs"
    BENCH_ONLY="$program" BENCH_TSV="$work/one.tsv" bash "$dsl/run.sh" "$swiftray_bin" "$runs" \
        > "$work/swiftray-$program.log" 2>&1 || true
    cat "$work/one.tsv" >> "$work/swiftray.tsv"
    # run.sh lists each failure as "name: rc=N message" or "name: checksum ..." below its table.
    grep -E "^$program: " "$work/swiftray-$program.log" | head -1 >> "$work/swiftray-errors.txt" || true
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${BENCH_KEEP:-}" ]; then mkdir -p "$BENCH_KEEP" && cp "$work"/*.tsv "$work"/*.log "$BENCH_KEEP"/; fi

commit="$(git rev-parse --short HEAD 2>/dev/null || echo 'no commit')"
if [ -n "$(git status --porcelain 2>/dev/null | head -1)" ]; then commit="$commit + uncommitted changes"; fi
cpu_model="$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
memory="$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
python_version="$($python_bin --version 2>&1 | head -1)"

BENCH_STARTED="$started" BENCH_RUNS="$runs" BENCH_PY="$python_bin ($python_version)" \
BENCH_SR="$swiftray_bin" BENCH_COMMIT="$commit" BENCH_NPROC="$(nproc)" BENCH_MEM="$memory" \
BENCH_CPU="${cpu_model:-unknown}" BENCH_LOAD="$load_start at start, $load_end at end" \
python3 - "$work/cpython.tsv" "$work/swiftray.tsv" "$work/swiftray-errors.txt" > "$work/section.md" <<'PY'
import math, os, sys

def load(path):
    """name -> (ok CPU times, worst status) from run.sh TSV rows: name rep self cpu wall status."""
    result = {}
    for line in open(path):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 6:
            continue
        name, _rep, _self, cpu, _wall, status = parts
        times, worst = result.get(name, ([], "ok"))
        if status == "ok":
            times.append(float(cpu))
        elif worst == "ok" or status == "FAIL":
            worst = status
        result[name] = (times, worst)
    return result

def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2

cpython, swiftray = load(sys.argv[1]), load(sys.argv[2])
errors = [l.strip() for l in open(sys.argv[3])] if os.path.exists(sys.argv[3]) else []
env = os.environ
out = [
    "## Language",
    "",
    f"Measured {env['BENCH_STARTED']} by `bench/lang.sh` ({env['BENCH_RUNS']} run(s) per program and "
    "interpreter, interleaved per program) on the shared `bench/dsl` programs.",
    "",
    f"- Machine: {env['BENCH_NPROC']} cores, {env['BENCH_MEM']}, {env['BENCH_CPU']}",
    f"- Load average: {env['BENCH_LOAD']}",
    f"- CPython: `{env['BENCH_PY']}`; swiftray: `{env['BENCH_SR']}` at commit {env['BENCH_COMMIT']}",
    "- Metric: median user+sys CPU seconds of the whole process, startup included. "
    "Ratio = swiftray / CPython (below 1.00x: swiftray is faster).",
    "- Status: `ok` (checksum matches), `MISMATCH` (wrong checksum), `FAIL` (crash, error, timeout).",
    "",
    "| program | CPython CPU s | swiftray CPU s | ratio | status |",
    "|---|---:|---:|---:|---|",
]
logs = []
for name in sorted(set(cpython) | set(swiftray)):
    ptimes, pstatus = cpython.get(name, ([], "FAIL"))
    stimes, sstatus = swiftray.get(name, ([], "FAIL"))
    pcell = f"{median(ptimes):.2f}" if ptimes and pstatus == "ok" else f"- ({pstatus})"
    scell = f"{median(stimes):.2f}" if stimes and sstatus == "ok" else "-"
    ratio = "-"
    if ptimes and stimes and pstatus == "ok" and sstatus == "ok":
        r = median(stimes) / median(ptimes)
        logs.append(math.log(r))
        ratio = f"{r:.2f}x"
    status = sstatus if pstatus == "ok" else f"CPython {pstatus}"
    out.append(f"| {name} | {pcell} | {scell} | {ratio} | {status} |")
geo = f"{math.exp(sum(logs) / len(logs)):.2f}x over {len(logs)} programs" if logs else "- (no program ran correctly)"
out.append(f"| **geometric mean** | | | {geo} | |")
if errors:
    out += ["", "First swiftray error per failing program:", ""]
    out += [f"- `{e[:160]}`" for e in errors]
print("\n".join(out))
PY

python3 - "$out_file" "$work/section.md" <<'PY'
import os, sys
path, section = sys.argv[1], open(sys.argv[2]).read().rstrip("\n")
begin, end = "<!-- lang:begin -->", "<!-- lang:end -->"
block = f"{begin}\n{section}\n{end}"
if os.path.exists(path):
    text = open(path).read()
    if begin in text and end in text and text.index(begin) < text.index(end):
        text = text[: text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
else:
    text = ("# Benchmarks\n\nFigures measured on real runs only; each section is rewritten by the script "
            "named in it.\n\n" + block + "\n")
open(path, "w").write(text)
PY
echo
cat "$work/section.md"
echo
echo "bench/lang.sh: wrote the Language section of $out_file"
