import Foundation
import XCTest

/// Runs the Python kernel harness in Tests/Kernel against the built `swiftray` with real Jupyter clients:
/// jupyter_kernel_test conformance, robustness, jupyter console, the cluster's lifecycle, notebooks through nbclient (the seed
/// notebook included). Needs the venv that scripts/test.sh makes (.build/jupyter-venv, or $JUPYTER_VENV);
/// without it every test here is skipped with a message.
final class KernelHarnessTests: XCTestCase {
    static var root: URL { KernelSpecTests.root }

    static var python: String? {
        let env = ProcessInfo.processInfo.environment
        let venv = env["JUPYTER_VENV"].flatMap { $0.isEmpty ? nil : $0 } ?? root.appendingPathComponent(".build/jupyter-venv").path
        let python = venv + "/bin/python"
        return FileManager.default.isExecutableFile(atPath: python) ? python : nil
    }

    static var binary: String? {
        if let path = ProcessInfo.processInfo.environment["SWIFTRAY_BIN"], !path.isEmpty { return path }
        var candidates: [URL] = []
        for bundle in [Bundle.main] + Bundle.allBundles {
            candidates += [bundle.bundleURL.appendingPathComponent("swiftray"),
                           bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("swiftray")]
        }
        candidates.append(root.appendingPathComponent(".build/debug/swiftray"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }?.path
    }

    /// Run one harness module with unittest; fails with its output when a test fails.
    func runHarness(_ module: String, timeout: TimeInterval, python override: String? = nil) throws {
        guard let python = override ?? Self.python else {
            throw XCTSkip("no Jupyter venv at .build/jupyter-venv (scripts/test.sh creates it); kernel harness skipped")
        }
        guard let binary = Self.binary else { throw XCTSkip("swiftray executable not found; build it first") }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: python)
        check.arguments = ["-c", "import jupyter_client, nbclient, nbformat, zmq" + (override == nil ? ", jupyter_kernel_test, pexpect" : "")]
        try check.run()
        check.waitUntilExit()
        if check.terminationStatus != 0 { throw XCTSkip("the Jupyter venv lacks packages; kernel harness skipped") }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-m", "unittest", "-v", module]
        process.currentDirectoryURL = Self.root.appendingPathComponent("Tests/Kernel")
        var env = ProcessInfo.processInfo.environment
        env["SWIFTRAY_BIN"] = binary
        env["PYTHONUNBUFFERED"] = "1"
        process.environment = env
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("swiftray-\(module)-\(getpid()).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(100_000) }
        if process.isRunning {
            process.interrupt()
            usleep(2_000_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        try? handle.close()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        XCTAssertEqual(process.terminationStatus, 0, "\(module) failed:\n\(output.suffix(6000))")
        let summary = output.split(separator: "\n").filter { $0.hasPrefix("Ran ") || $0.hasPrefix("OK") || $0.hasPrefix("FAILED") }
        print("\(module): \(summary.joined(separator: "; "))")
    }

    func testConformance() throws { try runHarness("test_conformance", timeout: 300) }
    func testRobustness() throws { try runHarness("test_robustness", timeout: 400) }
    func testConsole() throws { try runHarness("test_console", timeout: 240) }
    func testLifecycle() throws { try runHarness("test_lifecycle", timeout: 240) }
    func testNotebooks() throws { try runHarness("test_notebook", timeout: 600) }

    /// JupyterLab in a real browser (Tests/Kernel/e2e_jupyterlab.py): opt-in with SWIFTRAY_E2E_BROWSER=1, since it
    /// runs the seed notebook a second time; SWIFTRAY_E2E_PYTHON names a Python with jupyterlab and selenium
    /// (default: the Jupyter venv). The script skips itself without chromium and chromedriver.
    func testJupyterLabEndToEnd() throws {
        let env = ProcessInfo.processInfo.environment
        guard env["SWIFTRAY_E2E_BROWSER"] == "1" else {
            throw XCTSkip("JupyterLab browser test is opt-in: SWIFTRAY_E2E_BROWSER=1 (needs chromium, chromedriver, jupyterlab, selenium)")
        }
        try runHarness("e2e_jupyterlab", timeout: 600, python: env["SWIFTRAY_E2E_PYTHON"])
    }
}
