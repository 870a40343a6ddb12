import PyRuntime
import XCTest

@testable import CellEngine

/// A session in this process: display rules, history, errors, interrupts.
final class SessionTests: XCTestCase {
    static func makeSession() -> Session {
        var settings = SessionSettings()
        settings.handlesInterrupt = false
        return Session(settings: settings)
    }

    func stdout(_ r: CellResult) -> String { r.outputs.text(of: .stdout) }

    func testLastExpressionIsTheResultUnlessNoneOrSilenced() {
        let s = Self.makeSession()
        XCTAssertEqual(s.execute("x = 20\nx + 1").resultText, "21")
        XCTAssertNil(s.execute("x + 1;").resultText, "a trailing ; shows nothing")
        XCTAssertNil(s.execute("None").resultText)
        XCTAssertNil(s.execute("y = 5").resultText, "a statement shows nothing")
        XCTAssertNil(s.execute("print('hi')").resultText, "print returns None")
        XCTAssertEqual(s.execute("'a' + 'b'").resultText, "'ab'")
        XCTAssertEqual(s.execute("x = 1; x").resultText, "1", "the last statement of the cell")
        XCTAssertNil(s.execute("if True:\n    x\n").resultText, "only a top-level last expression")
        let r = s.execute("print('out')\n[x, 2]")
        XCTAssertEqual(stdout(r), "out\n")
        guard case .result(let n, let text)? = r.outputs.all.last else { return XCTFail("no result") }
        XCTAssertEqual(n, r.executionCount)
        XCTAssertEqual(text, "[1, 2]")
    }

    func testOutAndUnderscoreHistory() {
        let s = Self.makeSession()
        _ = s.execute("10")  // 1
        _ = s.execute("20")  // 2
        _ = s.execute("y = 3")  // 3: nothing shown, _ unchanged
        _ = s.execute("30")  // 4
        XCTAssertEqual(s.execute("(_, __, ___, _1, _2, _4, Out[2], sorted(Out))").resultText, "(30, 20, 10, 10, 20, 30, 20, [1, 2, 4])")
        XCTAssertEqual(s.execute("In[1], _i5, len(In)").resultText, "('10', '(_, __, ___, _1, _2, _4, Out[2], sorted(Out))', 7)")
        XCTAssertEqual(s.executionCount, 7)
        _ = s.execute("_ = 'mine'")
        _ = s.execute("99")
        XCTAssertEqual(s.execute("_").resultText, "'mine'", "a user-assigned _ is left alone")
    }

    func testSyntaxErrorRunsNothingAndPointsAtTheCell() {
        let s = Self.makeSession()
        let r = s.execute("print('before')\nx = (1,\n")
        XCTAssertEqual(r.status, .error)
        XCTAssertEqual(stdout(r), "", "nothing of the cell ran")
        XCTAssertEqual(r.error?.ename, "SyntaxError")
        XCTAssertEqual(r.error?.traceback.count, 1)
        XCTAssertTrue(r.error?.traceback[0].hasPrefix("  Cell In[1], line 2\n    x = (1,\n") ?? false, r.error?.traceback[0] ?? "")
        XCTAssertEqual(s.executionCount, 2, "a failed cell still takes its number")
    }

    func testTracebackShowsCellFramesWithContext() {
        let s = Self.makeSession()
        _ = s.execute("def f(a):\n    return 1/a")
        let r = s.execute("x = 1\ny = 2\nf(0)")
        XCTAssertEqual(r.status, .error)
        XCTAssertEqual(r.error?.ename, "ZeroDivisionError")
        XCTAssertEqual(r.error?.evalue, "division by zero")
        XCTAssertEqual(
            r.error?.traceback,
            [
                String(repeating: "-", count: 75),
                "ZeroDivisionError                         Traceback (most recent call last)",
                "Cell In[2], line 3\n      1 x = 1\n      2 y = 2\n----> 3 f(0)\n",
                "Cell In[1], line 2, in f(a)\n      1 def f(a):\n----> 2     return 1/a\n",
                "ZeroDivisionError: division by zero",
            ])
    }

    func testChainedExceptionsAsIPythonShowsThem() {
        let s = Self.makeSession()
        let r = s.execute("try:\n    {}[1]\nexcept KeyError:\n    raise ValueError('x')")
        let blocks = r.error?.traceback ?? []
        XCTAssertEqual(blocks.first, String(repeating: "-", count: 75))
        XCTAssertEqual(blocks[1], "KeyError                                  Traceback (most recent call last)")
        XCTAssertEqual(blocks[3], "KeyError: 1")
        XCTAssertEqual(blocks[4], "\nDuring handling of the above exception, another exception occurred:\n")
        XCTAssertEqual(blocks[5], "ValueError                                Traceback (most recent call last)")
        XCTAssertEqual(blocks.last, "ValueError: x")
    }

    func testUnknownMagicsAreUsageErrors() {
        let s = Self.makeSession()
        let line = s.execute("%foo")
        XCTAssertEqual(line.status, .error)
        XCTAssertEqual(line.outputs.text(of: .stderr), "UsageError: Line magic function `%foo` not found.\n")
        let cell = s.execute("%%bar\nx")
        XCTAssertEqual(cell.outputs.text(of: .stderr), "UsageError: Cell magic `%%bar` not found.\n")
        XCTAssertEqual(
            s.execute("%%timeit\n").outputs.text(of: .stderr),
            "UsageError: %%timeit is a cell magic, but the cell body is empty. Did you mean the line magic %timeit (single %)?\n")
        XCTAssertEqual(
            s.execute("%writefile x").outputs.text(of: .stderr),
            "UsageError: Line magic function `%writefile` not found (But cell magic `%%writefile` exists, did you mean that instead?).\n")
        XCTAssertEqual(
            s.execute("%%time x=1\ny").outputs.text(of: .stderr), "UsageError: Can't use statement directly after '%%time'!\n")
    }

    func testInterruptRaisesKeyboardInterruptAndTheSessionGoesOn() {
        let s = Self.makeSession()
        let flag = s.interp.interrupt
        let thread = TestThread { usleep(300_000); flag.request() }
        thread.start()
        let r = s.execute("n = 0\nwhile True:\n    n += 1")
        XCTAssertEqual(r.status, .error)
        XCTAssertTrue(r.wasInterrupted)
        XCTAssertEqual(r.error?.ename, "KeyboardInterrupt")
        XCTAssertEqual(r.error?.traceback.last, "KeyboardInterrupt: ")
        XCTAssertEqual(s.execute("n > 0").resultText, "True", "the next cell runs in the same namespace")
    }

    func testOutputOrderAndObserver() {
        let s = Self.makeSession()
        var seen: [String] = []
        let r = s.execute("import sys\nprint('a')\nprint('b', file=sys.stderr)\nprint('c')\n1") { output in
            switch output {
            case .stream(let name, let text): seen.append("\(name.rawValue):\(text)")
            case .result(_, let text): seen.append("result:\(text)")
            case .richResult(_, let data): seen.append("result:\(data.plainText)")
            case .display(let event): seen.append("display:\(event.plainText ?? "")")
            case .error(let e): seen.append("error:\(e.ename)")
            }
        }
        XCTAssertEqual(seen, ["stdout:a\n", "stderr:b\n", "stdout:c\n", "result:1"])
        XCTAssertEqual(r.outputs.all.count, 4)
        let merged = s.execute("print('x')\nprint('y')")
        XCTAssertEqual(merged.outputs.all.count, 1, "consecutive writes to a stream merge")
    }
}

/// A thread that runs a closure once.
final class TestThread: @unchecked Sendable {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
    func start() {
        var tid = pthread_t()
        let box = Unmanaged.passRetained(self)
        pthread_create(&tid, nil, { raw in
            let t = Unmanaged<TestThread>.fromOpaque(raw!).takeRetainedValue()
            t.body()
            return nil
        }, box.toOpaque())
        pthread_detach(tid)
    }
}
