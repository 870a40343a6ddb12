import PySyntax
import XCTest

@testable import PyCompiler

/// `from __future__ import annotations`: annotations become their source text, as CPython 3.11 prints them.
final class FutureAnnotationsTests: XCTestCase {
    func testAnnotationsAreStrings() throws {
        let code = try compile(
            """
            from __future__ import annotations
            def f(a: List[int], b: "x", *c: Dict[str, int], d: a.b.c | None = 1, **e: (int, str)) -> lambda x: x + 1: pass
            class C:
                x: Callable[[int], str] = 1
                y: -1 + 2 * 3 ** -x
                z: (a if b else c)
                w: [*a, b]
                v: {'k': v, **m}
                u: f(a, *b, k=1, **c)
                t: a[1:2, ::3]
                s: not a and b or c < d <= e
                r: 'it''s'
                p: (1,)
                o: (a or b) and c
                n: (a + b) * c - (d - e) - f ** g ** h
                m: lambda a, /, b=1, *c, d, **e: (yield)
                l: f"x{a!r:>{w}}y{{"
                k: 1 .real
                j: (x for x in y)
                i: f(x for x in y)
            """)
        let expected = [
            "List[int]", "'x'", "Dict[str, int]", "a.b.c | None", "(int, str)", "lambda x: x + 1",
            "Callable[[int], str]", "-1 + 2 * 3 ** (-x)", "a if b else c", "[*a, b]", "{'k': v, **m}",
            "f(a, *b, k=1, **c)", "a[1:2, ::3]", "not a and b or c < d <= e", "'its'", "(1,)", "(a or b) and c",
            "(a + b) * c - (d - e) - f ** g ** h", "lambda a, /, b=1, *c, d, **e: (yield)",
            "f'x{a!r:>{w}}y{{'", "1 .real", "(x for x in y)", "f(x for x in y)",
        ]
        let strings = Set(allCodes(code).flatMap(\.constants).compactMap { c -> String? in
            if case .str(let s) = c { s } else { nil }
        })
        for e in expected { XCTAssertTrue(strings.contains(e), e) }
        // Nothing in an annotation is evaluated: no loads of List, Callable...
        for c in allCodes(code) {
            XCTAssertFalse(c.names.contains("List") || c.names.contains("Callable"), c.name)
        }
        // The lambda inside an annotation is not compiled.
        XCTAssertNil(nestedCode(code, "<lambda>"))
    }

    func testFutureStatementErrors() {
        XCTAssertEqual(
            compileError("x = 1\nfrom __future__ import annotations")?.message,
            "from __future__ imports must occur at the beginning of the file")
        XCTAssertEqual(compileError("from __future__ import braces")?.message, "not a chance")
        XCTAssertEqual(compileError("from __future__ import nope")?.message, "future feature nope is not defined")
        XCTAssertNil(compileError("'doc'\nfrom __future__ import annotations\nfrom __future__ import division\nx=1"))
    }
}
