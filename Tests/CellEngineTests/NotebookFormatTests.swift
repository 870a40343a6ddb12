import XCTest

@testable import Notebook

/// The JSON parser and writer, and the nbformat document model, against what Python's `json` and `nbformat`
/// produce.
final class NotebookFormatTests: XCTestCase {
    func testWriterMatchesPythonJsonDumpsWithNbformatSettings() throws {
        // json.dumps(v, sort_keys=True, indent=1, ensure_ascii=False) in CPython 3.11.
        let expected = "{\n \"a\": {},\n \"b\": [\n  1,\n  2.5,\n  \"x\\ny\",\n  null,\n  true\n ],\n \"c\": [],\n"
            + " \"d\": \"é\\u0001\\\"\\\\/\\t\",\n \"e\": 1e-05,\n \"f\": 1e+16,\n \"g\": 0.1\n}"
        let value = try JSONParser.parse(
            #"{"b": [1, 2.5, "x\ny", null, true], "a": {}, "c": [], "d": "\u00e9\u0001\"\\\/\t", "e": 1e-05, "f": 1e16, "g": 0.1}"#)
        XCTAssertEqual(JSONWriter().write(value), expected)
        XCTAssertEqual(try JSONParser.parse(expected), value)
        XCTAssertEqual(JSONWriter(indent: nil, sortKeys: false, asciiOnly: true).write(.string("😀é")), #""\ud83d\ude00\u00e9""#)
    }

    func testParserKeepsOrderIntegersAndSurrogatePairs() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": 1.0, "s": "\ud83d\ude00", "n": -0, "big": 12345678901234}"#)
        XCTAssertEqual(value.objectValue?.keys, ["z", "a", "s", "n", "big"])
        XCTAssertEqual(value["z"], .int(1))
        XCTAssertEqual(value["a"], .double(1.0))
        XCTAssertEqual(value["s"], .string("😀"))
        XCTAssertEqual(value["big"], .int(12_345_678_901_234))
    }

    func testParserRejectsMalformedInput() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "tru", "\"\u{01}\"", "[1] 2", "01", "1.", "{\"a\":}", "\"\\x\""] {
            XCTAssertThrowsError(try JSONParser.parse(bad), bad)
        }
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        XCTAssertThrowsError(try JSONParser.parse(deep))
    }

    func testSplitLinesFollowsPythonSplitlines() {
        XCTAssertEqual(splitLinesKeepingEnds("a\nb\r\nc\rd"), ["a\n", "b\r\n", "c\r", "d"])
        XCTAssertEqual(splitLinesKeepingEnds("x\n"), ["x\n"])
        XCTAssertEqual(splitLinesKeepingEnds(""), [])
    }

    func testDocumentUpgradeRecordAndSerialize() throws {
        let text = """
            {"cells": [{"cell_type": "markdown", "metadata": {"k": [1]}, "source": ["# Title\\n", "text"]},
             {"cell_type": "code", "execution_count": null, "metadata": {"seed_label": "1", "trusted": true},
              "outputs": [], "source": "x = 1\\nx"}],
             "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 2}
            """
        var doc = try NotebookDocument(parsing: text)
        XCTAssertEqual(doc.codeCellIndices, [1])
        XCTAssertEqual(doc.source(0), "# Title\ntext")
        doc.upgradeToCurrentMinor()
        let ids = doc.cells.compactMap { $0["id"]?.stringValue }
        XCTAssertEqual(ids.count, 2)
        XCTAssertNotEqual(ids[0], ids[1])
        XCTAssertTrue(ids.allSatisfy { $0.count == 8 })
        doc.recordExecution(
            ofCell: 1, executionCount: 1,
            outputs: [.stream(name: "stdout", text: "a\nb\n"), .executeResult(executionCount: 1, data: [("text/plain", .string("1"))], metadata: JSONObject())],
            timing: CellTiming(busy: "t0", executeInput: "t1", executeReply: "t2", idle: "t3"))
        let written = doc.serialized()
        XCTAssertTrue(written.hasSuffix("}\n"))
        let reread = try NotebookDocument(parsing: written)
        XCTAssertEqual(reread.root["nbformat_minor"], .int(5))
        XCTAssertEqual(reread.cells[0]["metadata"], .object(JSONObject([("k", .array([.int(1)]))])))
        XCTAssertEqual(reread.cells[0]["source"], .array([.string("# Title\n"), .string("text")]))
        let code = reread.cells[1]
        XCTAssertEqual(code["metadata"]?["seed_label"], .string("1"))
        XCTAssertNil(code["metadata"]?["trusted"], "nbformat strips transient metadata")
        XCTAssertEqual(code["metadata"]?["execution"]?["shell.execute_reply"], .string("t2"))
        XCTAssertEqual(code["outputs"]?.arrayValue?.first?["text"], .array([.string("a\n"), .string("b\n")]))
        XCTAssertEqual(code["execution_count"], .int(1))
        XCTAssertEqual(reread.root["metadata"]?["kernelspec"]?["name"], .string("python3"))
        // A second write of the re-read document is identical: the writer is deterministic.
        XCTAssertEqual(reread.serialized(), written)
    }

    func testRejectsWhatIsNotANotebook() {
        XCTAssertThrowsError(try NotebookDocument(parsing: "[]"))
        XCTAssertThrowsError(try NotebookDocument(parsing: #"{"nbformat": 3, "worksheets": []}"#))
        XCTAssertThrowsError(try NotebookDocument(parsing: #"{"nbformat": 4, "cells": [1]}"#))
        XCTAssertThrowsError(try NotebookDocument(parsing: "{not json"))
    }
}
