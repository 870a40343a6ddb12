import PyRuntime
import XCTest

@testable import CellEngine

/// Cell results as IPython's display hook writes them (`IPython.lib.pretty`, 79 columns); the expected texts
/// were produced by IPython 9.18.1's `pretty()` on the same expressions.
final class PrettyPrinterTests: XCTestCase {
    func testResultsMatchIPythonsPrettyPrinter() {
        let s = SessionTests.makeSession()
        let cases: [(String, String)] = [
            ("{'a': list(range(30)), 'b': 'x'*70}", "{'a': [0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29],\n 'b': 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'}"),
            ("[list(range(10)) for _ in range(8)]", "[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9],\n [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],\n [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],\n [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],\n [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],\n [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],\n [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],\n [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]"),
            ("tuple(range(30))", "(0,\n 1,\n 2,\n 3,\n 4,\n 5,\n 6,\n 7,\n 8,\n 9,\n 10,\n 11,\n 12,\n 13,\n 14,\n 15,\n 16,\n 17,\n 18,\n 19,\n 20,\n 21,\n 22,\n 23,\n 24,\n 25,\n 26,\n 27,\n 28,\n 29)"),
            ("(1,)", "(1,)"),
            ("{3, 1, 2}", "{1, 2, 3}"),
            ("set()", "set()"),
            ("frozenset()", "frozenset()"),
            ("[{'name': 'x' * 20, 'value': i, 'tags': ['a', 'b', 'c']} for i in range(3)]", "[{'name': 'xxxxxxxxxxxxxxxxxxxx', 'value': 0, 'tags': ['a', 'b', 'c']},\n {'name': 'xxxxxxxxxxxxxxxxxxxx', 'value': 1, 'tags': ['a', 'b', 'c']},\n {'name': 'xxxxxxxxxxxxxxxxxxxx', 'value': 2, 'tags': ['a', 'b', 'c']}]"),
            ("int", "int"),
            ("ZeroDivisionError", "ZeroDivisionError"),
            ("[('alpha', 1), ('beta', 2), ('gamma', 3), ('delta', 4), ('epsilon', 5), ('zeta', 6)]", "[('alpha', 1),\n ('beta', 2),\n ('gamma', 3),\n ('delta', 4),\n ('epsilon', 5),\n ('zeta', 6)]"),
            ("{1: {2: {3: list(range(25))}}}", "{1: {2: {3: [0,\n    1,\n    2,\n    3,\n    4,\n    5,\n    6,\n    7,\n    8,\n    9,\n    10,\n    11,\n    12,\n    13,\n    14,\n    15,\n    16,\n    17,\n    18,\n    19,\n    20,\n    21,\n    22,\n    23,\n    24]}}}"),
        ]
        for (expression, expected) in cases {
            XCTAssertEqual(s.execute(expression).resultText, expected, expression)
        }
    }

    func testLongListsBreakOneItemPerLineAndLongSequencesAreCut() {
        let s = SessionTests.makeSession()
        XCTAssertEqual(s.execute("list(range(40))").resultText, "[" + (0..<40).map(String.init).joined(separator: ",\n ") + "]")
        let long = s.execute("list(range(1005))").resultText ?? ""
        XCTAssertTrue(long.hasSuffix(" 999,\n ...]"), String(long.suffix(30)))
    }

    func testInstancesWithoutTheirOwnReprShowTheirClassAndAddress() {
        let s = SessionTests.makeSession()
        _ = s.execute("class A:\n    pass\nclass B:\n    def __repr__(self):\n        return 'B!\\nsecond line'")
        XCTAssertNotNil(s.execute("A()").resultText?.wholeMatch(of: /<__main__\.A at 0x[0-9a-f]+>/))
        XCTAssertEqual(s.execute("B()").resultText, "B!\nsecond line")
        XCTAssertEqual(s.execute("[A]").resultText, "[__main__.A]")
    }
}
