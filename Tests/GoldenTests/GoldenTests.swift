// Golden tests: runs every program of Tests/Golden/<area>/NAME.py with the built `swiftray` executable and compares
// the results with the expected files generated from CPython 3.11 by Tests/Golden/generate.sh.
//
// - stdout is compared byte for byte with NAME.out;
// - the exit status must be 0, or the number in NAME.exit when present (errors/);
// - stderr is compared with NAME.err when present (errors/), after normalizing both sides: traceback caret lines
//   (only spaces, '^' and '~', under a frame's source line) are removed and the program folder prefix is stripped
//   from `File "..."` lines (CPython prints the main script's absolute path).
//
// Environment: SWIFTRAY_BIN (path of the executable to test), SWIFTRAY_GOLDEN_DIR (corpus root),
// SWIFTRAY_GOLDEN_FILTER (only run programs whose "area/name.py" contains this text).
import Foundation
import XCTest

final class GoldenTests: XCTestCase {
    static let knownAreas = [
        "lexing", "statements", "functions", "classes", "generators", "exceptions",
        "values", "builtins", "modules", "programs", "errors", "pandas",
    ]
    static let timeout: Double = 20
    static let lanes = 2
    static let tally = Tally()

    func testLexing() { runArea("lexing") }
    func testStatements() { runArea("statements") }
    func testFunctions() { runArea("functions") }
    func testClasses() { runArea("classes") }
    func testGenerators() { runArea("generators") }
    func testExceptions() { runArea("exceptions") }
    func testValues() { runArea("values") }
    func testBuiltins() { runArea("builtins") }
    func testModules() { runArea("modules") }
    func testPrograms() { runArea("programs") }
    func testErrors() { runArea("errors") }
    /// The pandas subset against pandas 3.1.1 (see Tests/Golden/pandas/README.md for its oracle).
    func testPandas() { runArea("pandas") }

    /// Areas added to the corpus without a dedicated test method above.
    func testOtherAreas() {
        let root = Self.goldenRoot()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for area in entries.sorted() where !Self.knownAreas.contains(area) && !area.hasPrefix(".") {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(area).path, isDirectory: &isDir),
               isDir.boolValue {
                runArea(area)
            }
        }
    }

    override class func tearDown() {
        let (passed, failed) = tally.totals()
        print("golden: \(passed) passed, \(failed) failed")
        super.tearDown()
    }

    // MARK: - Running one area

    func runArea(_ area: String) {
        let dir = Self.goldenRoot().appendingPathComponent(area)
        let filter = ProcessInfo.processInfo.environment["SWIFTRAY_GOLDEN_FILTER"] ?? ""
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".py") && (filter.isEmpty || "\(area)/\($0)".contains(filter)) }
            .sorted()
        guard !files.isEmpty else {
            print("golden[\(area)]: no programs")
            return
        }
        guard let binary = Self.findBinary() else {
            XCTFail("swiftray executable not found (searched: \(Self.binaryCandidates().map(\.path).joined(separator: ", "))); "
                + "build it with `swift build --product swiftray` or set SWIFTRAY_BIN")
            return
        }
        let failures = Results(count: files.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: Self.lanes) { _ in
            while let i = next.take(below: files.count) {
                failures.set(i, Self.check(binary: binary, dir: dir, file: files[i]))
            }
        }
        let failed = failures.all().enumerated().compactMap { i, message in message.map { "\(area)/\(files[i]): \($0)" } }
        Self.tally.add(passed: files.count - failed.count, failed: failed.count)
        print("golden[\(area)]: \(files.count - failed.count) passed, \(failed.count) failed")
        if !failed.isEmpty {
            XCTFail("\(failed.count) of \(files.count) golden programs failed in \(area):\n" + failed.joined(separator: "\n"))
        }
    }

    /// Runs one program and returns nil when it matches its expected files, or a description of the mismatches.
    static func check(binary: URL, dir: URL, file: String) -> String? {
        let base = dir.appendingPathComponent(String(file.dropLast(3)))
        let expectedOut = try? Data(contentsOf: base.appendingPathExtension("out"))
        let expectedErr = try? Data(contentsOf: base.appendingPathExtension("err"))
        let exitText = (try? String(contentsOf: base.appendingPathExtension("exit"), encoding: .utf8)) ?? "0"
        guard let expectedExit = Int32(exitText.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            return "unreadable .exit file"
        }
        if expectedOut == nil && expectedErr == nil { return "no .out/.err file (run Tests/Golden/generate.sh)" }
        let result: RunResult
        do { result = try run(binary: binary, dir: dir, file: file) } catch { return "could not launch: \(error)" }
        var problems: [String] = []
        if result.timedOut { problems.append("timed out after \(Int(timeout)) s") }
        if let signal = result.signal, !result.timedOut {
            problems.append("killed by signal \(signal)" + lastLine(result.stderr))
        } else if result.status != expectedExit && !result.timedOut {
            problems.append("exit status \(result.status), expected \(expectedExit)" + lastLine(result.stderr))
        }
        if let expectedOut, expectedOut != result.stdout {
            problems.append("stdout " + firstDifference(expected: expectedOut, actual: result.stdout))
        }
        if let expectedErr {
            let want = normalizeStderr(expectedErr, dir: dir), got = normalizeStderr(result.stderr, dir: dir)
            if want != got { problems.append("stderr " + firstDifference(expected: want, actual: got)) }
        }
        return problems.isEmpty ? nil : problems.joined(separator: "\n    ")
    }

    // MARK: - Subprocess

    struct RunResult {
        var stdout: Data, stderr: Data, status: Int32, signal: Int32?, timedOut: Bool
    }

    /// Runs `binary file` in `dir`; output goes to temporary files, so large outputs cannot block on a full pipe.
    static func run(binary: URL, dir: URL, file: String) throws -> RunResult {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.appendingPathComponent("swiftray-golden-run-\(UUID().uuidString)")
        try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: tmp) }
        let outURL = tmp.appendingPathComponent("stdout"), errURL = tmp.appendingPathComponent("stderr")
        _ = fm.createFile(atPath: outURL.path, contents: nil)
        _ = fm.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL), errHandle = try FileHandle(forWritingTo: errURL)
        defer { try? outHandle.close(); try? errHandle.close() }

        let process = Process()
        process.executableURL = binary
        process.arguments = [file]
        process.currentDirectoryURL = dir
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        var timedOut = false
        if done.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            if done.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                _ = done.wait(timeout: .now() + 5)
            }
        }
        let signal: Int32? = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
        return RunResult(stdout: (try? Data(contentsOf: outURL)) ?? Data(), stderr: (try? Data(contentsOf: errURL)) ?? Data(),
                         status: process.terminationStatus, signal: signal, timedOut: timedOut)
    }

    // MARK: - Comparison helpers

    /// Drops traceback caret lines and strips the program folder from `File "..."` lines (see generate.sh).
    static func normalizeStderr(_ data: Data, dir: URL) -> Data {
        let prefixes = Set([dir.path, dir.resolvingSymlinksInPath().path, dir.standardizedFileURL.path])
            .map { "File \"" + ($0.hasSuffix("/") ? $0 : $0 + "/") }
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        var out: [String] = []
        for (i, line) in lines.enumerated() {
            if i >= 2, isCaretLine(line), isFrameHeader(lines[i - 2]) { continue }
            var line = line
            for prefix in prefixes { line = line.replacingOccurrences(of: prefix, with: "File \"") }
            out.append(line)
        }
        return Data(out.joined(separator: "\n").utf8)
    }

    static func isCaretLine(_ line: String) -> Bool {
        line.contains { $0 == "^" || $0 == "~" } && line.allSatisfy { $0 == "^" || $0 == "~" || $0 == " " || $0 == "\t" }
    }

    /// `  File "x.py", line 3, in f` (a traceback frame; SyntaxError headers have no ", in ").
    static func isFrameHeader(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed.hasPrefix("File \"") && trimmed.contains("\", line ") && trimmed.contains(", in ")
    }

    static func firstDifference(expected: Data, actual: Data) -> String {
        let want = lines(expected), got = lines(actual)
        let index = zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(want.count, got.count)
        if index >= want.count && index >= got.count { return "differs only in the final newline or in non-UTF-8 bytes" }
        let show = { (lines: [String]) -> String in index < lines.count ? clip(lines[index]) : "<end of output>" }
        return "differs at line \(index + 1) (expected \(want.count) lines, got \(got.count)):\n"
            + "      - expected: \(show(want))\n      + got:      \(show(got))"
    }

    static func lines(_ data: Data) -> [String] {
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func clip(_ line: String) -> String {
        let quoted = "\"" + line.replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\r", with: "\\r") + "\""
        return quoted.count > 240 ? String(quoted.prefix(240)) + "…" : quoted
    }

    static func lastLine(_ stderr: Data) -> String {
        let lines = String(decoding: stderr, as: UTF8.self).split(separator: "\n")
        return lines.last.map { " (stderr: \(clip(String($0))))" } ?? ""
    }

    // MARK: - Locating files

    static func packageRoot() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func goldenRoot() -> URL {
        if let dir = ProcessInfo.processInfo.environment["SWIFTRAY_GOLDEN_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir)
        }
        return packageRoot().appendingPathComponent("Tests/Golden")
    }

    static func binaryCandidates() -> [URL] {
        if let path = ProcessInfo.processInfo.environment["SWIFTRAY_BIN"], !path.isEmpty {
            return [URL(fileURLWithPath: path)]
        }
        var dirs = [Bundle.main.bundleURL, Bundle(for: GoldenTests.self).bundleURL]
        if let exe = Bundle.main.executableURL { dirs.append(exe.deletingLastPathComponent()) }
        var candidates: [URL] = []
        for dir in dirs {
            candidates.append(dir.appendingPathComponent("swiftray"))
            candidates.append(dir.deletingLastPathComponent().appendingPathComponent("swiftray"))
        }
        candidates.append(packageRoot().appendingPathComponent(".build/debug/swiftray"))
        return candidates
    }

    static func findBinary() -> URL? {
        binaryCandidates().first { url in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && !isDir.boolValue
                && FileManager.default.isExecutableFile(atPath: url.path)
        }
    }
}

// MARK: - Thread-safe bookkeeping for the parallel lanes

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String?]
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: String?) { lock.lock(); items[i] = value; lock.unlock() }
    func all() -> [String?] { lock.lock(); defer { lock.unlock() }; return items }
}

final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var passed = 0, failed = 0
    func add(passed p: Int, failed f: Int) { lock.lock(); passed += p; failed += f; lock.unlock() }
    func totals() -> (Int, Int) { lock.lock(); defer { lock.unlock() }; return (passed, failed) }
}
