#!/usr/bin/env python3
"""Writes the "Jupyter kernel" section of BENCHMARKS.md (between <!-- kernel:begin --> and <!-- kernel:end -->)
from latency.py JSON files: medians over runs for swiftray and ipykernel, the ratio, and each goal.

usage: kernel_report.py BENCHMARKS_FILE RUNS SWIFTRAY_JSON... -- IPYKERNEL_JSON...
"""
import json
import os
import platform
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sections import write_section  # noqa: E402

ROWS = [
    # metric, label, goal (lambda swiftray, ipykernel -> bool) and its wording, or None
    ("startup_to_kernel_info_reply", "start → first kernel_info_reply", lambda s, i: s * 5 <= i, "≥ 5x faster"),
    ("kernel_info_rtt_median", "kernel_info round trip, median", None, ""),
    ("execute_to_reply_median", "execute `x = 1` → execute_reply, median", lambda s, i: s <= i, "no slower"),
    ("execute_to_idle_median", "execute `x = 1` → idle, median", lambda s, i: s <= i, "no slower"),
    ("execute_to_idle_p99", "execute `x = 1` → idle, p99", None, ""),
    ("stream_10k_lines_to_idle", "print 10 000 lines → idle", None, ""),
    ("stream_lines_per_s", "stream throughput", lambda s, i: s >= i, "no lower"),
    ("stream_messages", "stream messages for 10 000 lines", None, ""),
    ("complete_rtt_median", "complete `pri`, median", lambda s, i: s <= i, "no slower"),
    ("interrupt_to_reply_median", "interrupt `while True: pass` → reply", None, ""),
    ("shutdown_reply_median", "shutdown_request → shutdown_reply", None, ""),
    ("shutdown_exit_median", "shutdown_request → process gone", None, ""),
]


def load(paths):
    runs = [json.load(open(p))["metrics"] for p in paths]
    out = {}
    for name in runs[0]:
        values = [r[name][0] for r in runs if name in r]
        out[name] = (statistics.median(values), runs[0][name][1], min(values), max(values))
    return out


def fmt(v):
    return f"{v:.3g}" if abs(v) < 1000 else f"{v:,.0f}"


def main():
    bench, runs = sys.argv[1], int(sys.argv[2])
    split = sys.argv.index("--")
    ours, theirs = load(sys.argv[3:split]), load(sys.argv[split + 1:])
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    lines = [
        "## Jupyter kernel",
        "",
        f"`bench/kernel.sh {runs}` on {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores ({cpu}), "
        f"{platform.system()} {platform.release()}, load average {os.getloadavg()[0]:.1f} at the end. "
        f"`../shared/jupyter/latency.py` ran {runs} times on each kernel, alternating, in one run: swiftray's "
        "release build (kernelspec with `interrupt_mode: message`) and ipykernel 7.4.0 (IPython 9, CPython 3.11, "
        "signal interrupts). Values are medians of the per-run values (min–max in brackets).",
        "",
        "| Metric | swiftray | ipykernel | ipykernel / swiftray | Goal | Met |",
        "|---|---|---|---|---|---|",
    ]
    for name, label, goal, wording in ROWS:
        if name not in ours or name not in theirs:
            continue
        s, unit, smin, smax = ours[name]
        i, _, imin, imax = theirs[name]
        ratio = (i / s) if s else float("inf")
        if name == "stream_lines_per_s":
            ratio = (s / i) if i else float("inf")
        met = "" if goal is None else ("yes" if goal(s, i) else "**no**")
        lines.append(f"| {label} | {fmt(s)} {unit} ({fmt(smin)}–{fmt(smax)}) | {fmt(i)} {unit} ({fmt(imin)}–{fmt(imax)}) "
                     f"| {ratio:.1f}x | {wording} | {met} |")
    lines += [
        "",
        "The stream ratio is swiftray / ipykernel (higher is better); the others are ipykernel / swiftray. "
        "swiftray batches stream text for up to 50 ms, ipykernel flushes every 200 ms.",
    ]
    section = "\n".join(lines)
    write_section(bench, "kernel", section)
    print(section)


if __name__ == "__main__":
    main()
