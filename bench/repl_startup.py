#!/usr/bin/env python3
"""Start-up latency of interactive shells in a pseudo-terminal: launch to a ready prompt, and launch to the
first result of `1+1`, for swiftray, python3 and IPython, in one run. Medians of RUNS runs, interleaved.

usage: repl_startup.py RUNS BENCHMARKS_FILE SWIFTRAY_BIN PYTHON3 IPYTHON
Writes the "REPL start-up" section of BENCHMARKS.md (between <!-- repl:begin --> and <!-- repl:end -->).
"""
import os
import platform
import pty
import re
import select
import statistics
import sys
import tempfile
import time

from sections import write_section  # bench/sections.py

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[()][A-Za-z0-9]|\r")


def measure(argv, prompt, result, home):
    env = dict(os.environ, HOME=home, TERM="xterm", PYTHONSTARTUP="")
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    seen = ""
    ready = first = None
    sent = False
    deadline = start + 60
    while first is None and time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.5)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if b"\x1b[6n" in chunk:  # a cursor position request: answer as a terminal does
                os.write(fd, b"\x1b[1;1R")
            seen += ANSI.sub("", chunk.decode("utf-8", "replace"))
        if ready is None and re.search(prompt, seen):
            ready = time.perf_counter() - start
            os.write(fd, b"1+1\n")
            sent = True
            seen = ""
        elif sent and re.search(result, seen):
            first = time.perf_counter() - start
    os.write(fd, b"\x04")
    time.sleep(0.05)
    try:
        os.kill(pid, 9)
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    return ready, first


def main():
    runs, out_file, swiftray, python3, ipython = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
    shells = {
        "swiftray": ([swiftray], r"In \[1\]: ", r"Out\[1\]:\s*2"),
        "python3": ([python3, "-q"], r">>> ", r"\n2\n"),
        "ipython": ([ipython, "--no-banner", "--no-confirm-exit", "--colors=nocolor"], r"In \[1\]:", r"Out\[1\]:\s*2"),
    }
    if not os.path.exists(ipython):
        del shells["ipython"]
    samples = {name: ([], []) for name in shells}
    home = tempfile.mkdtemp(prefix="repl-bench-")
    for _ in range(runs):
        for name, (argv, prompt, result) in shells.items():
            ready, first = measure(argv, prompt, result, home)
            if ready is not None and first is not None:
                samples[name][0].append(ready * 1000)
                samples[name][1].append(first * 1000)
    for root, dirs, files in os.walk(home, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(home)
    med = {n: (statistics.median(s[0]), statistics.median(s[1])) for n, s in samples.items() if s[0]}
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    lines = [
        "## REPL start-up",
        "",
        f"`bench/repl.sh {runs}` on {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores ({cpu}), "
        f"{platform.system()} {platform.release()}. Each shell is started in a pseudo-terminal with an empty "
        "HOME; times are from launch to the first prompt, and to `Out[1]: 2` (or `2`) after typing `1+1`. "
        f"Medians of {runs} runs, interleaved.",
        "",
        "| shell | to prompt (ms) | to first result (ms) |",
        "|---|---:|---:|",
    ]
    for name, (ready, first) in med.items():
        lines.append(f"| {name} | {ready:.1f} | {first:.1f} |")
    if "swiftray" in med and "python3" in med:
        s, p = med["swiftray"], med["python3"]
        ok = s[1] <= p[1]
        lines += ["", f"- swiftray vs python3 (first result): {p[1] / s[1]:.2f}x — goal at least as fast: "
                  + ("met" if ok else f"missed by {s[1] - p[1]:.1f} ms")]
    if "swiftray" in med and "ipython" in med:
        s, i = med["swiftray"], med["ipython"]
        factor = i[1] / s[1]
        lines.append(f"- swiftray vs IPython (first result): {factor:.1f}x — goal 10x: "
                     + ("met" if factor >= 10 else f"missed ({factor:.1f}x)"))
    section = "\n".join(lines)
    write_section(out_file, "repl", section)
    print(section)


if __name__ == "__main__":
    main()
