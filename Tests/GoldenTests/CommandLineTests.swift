import Foundation
import XCTest

/// The `swiftray` command line as a user drives it: `-c`, `--version`, scripts with arguments, programs on
/// standard input, and the exit statuses (0 success, 1 uncaught exception, 2 bad usage, SystemExit codes).
final class CommandLineTests: XCTestCase {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], stdin: String? = nil) throws -> Outcome {
        guard let binary = GoldenTests.findBinary() else {
            XCTFail("swiftray executable not found")
            return Outcome(status: -1, stdout: "", stderr: "")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    func testDashC() throws {
        let r = try run(["-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "['-c', 'a', 'b'] 42\n")
    }

    func testVersion() throws {
        let r = try run(["--version"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.hasPrefix("swiftray "), r.stdout)
    }

    func testBadUsageExitsWithTwo() throws {
        let r = try run(["--no-such-option"])
        XCTAssertEqual(r.status, 2)
        XCTAssertFalse(r.stderr.isEmpty)
    }

    func testScriptArgumentsAndExitStatuses() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swiftray-cli-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("prog.py")
        try "import sys\nprint(sys.argv[1:])\nsys.exit(int(sys.argv[1]))\n".write(to: script, atomically: true, encoding: .utf8)
        let ok = try run([script.path, "0", "x", "--flag", "-c"])
        XCTAssertEqual(ok.status, 0)
        XCTAssertEqual(ok.stdout, "['0', 'x', '--flag', '-c']\n")
        XCTAssertEqual(try run([script.path, "3"]).status, 3)
        let failing = try run(["-c", "def f():\n    raise ValueError('boom')\nf()"])
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.stderr.hasSuffix("ValueError: boom\n"), failing.stderr)
        let missing = try run([dir.appendingPathComponent("nope.py").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("can't open file"), missing.stderr)
    }

    func testProgramOnStandardInput() throws {
        let r = try run([], stdin: "x = 2\nprint(x ** 100)\n")
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "1267650600228229401496703205376\n")
    }

    func testSyntaxErrorPointsAtTheLine() throws {
        let r = try run(["-c", "x = 1\nif x\n    pass\n"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(
            r.stderr, "  File \"<string>\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n")
    }
}
