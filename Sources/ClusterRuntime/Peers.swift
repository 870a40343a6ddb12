import ClusterModel
import ZeroMQ

#if canImport(Glibc)
    import Glibc
#endif

/// DEALER sockets to other processes' ROUTER endpoints, opened on first use and kept. ZeroMQ sockets belong
/// to one thread, so each thread that sends to peers has its own `Peers`; messages one thread sends to one
/// peer arrive in order, which the reference-counting protocol relies on (a borrower's `addReference` reaches
/// the owner before the result that lets the owner drop its own reference).
public final class Peers {
    let context: ZMQContext
    var sockets: [String: ZMQSocket] = [:]

    public init(context: ZMQContext) {
        self.context = context
    }

    /// Send `message` to the process listening at `endpoint`. Failures are logged and dropped: a peer that is
    /// gone cannot be helped by its sender.
    public func send(_ message: Message, to endpoint: String) {
        send(message.encoded(), to: endpoint)
    }

    public func send(_ bytes: [UInt8], to endpoint: String) {
        do throws(ZMQError) {
            try socket(for: endpoint).send(bytes)
        } catch {
            RuntimeLog.warning("cannot send to \(endpoint): \(error)")
        }
    }

    func socket(for endpoint: String) throws(ZMQError) -> ZMQSocket {
        if let s = sockets[endpoint] { return s }
        let s = try ZMQSocket(context, type: .dealer)
        try s.set(.linger(2000))
        try s.set(.sendHighWaterMark(0))
        try s.connect(endpoint)
        sockets[endpoint] = s
        return s
    }

    public func closeAll() {
        for s in sockets.values { s.close() }
        sockets = [:]
    }
}
