import Foundation
import LineEditing
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// Tests that need no terminal: history, plain (non-tty) reading, completion planning, interrupts.
/// None of them reads the test process's own stdin. Terminal editing is in PseudoTerminalTests.
final class LineEditorTests: XCTestCase {
    /// Settings that do not depend on the user's environment.
    static var quietSettings: LineEditorSettings {
        var settings = LineEditorSettings()
        settings.readsEditrc = false
        settings.handlesSignals = false
        settings.terminalType = "dumb"
        return settings
    }

    /// An editor reading and writing /dev/null.
    private func nullEditor(historyLimit: Int) throws -> LineEditor {
        let null = open("/dev/null", O_RDWR)
        XCTAssertGreaterThanOrEqual(null, 0)
        defer { close(null) }
        var settings = Self.quietSettings
        settings.historyLimit = historyLimit
        return try LineEditor(streams: .descriptors(input: null, output: null, error: null), settings: settings)
    }

    func testHistoryKeepsTheNewestEntriesWithinTheBound() throws {
        let editor = try nullEditor(historyLimit: 3)
        XCTAssertFalse(editor.isInteractive)
        XCTAssertEqual(editor.history, [])
        for line in ["one", "two", "   ", "", "three", "four", "five"] { editor.addHistory(line) }
        XCTAssertEqual(editor.history, ["three", "four", "five"])
        editor.historyLimit = 2
        XCTAssertEqual(editor.history, ["four", "five"])
        editor.clearHistory()
        XCTAssertEqual(editor.history, [])
    }

    func testHistorySaveLoadRoundTrip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        let entries = [
            "x = 'héllo ✓ 日本'",
            "def f(a, b):\\n    return a\tb",
            "print(\"quotes\", 'and' \\ backslash)",
            "for i in range(3): pass",
            "last",
        ]
        let writer = try nullEditor(historyLimit: 4)
        for entry in entries { writer.addHistory(entry) }
        XCTAssertEqual(try writer.saveHistory(to: path), 4)
        let file = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(file.hasPrefix("_HiStOrY_V2_\n"), file)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)

        let reader = try nullEditor(historyLimit: 10)
        reader.addHistory("already here")
        XCTAssertEqual(try reader.loadHistory(from: path), 4)
        XCTAssertEqual(reader.history, ["already here"] + entries.suffix(4))

        let small = try nullEditor(historyLimit: 2)
        try small.loadHistory(from: path)
        XCTAssertEqual(small.history, Array(entries.suffix(2)))
    }

    func testHistoryFileErrorsCarryErrno() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let editor = try nullEditor(historyLimit: 10)
        XCTAssertThrowsError(try editor.loadHistory(from: directory.path + "/missing")) { error in
            XCTAssertEqual((error as? LineEditingError)?.errno, ENOENT)
        }
        XCTAssertThrowsError(try editor.saveHistory(to: directory.path + "/no/such/dir/history")) { error in
            XCTAssertEqual((error as? LineEditingError)?.errno, ENOENT)
        }
        let notHistory = directory.path + "/notes.txt"
        try "just some text\n".write(toFile: notHistory, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try editor.loadHistory(from: notHistory)) { error in
            XCTAssertNotNil(error as? LineEditingError)
        }
        XCTAssertEqual(editor.history, [])
    }

    func testReadsPlainLinesFromAPipe() throws {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        let text = "first line\nsecond ✓ 日本\n\n    indented\r\nno newline at end"
        XCTAssertEqual(text.utf8.count, text.withCString { write(fds[1], $0, strlen($0)) })
        close(fds[1])
        let input = fds[0]
        let results = Shared<[LineEditor.ReadResult]>([])
        let finished = finishes(within: 20) {
            defer { close(input) }
            do {
                let null = open("/dev/null", O_WRONLY)
                defer { close(null) }
                let editor = try LineEditor(
                    streams: .descriptors(input: input, output: null, error: null),
                    settings: LineEditorTests.quietSettings)
                var seen: [LineEditor.ReadResult] = []
                for _ in 0..<7 { seen.append(editor.readLine()) }
                results.value = seen
            } catch {
                XCTFail("\(error)")
            }
        }
        XCTAssertTrue(finished, "reading from a pipe hung")
        XCTAssertEqual(results.value, [
            .line("first line"), .line("second ✓ 日本"), .line(""), .line("    indented"),
            .line("no newline at end"), .eof, .eof,
        ])
    }

    func testEditorOnStandardStreamsNeedsNoTerminal() throws {
        var settings = Self.quietSettings
        settings.terminalType = nil
        let editor = try LineEditor(settings: settings)  // only created, never read: stdin is not ours
        XCTAssertEqual(editor.isInteractive, isatty(0) != 0)
        XCTAssertGreaterThan(editor.terminalColumns, 0)
    }

    func testInterruptEndsABlockedRead() throws {
        // Without our handler SIGINT would end the test process, so stop here if it is not installed.
        guard LineEditor.installInterruptHandler() else {
            XCTFail("sigaction(SIGINT) failed")
            return
        }
        defer { LineEditor.removeInterruptHandler() }
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[1]) }
        let input = fds[0]
        let thread = Shared<pthread_t?>(nil)
        let result = Shared<LineEditor.ReadResult?>(nil)
        let reading = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        Thread {
            defer { close(input) }
            do {
                let null = open("/dev/null", O_WRONLY)
                defer { close(null) }
                let editor = try LineEditor(
                    streams: .descriptors(input: input, output: null, error: null),
                    settings: LineEditorTests.quietSettings)
                thread.value = pthread_self()
                reading.signal()
                result.value = editor.readLine()  // blocks: nobody writes to the pipe
            } catch {
                XCTFail("\(error)")
            }
            done.signal()
            release.wait()  // keep this thread (and its pthread_t) alive until no more signals are sent
        }.start()
        XCTAssertEqual(reading.wait(timeout: .now() + 10), .success)
        // A signal that lands before read() blocks only sets the flag; send until the read returns.
        var returned = false
        for _ in 0..<250 where !returned {
            if let target = thread.value { pthread_kill(target, SIGINT) }
            returned = done.wait(timeout: .now() + 0.02) == .success
        }
        release.signal()
        XCTAssertTrue(returned, "SIGINT did not end the read")
        XCTAssertEqual(result.value, .interrupted)
        _ = LineEditor.takeInterrupt()
    }

    // MARK: Completion planning (no terminal needed)

    func testCompletionPlan() {
        typealias Plan = CompletionAction
        XCTAssertEqual(Plan.plan(lineBeforeCursor: "x = pr", replaceFrom: 4, candidates: []), .beep)
        XCTAssertEqual(
            Plan.plan(lineBeforeCursor: "x = pr", replaceFrom: 4, candidates: ["print"]),
            .replace(deleteCount: 0, insertion: "int"))
        XCTAssertEqual(
            Plan.plan(lineBeforeCursor: "x = p", replaceFrom: 4, candidates: ["print", "private", "print"]),
            .replace(deleteCount: 0, insertion: "ri"))
        XCTAssertEqual(
            Plan.plan(lineBeforeCursor: "x = pri", replaceFrom: 4, candidates: ["print", "private"]),
            .list(["print", "private"]))
        XCTAssertEqual(Plan.plan(lineBeforeCursor: "print", replaceFrom: 0, candidates: ["print"]), .nothing)
        XCTAssertEqual(
            Plan.plan(lineBeforeCursor: "obj.", replaceFrom: 4, candidates: ["alpha", "beta"]),
            .list(["alpha", "beta"]))
        // A word that is not a prefix of the answer (case-insensitive completer) is replaced whole,
        // counting Unicode scalars: "é" + "PRI" is 4 scalars.
        XCTAssertEqual(
            Plan.plan(lineBeforeCursor: "s = éPRI", replaceFrom: 4, candidates: ["éprint"]),
            .replace(deleteCount: 4, insertion: "éprint"))
        XCTAssertEqual(
            Plan.plan(lineBeforeCursor: "日本", replaceFrom: 1, candidates: ["本当", "本気"]),
            .list(["本当", "本気"]))
        XCTAssertEqual(
            Plan.plan(lineBeforeCursor: "日", replaceFrom: 0, candidates: ["日本当", "日本気"]),
            .replace(deleteCount: 0, insertion: "本"))
        // Out-of-range offsets are clamped rather than trapping.
        XCTAssertEqual(
            Plan.plan(lineBeforeCursor: "ab", replaceFrom: 99, candidates: ["x"]),
            .replace(deleteCount: 0, insertion: "x"))
    }

    func testColumnsFillTopToBottom() {
        XCTAssertEqual(formatColumns([], width: 80), "")
        XCTAssertEqual(formatColumns(["print", "private"], width: 80), "print    private\n")
        let words = ["a", "bb", "ccc", "dddd", "eeeee"]
        // cell = 7 columns; width 16 fits 2 columns, so 3 rows filled column by column.
        XCTAssertEqual(formatColumns(words, width: 16), "a      dddd\nbb     eeeee\nccc\n")
        XCTAssertEqual(formatColumns(["averyveryverylongword", "x"], width: 10), "averyveryverylongword\nx\n")
    }
}
