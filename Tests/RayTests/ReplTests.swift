import Foundation
import XCTest

/// The interactive REPL, driven in a pseudo-terminal as a person drives it (Tests/REPL/repl_pty_check.py:
/// the seed script typed statement by statement, %%time, Tab completion, history across restarts, Ctrl-C
/// during a sleep and at the prompt, Ctrl-D with no process left), plus what happens without a terminal.
final class ReplTests: XCTestCase {
    func testInteractiveSessionInAPseudoTerminal() throws {
        guard let binary = ScriptHarness.binary else { throw XCTSkip("swiftray executable not found") }
        let root = ScriptHarness.packageRoot
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")  // python3 from PATH (pyenv, venv or system)
        process.arguments = [
            "python3", root.appendingPathComponent("Tests/REPL/repl_pty_check.py").path, binary.path,
            root.appendingPathComponent("Tests/Seeds/fire_and_forget.py").path,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("REPL checks passed"), text)
    }

    /// Standard input that is not a terminal is a program, read whole: no prompts, no results shown.
    func testPipedInputRunsAsAScript() throws {
        guard let binary = ScriptHarness.binary else { throw XCTSkip("swiftray executable not found") }
        let process = Process()
        process.executableURL = binary
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("x = 6 * 7\nx\nfor i in range(2):\n    print(i)\nprint(x)\n".utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "0\n1\n42\n")
        XCTAssertEqual(process.terminationStatus, 0)
    }
}
