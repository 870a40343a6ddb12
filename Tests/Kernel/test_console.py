"""`jupyter console --kernel swiftray` driven through a pseudo-terminal (pexpect): statements, results, an
error, input() through the stdin channel, Ctrl-C stopping a running loop (the kernel survives), Tab
completion and a multi-line block in the full prompt_toolkit UI, and Ctrl-D ending the kernel process.

Run: .build/jupyter-venv/bin/python -m pytest Tests/Kernel/test_console.py
"""
import os
import re
import shutil
import sys
import time
import unittest

import pexpect

import kernelenv

kernelenv.install_kernelspec()
PROMPT = r"In \[\d+\]: "
COLOURED = r"(?:\x1b\[[0-9;]*m)*"


def console(*extra):
    jupyter = os.path.join(os.path.dirname(sys.executable), "jupyter")
    if not os.path.exists(jupyter):
        jupyter = shutil.which("jupyter")
    env = dict(os.environ, PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm")
    child = pexpect.spawn(jupyter, ["console", "--kernel", kernelenv.KERNEL_NAME, *extra], env=env,
                          encoding="utf-8", timeout=30, dimensions=(40, 160))
    return child


def kernel_pids():
    pids = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/cmdline" % entry, "rb") as f:
                    args = f.read().split(b"\0")
            except OSError:
                continue
            if len(args) > 2 and args[1] == b"kernel" and args[0].endswith(b"swiftray"):
                pids.add(int(entry))
    return pids


class ConsoleTests(unittest.TestCase):
    def test_simple_prompt_session(self):
        before = kernel_pids()
        c = console("--simple-prompt")
        try:
            c.expect("SwiftRay", timeout=60)
            c.expect(r"In \[1\]: ", timeout=60)
            c.sendline("print('hello from console')")
            c.expect(r"hello from console\r?\n")
            c.expect(PROMPT)
            c.sendline("6*7")
            c.expect(r"Out\[2\]: 42")
            c.expect(PROMPT)
            c.sendline("1/0")
            c.expect("ZeroDivisionError")
            c.expect(PROMPT)
            c.sendline("name = input('name? ')")
            c.expect(r"name\? ")
            c.sendline("Ray")
            c.expect(PROMPT)
            c.sendline("print('hi ' + name)")
            c.expect("hi Ray")
            c.expect(PROMPT)
            c.sendline("while True: pass")
            time.sleep(1.0)
            c.sendintr()
            c.expect("KeyboardInterrupt", timeout=20)
            c.expect(PROMPT)
            c.sendline("print('still alive')")
            c.expect("still alive")
            c.expect(PROMPT)
            started = kernel_pids() - before
            self.assertEqual(len(started), 1, "one kernel process for the console")
            c.sendcontrol("d")
            if c.expect([pexpect.EOF, r"Do you really want to exit"], timeout=20) == 1:
                c.sendline("y")
                c.expect(pexpect.EOF, timeout=20)
            deadline = time.monotonic() + 10
            while kernel_pids() & started and time.monotonic() < deadline:
                time.sleep(0.1)
            self.assertEqual(kernel_pids() & started, set(), "the kernel ends with the console")
        finally:
            c.close(force=True)

    def test_full_ui_completion_and_blocks(self):
        c = console()
        try:
            c.expect(rf"In \[{COLOURED}1{COLOURED}\]: ", timeout=60)
            c.send("pri")
            c.send("\t")
            c.expect("print", timeout=10)
            c.send("('completed')")
            c.send("\r")
            c.expect("completed")
            c.expect(rf"In \[{COLOURED}2{COLOURED}\]: ")
            c.send("for i in range(3):")
            c.send("\r")
            c.expect(r"\.\.\.:", timeout=10)  # is_complete said incomplete: a continuation prompt
            c.send("print('item', i)")
            c.send("\r")
            c.send("\r")  # the auto-indented line, then an empty one, end the block
            c.send("\r")
            c.expect("item 2")
            c.expect(rf"In \[{COLOURED}3{COLOURED}\]: ")
            time.sleep(0.3)
            c.sendcontrol("d")
            if c.expect([pexpect.EOF, r"Do you really want to exit"], timeout=20) == 1:
                c.send("y\r")
                c.expect(pexpect.EOF, timeout=20)
        finally:
            c.close(force=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
