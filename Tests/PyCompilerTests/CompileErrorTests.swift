import PySyntax
import XCTest

@testable import PyCompiler

/// Errors found by scope analysis and code generation, checked against CPython 3.11's message, line and
/// 1-based offsets (`python3 -c 'compile(SRC, "x.py", "exec")'`).
final class CompileErrorTests: XCTestCase {
    struct Case {
        var source: String
        var message: String
        var line: Int
        var offset: Int
        var endLine: Int
        var endOffset: Int
    }

    static let cases: [Case] = [
        Case(source: "return 1", message: "'return' outside function", line: 1, offset: 1, endLine: 1, endOffset: 9),
        Case(source: "x = 1\nif x:\n    return", message: "'return' outside function", line: 3, offset: 5, endLine: 3, endOffset: 11),
        Case(source: "def f():\n    class C:\n        return 1", message: "'return' outside function", line: 3, offset: 9, endLine: 3, endOffset: 17),
        Case(source: "yield 1", message: "'yield' outside function", line: 1, offset: 1, endLine: 1, endOffset: 8),
        Case(source: "x = (yield)", message: "'yield' outside function", line: 1, offset: 6, endLine: 1, endOffset: 11),
        Case(source: "class C:\n    yield 1", message: "'yield' outside function", line: 2, offset: 5, endLine: 2, endOffset: 12),
        Case(source: "await x", message: "'await' outside function", line: 1, offset: 1, endLine: 1, endOffset: 8),
        Case(source: "def f():\n    await x", message: "'await' outside async function", line: 2, offset: 5, endLine: 2, endOffset: 12),
        Case(source: "async def f():\n    def g():\n        await x", message: "'await' outside async function", line: 3, offset: 9, endLine: 3, endOffset: 16),
        Case(source: "async def f():\n    lambda: (await x)", message: "'await' outside async function", line: 2, offset: 14, endLine: 2, endOffset: 21),
        Case(source: "break", message: "'break' outside loop", line: 1, offset: 1, endLine: 1, endOffset: 6),
        Case(source: "continue", message: "'continue' not properly in loop", line: 1, offset: 1, endLine: 1, endOffset: 9),
        Case(source: "for x in y:\n    def f():\n        break", message: "'break' outside loop", line: 3, offset: 9, endLine: 3, endOffset: 14),
        Case(source: "while x:\n    def f():\n        continue", message: "'continue' not properly in loop", line: 3, offset: 9, endLine: 3, endOffset: 17),
        Case(source: "try:\n    pass\nfinally:\n    break", message: "'break' outside loop", line: 4, offset: 5, endLine: 4, endOffset: 10),
        Case(source: "def f():\n    x = 1\n    global x", message: "name 'x' is assigned to before global declaration", line: 3, offset: 5, endLine: 3, endOffset: 13),
        Case(source: "def f():\n    print(x)\n    global x", message: "name 'x' is used prior to global declaration", line: 3, offset: 5, endLine: 3, endOffset: 13),
        Case(source: "def f(x):\n    global x", message: "name 'x' is parameter and global", line: 2, offset: 5, endLine: 2, endOffset: 13),
        Case(source: "def f():\n    x: int\n    global x", message: "annotated name 'x' can't be global", line: 3, offset: 5, endLine: 3, endOffset: 13),
        Case(source: "def f():\n    global x\n    x: int = 1", message: "annotated name 'x' can't be global", line: 3, offset: 5, endLine: 3, endOffset: 15),
        Case(source: "x: int = 1\nglobal x", message: "annotated name 'x' can't be global", line: 2, offset: 1, endLine: 2, endOffset: 9),
        Case(source: "def f():\n    global x, y\n    nonlocal x", message: "name 'x' is nonlocal and global", line: 2, offset: 5, endLine: 2, endOffset: 16),
        Case(source: "nonlocal x", message: "nonlocal declaration not allowed at module level", line: 1, offset: 1, endLine: 1, endOffset: 11),
        Case(source: "def f():\n    nonlocal x", message: "no binding for nonlocal 'x' found", line: 2, offset: 5, endLine: 2, endOffset: 15),
        Case(source: "def f():\n    x = 1\n    def g():\n        nonlocal y\n", message: "no binding for nonlocal 'y' found", line: 4, offset: 9, endLine: 4, endOffset: 19),
        Case(source: "class C:\n    nonlocal x", message: "no binding for nonlocal 'x' found", line: 2, offset: 5, endLine: 2, endOffset: 15),
        Case(source: "def f(a):\n    nonlocal a", message: "name 'a' is parameter and nonlocal", line: 2, offset: 5, endLine: 2, endOffset: 15),
        Case(source: "def f():\n    x = 1\n    nonlocal x", message: "name 'x' is assigned to before nonlocal declaration", line: 3, offset: 5, endLine: 3, endOffset: 15),
        Case(source: "def f():\n    x: int\n    nonlocal x", message: "annotated name 'x' can't be nonlocal", line: 3, offset: 5, endLine: 3, endOffset: 15),
        Case(source: "def f(a, b, a): pass", message: "duplicate argument 'a' in function definition", line: 1, offset: 13, endLine: 1, endOffset: 14),
        Case(source: "lambda a, a: 1", message: "duplicate argument 'a' in function definition", line: 1, offset: 11, endLine: 1, endOffset: 12),
        Case(source: "async def f():\n    yield 1\n    return 2", message: "'return' with value in async generator", line: 3, offset: 5, endLine: 3, endOffset: 13),
        Case(source: "[(yield) for x in y]", message: "'yield' inside list comprehension", line: 1, offset: 3, endLine: 1, endOffset: 8),
        Case(source: "def f():\n    [(yield) for x in y]", message: "'yield' inside list comprehension", line: 2, offset: 7, endLine: 2, endOffset: 12),
        Case(source: "def f():\n    async for x in y: pass", message: "'async for' outside async function", line: 2, offset: 5, endLine: 2, endOffset: 27),
        Case(source: "def f():\n    async with x: pass", message: "'async with' outside async function", line: 2, offset: 5, endLine: 2, endOffset: 23),
        Case(source: "def f():\n    [x async for x in y]", message: "asynchronous comprehension outside of an asynchronous function", line: 2, offset: 5, endLine: 2, endOffset: 25),
        Case(source: "[x async for x in y]", message: "asynchronous comprehension outside of an asynchronous function", line: 1, offset: 1, endLine: 1, endOffset: 21),
        Case(source: "def f():\n    [(x := 1) for x in y]", message: "assignment expression cannot rebind comprehension iteration variable 'x'", line: 2, offset: 7, endLine: 2, endOffset: 8),
        Case(source: "class C:\n    [(y := 1) for x in z]", message: "assignment expression within a comprehension cannot be used in a class body", line: 2, offset: 7, endLine: 2, endOffset: 8),
        Case(source: "def f():\n    [x for x in (y := [1])]", message: "assignment expression cannot be used in a comprehension iterable expression", line: 2, offset: 18, endLine: 2, endOffset: 26),
        Case(source: "def f():\n  [i for i in range(3) if (j := i) for j in range(2)]", message: "comprehension inner loop cannot rebind assignment expression target 'j'", line: 2, offset: 40, endLine: 2, endOffset: 41),
        Case(source: "def f():\n  yield from x\nasync def g():\n  yield from x", message: "'yield from' inside async function", line: 4, offset: 3, endLine: 4, endOffset: 15),
        Case(source: "def f():\n  yield from (await x)", message: "'await' outside async function", line: 2, offset: 15, endLine: 2, endOffset: 22),
        Case(source: "from x import *\ndef f():\n  from y import *", message: "import * only allowed at module level", line: 3, offset: 17, endLine: 3, endOffset: 18),
        Case(source: "f(a=1, a=2)", message: "keyword argument repeated: a", line: 1, offset: 8, endLine: 1, endOffset: 11),
        Case(source: "a, *b, *c = d", message: "multiple starred expressions in assignment", line: 1, offset: 1, endLine: 1, endOffset: 10),
        Case(source: "*a = b", message: "starred assignment target must be in a list or tuple", line: 1, offset: 1, endLine: 1, endOffset: 3),
        Case(source: "x = *a", message: "can't use starred expression here", line: 1, offset: 5, endLine: 1, endOffset: 7),
        Case(source: "__debug__ = 1", message: "cannot assign to __debug__", line: 1, offset: 1, endLine: 1, endOffset: 10),
        Case(source: "f(__debug__=1)", message: "cannot assign to __debug__", line: 1, offset: 1, endLine: 1, endOffset: 15),
        Case(source: "def f(__debug__): pass", message: "cannot assign to __debug__", line: 1, offset: 1, endLine: 1, endOffset: 23),
    ]

    func testErrorsMatchCPython() {
        for c in Self.cases {
            guard let e = compileError(c.source) else {
                XCTFail("no error for \(c.source.debugDescription)")
                continue
            }
            XCTAssertEqual(e.message, c.message, c.source.debugDescription)
            XCTAssertEqual(
                [e.line, e.offset, e.endLine, e.endOffset], [c.line, c.offset, c.endLine, c.endOffset],
                "\(c.source.debugDescription): \(e.message)")
            XCTAssertEqual(e.filename, "t.py")
            XCTAssertEqual(e.kind, .syntax)
        }
    }

    func testErrorCarriesSourceLine() throws {
        let e = try XCTUnwrap(compileError("x = 1\ndef f():\n    nonlocal y\n"))
        XCTAssertEqual(e.text, "    nonlocal y")
        XCTAssertEqual(
            e.rendered,
            "  File \"t.py\", line 3\n    nonlocal y\n    ^^^^^^^^^^\nSyntaxError: no binding for nonlocal 'y' found\n")
    }

    func testValidProgramsThatLookSuspicious() throws {
        for source in [
            "for x in y:\n    try:\n        pass\n    finally:\n        break",
            "def f():\n    yield\n    return 1",
            "async def f():\n    x = [y async for y in z]",
            "async def f():\n  (x async for x in y)",
            "def f():\n  return (x async for x in y)",
            "def f():\n    (x for x in (yield))",
            "(await x for x in y)",
            "async def f():\n    return [x for x in y if await x]",
            "def f():\n    x = 1\n    def g():\n        global x\n        x = 2",
            "while True:\n    try:\n        continue\n    finally:\n        pass",
        ] {
            XCTAssertNil(compileError(source), source.debugDescription)
        }
    }
}
