"""Notebooks through the kernel with nbclient (what `jupyter nbconvert --execute` and papermill use): a small
notebook of rich displays (stored as text/html, image/png... and valid nbformat), and the seed notebook
Tests/Seeds/lifecycle.ipynb, whose task and actor cells must show what Ray showed and whose every cell runs: the
numpy cells move the 1000 MiB model, and the last cell renders debugging_ray.csv with the pandas Styler (the CSV
is made first, as the README says: the "In [None]" cell run with RAY_BACKEND_LOG_LEVEL=debug, then
`swiftray logs --csv`).

The seed notebook takes about 90 s; it is this suite's only run of it (the batch run is SeedNotebookTests).
Run: .build/jupyter-venv/bin/python -m pytest Tests/Kernel/test_notebook.py
"""
import glob
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

import nbformat
from nbclient import NotebookClient

import kernelenv

kernelenv.install_kernelspec()
SEEDS = os.path.join(kernelenv.ROOT, "Tests", "Seeds")


def run(nb, timeout=600, cwd=None):
    client = NotebookClient(nb, kernel_name=kernelenv.KERNEL_NAME, timeout=timeout, allow_errors=True,
                            record_timing=True, resources={"metadata": {"path": cwd or SEEDS}})
    client.execute()
    return nb


def text(value):
    return "".join(value) if isinstance(value, list) else value


class RichNotebookTests(unittest.TestCase):
    def test_rich_outputs_are_stored(self):
        cells = [
            "from IPython.display import HTML, Markdown, Image, display\nHTML('<b>bold</b>')",
            "class Table:\n    def _repr_html_(self):\n        return '<table><tr><td>1</td></tr></table>'\n"
            "    def __repr__(self):\n        return 'Table()'\nTable()",
            "png = bytes.fromhex('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d494441"
            "5478da6364f8cf500f00038601805a347d6b0000000049454e44ae426082')\ndisplay(Image(data=png, width=20))",
            "h = display(Markdown('*step 1*'), display_id=True)\nh.update(Markdown('*done*'))",
            "print('gone')\nfrom IPython.display import clear_output\nclear_output()\nprint('kept')",
        ]
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
        run(nb, timeout=60)
        nbformat.validate(nb)
        outs = [c.outputs for c in nb.cells]
        self.assertEqual(outs[0][0].output_type, "execute_result")
        self.assertEqual(outs[0][0].data["text/html"], "<b>bold</b>")
        self.assertEqual(outs[0][0].data["text/plain"], "<IPython.core.display.HTML object>")
        self.assertEqual(outs[1][0].data["text/html"], "<table><tr><td>1</td></tr></table>")
        self.assertEqual(outs[2][0].output_type, "display_data")
        self.assertEqual(outs[2][0].data["image/png"], "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                         "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
        self.assertEqual(outs[2][0].metadata, {"image/png": {"width": 20}})
        self.assertEqual([o.data["text/markdown"] for o in outs[3]], ["*done*"], "updated in place")
        self.assertEqual([(o.output_type, o.get("text")) for o in outs[4]], [("stream", "kept\n")])


class SeedNotebookThroughKernelTests(unittest.TestCase):
    def test_seed_notebook(self):
        with open(os.path.join(SEEDS, "lifecycle.ipynb")) as f:
            nb = nbformat.read(f, as_version=4)
        with open(os.path.join(SEEDS, "lifecycle.expected.json")) as f:
            expected = json.load(f)
        directory = tempfile.mkdtemp(prefix="swiftray-kernel-seed-")
        self.addCleanup(shutil.rmtree, directory, True)
        binary = kernelenv.swiftray_binary()
        source = next(text(c.source) for c in nb.cells
                      if c.cell_type == "code" and str(c.metadata.get("seed_label")) == "None")
        with open(os.path.join(directory, "in_none.py"), "w") as f:
            f.write(source)
        debug = subprocess.Popen([binary, "in_none.py"], cwd=directory, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, env=dict(os.environ, RAY_BACKEND_LOG_LEVEL="debug"))
        _, err = debug.communicate(timeout=300)
        self.assertEqual(debug.returncode, 0, err.decode())
        session = next(iter(glob.glob("/tmp/swiftray/session_*_%d" % debug.pid)), None)
        self.assertIsNotNone(session, "the debug run's session directory (with its logs) is kept")
        self.addCleanup(shutil.rmtree, session, True)
        csv = subprocess.run([binary, "logs", "--csv", "--session", session], capture_output=True, check=True)
        with open(os.path.join(directory, "debugging_ray.csv"), "wb") as f:
            f.write(csv.stdout)
        run(nb, cwd=directory)
        by_label = {}
        for cell in nb.cells:
            if cell.cell_type == "code":
                by_label[str(cell.metadata.get("seed_label"))] = cell

        def result(label):
            for o in by_label[label].outputs:
                if o.output_type == "execute_result":
                    return text(o.data["text/plain"])
            return None

        def stdout(label):
            return "".join(text(o.text) for o in by_label[label].outputs
                           if o.output_type == "stream" and o.name == "stdout")

        def error(label):
            return next((o.ename for o in by_label[label].outputs if o.output_type == "error"), None)

        def seconds(label):
            ex = by_label[label].metadata["execution"]
            parse = nbformat.v4.nbbase  # noqa: F841 (timestamps are ISO 8601 with Z)
            from datetime import datetime
            start = datetime.fromisoformat(ex["iopub.execute_input"].replace("Z", "+00:00"))
            end = datetime.fromisoformat(ex["shell.execute_reply"].replace("Z", "+00:00"))
            return (end - start).total_seconds()

        object_ref = re.compile(r"^ObjectRef\([0-9a-f]{56}\)$")
        self.assertRegex(result("4"), object_ref)
        self.assertEqual(result("4"), expected["4"], "ids derive deterministically, as in Ray")
        self.assertEqual(result("5"), expected["5"])
        self.assertEqual(result("7"), expected["7"])
        running = re.compile(r"^task expensive_computation_[0-9a-f]{8} is in state=RUNNING running on worker "
                             r"[0-9a-f]{8} as part of Job ID 01000000$")
        states = stdout("8").splitlines()
        self.assertEqual(len(states), 4, stdout("8"))
        for line in states:
            self.assertRegex(line, running)
        self.assertEqual(result("13"), "[None, None]")
        self.assertEqual(result("14"), "2")
        timing = stdout("16").splitlines()
        self.assertEqual(len(timing), 2, stdout("16"))
        self.assertRegex(timing[0], r"^CPU times: user [0-9.]+ (ns|μs|ms|s), sys: [0-9.]+ (ns|μs|ms|s), "
                                    r"total: [0-9.]+ (ns|μs|ms|s)$")
        self.assertRegex(timing[1], r"^Wall time: 15(\.[0-9]+)? s$")
        self.assertEqual(result("16"), "[1, 1]")
        self.assertAlmostEqual(seconds("2"), 15.25, delta=0.5)
        self.assertAlmostEqual(seconds("13"), 6.15, delta=0.5)
        for label in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "None", "12", "13", "14", "15", "16",
                      "29"]:
            self.assertIsNone(error(label), "cell %s" % label)
        self.assertTrue(result("None").startswith("array([[[1, 1, 1, ..., 1, 1, 1],"), result("None"))
        # The last cell: the Styler's HTML printed between backticks, and the styler shown as text/html.
        self.assertTrue(stdout("29").startswith('`<style type="text/css">\n#T_'), stdout("29")[:200])
        html = [text(o.data["text/html"]) for o in by_label["29"].outputs if "text/html" in o.get("data", {})]
        self.assertTrue(html and "background-color: orange;" in html[0], "cell 29 shows the styled table")
        self.assertEqual(nb.metadata.language_info.name, "python")
        nbformat.validate(nb)


if __name__ == "__main__":
    unittest.main(verbosity=2)
