"""The kernel under hostile or broken input: badly signed, truncated, non-JSON and unknown messages, then a
flood of 10,000 random ones. After each the kernel must still be up and answer correctly; nothing from a
badly signed message may run.

Run: .build/jupyter-venv/bin/python -m pytest Tests/Kernel/test_robustness.py
"""
import datetime
import hashlib
import hmac
import json
import random
import time
import unittest
import uuid

import zmq
from jupyter_client.manager import start_new_kernel

import kernelenv

kernelenv.install_kernelspec()
DELIM = b"<IDS|MSG>"


class RawClient:
    """A hand-made client: a DEALER on shell, a SUB on iopub, signing with the connection's key."""

    def __init__(self, info):
        self.key = info["key"] if isinstance(info["key"], bytes) else info["key"].encode()
        self.ctx = zmq.Context.instance()
        self.shell = self.ctx.socket(zmq.DEALER)
        self.shell.setsockopt(zmq.LINGER, 0)
        self.shell.connect("tcp://%s:%d" % (info["ip"], info["shell_port"]))
        self.iopub = self.ctx.socket(zmq.SUB)
        self.iopub.setsockopt(zmq.LINGER, 0)
        self.iopub.setsockopt(zmq.SUBSCRIBE, b"")
        self.iopub.connect("tcp://%s:%d" % (info["ip"], info["iopub_port"]))
        self.hb = self.ctx.socket(zmq.REQ)
        self.hb.setsockopt(zmq.LINGER, 0)
        self.hb.connect("tcp://%s:%d" % (info["ip"], info["hb_port"]))

    def close(self):
        for s in (self.shell, self.iopub, self.hb):
            s.close()

    def sign(self, parts):
        h = hmac.new(self.key, digestmod=hashlib.sha256)
        for p in parts:
            h.update(p)
        return h.hexdigest().encode()

    def frames(self, msg_type, content, signature=None, raw_parts=None):
        header = {"msg_id": uuid.uuid4().hex, "session": "robust", "username": "test", "msg_type": msg_type,
                  "version": "5.3", "date": datetime.datetime.now(datetime.timezone.utc).isoformat()}
        parts = raw_parts or [json.dumps(x).encode() for x in (header, {}, {}, content)]
        sig = self.sign(parts) if signature is None else signature
        return header, [DELIM, sig] + parts

    def send(self, frames):
        self.shell.send_multipart(frames)

    def reply(self, msg_id, timeout=10.0):
        """The reply whose parent is msg_id (other replies are skipped), or None."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.shell.poll(int(max(0.0, deadline - time.monotonic()) * 1000)):
                break
            frames = self.shell.recv_multipart()
            i = frames.index(DELIM)
            sig, h, p, m, c = frames[i + 1:i + 6]
            assert sig == self.sign([h, p, m, c]), "reply signature must verify"
            if json.loads(p).get("msg_id") == msg_id:
                return json.loads(h)["msg_type"], json.loads(c)
        return None

    def request(self, msg_type, content, timeout=10.0):
        header, frames = self.frames(msg_type, content)
        self.send(frames)
        return self.reply(header["msg_id"], timeout)

    def iopub_texts(self, quiet=0.3):
        out = []
        while self.iopub.poll(int(quiet * 1000)):
            frames = self.iopub.recv_multipart()
            i = frames.index(DELIM)
            content = json.loads(frames[i + 5])
            out.append(content.get("text", ""))
        return "".join(out)


class RobustnessTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=kernelenv.KERNEL_NAME, startup_timeout=60)
        cls.raw = RawClient(cls.km.get_connection_info())
        time.sleep(0.3)  # let the SUB socket join before anything is published

    @classmethod
    def tearDownClass(cls):
        cls.raw.close()
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=False)

    def assert_healthy(self):
        self.assertTrue(self.km.is_alive(), "kernel process died")
        self.raw.hb.send(b"ping-robust")
        self.assertTrue(self.raw.hb.poll(3000), "no heartbeat")
        self.assertEqual(self.raw.hb.recv(), b"ping-robust")
        kind, content = self.raw.request("kernel_info_request", {}) or (None, None)
        self.assertEqual(kind, "kernel_info_reply")
        kind, content = self.raw.request(
            "execute_request", {"code": "6*7", "silent": False, "store_history": False, "user_expressions": {},
                                "allow_stdin": False, "stop_on_error": False}, timeout=30) or (None, None)
        self.assertEqual((kind, content["status"]), ("execute_reply", "ok"))

    def test_bad_and_missing_signatures_are_dropped(self):
        for signature in (b"0" * 64, b"", b"not-hex", self.raw.sign([b"other"])):
            marker = "BYPASS-" + uuid.uuid4().hex[:8]
            header, frames = self.raw.frames(
                "execute_request", {"code": "print(%r)" % marker, "silent": False, "store_history": True,
                                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": False},
                signature=signature)
            self.raw.send(frames)
            self.assertIsNone(self.raw.reply(header["msg_id"], timeout=1.0), "answered a badly signed message")
            self.assertNotIn(marker, self.raw.iopub_texts(), "ran code from a badly signed message")
        self.assert_healthy()

    def test_truncated_and_malformed_multipart(self):
        header, good = self.raw.frames("kernel_info_request", {})
        for frames in (good[:3], good[:5], [DELIM], [b"garbage"], [b"", b""], good[2:], [DELIM, b""] + good[2:5]):
            self.raw.send(frames)
        self.assertIsNone(self.raw.reply(header["msg_id"], timeout=1.0))
        self.assert_healthy()

    def test_invalid_json_and_non_objects(self):
        bodies = ([b"{not json", b"{}", b"{}", b"{}"], [b"[]", b"{}", b"{}", b"{}"],
                  [b"{}", b"{}", b"{}", b"\xff\xfe"], [b"{}", b"{}", b"{}", b"[" * 100000])
        for parts in bodies:
            _, frames = self.raw.frames("kernel_info_request", {}, raw_parts=parts)
            self.raw.send(frames)
        self.assert_healthy()

    def test_unknown_message_types_are_ignored(self):
        for kind in ("frobnicate_request", "", "execute_reply", "input_reply", "debug_request"):
            header, frames = self.raw.frames(kind, {"x": 1})
            self.raw.send(frames)
            self.assertIsNone(self.raw.reply(header["msg_id"], timeout=0.5), "no reply to %r" % kind)
        self.assert_healthy()

    def test_flood_of_random_messages(self):
        rng = random.Random(20261122)
        alphabet = "()[]{}+-/ 0123456789'\",.:<>=\n"
        kinds = ["kernel_info_request", "complete_request", "inspect_request", "is_complete_request",
                 "history_request", "comm_info_request", "comm_open", "comm_msg", "comm_close",
                 "execute_request", "nonsense_request", "status"]

        def random_json():
            choice = rng.randrange(6)
            if choice == 0:
                return rng.randrange(-2**40, 2**40)
            if choice == 1:
                return "".join(rng.choice(alphabet + "abcé😀") for _ in range(rng.randrange(20)))
            if choice == 2:
                return [random_json() for _ in range(rng.randrange(3))]
            if choice == 3:
                return {str(rng.randrange(100)): random_json() for _ in range(rng.randrange(3))}
            return rng.choice([None, True, False, 1.5])

        sent_info = []
        for i in range(10_000):
            r = rng.random()
            if r < 0.3:
                frames = [bytes(rng.randrange(256) for _ in range(rng.randrange(40))) for _ in range(rng.randrange(8))]
                frames = frames or [b""]
            elif r < 0.5:
                _, frames = self.raw.frames(rng.choice(kinds), {"code": "x"}, signature=b"%064x" % rng.getrandbits(256))
            else:
                kind = rng.choice(kinds)
                content = {k: random_json() for k in ("code", "cursor_pos", "detail_level", "comm_id", "target_name",
                                                      "hist_access_type", "n", "data") if rng.random() < 0.5}
                if kind == "execute_request":
                    content.update(code="".join(rng.choice(alphabet) for _ in range(rng.randrange(12))),
                                   silent=rng.random() < 0.5, allow_stdin=False, stop_on_error=rng.random() < 0.5)
                header, frames = self.raw.frames(kind, content)
                if kind == "kernel_info_request":
                    sent_info.append(header["msg_id"])
            self.raw.send(frames)
        # Every signed kernel_info_request gets its reply, in order, among the others.
        answered = 0
        deadline = time.monotonic() + 240
        while answered < len(sent_info) and time.monotonic() < deadline:
            if not self.raw.shell.poll(1000):
                continue
            frames = self.raw.shell.recv_multipart()
            i = frames.index(DELIM)
            if json.loads(frames[i + 2])["msg_type"] == "kernel_info_reply":
                self.assertEqual(json.loads(frames[i + 3])["msg_id"], sent_info[answered])
                answered += 1
        self.assertEqual(answered, len(sent_info), "lost kernel_info replies in the flood")
        self.assert_healthy()


if __name__ == "__main__":
    unittest.main(verbosity=2)
