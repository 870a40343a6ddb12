import PySyntax
import XCTest

@testable import PyCompiler

final class ScopeTests: XCTestCase {
    func testModuleNamesAreLocalOrImplicitGlobal() throws {
        let top = try scopes("x = 1\nprint(x)\nimport os.path\nfrom m import a as b\n")
        XCTAssertEqual(top.resolution(of: "x"), .local)
        XCTAssertEqual(top.resolution(of: "print"), .globalImplicit)
        XCTAssertEqual(top.resolution(of: "os"), .local)
        XCTAssertEqual(top.resolution(of: "b"), .local)
        XCTAssertNil(top.symbols["a"])
    }

    func testFunctionLocalsGlobalsAndParameters() throws {
        let top = try scopes(
            """
            def f(a, *args, b, **kw):
                global g
                c = a
                g = c
                return len(args)
            """)
        let f = try XCTUnwrap(top.child("f"))
        XCTAssertEqual(f.parameters, ["a", "b", "args", "kw"])
        XCTAssertEqual(f.resolution(of: "a"), .local)
        XCTAssertEqual(f.resolution(of: "c"), .local)
        XCTAssertEqual(f.resolution(of: "g"), .globalExplicit)
        XCTAssertEqual(f.resolution(of: "len"), .globalImplicit)
        // `global g` in a function makes the module's own binding of g explicit too (as CPython).
        XCTAssertEqual(top.resolution(of: "g"), .globalExplicit)
    }

    func testClosuresCellsAndPassThroughFreeVariables() throws {
        let top = try scopes(
            """
            def outer(p):
                x = 1
                def middle():
                    def inner():
                        return x + p
                    return inner
                return middle
            """)
        let outer = try XCTUnwrap(top.child("outer"))
        let middle = try XCTUnwrap(top.child("outer", "middle"))
        let inner = try XCTUnwrap(top.child("outer", "middle", "inner"))
        XCTAssertEqual(outer.cellVars, ["p", "x"])
        XCTAssertEqual(outer.resolution(of: "p"), .cell)
        XCTAssertEqual(middle.freeVars, ["p", "x"])
        XCTAssertEqual(inner.freeVars, ["p", "x"])
        XCTAssertEqual(inner.resolution(of: "x"), .free)

        let code = try compile("def outer(p):\n    def inner(): return p\n    return inner\n")
        let outerCode = try XCTUnwrap(nestedCode(code, "outer"))
        XCTAssertEqual(outerCode.cellVars, ["p"])
        XCTAssertEqual(outerCode.cellParameterSlots, [0])
    }

    func testNonlocal() throws {
        let top = try scopes(
            """
            def f():
                n = 0
                def inc():
                    nonlocal n
                    n += 1
                return inc
            """)
        XCTAssertEqual(top.child("f")?.resolution(of: "n"), .cell)
        XCTAssertEqual(top.child("f", "inc")?.resolution(of: "n"), .free)
    }

    func testClassScopeDoesNotEncloseMethods() throws {
        let top = try scopes(
            """
            def f():
                x = 1
                class C:
                    x = 2
                    y = x
                    def m(self):
                        return x
                return C
            """)
        let c = try XCTUnwrap(top.child("f", "C"))
        let m = try XCTUnwrap(top.child("f", "C", "m"))
        XCTAssertEqual(m.resolution(of: "x"), .free)
        XCTAssertEqual(top.child("f")?.resolution(of: "x"), .cell)
        // The class uses its own x by name but must carry f's cell to the method.
        XCTAssertEqual(c.resolution(of: "x"), .local)
        XCTAssertEqual(c.freeVars, ["x"])

        let code = try compile("def f():\n    x = 1\n    class C:\n        y = x\n    return C\n")
        let cCode = try XCTUnwrap(nestedCode(code, "C"))
        XCTAssertTrue(cCode.instructions.contains(.loadClassDeref(0)))
    }

    func testMethodsDoNotSeeClassNames() throws {
        let top = try scopes("class C:\n    a = 1\n    def m(self):\n        return a\n")
        XCTAssertEqual(top.child("C", "m")?.resolution(of: "a"), .globalImplicit)
    }

    func testSuperCreatesClassCell() throws {
        let top = try scopes(
            """
            class C(B):
                def m(self):
                    def helper():
                        return super()
                    return helper
                def n(self):
                    return 1
            """)
        let c = try XCTUnwrap(top.child("C"))
        XCTAssertTrue(c.needsClassClosure)
        XCTAssertEqual(c.cellVars, ["__class__"])
        XCTAssertEqual(top.child("C", "m")?.freeVars, ["__class__"])
        XCTAssertEqual(top.child("C", "m", "helper")?.freeVars, ["__class__"])
        XCTAssertEqual(top.child("C", "n")?.freeVars, [])

        let plain = try scopes("class D:\n    def m(self):\n        return 1\n")
        XCTAssertFalse(try XCTUnwrap(plain.child("D")).needsClassClosure)
    }

    func testComprehensionScopes() throws {
        let top = try scopes(
            """
            def f(data, k):
                return [x * k for x in data if x for y in range(x)]
            """)
        let comp = try XCTUnwrap(top.child("f", "<listcomp>"))
        XCTAssertEqual(comp.parameters, [".0"])
        XCTAssertEqual(comp.resolution(of: "x"), .local)
        XCTAssertEqual(comp.resolution(of: "y"), .local)
        XCTAssertEqual(comp.resolution(of: "k"), .free)
        XCTAssertEqual(comp.resolution(of: "range"), .globalImplicit)
        // The outermost iterable is evaluated in f: `data` is not captured.
        XCTAssertNil(comp.symbols["data"])
        XCTAssertEqual(top.child("f")?.cellVars, ["k"])
    }

    func testWalrusInComprehensionBindsInEnclosingFunction() throws {
        let top = try scopes(
            """
            def f(xs):
                if any((last := x) > 3 for x in xs):
                    return last
            [y := 1 for _ in range(3)]
            """)
        XCTAssertEqual(top.child("f")?.resolution(of: "last"), .cell)
        XCTAssertEqual(top.child("f", "<genexpr>")?.resolution(of: "last"), .free)
        XCTAssertEqual(top.child("<listcomp>")?.resolution(of: "y"), .globalExplicit)
        XCTAssertEqual(top.resolution(of: "y"), .globalExplicit)
    }

    func testGeneratorAndCoroutineFlags() throws {
        let code = try compile(
            """
            def gen():
                yield 1
            async def coro():
                await x
            async def agen():
                yield 1
            g = (i for i in range(3))
            async def f(xs):
                return [await x for x in xs]
            """)
        XCTAssertEqual(nestedCode(code, "gen")?.flags, .generator)
        XCTAssertEqual(nestedCode(code, "coro")?.flags, .coroutine)
        XCTAssertEqual(nestedCode(code, "agen")?.flags, .asyncGenerator)
        XCTAssertEqual(nestedCode(code, "<genexpr>")?.flags, [.generator, .comprehension])
        XCTAssertEqual(nestedCode(code, "<listcomp>")?.flags, [.coroutine, .comprehension])
    }

    func testPrivateNameMangling() throws {
        let code = try compile(
            """
            class _Private:
                __slots = 1
                def m(self, __arg):
                    return self.__field + __arg + self.__dunder__
            """)
        let cls = try XCTUnwrap(nestedCode(code, "_Private"))
        XCTAssertTrue(cls.names.contains("_Private__slots"))
        let m = try XCTUnwrap(nestedCode(code, "m"))
        XCTAssertEqual(m.varNames, ["self", "_Private__arg"])
        XCTAssertEqual(m.names, ["_Private__field", "__dunder__"])
    }

    func testQualifiedNames() throws {
        let code = try compile(
            """
            def f():
                def g():
                    return lambda: 0
                class C:
                    def m(self):
                        return [x for x in ()]
                return g, C
            class D:
                def h(self): pass
                class E:
                    def i(self): pass
            def outer():
                global late
                def late(): pass
            """)
        XCTAssertEqual(nestedCode(code, "g")?.qualifiedName, "f.<locals>.g")
        XCTAssertEqual(nestedCode(code, "<lambda>")?.qualifiedName, "f.<locals>.g.<locals>.<lambda>")
        XCTAssertEqual(nestedCode(code, "C")?.qualifiedName, "f.<locals>.C")
        XCTAssertEqual(nestedCode(code, "m")?.qualifiedName, "f.<locals>.C.m")
        XCTAssertEqual(nestedCode(code, "<listcomp>")?.qualifiedName, "f.<locals>.C.m.<locals>.<listcomp>")
        XCTAssertEqual(nestedCode(code, "h")?.qualifiedName, "D.h")
        XCTAssertEqual(nestedCode(code, "i")?.qualifiedName, "D.E.i")
        XCTAssertEqual(nestedCode(code, "late")?.qualifiedName, "late")
        let cls = try XCTUnwrap(nestedCode(code, "E"))
        XCTAssertTrue(cls.constants.contains(.str("D.E")))
    }

    func testNameInstructionsPerScopeKind() throws {
        let code = try compile(
            """
            a = 1
            def f(p):
                global a
                a = p
                b = len
                del b
            class C:
                c = a
            """)
        XCTAssertEqual(code.instructions.filter { if case .storeName = $0 { true } else { false } }.count, 2)
        XCTAssertTrue(code.instructions.contains(.storeGlobal(code.names.firstIndex(of: "a").map(Int32.init)!)))
        let f = try XCTUnwrap(nestedCode(code, "f"))
        XCTAssertEqual(
            f.instructions,
            [.loadFast(0), .storeGlobal(0), .loadGlobal(1), .storeFast(1), .deleteFast(1), .loadConst(0), .returnValue])
        let c = try XCTUnwrap(nestedCode(code, "C"))
        XCTAssertTrue(c.instructions.contains(.loadName(c.names.firstIndex(of: "a").map(Int32.init)!)))
    }
}
