"""Shared setup for SwiftRay's kernel tests: a private kernelspec for the built binary, found through
JUPYTER_PATH, so nothing is installed on the machine.

SWIFTRAY_BIN names the binary (default: .build/debug/swiftray). The kernelspec is written by the binary
itself (`swiftray kernel install --prefix DIR`), so these tests also cover the installer.
"""
import atexit
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
KERNEL_NAME = "swiftray-test"


def swiftray_binary():
    path = os.environ.get("SWIFTRAY_BIN") or os.path.join(ROOT, ".build", "debug", "swiftray")
    if not os.access(path, os.X_OK):
        raise SystemExit("swiftray binary not found at %s (build it or set SWIFTRAY_BIN)" % path)
    return path


_prefix = None


def install_kernelspec():
    """Install the kernelspec under a temporary prefix and put it on JUPYTER_PATH; returns the spec dir."""
    global _prefix
    if _prefix is None:
        _prefix = tempfile.mkdtemp(prefix="swiftray-kernelspec-")
        atexit.register(shutil.rmtree, _prefix, True)
        subprocess.run([swiftray_binary(), "kernel", "install", "--prefix", _prefix, "--name", KERNEL_NAME],
                       check=True, stdout=subprocess.DEVNULL)
        data = os.path.join(_prefix, "share", "jupyter")
        os.environ["JUPYTER_PATH"] = data + (os.pathsep + os.environ["JUPYTER_PATH"] if os.environ.get("JUPYTER_PATH") else "")
        # A private IPython profile and runtime dir: nothing leaks in from (or out to) the user's.
        os.environ["IPYTHONDIR"] = os.path.join(_prefix, "ipython")
        os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(_prefix, "runtime")
    spec = os.path.join(_prefix, "share", "jupyter", "kernels", KERNEL_NAME)
    with open(os.path.join(spec, "kernel.json")) as f:
        assert json.load(f)["argv"][0] == os.path.realpath(swiftray_binary()), "installed argv[0] is the binary"
    return spec
