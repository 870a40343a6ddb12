import CZeroMQ

/// The ZeroMQ socket patterns SwiftRay uses (`zmq_socket` types).
public enum ZMQSocketType: Sendable, CaseIterable {
    case pair, pub, sub, req, rep, dealer, router, pull, push, xpub, xsub

    var cValue: Int32 {
        switch self {
        case .pair: ZMQ_PAIR
        case .pub: ZMQ_PUB
        case .sub: ZMQ_SUB
        case .req: ZMQ_REQ
        case .rep: ZMQ_REP
        case .dealer: ZMQ_DEALER
        case .router: ZMQ_ROUTER
        case .pull: ZMQ_PULL
        case .push: ZMQ_PUSH
        case .xpub: ZMQ_XPUB
        case .xsub: ZMQ_XSUB
        }
    }
}

/// Flags for sending and receiving one frame.
public struct ZMQFlags: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Fail with `EAGAIN` instead of blocking (`ZMQ_DONTWAIT`).
    public static let dontWait = ZMQFlags(rawValue: ZMQ_DONTWAIT)
    /// More frames of the same message follow this one (`ZMQ_SNDMORE`); sending only.
    public static let sendMore = ZMQFlags(rawValue: ZMQ_SNDMORE)
}

/// One libzmq socket, used from one thread.
///
/// Not `Sendable`: libzmq sockets are not thread-safe. Create a socket on the thread that uses it (or
/// pass it on with `sending`). The socket keeps its `ZMQContext` alive and closes itself in `deinit`;
/// `close()` closes it earlier. Any use after `close()` is a precondition failure.
///
/// Blocking calls retry on `EINTR`; bound them with `.receiveTimeout`/`.sendTimeout`, `.dontWait`,
/// `zmqPoll`, or `ZMQContext.shutdown()` (which makes them throw `ETERM`).
public final class ZMQSocket {
    /// The context this socket belongs to (kept alive by the socket).
    public let context: ZMQContext
    /// The socket pattern.
    public let type: ZMQSocketType
    private var handle: UnsafeMutableRawPointer?
    /// Scratch `zmq_msg_t` for receives. Heap-allocated because libzmq keeps small payloads inside the
    /// struct, so it must not move between `zmq_msg_init` and `zmq_msg_close`.
    private let message: UnsafeMutablePointer<zmq_msg_t>

    /// Creates a socket.
    ///
    /// - Parameters:
    ///   - context: the context that owns the socket's I/O and its `inproc://` endpoints.
    ///   - type: the socket pattern.
    /// - Throws: `ZMQError` from `zmq_socket`: `EMFILE` (too many sockets), `ETERM` (context shut down).
    public init(_ context: ZMQContext, type: ZMQSocketType) throws(ZMQError) {
        guard let handle = zmq_socket(context.handle, type.cValue) else {
            throw ZMQError(errno: zmq_errno(), function: "zmq_socket")
        }
        self.context = context
        self.type = type
        self.handle = handle
        self.message = .allocate(capacity: 1)
    }

    deinit {
        close()
        message.deallocate()
    }

    /// Closes the socket now instead of at `deinit`. Unsent messages are kept for the linger period.
    /// Calling it again does nothing.
    public func close() {
        guard let handle else { return }
        self.handle = nil
        _ = zmq_close(handle)  // fails only with ENOTSOCK, which `handle == nil` rules out
    }

    /// Whether `close()` has been called.
    public var isClosed: Bool { handle == nil }

    /// The raw socket, for calls into libzmq.
    var live: UnsafeMutableRawPointer {
        guard let handle else { preconditionFailure("ZMQSocket used after close()") }
        return handle
    }

    // MARK: Endpoints

    /// Accepts connections on an endpoint: `inproc://name`, `ipc:///path`, `tcp://127.0.0.1:5555`
    /// (`tcp://127.0.0.1:*` picks a free port; read it back with `lastEndpoint`).
    ///
    /// - Throws: `ZMQError` from `zmq_bind`: `EADDRINUSE`, `EPROTONOSUPPORT`, `EINVAL` (bad endpoint),
    ///   `ENOENT` (ipc directory missing), `ETERM`.
    public func bind(_ endpoint: String) throws(ZMQError) {
        let socket = live
        _ = try zmqCall("zmq_bind") { zmq_bind(socket, endpoint) }
    }

    /// Connects to an endpoint. The connection is made in the background; for `inproc://` the peer may
    /// bind later (libzmq ≥ 4).
    ///
    /// - Throws: `ZMQError` from `zmq_connect`: `EINVAL`, `EPROTONOSUPPORT`, `ETERM`.
    public func connect(_ endpoint: String) throws(ZMQError) {
        let socket = live
        _ = try zmqCall("zmq_connect") { zmq_connect(socket, endpoint) }
    }

    /// Stops accepting connections on an endpoint bound earlier (use the `lastEndpoint` form for
    /// wildcard binds).
    ///
    /// - Throws: `ZMQError` from `zmq_unbind`: `ENOENT` (not bound), `EINVAL`, `ETERM`.
    public func unbind(_ endpoint: String) throws(ZMQError) {
        let socket = live
        _ = try zmqCall("zmq_unbind") { zmq_unbind(socket, endpoint) }
    }

    /// Drops the connection to an endpoint connected earlier.
    ///
    /// - Throws: `ZMQError` from `zmq_disconnect`: `ENOENT` (not connected), `EINVAL`, `ETERM`.
    public func disconnect(_ endpoint: String) throws(ZMQError) {
        let socket = live
        _ = try zmqCall("zmq_disconnect") { zmq_disconnect(socket, endpoint) }
    }

    // MARK: Sending

    /// Sends one frame (queues it; libzmq transmits in the background).
    ///
    /// - Parameters:
    ///   - frame: the bytes; may be empty (ROUTER/DEALER envelopes use empty delimiter frames).
    ///   - flags: `.sendMore` if more frames of this message follow, `.dontWait` to fail instead of block.
    /// - Throws: `ZMQError` from `zmq_send`: `EAGAIN` (would block, or send timeout), `EFSM` (wrong
    ///   state for REQ/REP), `EHOSTUNREACH` (ROUTER with `.routerMandatory` and an unknown peer),
    ///   `ENOTSUP` (socket type cannot send), `ETERM`.
    public func send(_ frame: [UInt8], flags: ZMQFlags = []) throws(ZMQError) {
        let socket = live
        _ = try zmqCall("zmq_send") {
            frame.withUnsafeBytes { zmq_send(socket, $0.baseAddress, $0.count, flags.rawValue) }
        }
    }

    /// Sends a string as one UTF-8 frame. See `send(_:flags:)` for the errors.
    public func send(_ text: String, flags: ZMQFlags = []) throws(ZMQError) {
        try send(Array(text.utf8), flags: flags)
    }

    /// Sends a message of several frames; all but the last get `.sendMore`. libzmq delivers a multipart
    /// message atomically: all frames or none.
    ///
    /// - Parameters:
    ///   - frames: at least one frame.
    ///   - flags: applied to every frame; `.sendMore` here leaves the message open for more frames.
    /// - Throws: `ZMQError` as for `send(_:flags:)`.
    public func sendMultipart(_ frames: [[UInt8]], flags: ZMQFlags = []) throws(ZMQError) {
        precondition(!frames.isEmpty, "a ZeroMQ message has at least one frame")
        for (index, frame) in frames.enumerated() {
            let last = index == frames.count - 1
            try send(frame, flags: last ? flags : flags.union(.sendMore))
        }
    }

    // MARK: Receiving

    /// Receives one frame.
    ///
    /// - Parameter flags: `.dontWait` to fail with `EAGAIN` instead of blocking.
    /// - Returns: the frame's bytes and whether more frames of the same message follow.
    /// - Throws: `ZMQError` from `zmq_msg_recv`: `EAGAIN` (nothing ready with `.dontWait`, or the
    ///   receive timeout expired), `EFSM` (REQ/REP out of turn), `ENOTSUP`, `ETERM`.
    public func receiveFrame(flags: ZMQFlags = []) throws(ZMQError) -> (bytes: [UInt8], more: Bool) {
        let socket = live
        let message = self.message
        _ = zmq_msg_init(message)  // cannot fail
        defer { _ = zmq_msg_close(message) }
        _ = try zmqCall("zmq_msg_recv") { zmq_msg_recv(message, socket, flags.rawValue) }
        let count = zmq_msg_size(message)
        var bytes: [UInt8] = []
        if count > 0, let data = zmq_msg_data(message) {
            bytes = Array(UnsafeRawBufferPointer(start: data, count: count))
        }
        return (bytes, zmq_msg_more(message) != 0)
    }

    /// Receives one frame; check `receiveMore` for further frames. See `receiveFrame(flags:)`.
    public func receive(flags: ZMQFlags = []) throws(ZMQError) -> [UInt8] {
        try receiveFrame(flags: flags).bytes
    }

    /// Receives all frames of the next message. `flags` apply to the first frame only: once it has
    /// arrived, the rest of the message is already there.
    ///
    /// - Throws: `ZMQError` as for `receiveFrame(flags:)`.
    public func receiveMultipart(flags: ZMQFlags = []) throws(ZMQError) -> [[UInt8]] {
        var (frame, more) = try receiveFrame(flags: flags)
        var frames = [frame]
        while more {
            (frame, more) = try receiveFrame()
            frames.append(frame)
        }
        return frames
    }
}
