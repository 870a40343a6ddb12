import Notebook
import ZeroMQ

#if canImport(Glibc)
    import Glibc
#endif

/// The control channel: a ROUTER socket on its own thread, so `interrupt_request` and `shutdown_request` get
/// through while the shell thread runs a cell. It also answers `kernel_info_request` (protocol 5.5 clients
/// and jupyter_server's nudge send it here) and watches the parent process (`JPY_PARENT_PID`).
final class ControlChannel: @unchecked Sendable {  // immutable after init; the socket lives on the thread
    let codec: WireCodec
    let factory: MessageFactory
    let publisher: IOPubPublisher
    let state: KernelState
    let wakeEndpoint: String
    /// Seconds the shell thread gets to close the session after a shutdown before the process exits anyway.
    static let shutdownGrace = 2.0

    init(codec: WireCodec, factory: MessageFactory, publisher: IOPubPublisher, state: KernelState, wakeEndpoint: String) {
        self.codec = codec
        self.factory = factory
        self.publisher = publisher
        self.state = state
        self.wakeEndpoint = wakeEndpoint
    }

    /// Bind and serve on a new thread; returns the bound endpoint.
    func start(context: ZMQContext, endpoint: String, group: ThreadGroup) throws(ZMQError) -> String {
        let bound = Handoff<Result<String, ZMQError>>()
        group.enter()
        KernelThread.start { [self] in
            defer { group.leave() }
            let socket: ZMQSocket
            let wake: ZMQSocket
            do throws(ZMQError) {
                socket = try ZMQSocket(context, type: .router)
                try socket.set(.linger(1000))
                try socket.bind(endpoint)
                wake = try ZMQSocket(context, type: .pair)
                try wake.set(.linger(0))
                try wake.connect(wakeEndpoint)
                bound.put(.success(try socket.lastEndpoint))
            } catch {
                bound.put(.failure(error))
                return
            }
            serve(socket, wake)
        }
        return try bound.take().get()
    }

    private func serve(_ socket: ZMQSocket, _ wake: ZMQSocket) {
        let parent = getenv("JPY_PARENT_PID").flatMap { Int32(String(cString: $0)) } ?? 0
        while !state.shutdownRequested {
            let ready: [ZMQEvents]
            do throws(ZMQError) {
                ready = try zmqPoll([.socket(socket)], timeout: .seconds(1))
            } catch {
                break
            }
            if ready[0].contains(.pollIn), let frames = try? socket.receiveMultipart(flags: .dontWait) {
                handle(frames, socket)
            }
            if parent > 1 && kill(parent, 0) != 0 && errno == ESRCH {
                KernelLog.warn("parent process \(parent) is gone; shutting down")
                state.requestShutdown(restart: false)
            }
        }
        try? wake.send([1])
        if !state.waitFinished(timeout: Self.shutdownGrace) {
            KernelLog.warn("the shell did not stop within \(Self.shutdownGrace) s; exiting")
            publisher.stop(timeout: 0.2)
            _exit(0)
        }
        socket.close()
        wake.close()
    }

    private func handle(_ frames: [[UInt8]], _ socket: ZMQSocket) {
        let request: KernelMessage
        do throws(WireError) {
            request = try codec.decode(frames)
        } catch {
            KernelLog.warn("control: dropped a message: \(error)")
            return
        }
        let parent = request.header
        switch request.msgType {
        case "shutdown_request":
            let restart = request.content.bool("restart", default: false)
            let content = JSONObject([("status", .string("ok")), ("restart", .bool(restart))])
            publisher.publish(factory.broadcast("status", JSONObject([("execution_state", .string("busy"))]), parent: parent))
            send(factory.reply(to: request, "shutdown_reply", content), socket)
            publisher.publish(factory.broadcast("shutdown_reply", content, parent: parent))
            publisher.publish(factory.broadcast("status", JSONObject([("execution_state", .string("idle"))]), parent: parent))
            state.requestShutdown(restart: restart)
        case "interrupt_request":
            state.requestInterrupt()
            send(factory.reply(to: request, "interrupt_reply", JSONObject([("status", .string("ok"))])), socket)
        case "kernel_info_request":
            publisher.publish(factory.broadcast("status", JSONObject([("execution_state", .string("busy"))]), parent: parent))
            send(factory.reply(to: request, "kernel_info_reply", KernelInfo.content), socket)
            publisher.publish(factory.broadcast("status", JSONObject([("execution_state", .string("idle"))]), parent: parent))
        default:
            KernelLog.warn("control: unknown message type \(request.msgType.debugDescription) ignored")
        }
    }

    private func send(_ message: KernelMessage, _ socket: ZMQSocket) {
        do throws(ZMQError) {
            try socket.sendMultipart(codec.encode(message))
        } catch {
            KernelLog.warn("control: send failed: \(error)")
        }
    }
}
