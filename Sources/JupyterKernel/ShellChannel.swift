import CellEngine
import Notebook
import ZeroMQ

/// The shell channel and the session it drives: the ROUTER socket clients send requests to, handled one at a
/// time in arrival order on the thread that owns the interpreter. The stdin ROUTER (for `input()`) and the
/// wake-up PAIR (the control thread's shutdown signal) live on this thread too.
///
/// Dispatch is a table keyed by `msg_type`; every request is bracketed by `busy` and `idle` on iopub, with
/// all its output in between. Unknown message types are logged and ignored, as ipykernel does.
final class ShellChannel {
    let session: Session
    let shell: ZMQSocket
    let stdin: ZMQSocket
    let wake: ZMQSocket
    let codec: WireCodec
    let factory: MessageFactory
    let publisher: IOPubPublisher
    let state: KernelState
    /// Requests read while aborting the queue after an error, to handle next.
    var pending: [KernelMessage] = []
    /// Set by a failing cell with `stop_on_error`: abort the queued executions once its `idle` is out.
    var abortAfterRequest = false

    init(
        session: Session, shell: ZMQSocket, stdin: ZMQSocket, wake: ZMQSocket, codec: WireCodec, factory: MessageFactory,
        publisher: IOPubPublisher, state: KernelState
    ) {
        self.session = session
        self.shell = shell
        self.stdin = stdin
        self.wake = wake
        self.codec = codec
        self.factory = factory
        self.publisher = publisher
        self.state = state
    }

    /// Handlers by `msg_type`.
    lazy var handlers: [String: (KernelMessage) -> Void] = [
        "execute_request": { [unowned self] in execute($0) },
        "kernel_info_request": { [unowned self] in reply($0, "kernel_info_reply", KernelInfo.content) },
        "complete_request": { [unowned self] in complete($0) },
        "inspect_request": { [unowned self] in inspect($0) },
        "is_complete_request": { [unowned self] in isComplete($0) },
        "history_request": { [unowned self] in history($0) },
        "comm_info_request": { [unowned self] in commInfo($0) },
        "comm_open": { [unowned self] in commOpen($0) },
        "comm_msg": { [unowned self] in commMessage($0) },
        "comm_close": { [unowned self] in commClose($0) },
        "shutdown_request": { [unowned self] in shutdownOnShell($0) },
    ]

    /// Serve until a shutdown is requested.
    func run() {
        publish("status", ["execution_state": .string("starting")], parent: JSONObject())
        while !state.shutdownRequested {
            if !pending.isEmpty {
                dispatch(pending.removeFirst())
                continue
            }
            let ready: [ZMQEvents]
            do throws(ZMQError) {
                ready = try zmqPoll([.socket(shell), .socket(wake)], timeout: .seconds(1))
            } catch {
                KernelLog.warn("shell: poll failed: \(error)")
                break
            }
            if ready[1].contains(.pollIn) { _ = try? wake.receiveMultipart(flags: .dontWait) }
            if ready[0].contains(.pollIn), let message = receive(shell) { dispatch(message) }
        }
    }

    /// One message from a ROUTER socket, verified; nil when there was none or it was refused (logged).
    func receive(_ socket: ZMQSocket) -> KernelMessage? {
        guard let frames = try? socket.receiveMultipart(flags: .dontWait) else { return nil }
        do throws(WireError) {
            return try codec.decode(frames)
        } catch {
            KernelLog.warn("dropped a message: \(error)")
            return nil
        }
    }

    func dispatch(_ request: KernelMessage) {
        let parent = request.header
        publish("status", ["execution_state": .string("busy")], parent: parent)
        if let handler = handlers[request.msgType] {
            handler(request)
        } else {
            KernelLog.warn("shell: unknown message type \(request.msgType.debugDescription) ignored")
        }
        // Requests already waiting when a cell failed with stop_on_error are aborted; they are collected
        // before this request's idle goes out, so nothing a client sends after seeing it is affected.
        let queued = abortAfterRequest ? drainWaiting() : []
        abortAfterRequest = false
        publish("status", ["execution_state": .string("idle")], parent: parent)
        abort(queued)
    }

    // MARK: Sending

    func reply(_ request: KernelMessage, _ msgType: String, _ content: JSONObject) {
        do throws(ZMQError) {
            try shell.sendMultipart(codec.encode(factory.reply(to: request, msgType, content)))
        } catch {
            KernelLog.warn("shell: send failed: \(error)")
        }
    }

    func publish(_ msgType: String, _ content: [String: JSONValue], parent: JSONObject) {
        publisher.publish(factory.broadcast(msgType, JSONObject(content.map { ($0.key, $0.value) }), parent: parent))
    }

    func publish(_ msgType: String, _ content: JSONObject, parent: JSONObject) {
        publisher.publish(factory.broadcast(msgType, content, parent: parent))
    }

    /// Every valid message already waiting on the shell socket.
    func drainWaiting() -> [KernelMessage] {
        var out: [KernelMessage] = []
        while let ready = try? zmqPoll([.socket(shell)], timeout: .zero), ready[0].contains(.pollIn) {
            if let message = receive(shell) { out.append(message) }
        }
        return out
    }

    /// After a failing cell with `stop_on_error`: the waiting `execute_request`s are answered `aborted`
    /// without running (as ipykernel does); other requests are kept and handled in order afterwards.
    func abort(_ queued: [KernelMessage]) {
        for message in queued {
            guard message.msgType == "execute_request" else {
                pending.append(message)
                continue
            }
            publish("status", ["execution_state": .string("busy")], parent: message.header)
            reply(message, "execute_reply", JSONObject([
                ("status", .string("aborted")), ("execution_count", .int(max(0, session.executionCount - 1))),
                ("user_expressions", .object(JSONObject())), ("payload", .array([])),
            ]))
            publish("status", ["execution_state": .string("idle")], parent: message.header)
        }
    }

    /// `shutdown_request` on shell (clients older than protocol 5.4): answered here, then as on control.
    func shutdownOnShell(_ request: KernelMessage) {
        let restart = request.content.bool("restart", default: false)
        let content = JSONObject([("status", .string("ok")), ("restart", .bool(restart))])
        reply(request, "shutdown_reply", content)
        publish("shutdown_reply", content, parent: request.header)
        state.requestShutdown(restart: restart)
    }
}
