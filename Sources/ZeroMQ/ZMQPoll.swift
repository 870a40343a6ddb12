import CZeroMQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One thing to wait on in `zmqPoll`: a ZeroMQ socket or a plain file descriptor (a pipe, stdin).
public struct ZMQPollItem {
    enum Source {
        case socket(ZMQSocket)
        case fileDescriptor(Int32)
    }

    let source: Source
    /// The events to wait for.
    public var events: ZMQEvents

    /// Waits on a ZeroMQ socket (default: for an incoming message).
    public static func socket(_ socket: ZMQSocket, _ events: ZMQEvents = .pollIn) -> ZMQPollItem {
        ZMQPollItem(source: .socket(socket), events: events)
    }

    /// Waits on a plain file descriptor (default: readable).
    public static func fileDescriptor(_ fd: Int32, _ events: ZMQEvents = .pollIn) -> ZMQPollItem {
        ZMQPollItem(source: .fileDescriptor(fd), events: events)
    }
}

/// Waits until at least one item is ready or the timeout passes (`zmq_poll`).
///
/// A signal does not cut the wait short: on `EINTR` the poll is repeated with the time that is left.
///
/// - Parameters:
///   - items: sockets (all on this thread) and descriptors with the events to wait for.
///   - timeout: the longest wait; `nil` waits forever, `.zero` only checks.
/// - Returns: for each item, in order, the events that are ready (empty if none).
/// - Throws: `ZMQError` from `zmq_poll`: `ETERM` (a socket's context was shut down).
public func zmqPoll(_ items: [ZMQPollItem], timeout: Duration?) throws(ZMQError) -> [ZMQEvents] {
    var raw = items.map { item -> zmq_pollitem_t in
        switch item.source {
        case .socket(let socket):
            zmq_pollitem_t(socket: socket.live, fd: -1, events: item.events.rawValue, revents: 0)
        case .fileDescriptor(let fd):
            zmq_pollitem_t(socket: nil, fd: fd, events: item.events.rawValue, revents: 0)
        }
    }
    let clock = ContinuousClock()
    let deadline = timeout.map { clock.now.advanced(by: max($0, .zero)) }
    while true {
        var waitMilliseconds = -1
        if let deadline { waitMilliseconds = milliseconds(roundingUp: clock.now.duration(to: deadline)) }
        let rc = raw.withUnsafeMutableBufferPointer {
            zmq_poll($0.baseAddress, Int32($0.count), waitMilliseconds)
        }
        if rc >= 0 { break }
        let code = zmq_errno()
        if code == EINTR { continue }
        precondition(code != EFAULT, "libzmq misuse in zmq_poll: errno \(code)")
        throw ZMQError(errno: code, function: "zmq_poll")
    }
    // Keep the sockets alive until libzmq is done with their raw pointers.
    withExtendedLifetime(items) {}
    return raw.map { ZMQEvents(rawValue: $0.revents) }
}

/// Whole milliseconds in a duration, rounded up, at least 0 (so a short wait does not become a busy loop).
private func milliseconds(roundingUp duration: Duration) -> Int {
    if duration <= .zero { return 0 }
    let (seconds, attoseconds) = duration.components
    let perMillisecond: Int64 = 1_000_000_000_000_000
    let fraction = (attoseconds + perMillisecond - 1) / perMillisecond
    let (total, overflow) = seconds.multipliedReportingOverflow(by: 1000)
    return overflow ? Int.max : Int(clamping: total + fraction)
}

/// Forwards messages between two sockets until told to stop (`zmq_proxy_steerable`): frontend to
/// backend and back, copying each message to `capture` if given. Blocks the calling thread, which must
/// own all the sockets.
///
/// - Parameters:
///   - frontend: e.g. ROUTER or XSUB or PULL.
///   - backend: e.g. DEALER or XPUB or PUSH.
///   - capture: optional PUB/PUSH/PAIR socket receiving a copy of every message.
///   - control: optional socket on which the frames "PAUSE", "RESUME" and "TERMINATE" steer the proxy.
/// - Throws: `ZMQError` from `zmq_proxy_steerable`: `ETERM` when the context shuts down. Returns
///   normally after "TERMINATE".
public func zmqProxy(
    frontend: ZMQSocket, backend: ZMQSocket, capture: ZMQSocket? = nil, control: ZMQSocket? = nil
) throws(ZMQError) {
    let front = frontend.live
    let back = backend.live
    let copy = capture?.live
    let steer = control?.live
    _ = try zmqCall("zmq_proxy_steerable") { zmq_proxy_steerable(front, back, copy, steer) }
    withExtendedLifetime((frontend, backend, capture, control)) {}
}
