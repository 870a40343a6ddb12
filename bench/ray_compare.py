"""Helpers of bench/ray.sh: derive the numpy-free microbenchmark, and write the BENCHMARKS.md section."""
import os
import platform
import re
import statistics
import sys
import time

from sections import write_section  # bench/sections.py

# metric -> (label, goal description, how to compute "better" ratio)
GOALS = {
    "init_s": ("cluster start (ray.init)", "swiftray at least 20x faster", "lower"),
    "tasks_async_per_s": ("no-op tasks, submit all then get", "at least 3x Ray's throughput", "higher"),
    "task_sync_p50_ms": ("sync task round trip (p50)", "at most 1/3 of Ray's", "lower"),
    "actor_calls_sync_per_s": ("synchronous actor calls", "at least 3x Ray's rate", "higher"),
    "actor_calls_pipelined_per_s": ("pipelined actor calls", "at least 3x Ray's rate", "higher"),
}
TARGET = {"init_s": 20.0, "tasks_async_per_s": 3.0, "task_sync_p50_ms": 3.0, "actor_calls_sync_per_s": 3.0,
          "actor_calls_pipelined_per_s": 3.0}
HIGHER = ("tasks_async_per_s", "actor_calls_sync_per_s", "actor_calls_pipelined_per_s")


def derive(path):
    """The microbenchmark without its numpy section (the large-array metrics): same code otherwise."""
    text = open(path).read()
    text = text.replace("import numpy as np\n", "")
    start = text.index("    # machine baselines")
    end = text.index("    # dependency chain")
    return text[:start] + text[end:]


def parse(path):
    out = {}
    if not os.path.exists(path):
        return out
    for line in open(path):
        parts = line.split()
        if len(parts) == 3:
            try:
                out[parts[0]] = (float(parts[1]), parts[2])
            except ValueError:
                pass
    return out


def report(work, runs, variant, out_file):
    runs = int(runs)
    ray = [parse(os.path.join(work, f"ray-{i}.txt")) for i in range(1, runs + 1)]
    sr = [parse(os.path.join(work, f"swiftray-{i}.txt")) for i in range(1, runs + 1)]
    metrics = []
    for r in ray + sr:
        for k in r:
            if k not in metrics:
                metrics.append(k)

    def median(rows, k):
        vals = [r[k][0] for r in rows if k in r]
        return (statistics.median(vals), len(vals)) if vals else (None, 0)

    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    lines = [
        "## Cluster runtime",
        "",
        f"`bench/ray.sh {runs}` on {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores ({cpu}), "
        f"{platform.system()} {platform.release()}. Program: ../shared/bench/ray/microbench.py, {variant}; "
        f"BENCH_SMALL={os.environ.get('BENCH_SMALL', '0')}. Medians of {runs} runs per system, interleaved.",
        "",
        "| metric | unit | Ray 2.60 | swiftray | swiftray advantage |",
        "|---|---|---:|---:|---:|",
    ]
    for k in metrics:
        (rm, rn), (sm, sn) = median(ray, k), median(sr, k)
        unit = next((r[k][1] for r in ray + sr if k in r), "")
        adv = ""
        if rm is not None and sm is not None and rm > 0 and sm > 0:
            higher = unit.startswith("1/")
            adv = f"{(sm / rm if higher else rm / sm):.1f}x"
        fmt = lambda v: "—" if v is None else (f"{v:g}")
        lines.append(f"| {k} | {unit} | {fmt(rm)} | {fmt(sm)} | {adv} |")
    lines += ["", "Goals of the tasks and actors issues:", ""]
    for k, (label, goal, _) in GOALS.items():
        (rm, _), (sm, _) = median(ray, k), median(sr, k)
        if rm is None or sm is None or sm == 0 or rm == 0:
            lines.append(f"- {label}: not measured")
            continue
        factor = sm / rm if k in HIGHER else rm / sm
        status = "met" if factor >= TARGET[k] else f"missed ({factor:.1f}x of the {TARGET[k]:g}x asked)"
        lines.append(f"- {label}: {factor:.1f}x — goal {goal}: {status}")
    (rp, _), (sp, _) = median(ray, "put_large_s"), median(sr, "put_large_s")
    if rp and sp:
        status = "met" if sp <= rp else f"missed ({rp / sp:.2f}x of Ray's speed)"
        lines.append(f"- put of a 1 GiB array: {rp / sp:.2f}x Ray's speed — goal at least as fast as Ray: {status}")
    memcpy = parse(os.path.join(work, "memcpy.txt")).get("memcpy_1gib_s")
    if sp and memcpy:
        factor = sp / memcpy[0]
        status = "met" if factor <= 1.5 else f"missed ({factor:.2f}x)"
        lines.append(f"- put of 1 GiB vs this machine's memcpy of 1 GiB ({memcpy[0]:g} s): {factor:.2f}x — "
                     f"goal within 1.5x: {status}")
    (sg, _) = median(sr, "get_large_s")
    if sg is not None:
        status = "met" if sg < 0.001 else f"missed by {(sg - 0.001) * 1000:.2f} ms"
        lines.append(f"- get of a 1 GiB array: {sg * 1000:.2f} ms — goal under 1 ms: {status}")
    (am, _) = median(sr, "async_actor_100x_sleep_0_5_s")
    if am is not None:
        status = "met" if am < 0.6 else f"missed by {am - 0.6:.3f} s"
        lines.append(f"- 100 concurrent 0.5 s awaits on one async actor: {am:g} s — goal under 0.6 s: {status}")
    failures = [i + 1 for i, r in enumerate(sr) if "total_s" not in r]
    if failures:
        lines += ["", f"swiftray runs that did not finish: {failures}"]
    section = "\n".join(lines)
    write_section(out_file, "ray", section)
    print(section)


if __name__ == "__main__":
    if sys.argv[1] == "derive":
        sys.stdout.write(derive(sys.argv[2]))
    elif sys.argv[1] == "report":
        report(*sys.argv[2:6])
