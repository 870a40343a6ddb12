import Foundation
import Synchronization
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// A value shared between a test and a helper thread.
final class Shared<Value: Sendable>: Sendable {
    private let storage: Mutex<Value>
    init(_ value: Value) { storage = Mutex(value) }
    var value: Value {
        get { storage.withLock { $0 } }
        set { storage.withLock { $0 = newValue } }
    }
}

/// Runs `body` on a new thread and waits for it at most `timeout` seconds.
/// - Returns: true if the body finished in time (a body that hangs is left behind, and the test fails
///   instead of hanging the whole run).
func finishes(within timeout: TimeInterval, _ body: @escaping @Sendable () -> Void) -> Bool {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        body()
        done.signal()
    }
    thread.start()
    return done.wait(timeout: .now() + timeout) == .success
}

/// A fresh directory for sockets and files, short enough for ipc:// paths (sockaddr_un holds ~107
/// bytes), removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        var base = NSTemporaryDirectory()
        if base.utf8.count > 60 { base = "/tmp/" }
        var template = Array((base.hasSuffix("/") ? base : base + "/").utf8CString.dropLast())
        template += Array("swiftray-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard let made else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        path = String(cString: made)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
