import CZeroMQ

/// A socket option SwiftRay sets (`zmq_setsockopt`). Times are in milliseconds; -1 means forever.
public enum ZMQSocketOption: Sendable {
    /// How long unsent messages are kept after `close()` (`ZMQ_LINGER`); 0 drops them at once.
    case linger(Int32)
    /// How long a receive blocks before failing with `EAGAIN` (`ZMQ_RCVTIMEO`); -1 forever.
    case receiveTimeout(Int32)
    /// How long a send blocks before failing with `EAGAIN` (`ZMQ_SNDTIMEO`); -1 forever.
    case sendTimeout(Int32)
    /// SUB: receive messages whose first frame starts with this prefix; empty = all (`ZMQ_SUBSCRIBE`).
    case subscribe([UInt8])
    /// SUB: remove a subscription added earlier (`ZMQ_UNSUBSCRIBE`).
    case unsubscribe([UInt8])
    /// The identity a ROUTER peer sees for this socket; set before connecting (`ZMQ_ROUTING_ID`).
    case routingID([UInt8])
    /// Queue messages only to completed connections (`ZMQ_IMMEDIATE`).
    case immediate(Bool)
    /// Maximum queued outgoing messages per peer (`ZMQ_SNDHWM`); 0 = no limit.
    case sendHighWaterMark(Int32)
    /// Maximum queued incoming messages per peer (`ZMQ_RCVHWM`); 0 = no limit.
    case receiveHighWaterMark(Int32)
    /// ROUTER: fail with `EHOSTUNREACH` for an unknown peer instead of dropping (`ZMQ_ROUTER_MANDATORY`).
    case routerMandatory(Bool)
    /// Milliseconds between attempts to (re)connect an endpoint that is not there (yet).
    case reconnectInterval(Int32)
}

/// Readiness of a socket or descriptor, as in `zmq_poll` and `ZMQ_EVENTS`.
public struct ZMQEvents: OptionSet, Sendable, Hashable {
    public let rawValue: Int16
    public init(rawValue: Int16) { self.rawValue = rawValue }

    /// At least one message can be received without blocking.
    public static let pollIn = ZMQEvents(rawValue: Int16(ZMQ_POLLIN))
    /// At least one message can be sent without blocking.
    public static let pollOut = ZMQEvents(rawValue: Int16(ZMQ_POLLOUT))
    /// An error condition on a plain file descriptor (never set for ZeroMQ sockets).
    public static let pollError = ZMQEvents(rawValue: Int16(ZMQ_POLLERR))
}

extension ZMQSocket {
    /// Sets an option.
    ///
    /// - Throws: `ZMQError` from `zmq_setsockopt`: `EINVAL` (option not valid for this socket type or
    ///   value out of range), `ETERM`.
    public func set(_ option: ZMQSocketOption) throws(ZMQError) {
        switch option {
        case .linger(let ms): try setInt(ZMQ_LINGER, ms)
        case .receiveTimeout(let ms): try setInt(ZMQ_RCVTIMEO, ms)
        case .sendTimeout(let ms): try setInt(ZMQ_SNDTIMEO, ms)
        case .subscribe(let prefix): try setBytes(ZMQ_SUBSCRIBE, prefix)
        case .unsubscribe(let prefix): try setBytes(ZMQ_UNSUBSCRIBE, prefix)
        case .routingID(let id): try setBytes(ZMQ_ROUTING_ID, id)
        case .immediate(let on): try setInt(ZMQ_IMMEDIATE, on ? 1 : 0)
        case .sendHighWaterMark(let count): try setInt(ZMQ_SNDHWM, count)
        case .receiveHighWaterMark(let count): try setInt(ZMQ_RCVHWM, count)
        case .routerMandatory(let on): try setInt(ZMQ_ROUTER_MANDATORY, on ? 1 : 0)
        case .reconnectInterval(let ms): try setInt(ZMQ_RECONNECT_IVL, ms)
        }
    }

    /// SUB: subscribes to messages whose first frame starts with the UTF-8 bytes of `prefix`.
    public func subscribe(_ prefix: String) throws(ZMQError) {
        try set(.subscribe(Array(prefix.utf8)))
    }

    // MARK: Reading options

    /// Whether the last frame received is followed by more frames of the same message (`ZMQ_RCVMORE`).
    public var receiveMore: Bool {
        get throws(ZMQError) { try getInt(ZMQ_RCVMORE) != 0 }
    }

    /// The file descriptor that becomes readable when `events` may have changed (`ZMQ_FD`), for
    /// integrating a socket into another event loop. It is edge-triggered: after it fires, read
    /// `events` until it no longer shows `.pollIn`.
    public var fileDescriptor: Int32 {
        get throws(ZMQError) { try getInt(ZMQ_FD) }
    }

    /// What the socket can do now without blocking (`ZMQ_EVENTS`).
    public var events: ZMQEvents {
        get throws(ZMQError) { ZMQEvents(rawValue: Int16(truncatingIfNeeded: try getInt(ZMQ_EVENTS))) }
    }

    /// The endpoint of the last bind or connect, with wildcards resolved, e.g. `tcp://127.0.0.1:41237`
    /// (`ZMQ_LAST_ENDPOINT`); empty if there was none.
    public var lastEndpoint: String {
        get throws(ZMQError) {
            var bytes = try getBytes(ZMQ_LAST_ENDPOINT, capacity: 1024)
            if let nul = bytes.firstIndex(of: 0) { bytes.removeSubrange(nul...) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// This socket's routing id (`ZMQ_ROUTING_ID`).
    public var routingID: [UInt8] {
        get throws(ZMQError) { try getBytes(ZMQ_ROUTING_ID, capacity: 255) }
    }

    /// The linger period in milliseconds (`ZMQ_LINGER`).
    public var linger: Int32 {
        get throws(ZMQError) { try getInt(ZMQ_LINGER) }
    }

    /// The receive timeout in milliseconds, -1 for none (`ZMQ_RCVTIMEO`).
    public var receiveTimeout: Int32 {
        get throws(ZMQError) { try getInt(ZMQ_RCVTIMEO) }
    }

    // MARK: Raw access

    private func setInt(_ option: Int32, _ value: Int32) throws(ZMQError) {
        let socket = live
        var value = value
        _ = try zmqCall("zmq_setsockopt") {
            zmq_setsockopt(socket, option, &value, MemoryLayout<Int32>.size)
        }
    }

    private func setBytes(_ option: Int32, _ value: [UInt8]) throws(ZMQError) {
        let socket = live
        _ = try zmqCall("zmq_setsockopt") {
            value.withUnsafeBytes { zmq_setsockopt(socket, option, $0.baseAddress, $0.count) }
        }
    }

    private func getInt(_ option: Int32) throws(ZMQError) -> Int32 {
        let socket = live
        var value: Int32 = 0
        var size = MemoryLayout<Int32>.size
        _ = try zmqCall("zmq_getsockopt") { zmq_getsockopt(socket, option, &value, &size) }
        return value
    }

    private func getBytes(_ option: Int32, capacity: Int) throws(ZMQError) -> [UInt8] {
        let socket = live
        var buffer = [UInt8](repeating: 0, count: capacity)
        var size = capacity
        _ = try zmqCall("zmq_getsockopt") {
            buffer.withUnsafeMutableBytes { zmq_getsockopt(socket, option, $0.baseAddress, &size) }
        }
        return Array(buffer.prefix(size))
    }
}
