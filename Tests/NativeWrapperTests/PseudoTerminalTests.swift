import Foundation
import LineEditing
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// Drives a `LineEditor` through a pseudo-terminal it owns (never the test process's own terminal):
/// Tab completion, listing, auto-indent by pushed text, history recall and Ctrl-D. The editor runs on a
/// helper thread; this thread plays the user and reads the screen from the master side. Every wait is
/// bounded; if the editor hangs, closing the master makes its read fail, so the thread ends.
final class PseudoTerminalTests: XCTestCase {
    private struct Terminal {
        let master: Int32
        let slave: Int32
    }

    /// Opens a pseudo-terminal pair through /dev/ptmx. (`posix_openpt`, `grantpt` and `unlockpt` are
    /// not exported by Swift's Glibc module, so this uses the Linux ioctls they are built on.)
    private func openTerminal() -> Terminal? {
        // _IOW('T', 0x31, int) and _IOR('T', 0x30, unsigned int): generic Linux ioctl numbering
        // (x86_64, aarch64).
        let unlockRequest: UInt = 0x4004_5431  // TIOCSPTLCK
        let numberRequest: UInt = 0x8004_5430  // TIOCGPTN
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, unlockRequest, &unlock) == 0, ioctl(master, numberRequest, &number) == 0 else {
            close(master)
            return nil
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else {
            close(master)
            return nil
        }
        return Terminal(master: master, slave: slave)
    }

    /// Word completion over a fixed vocabulary, as the REPL's completer would answer.
    private static func complete(_ before: String) -> (replaceFrom: Int, candidates: [String]) {
        let scalars = Array(before.unicodeScalars)
        var start = scalars.count
        while start > 0, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "_" { start -= 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start...])
        let prefix = String(word)
        return (start, ["print", "private", "range"].filter { $0.hasPrefix(prefix) })
    }

    /// What one session on a pseudo-terminal produced.
    private struct Session {
        var results: [LineEditor.ReadResult] = []
        var interactive = false
        var screen = ""
    }

    /// Runs `script` with an editor on a fresh pseudo-terminal on a helper thread, and types each
    /// step's keys once its prompt is on the screen.
    private func runSession(
        steps: [(prompt: String, keys: String)],
        script: @escaping @Sendable (LineEditor) -> [LineEditor.ReadResult]
    ) -> Session? {
        guard let terminal = openTerminal() else {
            XCTFail("cannot open a pseudo-terminal (/dev/ptmx); this test needs one")
            return nil
        }
        defer { close(terminal.slave) }
        let slave = terminal.slave
        let session = Shared(Session())
        let finished = DispatchSemaphore(value: 0)
        Thread {
            defer { finished.signal() }
            do {
                let editor = try LineEditor(
                    streams: .descriptors(input: slave, output: slave, error: slave),
                    settings: LineEditorTests.quietSettings)
                let interactive = editor.isInteractive
                let results = script(editor)
                session.value = Session(results: results, interactive: interactive)
            } catch {
                XCTFail("\(error)")
            }
        }.start()

        var screen = ScreenReader(master: terminal.master)
        for step in steps {
            guard screen.waitForPrompt(step.prompt, timeout: 10) else {
                XCTFail("no prompt \(step.prompt.debugDescription); screen so far: \(screen.text.debugDescription)")
                break
            }
            _ = step.keys.withCString { write(terminal.master, $0, strlen($0)) }
        }
        var done = finished.wait(timeout: .now() + 10) == .success
        screen.drain()
        close(terminal.master)  // if the editor is still reading, this ends its read with EIO
        if !done { done = finished.wait(timeout: .now() + 10) == .success }
        if ProcessInfo.processInfo.environment["SHOW_SCREEN"] != nil { print(screen.text.debugDescription) }
        XCTAssertTrue(done, "the editor thread did not finish")
        var result = session.value
        result.screen = screen.text
        return result
    }

    func testCompletionAutoIndentHistoryAndEOF() throws {
        let steps: [(prompt: String, keys: String)] = [
            ("P1> ", "ra\t\r"),  // unique candidate: completes to "range"
            ("P2... ", "x\r"),  // pushed indentation arrives before the typed text
            ("P3> ", "p\t\t\r"),  // first Tab adds the common prefix "ri", the second lists candidates
            ("P4> ", "\u{10}\r"),  // Ctrl-P recalls the history entry
            ("P5> ", "\u{04}"),  // Ctrl-D on an empty line: end of input
        ]
        let session = runSession(steps: steps) { editor in
            editor.completer = PseudoTerminalTests.complete
            editor.addHistory("recall me")
            var seen: [LineEditor.ReadResult] = []
            editor.prompt = "P1> "
            seen.append(editor.readLine())
            editor.continuationPrompt = "P2... "
            editor.pushInput("    ")
            seen.append(editor.readLine(continuation: true))
            editor.prompt = "P3> "
            seen.append(editor.readLine())
            editor.prompt = "P4> "
            seen.append(editor.readLine())
            editor.prompt = "P5> "
            seen.append(editor.readLine())
            editor.printAbove("after the editor")
            return seen
        }
        guard let session else { return }
        XCTAssertTrue(session.interactive)
        XCTAssertEqual(session.results, [.line("range"), .line("    x"), .line("pri"), .line("recall me"), .eof])
        XCTAssertTrue(session.screen.contains("private"), "no candidate list: \(session.screen.debugDescription)")
        XCTAssertTrue(session.screen.contains("after the editor"), session.screen.debugDescription)
    }

    func testViModeKeepsTabCompletionAndPrintAboveInsideTheCompleter() throws {
        let steps: [(prompt: String, keys: String)] = [
            ("V1> ", "x = ra\t\r"),
            ("V2> ", "y = é\t\r"),  // no candidates: the bell, the line stays as typed
        ]
        let session = runSession(steps: steps) { editor in
            editor.editingMode = .vi  // resets libedit's key maps; Tab must stay bound
            editor.completer = { [weak editor] before in
                editor?.printAbove("completing \(before.debugDescription)")
                return PseudoTerminalTests.complete(before)
            }
            editor.prompt = "V1> "
            let first = editor.readLine()
            editor.prompt = "V2> "
            return [first, editor.readLine()]
        }
        guard let session else { return }
        XCTAssertEqual(session.results, [.line("x = range"), .line("y = é")])
        XCTAssertTrue(session.screen.contains("completing \"x = ra\""), session.screen.debugDescription)
        XCTAssertTrue(session.screen.contains("completing \"y = é\""), session.screen.debugDescription)
    }
}

/// Collects what the editor writes to the terminal, from the master side.
private struct ScreenReader {
    let master: Int32
    private(set) var text = ""
    private var bytes: [UInt8] = []

    init(master: Int32) { self.master = master }

    /// Reads what is available within `milliseconds`; returns false at end of output.
    mutating func pump(milliseconds: Int32) -> Bool {
        var item = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&item, 1, milliseconds) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        bytes += buffer[0..<count]
        text = String(decoding: bytes, as: UTF8.self)
        return true
    }

    /// Waits until `prompt` is on the screen and the editor has put the terminal in raw mode (so typed
    /// keys reach it unprocessed by the line discipline).
    mutating func waitForPrompt(_ prompt: String, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard pump(milliseconds: 20) else { return false }
            if text.contains(prompt) && isRaw { return true }
        }
        return false
    }

    /// Reads whatever is left, briefly.
    mutating func drain() {
        for _ in 0..<10 { guard pump(milliseconds: 20) else { return } }
    }

    private var isRaw: Bool {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { return false }
        return settings.c_lflag & tcflag_t(ICANON) == 0
    }
}
