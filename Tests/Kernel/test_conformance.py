"""SwiftRay against jupyter_kernel_test: the stock KernelTests with our samples (including the rich display
ones, which need display() and IPython.display), plus the history access types and the `obj?` pager.

Run: .build/jupyter-venv/bin/python -m pytest Tests/Kernel/test_conformance.py
"""
import unittest

import jupyter_kernel_test

import kernelenv

kernelenv.install_kernelspec()


class SwiftRayKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = kernelenv.KERNEL_NAME
    language_name = "python"
    file_extension = ".py"

    code_hello_world = 'print("hello, world")'
    code_stderr = 'import sys\nprint("error output", file=sys.stderr)'
    completion_samples = [
        {"text": "pri", "matches": {"print"}},
        {"text": "ra", "matches": {"raise", "range"}},
        {"text": "x = pri"},
    ]
    complete_code_samples = ["1", "6*7", "x = 1", "def f(x):\n    return x\n\n", "%time 1", "import ray"]
    incomplete_code_samples = ["for i in range(3):", "x = (1,", 's = """abc', "@ray.remote", "class A:"]
    invalid_code_samples = ["x = )", "1 +* 2", "print(1))", "x = ]"]
    code_generate_error = "raise ValueError('boom')"
    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": "'ab' + 'cd'", "result": "'abcd'"},
        {"code": "list(range(3))", "result": "[0, 1, 2]"},
        {"code": "{'a': 1}", "result": "{'a': 1}"},
        {"code": "3/2", "result": "1.5"},
    ]
    code_display_data = [
        {"code": "display(1)", "mime": "text/plain"},
        {"code": "from IPython.display import HTML\ndisplay(HTML('<b>bold</b>'))", "mime": "text/html"},
        {"code": "from IPython.display import Markdown\ndisplay(Markdown('# title'))", "mime": "text/markdown"},
        {"code": "from IPython.display import SVG\ndisplay(SVG('<svg xmlns=\"http://www.w3.org/2000/svg\"/>'))",
         "mime": "image/svg+xml"},
        {"code": "from IPython.display import JSON\ndisplay(JSON({'a': [1, 2]}))", "mime": "application/json"},
        {"code": "class P:\n    def _repr_png_(self):\n        return b'\\x89PNG\\r\\n\\x1a\\n'\ndisplay(P())",
         "mime": "image/png"},
        {"code": "class L:\n    def _repr_latex_(self):\n        return '$x^2$'\ndisplay(L())", "mime": "text/latex"},
    ]
    code_clear_output = "print('before')\nfrom IPython.display import clear_output\nclear_output(wait=True)\nprint('after')"
    code_page_something = "print?"
    code_inspect_sample = "len"
    code_history_pattern = "6*7"
    supported_history_operations = ("tail", "range", "search")

    # Beyond the stock tests: completion and inspection of session state, display handles, rich results of
    # user classes, formatter errors.

    def test_completion_uses_session_state(self):
        self.flush_channels()
        self.execute_helper("import json\nconfig = {'alpha': 1, 'beta': 2}")
        for code, start, expected in (("json.du", 5, {"dump", "dumps"}), ("config['al", 8, {"alpha"})):
            with self.subTest(code=code):
                self.kc.complete(code)
                reply = self.get_non_kernel_info_reply()
                self.assertEqual(reply["content"]["cursor_start"], start)
                self.assertEqual(reply["content"]["cursor_end"], len(code))
                self.assertTrue(expected <= set(reply["content"]["matches"]), reply["content"]["matches"])

    def test_inspect_user_function(self):
        self.flush_channels()
        self.execute_helper('def area(w, h=2):\n    "Width times height."\n    return w * h')
        self.kc.inspect("area(3, ", 8, 0)
        reply = self.get_non_kernel_info_reply()["content"]
        self.assertTrue(reply["found"])
        text = reply["data"]["text/plain"]
        self.assertIn("area(w, h=2)", text)
        self.assertIn("Width times height.", text)
        self.kc.inspect("area", 4, 1)
        source = self.get_non_kernel_info_reply()["content"]["data"]["text/plain"]
        self.assertIn("return w * h", source)
        self.kc.inspect("no_such_name", 3, 0)
        missing = self.get_non_kernel_info_reply()["content"]
        self.assertEqual((missing["found"], missing["data"]), (False, {}))

    def test_is_complete_as_ipython_answers_consoles(self):
        """jupyter console sends the buffer with the auto-indented line Enter was pressed on (IPython 9's answers)."""
        cases = {
            "for i in range(3):\n    print(i)\n    ": "complete",
            "for i in range(3):\n    print(i)\n": "complete",
            "for i in range(3):\n": "incomplete",
            "x = (1,\n": "incomplete",
            "s = '''a\n\n": "incomplete",
            "if x:\n    pass\nelse:\n    ": "incomplete",
        }
        for code, status in cases.items():
            with self.subTest(code=code):
                self.kc.is_complete(code)
                self.assertEqual(self.get_non_kernel_info_reply()["content"]["status"], status)

    def test_getpass_asks_for_a_password(self):
        self.flush_channels()
        msg_id = self.kc.execute("import getpass\nsecret = getpass.getpass('Secret: ')\nprint(len(secret))",
                                 allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=10)
        self.assertEqual(request["msg_type"], "input_request")
        self.assertEqual(request["parent_header"]["msg_id"], msg_id)
        self.assertEqual(request["content"], {"prompt": "Secret: ", "password": True})
        self.kc.input("abc")
        reply = self.kc.get_shell_msg(timeout=10)
        self.assertEqual(reply["content"]["status"], "ok")
        self.kc.execute("input()", allow_stdin=True)
        self.kc.get_stdin_msg(timeout=10)
        self.kc.input("\x04")  # Ctrl-D in jupyter console
        self.assertEqual(self.kc.get_shell_msg(timeout=10)["content"]["ename"], "EOFError")

    def test_display_handle_update(self):
        self.flush_channels()
        reply, msgs = self.execute_helper(
            "h = display('first', display_id=True)\nh.update('second')\nprint(type(h).__name__)")
        self.assertEqual(reply["content"]["status"], "ok")
        kinds = [m["msg_type"] for m in msgs]
        self.assertEqual(kinds, ["display_data", "update_display_data", "stream"])
        first, second = msgs[0]["content"], msgs[1]["content"]
        self.assertEqual(first["transient"]["display_id"], second["transient"]["display_id"])
        self.assertEqual(second["data"], {"text/plain": "'second'"})

    def test_rich_result_of_user_class(self):
        self.flush_channels()
        reply, msgs = self.execute_helper(
            "class C:\n    def _repr_html_(self):\n        return '<p>C</p>'\n"
            "    def _repr_json_(self):\n        return {'k': [1, None]}, {'expanded': True}\n"
            "    def __repr__(self):\n        return 'C()'\nC()")
        self.assertEqual(reply["content"]["status"], "ok")
        result = [m for m in msgs if m["msg_type"] == "execute_result"][0]["content"]
        self.assertEqual(result["data"], {"text/plain": "C()", "text/html": "<p>C</p>", "application/json": {"k": [1, None]}})
        self.assertEqual(result["metadata"], {"application/json": {"expanded": True}})

    def test_failing_repr_method_reports_and_still_displays(self):
        self.flush_channels()
        reply, msgs = self.execute_helper(
            "class E:\n    def _repr_html_(self):\n        raise ValueError('bad html')\n"
            "    def __repr__(self):\n        return 'E()'\nE()")
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "ValueError")
        kinds = [m["msg_type"] for m in msgs]
        self.assertEqual(kinds, ["error", "execute_result"])
        self.assertEqual(msgs[1]["content"]["data"], {"text/plain": "E()"})


if __name__ == "__main__":
    unittest.main(verbosity=2)
