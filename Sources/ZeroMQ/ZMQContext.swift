import CZeroMQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A libzmq context: the I/O threads and the registry of `inproc://` endpoints that its sockets share.
///
/// Create one per process (sockets can only reach each other over `inproc://` within one context) and
/// share it between threads. The context terminates when the last reference goes away, and since every
/// `ZMQSocket` holds a reference to its context, that happens only after all of its sockets are closed.
///
/// Invariant behind `@unchecked Sendable`: libzmq documents contexts as thread-safe (`zmq_socket`,
/// `zmq_ctx_shutdown` and `zmq_ctx_term` may be called from any thread), `handle` is set once in `init`
/// and never changes, and the options are set in `init`, before the value can be shared.
public final class ZMQContext: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    /// Creates a context.
    ///
    /// - Parameters:
    ///   - ioThreads: libzmq I/O threads (`ZMQ_IO_THREADS`); 1 is plenty below a gigabyte per second.
    ///   - maxSockets: limit on open sockets (`ZMQ_MAX_SOCKETS`); `nil` keeps libzmq's default (1023).
    ///   - blocky: `false` gives new sockets a linger of 0, so termination never waits for unsent
    ///     messages (`ZMQ_BLOCKY`); `true` keeps libzmq's default of waiting forever.
    /// - Throws: `ZMQError` from `zmq_ctx_new` (`EMFILE`) or `zmq_ctx_set` (`EINVAL`).
    public init(ioThreads: Int = 1, maxSockets: Int? = nil, blocky: Bool = true) throws(ZMQError) {
        guard let handle = zmq_ctx_new() else {
            throw ZMQError(errno: zmq_errno(), function: "zmq_ctx_new")
        }
        self.handle = handle
        // If a setting fails, `deinit` still runs (the object is fully initialized) and terminates.
        try set(ZMQ_IO_THREADS, Int32(clamping: ioThreads))
        if let maxSockets { try set(ZMQ_MAX_SOCKETS, Int32(clamping: maxSockets)) }
        if !blocky { try set(ZMQ_BLOCKY, 0) }
    }

    private func set(_ option: Int32, _ value: Int32) throws(ZMQError) {
        _ = try zmqCall("zmq_ctx_set") { zmq_ctx_set(handle, option, value) }
    }

    /// Makes every blocking call on this context's sockets, in any thread, fail with `ETERM`, and every
    /// later call too. Sockets must still be closed (dropped) before the context can terminate.
    /// Use it to stop threads that block in `receive` or `zmqPoll` without a timeout.
    public func shutdown() {
        _ = zmq_ctx_shutdown(handle)  // only fails with EFAULT for an invalid context
    }

    deinit {
        // Every socket holds a reference to the context, so all of them are closed by now; this only
        // waits for unsent messages of sockets whose linger is not 0.
        while zmq_ctx_term(handle) != 0 && zmq_errno() == EINTR {}
    }
}
