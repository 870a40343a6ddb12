"""Optional end-to-end test: JupyterLab, headless, driven by a real browser (Debian's chromium and
chromedriver, through selenium). It opens the seed notebook with the SwiftRay kernel, runs all cells (one after the
other, as Run All would if no cell failed: the seed's numpy cells fail until numpy exists), saves a
screenshot and checks that cell 16's output (the `%%time` cell: CPU times, Wall time, [1, 1]) is on the page.

Skipped (exit status 0, a SKIPPED line) where chromium, chromedriver, jupyterlab or selenium is missing.
It runs the seed notebook (about 90 s), so KernelHarnessTests runs it only with SWIFTRAY_E2E_BROWSER=1.

  python Tests/Kernel/e2e_jupyterlab.py [--screenshot FILE]
Environment: SWIFTRAY_BIN, CHROMIUM (default /usr/bin/chromium), CHROMEDRIVER (default /usr/bin/chromedriver).
"""
import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request
import uuid

import kernelenv

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
SCREENSHOT = os.path.join(kernelenv.ROOT, ".build", "e2e-jupyterlab.png")


def missing():
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            return "no %s" % path
    try:
        import jupyterlab  # noqa: F401
        import selenium  # noqa: F401
    except ImportError as e:
        return "python package missing: %s" % e.name
    return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class JupyterLabEndToEnd(unittest.TestCase):
    screenshot = SCREENSHOT

    def setUp(self):
        why = missing()
        if why:
            raise unittest.SkipTest("JupyterLab end-to-end test skipped: " + why)

    def test_seed_notebook_in_jupyterlab(self):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        kernelenv.install_kernelspec()
        root = tempfile.mkdtemp(prefix="swiftray-lab-")
        self.addCleanup(shutil.rmtree, root, True)
        with open(os.path.join(kernelenv.ROOT, "Tests", "Seeds", "lifecycle.ipynb")) as f:
            nb = json.load(f)
        nb.setdefault("metadata", {})["kernelspec"] = {
            "name": kernelenv.KERNEL_NAME, "display_name": "SwiftRay", "language": "python"}
        with open(os.path.join(root, "lifecycle.ipynb"), "w") as f:
            json.dump(nb, f)
        port, token = free_port(), uuid.uuid4().hex
        server = subprocess.Popen(
            [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--port=%d" % port, "--ip=127.0.0.1",
             "--IdentityProvider.token=" + token, "--ServerApp.root_dir=" + root,
             "--LabApp.expose_app_in_browser=True", "--ServerApp.disable_check_xsrf=True", "--allow-root"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        self.addCleanup(self.stop_server, server)
        base = "http://127.0.0.1:%d" % port
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen("%s/api/status?token=%s" % (base, token), timeout=2)
                break
            except OSError:
                time.sleep(0.3)
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,2400",
                    "--disable-dev-shm-usage"):
            options.add_argument(arg)
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.addCleanup(driver.quit)
        driver.get("%s/lab/tree/lifecycle.ipynb?token=%s" % (base, token))

        def js(script):
            return driver.execute_script(script)

        # Wait for the notebook and its kernel (the SwiftRay kernel named in the notebook's metadata).
        deadline = time.monotonic() + 90
        kernel = None
        while time.monotonic() < deadline:
            kernel = js("""
                const app = window.jupyterapp; if (!app) return null;
                const w = app.shell.currentWidget; if (!w || !w.sessionContext) return null;
                const s = w.sessionContext.session; if (!s || !s.kernel) return null;
                return [s.kernel.name, s.kernel.status];""")
            if kernel and kernel[1] == "idle":
                break
            time.sleep(0.5)
        self.assertEqual(kernel, [kernelenv.KERNEL_NAME, "idle"], "the notebook runs on the SwiftRay kernel")
        # Run every code cell in order, each after the previous one finished. (Run All would stop at the first
        # error: the seed's numpy and pandas cells fail until those modules exist.)
        count = js("""return window.jupyterapp.shell.currentWidget.content.widgets.length;""")
        for index in range(count):
            is_code = js("""
                const w = window.jupyterapp.shell.currentWidget;
                const cell = w.content.widgets[%d];
                if (cell.model.type !== 'code' || !cell.model.sharedModel.getSource().trim()) return false;
                cell.model.executionCount = null;
                w.content.activeCellIndex = %d;
                window.jupyterapp.commands.execute('notebook:run-cell');
                return true;""" % (index, index))
            if not is_code:
                continue
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                time.sleep(0.2)
                done = js("""
                    const w = window.jupyterapp.shell.currentWidget;
                    return w.content.widgets[%d].model.executionCount !== null
                        && w.sessionContext.session.kernel.status === 'idle';""" % index)
                if done:
                    break
            self.assertTrue(done, "cell %d did not finish" % index)
        cell16 = js("""
            const w = window.jupyterapp.shell.currentWidget;
            const cell = w.content.widgets.find(c => c.model.metadata && (
                (c.model.getMetadata ? c.model.getMetadata('seed_label') : c.model.metadata.get('seed_label')) === '16'));
            w.content.scrollToItem(w.content.widgets.indexOf(cell));
            return cell.node.querySelector('.jp-Cell-outputWrapper').innerText;""")
        os.makedirs(os.path.dirname(self.screenshot), exist_ok=True)
        time.sleep(1)
        driver.save_screenshot(self.screenshot)
        print("screenshot:", self.screenshot)
        self.assertRegex(cell16, r"CPU times: user [0-9.]+ \S+, sys: [0-9.]+ \S+, total: [0-9.]+ \S+")
        self.assertRegex(cell16, r"Wall time: 15(\.[0-9]+)? s")
        self.assertIn("[1, 1]", cell16)

    @staticmethod
    def stop_server(server):
        import signal
        try:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(server.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            server.wait()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--screenshot", default=SCREENSHOT)
    args, rest = ap.parse_known_args()
    JupyterLabEndToEnd.screenshot = os.path.abspath(args.screenshot)
    unittest.main(argv=[sys.argv[0], "-v", *rest])
