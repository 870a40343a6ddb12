// ZeroMQ: the Swift face of libzmq for SwiftRay.
//
// What this module owns
//   The only door to libzmq (`CZeroMQ`). The Jupyter kernel (shell, control, iopub, stdin and
//   heartbeat channels) and the cluster transport (framed RPC over ipc://) use it; nothing else
//   imports `CZeroMQ`. It exposes:
//   - `ZMQContext`: one libzmq context, shared by every thread of a process.
//   - `ZMQSocket`: one socket, owned by one thread; sends and receives frames (`[UInt8]`) and
//     multipart messages (`[[UInt8]]`), sets and reads the socket options we use.
//   - `zmqPoll`: waits on several sockets (and plain file descriptors) with a timeout.
//   - `zmqProxy`: libzmq's built-in forwarder, optionally steerable through a control socket.
//   - `ZMQError`, `zmqVersion()`, `zmqHas(_:)`.
//
// Invariants
//   1. Errors keep libzmq's errno and the name of the C function that failed (`ZMQError`). Callers
//      branch on the errno (`EAGAIN` after a receive timeout or with `.dontWait`, `ETERM` after the
//      context shut down, `EHOSTUNREACH` for an unknown ROUTER peer). A bare message string, as some
//      bindings keep, cannot be branched on.
//   2. `EINTR` is retried inside the wrapper, so a signal (SIGCHLD from a worker, SIGWINCH) never
//      surfaces as a failed send or receive. Consequence: a blocking receive without a timeout is not
//      interrupted by Ctrl-C; code that must react to interrupts polls with a timeout or listens on a
//      control socket (that is how the kernel handles `interrupt_request`). `zmqPoll` shortens its
//      timeout by the time already waited before it retries.
//   3. Misuse by our own code (`ENOTSOCK`, `EFAULT`, using a socket after `close()`) is a
//      precondition failure, not an error thrown to the caller: no caller could handle it.
//   4. Contexts are thread-safe (libzmq guarantees it), sockets are not. `ZMQContext` is `Sendable`;
//      `ZMQSocket` is not, so the compiler keeps each socket on one thread. To move a socket to
//      another thread, create it there, or pass it as a `sending` value.
//   5. Lifetime: a socket keeps its context alive, and closes itself in `deinit`. The context
//      terminates (`zmq_ctx_term`) in its own `deinit`, which therefore runs only after every socket
//      is closed. `zmq_ctx_term` still waits for unsent messages of closed sockets unless their
//      linger is 0; sockets that may hold unsent messages at shutdown set `.linger(0)` (or create the
//      context with `blocky: false`, which makes 0 the default linger of its new sockets).
//
// Rejected alternatives
//   - A socket that is `Sendable` behind a lock: libzmq sockets are not thread-safe and a lock would
//     serialize a blocking receive against every send. One socket per thread, connected by
//     `inproc://` sockets, is the libzmq way and what the kernel does.
//   - `String` payloads: Jupyter frames are bytes (HMAC signatures, binary buffers), so the core
//     API is `[UInt8]`; `send(_: String)` is a convenience that encodes UTF-8.
//   - Reading `errno` after the call from Swift: `zmq_errno()` is read immediately after the failing
//     call, inside the wrapper, before anything else can overwrite it.
//   - Vendoring libzmq: Debian's `libzmq3-dev` (4.3.4) is found through pkg-config.
import CZeroMQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed libzmq call: the errno it reported and the C function that reported it.
///
/// Compare `errno` with the POSIX constants (`EAGAIN`, `EHOSTUNREACH`, ...) or use the helpers
/// (`isWouldBlock`, `isTerminated`). `description` is libzmq's own message (`zmq_strerror`).
public struct ZMQError: Error, CustomStringConvertible, Sendable {
    /// The error number from `zmq_errno()`.
    public let errno: Int32
    /// The libzmq function that failed, e.g. `"zmq_msg_recv"`.
    public let function: StaticString

    /// Creates an error value; normally only the wrapper does this.
    public init(errno: Int32, function: StaticString) {
        self.errno = errno
        self.function = function
    }

    /// libzmq's own errno for "the context was terminated or shut down" (not in `<errno.h>`).
    public static let ETERM: Int32 = CZeroMQ.ETERM
    /// libzmq's own errno for "operation not valid in the socket's current state" (REQ/REP turn order).
    public static let EFSM: Int32 = CZeroMQ.EFSM
    /// libzmq's own errno for "no I/O thread available".
    public static let EMTHREAD: Int32 = CZeroMQ.EMTHREAD

    /// `EAGAIN`: a non-blocking operation could not complete now, or a send/receive timeout expired.
    public var isWouldBlock: Bool { errno == EAGAIN }

    /// `ETERM`: the context was shut down or terminated; the socket should be closed.
    public var isTerminated: Bool { errno == Self.ETERM }

    public var description: String {
        "\(function): \(String(cString: zmq_strerror(errno))) (errno \(errno))"
    }
}

/// Calls a libzmq function that returns a negative value on failure, retrying on `EINTR`.
///
/// - Parameters:
///   - function: the C function's name, recorded in the thrown error.
///   - body: the call; must not have side effects that a retry would repeat wrongly.
/// - Returns: the non-negative return value.
/// - Throws: `ZMQError` with the errno of the failed call (never `EINTR`).
@inline(__always)
func zmqCall(_ function: StaticString, _ body: () -> Int32) throws(ZMQError) -> Int32 {
    while true {
        let rc = body()
        if rc >= 0 { return rc }
        let code = zmq_errno()
        if code == EINTR { continue }
        precondition(code != ENOTSOCK && code != EFAULT, "libzmq misuse in \(function): errno \(code)")
        throw ZMQError(errno: code, function: function)
    }
}

/// The version of the libzmq library loaded at run time.
///
/// - Returns: `(major, minor, patch)`, e.g. `(4, 3, 4)` on Debian 12.
public func zmqVersion() -> (major: Int, minor: Int, patch: Int) {
    var major: Int32 = 0
    var minor: Int32 = 0
    var patch: Int32 = 0
    zmq_version(&major, &minor, &patch)
    return (Int(major), Int(minor), Int(patch))
}

/// Whether the loaded libzmq supports a capability (`zmq_has`): "ipc", "pgm", "tipc", "norm",
/// "curve", "gssapi", "draft".
public func zmqHas(_ capability: String) -> Bool {
    zmq_has(capability) != 0
}
