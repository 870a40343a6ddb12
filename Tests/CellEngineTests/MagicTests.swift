import PyRuntime
import XCTest

@testable import CellEngine

/// Magics end to end in a session, their output checked against IPython 9.18.1's formats.
final class MagicTests: XCTestCase {
    let duration = "(?:[0-9.e+]+ (?:ns|μs|ms|s)|(?:[0-9]+(?:d|h|min|s) ?)+)"

    /// `text` matches `pattern` whole, after dropping %timeit's "The slowest run took..." warning line (a
    /// real IPython message that timing noise on a busy machine can trigger).
    func matches(_ text: String, _ pattern: String, file: StaticString = #filePath, line: UInt = #line) {
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("The slowest run took ") }.joined(separator: "\n")
        XCTAssertNotNil(kept.wholeMatch(of: try! Regex(pattern)), "\(text) !~ \(pattern)", file: file, line: line)
    }

    func testTimeCellPrintsAfterTheCellsOutputThenShowsTheValue() {
        let s = SessionTests.makeSession()
        let r = s.execute("%%time\nprint('hello')\nsum(range(1000))")
        let lines = r.outputs.text(of: .stdout).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines[0], "hello")
        matches(lines[1], "CPU times: user \(duration), sys: \(duration), total: \(duration)")
        matches(lines[2], "Wall time: \(duration)")
        XCTAssertEqual(r.resultText, "499500")
        guard case .result? = r.outputs.all.last else { return XCTFail("the value comes after the timing lines") }
    }

    func testTimeLineMagicValueSilencingAndErrors() {
        let s = SessionTests.makeSession()
        XCTAssertEqual(s.execute("%time 2**10").resultText, "1024")
        XCTAssertNil(s.execute("%time 2**10;").resultText)
        XCTAssertNil(s.execute("%time x = 5").resultText)
        XCTAssertEqual(s.execute("x").resultText, "5")
        let r = s.execute("%%time\n\n1/0")
        XCTAssertEqual(r.status, .error)
        XCTAssertTrue(r.outputs.text(of: .stdout).hasPrefix("CPU times: "), "timing lines come before the traceback")
        XCTAssertEqual(r.error?.traceback[2], "Cell In[5], line 3\n      1 %%time\n      2 \n----> 3 1/0\n")
        XCTAssertEqual(s.execute("%time --no-raise-error 1/0").status, .ok)
    }

    func testTimeitLineFormatLoopsAndResultObject() {
        let s = SessionTests.makeSession()
        let r = s.execute("%timeit -n 5 -r 3 sum(range(10))")
        matches(
            r.outputs.text(of: .stdout),
            "\(duration) ± \(duration) per loop \\(mean ± std\\. dev\\. of 3 runs, 5 loops each\\)\n")
        XCTAssertNil(r.resultText)
        let o = s.execute("t = %timeit -o -q -n1 -r1 pass\n(t.loops, t.repeat, len(t.all_runs), t.best > 0, t.stdev)")
        XCTAssertEqual(o.outputs.text(of: .stdout), "", "-q prints nothing")
        XCTAssertEqual(o.resultText, "(1, 1, 1, True, 0.0)")
        matches(s.execute("t").resultText ?? "", "<TimeitResult : \(duration) ± 0 ns per loop \\(mean ± std\\. dev\\. of 1 run, 1 loop each\\)>")
        // Without -n the loop count is the first power of ten whose run takes at least 0.2 s.
        let auto = s.execute("%timeit -r 1 -o -q sum(range(100))").value
        let loops = (try? s.interp.getAttribute(auto ?? .none, "loops")).flatMap { if case .int(let n) = $0 { n } else { nil } } ?? 0
        XCTAssertTrue([1_000, 10_000, 100_000, 1_000_000].contains(loops), "loops \(loops)")
        let cell = s.execute("%%timeit -n 2 -r 2 data = list(range(100))\nsorted(data, reverse=True)")
        matches(cell.outputs.text(of: .stdout), "\(duration) ± \(duration) per loop \\(mean ± std\\. dev\\. of 2 runs, 2 loops each\\)\n")
    }

    func testWhoAndWhosLayouts() {
        let s = SessionTests.makeSession()
        XCTAssertEqual(s.execute("%who").outputs.text(of: .stdout), "Interactive namespace is empty.\n")
        _ = s.execute("import sys\nx = 1\nnames = [1, 2, 3]\ntext = 'abc'\n_hidden = 2\ndef f(): pass")
        XCTAssertEqual(s.execute("%who").outputs.text(of: .stdout), "f\t names\t sys\t text\t x\t \n")
        XCTAssertEqual(s.execute("%who int str").outputs.text(of: .stdout), "text\t x\t \n")
        XCTAssertEqual(s.execute("%who dict").outputs.text(of: .stdout), "No variables match your requested type.\n")
        let whos = s.execute("%whos").outputs.text(of: .stdout).split(separator: "\n").map(String.init)
        XCTAssertEqual(whos[0], "Variable   Type        Data/Info")
        XCTAssertEqual(whos[1], "--------------------------------")
        XCTAssertTrue(whos[2].hasPrefix("f          function    <function f at 0x"), whos[2])
        XCTAssertEqual(whos[3], "names      list        n=3")
        XCTAssertEqual(whos[4], "sys        module      <module 'sys' (built-in)>")
        XCTAssertEqual(whos[5], "text       str         abc")
        XCTAssertEqual(whos[6], "x          int         1")
        _ = s.execute("long = 'x' * 60")
        XCTAssertTrue(s.execute("%whos str").outputs.text(of: .stdout).contains("long       str     " + String(repeating: "x", count: 25) + "<...>" + String(repeating: "x", count: 25)))
        XCTAssertEqual(s.execute("%who_ls int").resultText, "['x']")
    }

    func testResetHistoryAndLsmagic() {
        let s = SessionTests.makeSession()
        _ = s.execute("a = 1")
        _ = s.execute("a + 1")
        XCTAssertEqual(s.execute("%history -n 1-2").outputs.text(of: .stdout), "   1: a = 1\n   2: a + 1\n")
        XCTAssertEqual(s.execute("%history -l 1").outputs.text(of: .stdout), "%history -l 1\n")
        _ = s.execute("def g():\n    return 2")
        XCTAssertEqual(s.execute("%history -n 5").outputs.text(of: .stdout), "   5:\ndef g():\n    return 2\n")
        _ = s.execute("%reset -f")
        XCTAssertEqual(s.execute("%who").outputs.text(of: .stdout), "Interactive namespace is empty.\n")
        XCTAssertEqual(s.execute("len(Out), In[1]").resultText, "(0, 'a = 1')", "Out is flushed, In stays")
        let listing = s.execute("%lsmagic").resultText ?? ""
        XCTAssertTrue(listing.hasPrefix("Available line magics:\n%cd  %env  "), listing)
        XCTAssertTrue(listing.contains("\n\nAvailable cell magics:\n%%bash  %%capture  "), listing)
    }

    func testFilesDirectoriesEnvironmentAndShell() throws {
        let s = SessionTests.makeSession()
        var template = Array("/tmp/swiftray-magic-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw XCTSkip("no temporary directory") }
        let dir = String(cString: made)
        defer { _ = s.execute("!rm -rf \(dir)") }
        let start = s.execute("%pwd").resultText ?? ""
        XCTAssertEqual(s.execute("%cd \(dir)").outputs.text(of: .stdout), "\(dir)\n")
        XCTAssertEqual(s.execute("%pwd").resultText, "'\(dir)'")
        XCTAssertEqual(s.execute("%%writefile notes.txt\nline one\nline two").outputs.text(of: .stdout), "Writing notes.txt\n")
        XCTAssertEqual(s.execute("%%writefile -a notes.txt\nthree").outputs.text(of: .stdout), "Appending to notes.txt\n")
        XCTAssertEqual(s.execute("open('notes.txt').read()").resultText, "'line one\\nline two\\nthree\\n'")
        XCTAssertEqual(s.execute("files = !ls\nfiles").resultText, "['notes.txt']")
        XCTAssertEqual(s.execute("!echo shell").outputs.text(of: .stdout), "shell\n")
        XCTAssertEqual(s.execute("%%bash\necho from bash\nexit 3").outputs.text(of: .stdout), "from bash\n")
        XCTAssertEqual(s.execute("_exit_code").resultText, "3")
        XCTAssertEqual(s.execute("%cd /nonexistent-dir").outputs.text(of: .stdout), "[Errno 2] No such file or directory: '/nonexistent-dir'\n\(dir)\n")
        _ = s.execute("%cd -")
        XCTAssertEqual(s.execute("%pwd").resultText, start)
        XCTAssertEqual(s.execute("%env SWIFTRAY_TEST_VAR=42").outputs.text(of: .stdout), "env: SWIFTRAY_TEST_VAR=42\n")
        XCTAssertEqual(s.execute("%env SWIFTRAY_TEST_VAR").resultText, "'42'")
        XCTAssertEqual(s.execute("import os\nos.environ['SWIFTRAY_TEST_VAR']").resultText, "'42'")
        XCTAssertEqual(
            s.execute("%env SWIFTRAY_NO_SUCH_VAR").outputs.text(of: .stderr),
            "UsageError: Environment does not have key: SWIFTRAY_NO_SUCH_VAR\n")
        XCTAssertEqual(s.execute("%env")["SWIFTRAY_TEST_VAR"], "'42'")
    }

    func testCaptureStoresOutputInsteadOfShowingIt() {
        let s = SessionTests.makeSession()
        let r = s.execute("%%capture cap\nprint('hi')\n3")
        XCTAssertTrue(r.outputs.all.isEmpty)
        XCTAssertEqual(s.execute("cap.stdout, cap.outputs").resultText, "('hi\\n', ['3'])")
        XCTAssertEqual(s.execute("cap.show()").outputs.text(of: .stdout), "hi\n3\n")
    }
}

extension CellResult {
    /// The repr of one key of a displayed dict (for `%env`'s result).
    subscript(key: String) -> String? {
        guard let dict = value?.asDict, let v = dict.getItem(key) else { return nil }
        return "'\(v.asStr?.string ?? "")'"
    }
}
