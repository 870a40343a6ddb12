import Foundation
import XCTest
@testable import PySyntax

/// Syntax errors: message, class, line and offset as CPython 3.11 reports them (see ErrorCases.swift).
final class ErrorTests: XCTestCase {
    func error(_ source: String) -> SyntaxError? {
        do {
            _ = try Parser.parseModule(source, filename: "x.py")
            return nil
        } catch {
            return error
        }
    }

    func testMatchesCPythonMessagesAndPositions() {
        XCTAssertGreaterThan(ErrorCases.cases.count, 250)
        for (source, kind, message, line, offset, endLine, endOffset) in ErrorCases.cases {
            guard let e = error(source) else {
                XCTFail("expected \(kind): \(message) for \(source.debugDescription)")
                continue
            }
            let context = "source: \(source.debugDescription)"
            XCTAssertEqual(e.kind.rawValue, kind, context)
            XCTAssertEqual(e.message, message, context)
            XCTAssertEqual(e.line, line, context)
            XCTAssertEqual(e.offset, offset, context)
            if let endLine, let endOffset {
                XCTAssertEqual(e.endLine, endLine, context)
                XCTAssertEqual(e.endOffset, endOffset, context)
            }
        }
    }

    func testErrorCarriesLineTextAndRenders() throws {
        let e = try XCTUnwrap(error("x = 1\nif x\n    pass\n"))
        XCTAssertEqual(e.text, "if x")
        XCTAssertEqual(e.filename, "x.py")
        XCTAssertEqual(e.rendered, "  File \"x.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n")
    }

    func testPathologicalNestingFailsCleanly() {
        let inputs = [
            String(repeating: "-", count: 100_000) + "1",
            String(repeating: "not ", count: 100_000) + "x",
            String(repeating: "(", count: 1000) + String(repeating: ")", count: 1000),
            "x = " + String(repeating: "lambda: ", count: 5000) + "1",
            "x = " + String(repeating: "a if b else ", count: 5000) + "c",
            "x = " + String(repeating: "2**", count: 5000) + "2",
            "x = " + Array(repeating: "a", count: 100_000).joined(separator: "+"),
            "x = a" + String(repeating: ".b", count: 100_000),
            "x = a" + String(repeating: "()", count: 50_000),
            "x = " + String(repeating: "await ", count: 100_000) + "y",
            (0..<150).map { String(repeating: "    ", count: $0) + "if x:\n" }.joined() + String(repeating: "    ", count: 150) + "pass\n",
        ]
        for source in inputs {
            XCTAssertNotNil(error(source), "should be rejected: \(source.prefix(30))")
        }
        XCTAssertEqual(error(String(repeating: "(", count: 300) + String(repeating: ")", count: 300))?.message,
                       "too many nested parentheses")
        XCTAssertEqual(error(String(repeating: "-", count: 100_000) + "1")?.message, "expression too complex")
    }

    func testDeepNestingIsSafeOnASmallStackThread() {
        // Secondary threads can have small stacks; the parser must move deep input elsewhere or fail cleanly.
        let box = ResultBox()
        let thread = Thread {
            let deep = "x = [" + String(repeating: "(lambda: ", count: 120) + "1" + String(repeating: ")", count: 120) + "]"
            box.ok = (try? Parser.parseModule(deep, filename: "t.py")) != nil
            box.done.signal()
        }
        thread.stackSize = 256 << 10
        thread.start()
        box.done.wait()
        XCTAssertTrue(box.ok)
    }

    func testLaterLexicalErrorWinsOverGenericInvalidSyntax() {
        let e = error("a b\nc = 'unterminated\n")
        XCTAssertEqual(e?.message, "unterminated string literal (detected at line 2)")
        XCTAssertEqual(e?.line, 2)
        // ...but not over a specific message found first.
        XCTAssertEqual(error("if x\n    pass\ny = 'oops\n")?.message, "unterminated string literal (detected at line 3)")
        XCTAssertEqual(error("f(a=1, b)\n(")?.message, "positional argument follows keyword argument")
    }
}

final class ResultBox: @unchecked Sendable {
    var ok = false
    let done = DispatchSemaphore(value: 0)
}
