#!/usr/bin/env python3
"""Drives the real `swiftray` REPL in a pseudo-terminal, as a person would, and checks what it shows.

Usage: repl_pty_check.py SWIFTRAY_BINARY SEED_SCRIPT

Checks (issue 8's "Done when"): the statements of fire_and_forget.py typed one by one print what the
script prints (worker output included, also when it arrives while the prompt waits); a %%time cell; Tab
completion of `ray.ge` and of an actor method; history recalled after a restart; Ctrl-C during
time.sleep(100) returns to the prompt within a second and the next statement works; Ctrl-D exits and
leaves no process or /dev/shm file behind. Exits 0 when every check passes; prints the transcript of a
failing step otherwise. Only the standard library is used (pty, select), so it runs wherever python3 does.
"""
import os
import pty
import re
import select
import signal
import sys
import tempfile
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x07|\r")


class Failure(Exception):
    pass


class Repl:
    def __init__(self, binary, home):
        env = dict(os.environ, HOME=home, TERM="xterm", COLUMNS="100", LINES="40")
        env.pop("NO_COLOR", None)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.chdir(home)
                os.execve(binary, [binary], env)
            finally:
                os._exit(127)
        self.raw = ""

    def text(self):
        return ANSI.sub("", self.raw)

    def pump(self, seconds):
        end = time.monotonic() + seconds
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.raw += chunk.decode("utf-8", "replace")

    def expect(self, pattern, timeout=30, start=0):
        """Waits until `pattern` (a regex) appears in the visible text after offset `start`."""
        end = time.monotonic() + timeout
        while True:
            match = re.search(pattern, self.text()[start:])
            if match:
                return match
            if time.monotonic() > end:
                raise Failure(f"timed out after {timeout}s waiting for {pattern!r}")
            self.pump(0.05)

    def mark(self):
        return len(self.text())

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def run(self, cell, prompt_number, timeout=60):
        """Types a cell (a paste when it has several lines), then waits for the next input prompt."""
        start = self.mark()
        self.send(cell + "\n")
        if "\n" in cell.strip("\n") or cell.rstrip().endswith(":"):
            time.sleep(0.2)
            self.send("\n")
        self.expect(rf"In \[{prompt_number}\]: ", timeout, start)
        return self.text()[start:]

    def wait_exit(self, timeout=10):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.pump(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
        raise Failure("the REPL did not exit")


def descendants(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(entry))
            except OSError:
                pass
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def statements(script):
    """Top-level statements of a script, each with its decorators and body, blank lines removed."""
    chunks, current = [], []
    for line in script.splitlines():
        if not line.strip():
            continue
        starts = not line[0].isspace()
        if starts and current and not current[-1].startswith("@"):
            chunks.append("\n".join(current))
            current = []
        current.append(line)
    if current:
        chunks.append("\n".join(current))
    return chunks


def main():
    binary, seed = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    home = tempfile.mkdtemp(prefix="swiftray-repl-")
    repl = Repl(binary, home)
    step = "start"
    try:
        repl.expect(r"In \[1\]: ", 10)
        # 1. The seed script, one statement at a time.
        step = "fire_and_forget.py statement by statement"
        with open(seed) as f:
            chunks = statements(f.read())
        n = 1
        for chunk in chunks:
            n += 1
            repl.run(chunk, n)
        repl.pump(2.0)  # the last fire-and-forget task prints while the prompt waits
        seen = repl.text()
        for line in [
            "1) Fire an actor task and wait for the result with ray.get()",
            r"\(EchoActor pid=\d+\) \[EchoActor\] actor call with ray.get\(\)",
            "2) Fire the same actor task without ray.get(), and drop the ObjectRef",
            r"\(EchoActor pid=\d+\) \[EchoActor\] actor call \(fire-and-forget\)",
            "3) Total actor calls: 2",
            r"\(echo pid=\d+\) \[echo task\] normal task with ray.get\(\)",
            "5) Fire a normal Ray task without saving the ObjectRef",
            r"\(echo pid=\d+\) \[echo task\] normal task \(fire-and-forget\)",
            r"Out\[\d+\]: ObjectRef\([0-9a-f]+\)",
        ]:
            if not re.search(line if "\\" in line else re.escape(line), seen):
                raise Failure(f"missing output line: {line}")
        # 2. A %%time cell: lines are collected until a blank line.
        step = "%%time cell"
        start = repl.mark()
        repl.send("%%time\n")
        time.sleep(0.1)
        repl.send("total = sum(range(1000))\n")
        time.sleep(0.1)
        repl.send("\n")
        n += 1
        repl.expect(rf"In \[{n}\]: ", 10, start)
        out = repl.text()[start:]
        if not re.search(r"CPU times: user .+, sys: .+, total: .+\nWall time: .+", out):
            raise Failure("%%time printed no timing")
        # 3. Tab completion: a module attribute and an actor method. (The transcript is a byte stream, not
        # a screen, so completed lines are checked by running them.)
        step = "Tab completion"
        start = repl.mark()
        repl.send("ray.ge\t")
        repl.expect(r"ray\.get", 5, start)
        repl.send("\t")
        repl.expect(r"get\s+get_actor\s+get_runtime_context", 5, start)
        repl.send("\x03")  # Ctrl-C drops the line
        n += 1
        repl.expect(rf"In \[{n - 1}\]: ", 5, repl.mark())
        start = repl.mark()
        repl.send("echo_actor.tot\t")
        time.sleep(0.2)
        repl.send(".rem\t")
        time.sleep(0.2)
        repl.send("()\n")
        repl.expect(rf"Out\[{n - 1}\]: ObjectRef\([0-9a-f]+\)", 10, start)
        repl.expect(rf"In \[{n}\]: ", 5, start)
        # 4. Ctrl-C during a long sleep.
        step = "Ctrl-C during time.sleep(100)"
        n += 1
        repl.run("import time", n)
        start = repl.mark()
        repl.send("time.sleep(100)\n")
        time.sleep(0.5)
        sent = time.monotonic()
        repl.send("\x03")
        n += 1
        repl.expect(rf"In \[{n}\]: ", 5, start)
        if time.monotonic() - sent > 1.0:
            raise Failure(f"the prompt came back after {time.monotonic() - sent:.2f}s")
        if "KeyboardInterrupt" not in repl.text()[start:]:
            raise Failure("no KeyboardInterrupt shown")
        n += 1
        out = repl.run("6 * 7", n)
        if not re.search(rf"Out\[{n - 1}\]: 42", out):
            raise Failure("the statement after Ctrl-C did not run")
        # Ctrl-C at the prompt drops the line being typed.
        start = repl.mark()
        repl.send("this is not python")
        repl.expect(r"this is not python", 5, start)  # echoed: the editor has the line
        start = repl.mark()
        repl.send("\x03")
        repl.expect(rf"In \[{n}\]: ", 5, start)  # a fresh prompt for the same cell number
        n += 1
        out = repl.run("'after'", n)
        if "SyntaxError" in out or not re.search(rf"Out\[{n - 1}\]: 'after'", out):
            raise Failure("Ctrl-C at the prompt did not clear the line")
        # 5. Ctrl-D exits, with no process or shared-memory file left.
        step = "Ctrl-D"
        processes = descendants(repl.pid)
        if not processes:
            raise Failure("no cluster processes were running")
        shm_before = set(os.listdir("/dev/shm"))
        repl.send("\x04")
        status = repl.wait_exit()
        if status != 0:
            raise Failure(f"exit status {status}")
        deadline = time.monotonic() + 5
        while any(alive(p) for p in processes) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = [p for p in processes if alive(p)]
        if left:
            raise Failure(f"processes left after Ctrl-D: {left}")
        new_shm = [f for f in set(os.listdir("/dev/shm")) - shm_before if "swiftray" in f]
        if new_shm:
            raise Failure(f"/dev/shm files left: {new_shm}")
        # 6. History survives a restart: Up recalls the last cell.
        step = "history after restart"
        if not os.path.exists(os.path.join(home, ".swiftray_history")):
            raise Failure("no ~/.swiftray_history written")
        repl = Repl(binary, home)
        repl.expect(r"In \[1\]: ", 10)
        start = repl.mark()
        repl.send("\x1b[A")
        repl.expect(r"'after'", 5, start)
        repl.send("\n")
        repl.expect(r"Out\[1\]: 'after'", 5, start)
        start = repl.mark()
        repl.send("%history -g 6 * 7\n")
        repl.expect(r"\n\s*\d+: 6 \* 7\n", 5, start)  # found in the previous session's history
        repl.send("exit()\n")
        if repl.wait_exit() != 0:
            raise Failure("exit() did not end the session with status 0")
    except Failure as failure:
        print(f"FAILED at step '{step}': {failure}")
        print("---- transcript ----")
        print(repl.text()[-6000:])
        try:
            os.kill(repl.pid, signal.SIGKILL)
            os.waitpid(repl.pid, 0)
        except OSError:
            pass
        return 1
    finally:
        for name in os.listdir(home):
            os.unlink(os.path.join(home, name))
        os.rmdir(home)
    print("REPL checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
