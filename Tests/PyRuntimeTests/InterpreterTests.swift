import PyLibrary
import XCTest

@testable import PyRuntime

/// Behaviour of the interpreter that the golden corpus cannot observe from stdout alone: recursion limits,
/// interrupts, deterministic release of objects, and that no input crashes the process.
final class InterpreterTests: XCTestCase {
    /// Run `source` in a fresh interpreter; returns (stdout+stderr text, the uncaught exception if any).
    private func run(_ source: String, configure: (Interpreter) -> Void = { _ in }) -> (String, PyException?) {
        Library.registerAll()
        let out = CapturingSink()
        let interp = Interpreter(stdout: out, stderr: out)
        configure(interp)
        do throws(PyError) {
            let code = try interp.compile(source, filename: "<test>", mode: .exec)
            try interp.run(code, globals: interp.makeMainModule().namespace)
            return (out.text, nil)
        } catch {
            return (out.text, error.exception)
        }
    }

    func testDeepRecursionRaisesRecursionError() {
        let (_, exc) = run("def f(n):\n    return f(n + 1)\nf(0)\n")
        // Even an absurd limit on a small stack ends in RecursionError, not a crash.
        let (_, exc3) = run("import sys\nsys.setrecursionlimit(10**9)\ndef g(n):\n    return g(n + 1)\ng(0)\n")
        XCTAssertEqual(exc3?.type.name, "RecursionError")
        XCTAssertEqual(exc?.type.name, "RecursionError")
        // The limit is configurable, and the interpreter is still usable afterwards.
        var result: (String, PyException?) = ("", nil)
        // The deep part runs where scripts run: on a thread with a large stack.
        _ = LargeStackThread.run {
            result = self.run(
            """
            import sys
            sys.setrecursionlimit(5000)
            def depth(n):
                return 0 if n == 0 else 1 + depth(n - 1)
            print(depth(4000))
            try:
                depth(10000)
            except RecursionError as e:
                print("caught", e)
            print(depth(10))
            """)
            return 0
        }
        let (text, exc2) = result
        XCTAssertNil(exc2)
        XCTAssertEqual(text, "4000\ncaught maximum recursion depth exceeded\n10\n")
    }

    func testInterruptRaisesKeyboardInterruptInRunningCode() {
        var interpreter: Interpreter?
        let (_, exc) = run("n = 0\nwhile True:\n    n += 1\n") { interp in
            interpreter = interp
            interp.interrupt.request()
        }
        XCTAssertNotNil(interpreter)
        XCTAssertEqual(exc?.type.name, "KeyboardInterrupt")
        XCTAssertFalse(interpreter!.interrupt.isSet, "the request is consumed once raised")
    }

    func testObjectsAreReleasedWhenTheLastReferenceGoes() {
        let (text, exc) = run(
            """
            log = []
            class Tracked:
                def __init__(self, name):
                    self.name = name
            def make():
                t = Tracked("a")
                return len(t.name)
            print(make())
            """)
        XCTAssertNil(exc)
        XCTAssertEqual(text, "1\n")
        // Swift-side check: a value stack slot released at frame exit frees the object immediately.
        weak var weakList: PyList?
        do {
            let l = PyList([.int(1)])
            weakList = l
            let interp = Interpreter(stdout: CapturingSink(), stderr: CapturingSink())
            interp.builtins.setItem("held", .object(l))
            interp.builtins.removeItem(str: PyStr.intern("held"))
        }
        XCTAssertNil(weakList)
    }

    func testSyntaxErrorIsAPythonExceptionWithLocation() {
        let (_, exc) = run("x = (1,\ny = 2\n")
        XCTAssertEqual(exc?.type.name, "SyntaxError")
        XCTAssertEqual(exc?.dict?.getItem("lineno").flatMap { if case .int(let i) = $0 { return i } else { return nil } }, 1)
    }

    func testTracebackRendering() {
        let (_, exc) = run("def f():\n    return 1 / 0\nf()\n")
        let interp = Interpreter(stdout: CapturingSink(), stderr: CapturingSink())
        XCTAssertEqual(
            TracebackPrinter.render(exc!, interp),
            """
            Traceback (most recent call last):
              File "<test>", line 3, in <module>
                f()
              File "<test>", line 2, in f
                return 1 / 0
            ZeroDivisionError: division by zero

            """)
    }
}
