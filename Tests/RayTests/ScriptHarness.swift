import Foundation
import XCTest

/// Runs the `swiftray` executable on a program and collects what it printed: the tests of the cluster runtime
/// drive it exactly as a user does, as a separate process that starts (and must stop) its own cluster.
enum ScriptHarness {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var binary: URL? {
        if let path = ProcessInfo.processInfo.environment["SWIFTRAY_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var candidates: [URL] = []
        for bundle in [Bundle.main] + Bundle.allBundles {
            let dir = bundle.bundleURL
            candidates += [dir.appendingPathComponent("swiftray"), dir.deletingLastPathComponent().appendingPathComponent("swiftray")]
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/swiftray"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
    }

    /// A fresh directory for one test's files.
    static func scratchDirectory(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swiftray-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Start `swiftray` on `arguments` without waiting.
    static func start(_ arguments: [String], directory: URL? = nil) throws -> (Process, Pipe, Pipe) {
        guard let binary else { throw XCTSkip("swiftray executable not found; build it first") }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    /// Run a program given as source text in `directory`, with extra environment variables; returns what it
    /// printed and its pid (the name of its session directory).
    static func runReturningPID(source: String, directory: URL, environment: [String: String] = [:]) throws
        -> (Outcome, Int32)
    {
        guard let binary else { throw XCTSkip("swiftray executable not found; build it first") }
        let file = directory.appendingPathComponent("program-\(UInt32.random(in: 0...UInt32.max)).py")
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = binary
        process.arguments = [file.path]
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let errFile = directory.appendingPathComponent("stderr-\(UInt32.random(in: 0...UInt32.max)).txt")
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errFile)
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = (try? Data(contentsOf: errFile)) ?? Data()
        let outcome = Outcome(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), seconds: Date().timeIntervalSince(started))
        return (outcome, process.processIdentifier)
    }

    /// Run a program given as source text (written to a file in a scratch directory).
    static func run(source: String, name: String = "prog", timeout: Double = 120) throws -> Outcome {
        let dir = try scratchDirectory(name)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("\(name).py")
        try source.write(to: file, atomically: true, encoding: .utf8)
        return try run([file.path], directory: dir, timeout: timeout)
    }

    static func run(_ arguments: [String], directory: URL? = nil, timeout: Double = 120) throws -> Outcome {
        let started = Date()
        let (process, out, err) = try start(arguments, directory: directory)
        let timer = DispatchSource.makeTimerSource()
        timer.schedule(deadline: .now() + timeout)
        timer.setEventHandler { if process.isRunning { process.terminate() } }
        timer.resume()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self), seconds: Date().timeIntervalSince(started))
    }

    /// Pids of live (non-zombie) processes whose parent is `parent`.
    static func children(of parent: Int32) -> [Int32] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var out: [Int32] = []
        for entry in entries {
            guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            if fields.count > 1, fields[0] != "Z", Int32(fields[1]) == parent { out.append(pid) }
        }
        return out
    }

    static func isLive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[stat.index(close, offsetBy: 2)] != "Z"
    }

    /// /dev/shm entries made by SwiftRay sessions started by `driver`.
    static func sharedMemoryFiles(driver: Int32) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/dev/shm")) ?? []).filter {
            $0.hasPrefix("swiftray_") && $0.contains("_\(driver)_")
        }
    }

    /// Session directories of `driver` that have not ended (their sockets are still there; an ended session
    /// keeps only its logs).
    static func sessionDirectories(driver: Int32) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/tmp/swiftray")) ?? []).filter {
            $0.hasPrefix("session_") && $0.hasSuffix("_\(driver)")
                && FileManager.default.fileExists(atPath: "/tmp/swiftray/\($0)/sockets")
        }
    }

    /// The session directory of `driver`, ended or not.
    static func sessionDirectory(driver: Int32) -> String? {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/tmp/swiftray")) ?? []).first {
            $0.hasPrefix("session_") && $0.hasSuffix("_\(driver)")
        }.map { "/tmp/swiftray/" + $0 }
    }
}
