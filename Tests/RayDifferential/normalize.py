#!/usr/bin/env python3
"""Canonicalizes the stdout or stderr of a Ray program so that runs of real Ray and of swiftray can be compared.

    normalize.py [--stderr] [--strip-ansi] [--keep-raylet] [--program-dir DIR] < raw > normalized

What it does, in order, line by line:
  * removes the program folder prefix from paths (`File "/abs/dir/x.py"` -> `File "x.py"`); DIR defaults to the cwd;
  * with --stderr: drops Ray's own log lines (`2026-11-22 08:07:20,455<TAB>INFO worker.py:2038 -- ...`, levels
    DEBUG/INFO/WARNING); ERROR lines (e.g. "Unhandled error") are kept, with timestamp and line number canonicalized;
  * drops Python traceback frames that are not in the program folder (Ray's own frames, absolute paths after the
    prefix removal, `<frozen ...>`), i.e. the `  File "..."` line and the indented source lines under it;
  * drops traceback caret lines (only spaces, `^` and `~`, at least one `^`), which CPython 3.11 prints under some
    frame source lines (Ray even leaves several stacked for the frames it strips);
  * replaces: timestamps -> <TS>, `/tmp/ray/session_...` -> /tmp/ray/session_S, `pid=123` -> pid=N,
    `ip=1.2.3.4` -> ip=IP, `node:1.2.3.4` -> node:IP, `0x7f...` -> 0xADDR, `file.py:123 --` -> `file.py:N --`,
    hex ids of 56/48/40/32/16/8 digits -> <ID56> ... <ID8> (8-digit ids must contain a decimal digit),
    `Worker PID: 123` / `Worker port: 123` -> N;
  * drops raylet messages (`<ESC>[33m(raylet)<ESC>[0m ...`: retries, dead workers), which Ray prints to the
    driver's stdout asynchronously and deduplicated, including the RayTaskError text that follows a
    `... Error: User exception:` line (header `ray::f() (pid=..)`, indented frame lines, the exception line);
    --keep-raylet keeps them;
  * with --strip-ansi: removes ANSI colour escapes (by default they are kept: Ray prints them even to files).
"""
import os
import re
import sys

LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}\t(DEBUG|INFO|WARNING) \S+:\d+ -- ")
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[ _]\d\d[:-]\d\d[:-]\d\d(?:[,.]\d+)?")
SESSION = re.compile(r"/tmp/ray/session_[0-9A-Za-z_\-]+")
FRAME = re.compile(r'^(\s*)File "([^"]*)", line \d+(?:, in .*)?$')
CARET = re.compile(r"^\s*[\^~]*\^[\^~]*\s*$")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
RAYLET = re.compile(r"^(\x1b\[33m)?\(raylet\)(\x1b\[0m)? ")
# Lines that continue a multi-line raylet message carrying a RayTaskError text ("... Error: User exception:").
TASK_ERROR_HEAD = re.compile(r"^(\x1b\[36m)?ray::")
EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(\([\w.]*\))?(: .*)?$")
SUBS = [
    (re.compile(r"\bpid=\d+"), "pid=N"),
    (re.compile(r"\bip=\d+(?:\.\d+){3}"), "ip=IP"),
    (re.compile(r"\bnode:\d+(?:\.\d+){3}"), "node:IP"),
    (re.compile(r"Worker (PID|port): \d+"), r"Worker \1: N"),
    (re.compile(r"\b0x[0-9a-f]+\b"), "0xADDR"),
    (re.compile(r"\b(\w+\.py):\d+ -- "), r"\1:N -- "),
]
HEX_IDS = [(re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{%d}(?![0-9A-Za-z])" % n), "<ID%d>" % n) for n in (56, 48, 40, 32, 16)]
HEX8 = re.compile(r"(?<![0-9A-Za-z])(?=[a-f]*\d)[0-9a-f]{8}(?![0-9A-Za-z])")


def drop_raylet_blocks(lines):
    out = []
    i = 0
    while i < len(lines):
        plain = ANSI.sub("", lines[i])
        if not RAYLET.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        i += 1
        if plain.rstrip().endswith("User exception:") and i < len(lines) and TASK_ERROR_HEAD.match(lines[i]):
            i += 1
            while i < len(lines) and lines[i].startswith(" "):
                i += 1
            if i < len(lines) and EXCEPTION_LINE.match(ANSI.sub("", lines[i]).split(" [repeated ")[0]):
                i += 1
    return out


def normalize(text, stderr=False, strip_ansi=False, program_dir=None, keep_raylet=False):
    dirs = {program_dir or os.getcwd()}
    dirs |= {os.path.realpath(d) for d in dirs}
    prefixes = sorted({d.rstrip("/") + "/" for d in dirs}, key=len, reverse=True)
    lines = text.split("\n")
    if not keep_raylet:
        lines = drop_raylet_blocks(lines)
    out = []
    skipping_frame_indent = None  # indentation of a dropped frame: drop deeper-indented lines after it
    for line in lines:
        for p in prefixes:
            line = line.replace(p, "")
        if stderr and LOG_LINE.match(line):
            continue
        plain = ANSI.sub("", line)
        m = FRAME.match(plain)
        if m:
            path = m.group(2)
            if path.startswith("/") or path.startswith("<frozen"):
                skipping_frame_indent = len(m.group(1))
                continue
            skipping_frame_indent = None
        elif skipping_frame_indent is not None:
            indent = len(plain) - len(plain.lstrip(" "))
            if plain.strip() and indent > skipping_frame_indent:
                continue
            skipping_frame_indent = None
        if CARET.match(plain):
            continue
        line = TIMESTAMP.sub("<TS>", SESSION.sub("/tmp/ray/session_S", line))
        for rx, rep in SUBS:
            line = rx.sub(rep, line)
        for rx, rep in HEX_IDS:
            line = rx.sub(rep, line)
        line = HEX8.sub("<ID8>", line)
        if strip_ansi:
            line = ANSI.sub("", line)
        out.append(line)
    return "\n".join(out)


def main(argv):
    stderr = "--stderr" in argv
    strip_ansi = "--strip-ansi" in argv
    keep_raylet = "--keep-raylet" in argv
    program_dir = None
    if "--program-dir" in argv:
        program_dir = argv[argv.index("--program-dir") + 1]
    data = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    sys.stdout.write(normalize(data, stderr=stderr, strip_ansi=strip_ansi, program_dir=program_dir, keep_raylet=keep_raylet))


if __name__ == "__main__":
    main(sys.argv[1:])
