import XCTest
import PySyntax

/// `Parser.checkCompleteness`, the REPL / Jupyter `is_complete` logic (IPython semantics).
final class CompletenessTests: XCTestCase {
    func check(_ s: String) -> InputCompleteness { Parser.checkCompleteness(s) }

    func testCompleteInput() {
        XCTAssertEqual(check("x = 1"), .complete)
        XCTAssertEqual(check("x = 1\n"), .complete)
        XCTAssertEqual(check("print('hi')\n"), .complete)
        XCTAssertEqual(check(""), .complete)
        XCTAssertEqual(check("# just a comment\n"), .complete)
        XCTAssertEqual(check("for i in range(3):\n    print(i)\n\n"), .complete)
        XCTAssertEqual(check("if x:\n    pass\n    \n"), .complete)
        XCTAssertEqual(check("x = 1\ny = 2\n"), .complete)
        XCTAssertEqual(check("s = '''a\nb'''\n"), .complete)
    }

    func testIncompleteInput() {
        XCTAssertEqual(check("for i in range(3):\n"), .incomplete(indent: "    "))
        XCTAssertEqual(check("for i in range(3):"), .incomplete(indent: "    "))
        XCTAssertEqual(check("for i in range(3):\n    print(i)\n"), .incomplete(indent: "    "))
        XCTAssertEqual(check("def f():\n    if x:\n"), .incomplete(indent: "        "))
        XCTAssertEqual(check("def f():\n    return 1\n"), .incomplete(indent: ""))
        XCTAssertEqual(check("class A:\n    x = 1\n"), .incomplete(indent: "    "))
        XCTAssertEqual(check("x = (1,\n"), .incomplete(indent: ""))
        XCTAssertEqual(check("    foo(1,\n"), .incomplete(indent: "    "))
        XCTAssertEqual(check("s = '''abc\n"), .incomplete(indent: ""))
        XCTAssertEqual(check("x = 1 + \\\n"), .incomplete(indent: ""))
        XCTAssertEqual(check("@decorator\n"), .incomplete(indent: ""))
        XCTAssertEqual(check("try:\n    x = 1\n"), .incomplete(indent: "    "))
        XCTAssertEqual(check("if x:\n    pass\nelse:\n"), .incomplete(indent: "    "))
        XCTAssertEqual(check("while True:\r\n    x += 1\r\n"), .incomplete(indent: "    "))
        XCTAssertEqual(check("while True:\r\n    x += 1\r\n\r\n"), .complete)
    }

    func testInvalidInput() {
        XCTAssertEqual(check("x = = 1"), .invalid)
        XCTAssertEqual(check("1 = 2\n"), .invalid)
        XCTAssertEqual(check("x = 1 +\n"), .invalid)
        XCTAssertEqual(check("x = 'abc\n"), .invalid)
        XCTAssertEqual(check("x = )\n"), .invalid)
        XCTAssertEqual(check("  x = 1\n"), .invalid)
        XCTAssertEqual(check("for x in y:\npass\n"), .invalid)
    }
}
