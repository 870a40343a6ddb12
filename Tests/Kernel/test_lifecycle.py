"""The cluster lives with the kernel: worker output reaches the running cell's iopub stream (with its parent
header, before idle), a crashing worker or a failing cell leaves the kernel usable, and shutdown or restart
ends the kernel's cluster processes (head and workers) cleanly.

Run: .build/jupyter-venv/bin/python -m pytest Tests/Kernel/test_lifecycle.py
"""
import os
import queue
import signal
import time
import unittest

from jupyter_client.manager import start_new_kernel

import kernelenv

kernelenv.install_kernelspec()


def descendants(pid):
    """Pids of every process below `pid` (from /proc)."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.add(child)
            todo.append(child)
    return out


def alive(pids):
    return {p for p in pids if os.path.exists("/proc/%d" % p)
            and open("/proc/%d/stat" % p).read().rsplit(")", 1)[1].split()[0] != "Z"}


def execute(kc, code, timeout=60):
    msg_id = kc.execute(code, allow_stdin=False, stop_on_error=False)
    msgs = []
    while True:
        m = kc.get_iopub_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        msgs.append(m)
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    return reply["content"], msgs


def stdout(msgs):
    return "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")


class ClusterLifecycleTests(unittest.TestCase):
    def start(self):
        km, kc = start_new_kernel(kernel_name=kernelenv.KERNEL_NAME, startup_timeout=60)
        self.addCleanup(lambda: km.has_kernel and km.shutdown_kernel(now=True))
        self.addCleanup(kc.stop_channels)
        return km, kc

    def test_worker_output_and_crashes(self):
        km, kc = self.start()
        reply, msgs = execute(kc, "import ray\n\n@ray.remote\ndef hello(x):\n    print('from worker', x)\n    return x\n\n"
                                  "ray.get([hello.remote(i) for i in range(3)])")
        self.assertEqual(reply["status"], "ok")
        out = stdout(msgs)
        for i in range(3):
            self.assertRegex(out, r"\(hello pid=\d+\) from worker %d\n" % i)
        result = [m for m in msgs if m["msg_type"] == "execute_result"][0]["content"]["data"]["text/plain"]
        self.assertEqual(result, "[0, 1, 2]")
        reply, msgs = execute(kc, "@ray.remote\nclass Counter:\n    def __init__(self):\n        self.n = 0\n"
                                  "    def incr(self):\n        self.n += 1\n        print('count', self.n)\n        return self.n\n\n"
                                  "c = Counter.remote()\nray.get([c.incr.remote() for _ in range(2)])")
        self.assertEqual(reply["status"], "ok")
        self.assertRegex(stdout(msgs), r"\(Counter pid=\d+\) count 1\n")
        # A worker that dies: the cell fails, the kernel does not.
        reply, msgs = execute(kc, "import os\n\n@ray.remote(max_retries=0)\ndef crash():\n    os._exit(1)\n\nray.get(crash.remote())")
        self.assertEqual(reply["status"], "error")
        self.assertIn("WorkerCrashedError", reply["ename"])
        reply, msgs = execute(kc, "ray.get(hello.remote(7))")
        self.assertEqual(reply["status"], "ok")
        self.assertIn("from worker 7", stdout(msgs))
        self.assertTrue(km.is_alive())

    def test_sigint_interrupts_a_running_cell(self):
        km, kc = self.start()
        msg_id = kc.execute("while True:\n    pass", allow_stdin=False)
        while True:
            m = kc.get_iopub_msg(timeout=10)
            if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "execute_input":
                break
        time.sleep(0.3)
        os.kill(km.provisioner.process.pid, signal.SIGINT)  # the kernel process only, not its workers
        reply = kc.get_shell_msg(timeout=10)
        self.assertEqual((reply["content"]["status"], reply["content"]["ename"]), ("error", "KeyboardInterrupt"))
        reply, msgs = execute(kc, "print('alive')")
        self.assertEqual((reply["status"], stdout(msgs)), ("ok", "alive\n"), msgs)

    def test_shutdown_and_restart_end_the_cluster(self):
        km, kc = self.start()
        reply, _ = execute(kc, "import ray\n\n@ray.remote\ndef f():\n    return 1\n\nray.get(f.remote())\nprobe = 1")
        self.assertEqual(reply["status"], "ok")
        kernel_pid = km.provisioner.process.pid
        cluster = descendants(kernel_pid)
        self.assertTrue(cluster, "the cluster's head and workers run below the kernel")
        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=60)
        deadline = time.monotonic() + 10
        while alive(cluster | {kernel_pid}) and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertEqual(alive(cluster | {kernel_pid}), set(), "restart ends the old kernel and its cluster")
        reply, _ = execute(kc, "probe")
        self.assertEqual(reply["ename"], "NameError", "state does not survive a restart")
        reply, _ = execute(kc, "import ray\n\n@ray.remote\ndef g():\n    return 2\n\nray.get(g.remote())")
        self.assertEqual(reply["status"], "ok", "a new cluster starts in the new kernel")
        kernel_pid = km.provisioner.process.pid
        cluster = descendants(kernel_pid)
        t0 = time.monotonic()
        km.shutdown_kernel(now=False)
        self.assertLess(time.monotonic() - t0, 5.0)
        deadline = time.monotonic() + 10
        while alive(cluster | {kernel_pid}) and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertEqual(alive(cluster | {kernel_pid}), set(), "shutdown ends the kernel and its cluster")


if __name__ == "__main__":
    unittest.main(verbosity=2)
