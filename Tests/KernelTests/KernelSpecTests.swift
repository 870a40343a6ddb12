import Foundation
import Notebook
import XCTest

@testable import JupyterKernel

/// The kernelspec in Kernel/ and what `swiftray kernel install` writes.
final class KernelSpecTests: XCTestCase {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    func testRepositoryKernelspecMatchesTheInstaller() throws {
        let kernel = Self.root.appendingPathComponent("Kernel")
        let json = try String(contentsOf: kernel.appendingPathComponent("kernel.json"), encoding: .utf8)
        XCTAssertEqual(json, KernelSpecInstaller.kernelJSON(executable: "swiftray"))
        let spec = try XCTUnwrap(JSONParser.parse(json).objectValue)
        XCTAssertEqual(spec["display_name"], .string("SwiftRay"))
        XCTAssertEqual(spec["language"], .string("python"))
        XCTAssertEqual(spec["interrupt_mode"], .string("message"))
        XCTAssertEqual(spec["argv"]?.arrayValue?.last, .string("{connection_file}"))
        XCTAssertEqual(Array(try Data(contentsOf: kernel.appendingPathComponent("logo-32x32.png"))), KernelLogos.png32)
        XCTAssertEqual(Array(try Data(contentsOf: kernel.appendingPathComponent("logo-64x64.png"))), KernelLogos.png64)
        XCTAssertEqual(Array(KernelLogos.png64.prefix(8)), [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    }

    func testInstallIntoPrefixAndUninstall() throws {
        let prefix = NSTemporaryDirectory() + "swiftray-spec-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        let dir = try KernelSpecInstaller.install(.prefix(prefix), name: "SwiftRay-Test", executable: "/opt/bin/swiftray")
        XCTAssertEqual(dir, prefix + "/share/jupyter/kernels/swiftray-test", "as jupyter kernelspec install --prefix")
        let spec = try XCTUnwrap(JSONParser.parse(String(contentsOfFile: dir + "/kernel.json", encoding: .utf8)).objectValue)
        XCTAssertEqual(spec["argv"]?.arrayValue?.first, .string("/opt/bin/swiftray"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/logo-64x64.png"))
        XCTAssertThrowsError(try KernelSpecInstaller.install(.prefix(prefix), name: "bad name"))
        XCTAssertEqual(try KernelSpecInstaller.uninstall(.prefix(prefix), name: "swiftray-test"), [dir])
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir))
        XCTAssertThrowsError(try KernelSpecInstaller.uninstall(.prefix(prefix), name: "swiftray-test"))
    }

    func testDataDirectoriesFollowJupyterCore() {
        let saved = ["JUPYTER_DATA_DIR", "XDG_DATA_HOME"].map { ($0, ProcessInfo.processInfo.environment[$0]) }
        defer { for (name, value) in saved { if let value { setenv(name, value, 1) } else { unsetenv(name) } } }
        unsetenv("XDG_DATA_HOME")
        setenv("JUPYTER_DATA_DIR", "/tmp/jdata", 1)
        XCTAssertEqual(KernelSpecInstaller.dataDirectory(), "/tmp/jdata")
        unsetenv("JUPYTER_DATA_DIR")
        setenv("XDG_DATA_HOME", "/tmp/xdg", 1)
        XCTAssertEqual(KernelSpecInstaller.dataDirectory(), "/tmp/xdg/jupyter")
        unsetenv("XDG_DATA_HOME")
        XCTAssertTrue(KernelSpecInstaller.dataDirectory().hasSuffix("/.local/share/jupyter"))
    }
}
