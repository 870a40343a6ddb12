import Foundation
import XCTest

/// Processes the runtime starts, it ends: the cluster shares the driver's fate however the driver exits, and
/// leaves no process, session directory or shared-memory object behind.
final class ClusterLifecycleTests: XCTestCase {
    /// A driver that starts a cluster, creates a shared-memory object, then waits to be killed.
    let waitingDriver = """
        import ray, time, sys
        @ray.remote
        def big():
            return b"x" * 300000
        ref = big.remote()
        assert len(ray.get(ref)) == 300000
        print("ready", flush=True)
        time.sleep(60)
        """

    func startWaitingDriver() throws -> (Process, URL) {
        let dir = try ScriptHarness.scratchDirectory("lifecycle")
        let file = dir.appendingPathComponent("driver.py")
        try waitingDriver.write(to: file, atomically: true, encoding: .utf8)
        let (process, out, _) = try ScriptHarness.start([file.path], directory: dir)
        // Wait for "ready": the cluster is up and the object exists.
        var text = ""
        while !text.contains("ready") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        XCTAssertTrue(text.contains("ready"), "driver did not start: \(text)")
        return (process, dir)
    }

    /// Everything the driver started: its head and the head's workers.
    func clusterProcesses(of driver: Int32) -> [Int32] {
        let heads = ScriptHarness.children(of: driver)
        return heads + heads.flatMap { ScriptHarness.children(of: $0) }
    }

    func assertNothingLeft(driver: Int32, processes: [Int32], within seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if processes.allSatisfy({ !ScriptHarness.isLive($0) }) && ScriptHarness.sharedMemoryFiles(driver: driver).isEmpty
                && ScriptHarness.sessionDirectories(driver: driver).isEmpty
            {
                return
            }
            usleep(20_000)
        }
        XCTFail(
            "left behind: processes \(processes.filter(ScriptHarness.isLive)), shm \(ScriptHarness.sharedMemoryFiles(driver: driver)), sessions \(ScriptHarness.sessionDirectories(driver: driver))"
        )
    }

    func testSigkillOfTheDriverEndsTheClusterAndRemovesItsFiles() throws {
        let (process, dir) = try startWaitingDriver()
        defer { try? FileManager.default.removeItem(at: dir) }
        let driver = process.processIdentifier
        let cluster = clusterProcesses(of: driver)
        XCTAssertGreaterThanOrEqual(cluster.count, 2, "expected a head and workers")
        XCTAssertFalse(ScriptHarness.sharedMemoryFiles(driver: driver).isEmpty, "the large object should be in /dev/shm")
        XCTAssertFalse(ScriptHarness.sessionDirectories(driver: driver).isEmpty)
        kill(driver, SIGKILL)
        process.waitUntilExit()
        assertNothingLeft(driver: driver, processes: cluster, within: 2)
    }

    func testSigintOfTheDriverEndsTheCluster() throws {
        let (process, dir) = try startWaitingDriver()
        defer { try? FileManager.default.removeItem(at: dir) }
        let driver = process.processIdentifier
        let cluster = clusterProcesses(of: driver)
        kill(driver, SIGINT)
        process.waitUntilExit()
        // As python3: an uncaught KeyboardInterrupt ends the program with status 130 (128 + SIGINT).
        XCTAssertEqual(process.terminationStatus, 130)
        assertNothingLeft(driver: driver, processes: cluster, within: 2)
    }

    func testSigtermToTheDriversProcessGroupStillCleansUp() throws {
        let (process, dir) = try startWaitingDriver()
        defer { try? FileManager.default.removeItem(at: dir) }
        let driver = process.processIdentifier
        let cluster = clusterProcesses(of: driver)
        // What `timeout` or job control does: SIGTERM to every process of the group.
        for pid in [driver] + cluster { kill(pid, SIGTERM) }
        process.waitUntilExit()
        assertNothingLeft(driver: driver, processes: cluster, within: 2)
    }

    func testNormalExitAndExceptionExitLeaveNothing() throws {
        for ending in ["pass", "raise ValueError('boom')"] {
            let r = try ScriptHarness.run(
                source: """
                    import ray, os
                    ray.init(num_cpus=2)
                    @ray.remote
                    def f():
                        return os.getpid()
                    print(os.getpid(), ray.get(f.remote()) != os.getpid())
                    \(ending)
                    """)
            let fields = r.stdout.split(separator: " ")
            XCTAssertEqual(fields.last, "True\n", r.stdout + r.stderr)
            XCTAssertEqual(r.status, ending == "pass" ? 0 : 1, r.stderr)
            let driver = Int32(fields.first ?? "") ?? -1
            XCTAssertEqual(ScriptHarness.sessionDirectories(driver: driver), [])
            XCTAssertEqual(ScriptHarness.sharedMemoryFiles(driver: driver), [])
        }
    }

    func testStateCommandListsTheTablesOfARunningCluster() throws {
        let (process, dir) = try startWaitingDriver()
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: dir)
        }
        let session = "/tmp/swiftray/" + ScriptHarness.sessionDirectories(driver: process.processIdentifier)[0]
        let workers = try ScriptHarness.run(["list", "workers", "--session", session])
        XCTAssertEqual(workers.status, 0, workers.stderr)
        XCTAssertTrue(workers.stdout.contains("WORKER_ID"), workers.stdout)
        XCTAssertTrue(workers.stdout.contains("DRIVER"), workers.stdout)
        let nodes = try ScriptHarness.run(["list", "nodes", "--session", session])
        XCTAssertTrue(nodes.stdout.contains("Total: 1"), nodes.stdout)
        // Task rows follow Ray's eventual consistency: reported within about a second.
        var tasks = ""
        for _ in 0..<30 {
            tasks = try ScriptHarness.run(["list", "tasks", "--session", session]).stdout
            if tasks.contains("FINISHED") { break }
            usleep(100_000)
        }
        XCTAssertTrue(tasks.contains("big") && tasks.contains("FINISHED") && tasks.contains("NORMAL_TASK"), tasks)
    }
}
