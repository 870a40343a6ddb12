import Notebook
import ZeroMQ

/// The iopub channel: a PUB socket owned by one thread, fed through a queue from any thread (the shell
/// thread, the control thread, and the core worker's I/O thread that forwards worker output).
///
/// Order is the queue's order, so everything a request causes is sent before its `idle` status. Stream text
/// is batched: consecutive chunks for the same stream and parent merge while queued, and a queue that holds
/// only stream text waits up to `streamDelay` for more (ipykernel flushes every 0.2 s; 10 000 printed lines
/// become a handful of messages, well under jupyter_server's 1000 messages/s limit). Text is whole Swift
/// strings, so a UTF-8 sequence is never split.
final class IOPubPublisher: @unchecked Sendable {  // `queue` and `state` are guarded by `monitor`
    private enum Item {
        case message(KernelMessage)
        case stream(name: String, text: String, parent: JSONObject, queuedAt: Double)
    }

    private enum State { case running, draining, stopped }

    private let monitor = Monitor()
    private var queue: [Item] = []
    private var state = State.running
    /// Messages taken from the queue and not yet sent.
    private var sending = 0
    /// Set by `flush`: send stream text at once.
    private var urgent = false
    private let codec: WireCodec
    private let factory: MessageFactory
    static let streamDelay = 0.05

    init(codec: WireCodec, factory: MessageFactory) {
        self.codec = codec
        self.factory = factory
    }

    /// Bind the PUB socket on a new thread and start sending; returns the bound endpoint.
    func start(context: ZMQContext, endpoint: String, group: ThreadGroup) throws(ZMQError) -> String {
        let bound = Handoff<Result<String, ZMQError>>()
        group.enter()
        KernelThread.start { [self] in
            defer { group.leave() }
            let socket: ZMQSocket
            do throws(ZMQError) {
                socket = try ZMQSocket(context, type: .pub)
                try socket.set(.linger(1000))
                try socket.bind(endpoint)
                bound.put(.success(try socket.lastEndpoint))
            } catch {
                bound.put(.failure(error))
                return
            }
            run(socket)
        }
        return try bound.take().get()
    }

    /// Queue a message.
    func publish(_ message: KernelMessage) {
        monitor.withLock {
            guard state == .running else { return }
            queue.append(.message(message))
            monitor.broadcast()
        }
    }

    /// Queue stream text (merged with the previous chunk when it is for the same stream and parent).
    func stream(_ name: String, _ text: String, parent: JSONObject) {
        if text.isEmpty { return }
        monitor.withLock {
            guard state == .running else { return }
            if case .stream(let lastName, let lastText, let lastParent, let at)? = queue.last, lastName == name,
                lastParent["msg_id"] == parent["msg_id"]
            {
                queue[queue.count - 1] = .stream(name: name, text: lastText + text, parent: lastParent, queuedAt: at)
            } else {
                queue.append(.stream(name: name, text: text, parent: parent, queuedAt: monotonicNow()))
                monitor.broadcast()
            }
        }
    }

    /// Wait until everything queued so far has been sent (before an `input_request`, so the prompt follows the
    /// text printed before it). Gives up after `timeout` seconds.
    func flush(timeout: Double = 2) {
        monitor.withLock {
            urgent = true
            monitor.broadcast()
            let deadline = monotonicNow() + timeout
            while (!queue.isEmpty || sending > 0) && state == .running && monotonicNow() < deadline {
                monitor.wait(seconds: deadline - monotonicNow())
            }
            urgent = false
        }
    }

    /// Send what is queued, then stop the thread (waits at most `timeout` seconds).
    func stop(timeout: Double = 1) {
        monitor.withLock {
            if state == .running { state = .draining }
            monitor.broadcast()
            let deadline = monotonicNow() + timeout
            while state != .stopped && monotonicNow() < deadline { monitor.wait(seconds: deadline - monotonicNow()) }
        }
    }

    private func run(_ socket: ZMQSocket) {
        while true {
            let (batch, finished) = nextBatch()
            for item in batch {
                let message: KernelMessage
                switch item {
                case .message(let m): message = m
                case .stream(let name, let text, let parent, _):
                    message = factory.broadcast(
                        "stream", JSONObject([("name", .string(name)), ("text", .string(text))]), parent: parent)
                }
                do throws(ZMQError) {
                    try socket.sendMultipart(codec.encode(message))
                } catch {
                    if error.isTerminated { break }
                    KernelLog.warn("iopub send failed: \(error)")
                }
            }
            monitor.withLock {
                sending = 0
                monitor.broadcast()
            }
            if finished { break }
        }
        socket.close()
        monitor.withLock {
            state = .stopped
            monitor.broadcast()
        }
    }

    /// Wait for something to send; a queue of stream text only waits a little for more.
    private func nextBatch() -> ([Item], Bool) {
        monitor.withLock {
            while true {
                if state != .running {
                    let items = queue
                    queue = []
                    return (items, true)
                }
                if queue.isEmpty {
                    monitor.wait()
                    continue
                }
                let onlyStreams = queue.allSatisfy { if case .stream = $0 { true } else { false } }
                if onlyStreams, !urgent, case .stream(_, _, _, let at) = queue[0] {
                    let age = monotonicNow() - at
                    if age < Self.streamDelay {
                        monitor.wait(seconds: Self.streamDelay - age)
                        continue
                    }
                }
                let items = queue
                queue = []
                sending = items.count
                return (items, false)
            }
        }
    }
}
