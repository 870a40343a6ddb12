#!/usr/bin/env python3
"""The seed notebook's cells 10 and 11 (a 1000 MiB numpy model passed by value to three tasks, then once
through ray.put) on real Ray and on swiftray, in the same run: wall time of each cell and the peak memory of
all the processes of each system (the sum of their resident sets, sampled every 20 ms; pages of shared
memory mapped by several processes count once per process, as `ps` adds them up).

usage: seed_cells.py RUNS BENCHMARKS_FILE RAY_PYTHON SWIFTRAY_BIN
Writes the "Seed cells 10 and 11" section of BENCHMARKS.md.
"""
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time

from sections import write_section  # bench/sections.py

PROGRAM = '''
import time
import ray
import numpy as np

def load_model(size_mb):
    weights = np.ones((1024, 1024, size_mb), dtype=np.uint8)
    assert weights.nbytes / 1024**2 == size_mb
    return weights

@ray.remote
def predict(model, input):
    return model * input

ray.init()
model = load_model(1_000)
start = time.perf_counter()
futures = ray.get([predict.remote(model, i) for i in range(3)])
print("cell10", time.perf_counter() - start, flush=True)
del futures
start = time.perf_counter()
model_ref = ray.put(model)
futures = ray.get([predict.remote(model_ref, i) for i in range(3)])
print("cell11", time.perf_counter() - start, flush=True)
'''


def tree_rss_kib(root):
    children = {}
    rss = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        rss[int(entry)] = int(line.split()[1])
            children.setdefault(ppid, []).append(int(entry))
        except (OSError, ValueError, IndexError):
            pass
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


def run(argv, directory):
    process = subprocess.Popen(argv, cwd=directory, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kib(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, _ = process.communicate()
    done.set()
    sampler.join()
    times = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("cell10", "cell11"):
            times[parts[0]] = float(parts[1])
    return times, peak[0] / 1024 / 1024


def main():
    runs, out_file, ray_python, swiftray = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    directory = tempfile.mkdtemp(prefix="seed-cells-")
    path = os.path.join(directory, "cells.py")
    with open(path, "w") as f:
        f.write(PROGRAM)
    systems = {"Ray 2.60": [ray_python, path], "swiftray": [swiftray, path]}
    results = {name: {"cell10": [], "cell11": [], "peak": []} for name in systems}
    for i in range(runs):
        for name, argv in systems.items():
            print(f"seed_cells.py: run {i + 1}/{runs}: {name}", file=sys.stderr)
            times, peak = run(argv, directory)
            for cell in ("cell10", "cell11"):
                if cell in times:
                    results[name][cell].append(times[cell])
            results[name]["peak"].append(peak)
    os.unlink(path)
    os.rmdir(directory)
    med = {n: {k: (statistics.median(v) if v else None) for k, v in r.items()} for n, r in results.items()}
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    fmt = lambda v, unit: "—" if v is None else f"{v:.2f} {unit}"
    lines = [
        "## Seed cells 10 and 11",
        "",
        f"`bench/seed_cells.py {runs}` on {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores ({cpu}), "
        f"{platform.system()} {platform.release()}. The seed's 1000 MiB model: cell 10 passes it by value to three "
        "`predict` tasks (three copies in the store), cell 11 puts it once and passes the ref. Wall time of each "
        f"cell and peak resident memory of all processes of the system; medians of {runs} runs, interleaved.",
        "",
        "| system | cell 10 | cell 11 | peak RSS, all processes |",
        "|---|---:|---:|---:|",
    ]
    for name in systems:
        m = med[name]
        lines.append(f"| {name} | {fmt(m['cell10'], 's')} | {fmt(m['cell11'], 's')} | {fmt(m['peak'], 'GiB')} |")
    r, s = med["Ray 2.60"], med["swiftray"]
    lines.append("")
    for cell, label in (("cell10", "cell 10"), ("cell11", "cell 11")):
        if r[cell] and s[cell]:
            verdict = "met" if s[cell] < r[cell] else f"missed by {s[cell] - r[cell]:.2f} s"
            lines.append(f"- {label}: swiftray {r[cell] / s[cell]:.2f}x Ray's speed — goal faster than Ray: {verdict}")
    write_section(out_file, "seedcells", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
