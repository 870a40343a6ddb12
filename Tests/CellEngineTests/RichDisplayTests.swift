import Notebook
import PyRuntime
import XCTest

@testable import CellEngine

/// IPython's display protocol in the engine (bundles as ipykernel 7.4 sends them, recorded from it), the
/// `IPython.display` module, batch notebooks storing the bundles, inspection, help cells, input providers,
/// history and user expressions.
final class RichDisplayTests: XCTestCase {
    func makeSession() -> Session { SessionTests.makeSession() }

    func testResultBundleOfUserClass() throws {
        let s = makeSession()
        let r = s.execute("""
            class C:
                def _repr_html_(self): return "<p>C</p>"
                def _repr_markdown_(self): return "**C**"
                def _repr_svg_(self): return None
                def __repr__(self): return "C()"
            C()
            """)
        XCTAssertEqual(r.status, .ok)
        guard case .richResult(let n, let bundle)? = r.outputs.all.last else { return XCTFail("\(r.outputs.all)") }
        XCTAssertEqual(n, 1)
        XCTAssertEqual(bundle.data, JSONObject([
            ("text/plain", .string("C()")), ("text/html", .string("<p>C</p>")), ("text/markdown", .string("**C**")),
        ]))
        XCTAssertEqual(r.resultText, "C()")
        guard case .result(_, "42")? = s.execute("6*7").outputs.all.last else { return XCTFail("plain values stay .result") }
    }

    func testJSONWithMetadataAndPNGBytes() {
        let s = makeSession()
        let r = s.execute("""
            class D:
                def _repr_json_(self): return {"k": [1, 2.5, None]}, {"expanded": True}
                def _repr_png_(self): return b"\\x89PNG"
            D()
            """)
        guard case .richResult(_, let bundle)? = r.outputs.all.last else { return XCTFail("\(r.outputs.all)") }
        XCTAssertEqual(bundle.data["application/json"], .object(JSONObject([("k", .array([.int(1), .double(2.5), .null]))])))
        XCTAssertEqual(bundle.data["image/png"], .string("iVBORw=="))
        XCTAssertEqual(bundle.metadata, JSONObject([("application/json", .object(JSONObject([("expanded", .bool(true))])))]))
    }

    func testFailingReprMethodIsReportedAndTheRestShown() {
        let s = makeSession()
        let r = s.execute("""
            class E:
                def _repr_html_(self): raise ValueError("bad html")
                def __repr__(self): return "E()"
            E()
            """)
        XCTAssertEqual(r.status, .error, "IPython marks the cell failed")
        XCTAssertEqual(r.error?.ename, "ValueError")
        let kinds = r.outputs.all.map { output -> String in
            switch output {
            case .error: "error"
            case .result(_, let text): "result:\(text)"
            default: "other"
            }
        }
        XCTAssertEqual(kinds, ["error", "result:E()"])
    }

    func testDisplayFunctionsAndClasses() {
        let s = makeSession()
        let r = s.execute("""
            from IPython.display import HTML, Markdown, JSON, SVG, Latex, clear_output, update_display
            display(HTML("<b>x</b>"), 1)
            h = display(Markdown("*a*"), display_id="d1")
            h.update(Markdown("*b*"))
            display(JSON({"a": 1}))
            display({"text/plain": "raw"}, raw=True)
            clear_output(wait=True)
            print(repr(HTML("<i>")), type(h).__name__, h.display_id)
            """)
        XCTAssertEqual(r.status, .ok, r.error?.text ?? "")
        let events = r.outputs.all.compactMap { output -> DisplayEvent? in
            if case .display(let e) = output { return e }
            return nil
        }
        XCTAssertEqual(events.count, 7)
        XCTAssertEqual(events[0], .show(MimeBundle(data: JSONObject([
            ("text/plain", .string("<IPython.core.display.HTML object>")), ("text/html", .string("<b>x</b>")),
        ])), displayID: nil))
        XCTAssertEqual(events[1], .show(MimeBundle(data: JSONObject([("text/plain", .string("1"))])), displayID: nil))
        guard case .show(_, "d1") = events[2], case .update(let updated, "d1") = events[3] else { return XCTFail("\(events)") }
        XCTAssertEqual(updated.data["text/markdown"], .string("*b*"))
        guard case .show(let json, nil) = events[4] else { return XCTFail() }
        XCTAssertEqual(json.metadata["application/json"], .object(JSONObject([("expanded", .bool(false)), ("root", .string("root"))])))
        XCTAssertEqual(events[5], .show(MimeBundle(data: JSONObject([("text/plain", .string("raw"))])), displayID: nil))
        XCTAssertEqual(events[6], .clear(wait: true))
        XCTAssertEqual(r.outputs.text(of: .stdout), "<IPython.core.display.HTML object> DisplayHandle d1\n")
    }

    func testBatchNotebookStoresBundlesAndReplaysUpdates() throws {
        let s = makeSession()
        let doc = try NotebookDocument(parsing: """
            {"cells": [
             {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
              "source": "from IPython.display import HTML, display\\nHTML('<table><tr><td>1</td></tr></table>')"},
             {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
              "source": "h = display('a', display_id=True)\\nprint('x')\\nh.update('b')"},
             {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
              "source": "print('gone')\\nfrom IPython.display import clear_output\\nclear_output(wait=True)\\nprint('kept')"}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """)
        let runner = NotebookRunner(session: s, document: doc)
        runner.run()
        let out = runner.executedDocument()
        let cells = out.codeCellIndices.map { out.cells[$0]["outputs"]?.arrayValue ?? [] }
        XCTAssertEqual(cells[0], [NotebookOutput.executeResult(
            executionCount: 1,
            data: [("text/html", .string("<table><tr><td>1</td></tr></table>")),
                   ("text/plain", .string("<IPython.core.display.HTML object>"))],
            metadata: JSONObject()).json])
        XCTAssertEqual(cells[1], [
            NotebookOutput.displayData(data: [("text/plain", .string("'b'"))], metadata: JSONObject()).json,
            NotebookOutput.stream(name: "stdout", text: "x\n").json,
        ])
        XCTAssertEqual(cells[2], [NotebookOutput.stream(name: "stdout", text: "kept\n").json])
    }

    func testInspect() throws {
        let s = makeSession()
        _ = s.execute("def area(w, h=2):\n    \"Width times height.\"\n    return w * h\nx = [1, 2]")
        let f = try XCTUnwrap(s.inspect("area(3, ", cursor: 8))
        XCTAssertEqual(f.name, "area")
        XCTAssertEqual(
            f.text,
            "\u{1b}[31mSignature:\u{1b}[39m area(w, h=2)\n\u{1b}[31mDocstring:\u{1b}[39m Width times height.\n"
                + "\u{1b}[31mFile:\u{1b}[39m      <cell 1>\n\u{1b}[31mType:\u{1b}[39m      function")
        let source = try XCTUnwrap(s.inspect("area", cursor: 2, detailLevel: 1))
        XCTAssertTrue(source.text.contains("def area(w, h=2):\n    \"Width times height.\"\n    return w * h"), source.text)
        let list = try XCTUnwrap(s.inspect("x", cursor: 1))
        XCTAssertTrue(list.text.contains("\u{1b}[31mString form:\u{1b}[39m [1, 2]"), list.text)
        XCTAssertTrue(list.text.contains("\u{1b}[31mLength:\u{1b}[39m      2"), list.text)
        XCTAssertNil(s.inspect("nothing_here", cursor: 3))
        XCTAssertNil(s.inspect("1 + ", cursor: 4))
        XCTAssertEqual(Session.inspectedName(Array("print(f)".unicodeScalars), 7), ["f"])
        XCTAssertEqual(Session.inspectedName(Array("ray.get(x, ".unicodeScalars), 11), ["ray", "get"])
    }

    func testHelpCellsPage() {
        let s = makeSession()
        _ = s.execute("def f(a):\n    return a")
        let r = s.execute("f?")
        XCTAssertEqual(r.status, .ok)
        XCTAssertTrue(r.page?.contains("Signature:\u{1b}[39m f(a)") ?? false, r.page ?? "nil")
        XCTAssertTrue(s.execute("f??").page?.contains("return a") ?? false)
        XCTAssertEqual(s.execute("nope?").outputs.text(of: .stdout), "Object `nope` not found.\n")
        XCTAssertNil(Session.helpRequest("x = 1?"))
        XCTAssertNil(Session.helpRequest("%time?"))
    }

    func testInputProvider() {
        let s = makeSession()
        var prompts: [String] = []
        s.inputProvider = { prompt, password in
            prompts.append("\(prompt)|\(password)")
            return .line("Ray")
        }
        XCTAssertEqual(s.execute("input('name? ')").resultText, "'Ray'")
        XCTAssertEqual(s.execute("import getpass\ngetpass.getpass()").resultText, "'Ray'")
        XCTAssertEqual(prompts, ["name? |false", "Password: |true"])
        s.inputProvider = { _, _ in .endOfInput }
        XCTAssertEqual(s.execute("input()").error?.ename, "EOFError")
        s.inputProvider = { _, _ in .notAllowed }
        let denied = s.execute("input()")
        XCTAssertEqual(denied.error?.ename, "StdinNotImplementedError")
        XCTAssertEqual(denied.error?.evalue, "raw_input was called, but this frontend does not support input requests.")
        s.inputProvider = { _, _ in .interrupted }
        XCTAssertEqual(s.execute("input()").error?.ename, "KeyboardInterrupt")
    }

    func testHistoryOptionsAndExpressions() {
        let s = makeSession()
        _ = s.execute("a = 6")
        _ = s.execute("a * 7")
        let quiet = s.execute("b = a + 1\nb", options: ExecuteOptions(storeHistory: true, silent: true))
        XCTAssertNil(quiet.resultText, "silent: no result")
        XCTAssertEqual(quiet.executionCount, 3)
        XCTAssertEqual(s.executionCount, 3, "silent cells are not counted")
        XCTAssertEqual(s.history, [
            HistoryEntry(line: 1, input: "a = 6", output: nil), HistoryEntry(line: 2, input: "a * 7", output: "42"),
        ])
        guard case .value(let bundle) = s.evaluateExpression("b * 2") else { return XCTFail() }
        XCTAssertEqual(bundle.plainText, "14")
        guard case .error(let e) = s.evaluateExpression("undefined_name") else { return XCTFail() }
        XCTAssertEqual(e.ename, "NameError")
    }
}
