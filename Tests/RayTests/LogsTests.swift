import Foundation
import XCTest

/// The runtime's debug logs: one file per process, kept after the session ends, merged and classified by
/// `swiftray logs [--csv]` into the table the seed notebook's last cell reads.
final class LogsTests: XCTestCase {
    let program = """
        import ray
        ray.init(logging_level="debug")

        @ray.remote
        def double(x):
            return x * 2

        print(ray.get(double.remote(21)))
        big = ray.put(b"x" * 200_000)
        del big
        """

    func session(of outcome: ScriptHarness.Outcome, driver: Int32) throws -> String {
        try XCTUnwrap(ScriptHarness.sessionDirectory(driver: driver), "no session directory kept")
    }

    func runKeepingPID(_ source: String, environment: [String: String] = [:]) throws -> (ScriptHarness.Outcome, Int32) {
        let dir = try ScriptHarness.scratchDirectory("logs")
        defer { try? FileManager.default.removeItem(at: dir) }
        return try ScriptHarness.runReturningPID(source: source, directory: dir, environment: environment)
    }

    func testDebugRunLogsEveryLifecycleEventAndCSVClassifiesThem() throws {
        let (outcome, driver) = try runKeepingPID(program)
        XCTAssertEqual(outcome.stdout, "42\n")
        let session = try session(of: outcome, driver: driver)
        defer { try? FileManager.default.removeItem(atPath: session) }
        let logs = try FileManager.default.contentsOfDirectory(atPath: session + "/logs").filter { $0.hasSuffix(".log") }
        XCTAssertTrue(logs.contains { $0.hasPrefix("driver-\(driver)") }, "\(logs)")
        XCTAssertTrue(logs.contains { $0.hasPrefix("head-") }, "\(logs)")
        XCTAssertTrue(logs.contains { $0.hasPrefix("worker-") }, "\(logs)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: session + "/sockets"), "sockets must go with the session")

        let csv = try ScriptHarness.run(["logs", "--csv", "--session", session])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let rows = csv.stdout.split(separator: "\n")
        XCTAssertEqual(rows.first, "timestamp,log_level,process_id,thread_id,source_file,line_number,message,log_type")
        for event in [
            "Construct core worker process", "Construct core worker", "Initialization", "Polling", "Receive Task",
            "Add Task", "Execute Task", "Finished Task", "Create object", "Handle Return Object",
            "Updating Reference Count", "Delete object",
        ] {
            XCTAssertTrue(rows.contains { $0.hasSuffix("," + event) }, "no \(event) row")
        }
        XCTAssertTrue(rows.dropFirst().allSatisfy { $0.hasPrefix("\"20") }, "every row starts with a quoted timestamp")
        let stamps = rows.dropFirst().map { $0.prefix(25) }
        XCTAssertEqual(stamps, stamps.sorted(), "rows are merged by time")

        let head = try ScriptHarness.run(["logs", "--component", "head", "--session", session])
        XCTAssertTrue(head.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("(head) [") }, head.stdout)
        XCTAssertTrue(head.stdout.contains("Initializing the head"))
    }

    func testInfoByDefaultWritesNoDebugLines() throws {
        let (outcome, driver) = try runKeepingPID(program.replacingOccurrences(of: "logging_level=\"debug\"", with: ""))
        XCTAssertEqual(outcome.stdout, "42\n")
        let session = try session(of: outcome, driver: driver)
        defer { try? FileManager.default.removeItem(atPath: session) }
        let text = try ScriptHarness.run(["logs", "--session", session]).stdout
        XCTAssertTrue(text.contains(" I \(driver) "), text)
        XCTAssertFalse(text.contains(" D "), text)
    }

    func testBackendLogLevelVariableTurnsOnDebug() throws {
        let (outcome, driver) = try runKeepingPID(
            program.replacingOccurrences(of: "logging_level=\"debug\"", with: ""),
            environment: ["RAY_BACKEND_LOG_LEVEL": "debug"])
        XCTAssertEqual(outcome.stdout, "42\n")
        let session = try session(of: outcome, driver: driver)
        defer { try? FileManager.default.removeItem(atPath: session) }
        let text = try ScriptHarness.run(["logs", "--session", session, "--component", "worker"]).stdout
        XCTAssertTrue(text.contains("Executing task"), text)
    }
}
