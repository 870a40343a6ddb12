import ClusterModel
import ZeroMQ

#if canImport(Glibc)
    import Glibc
#endif

/// The I/O thread: receives everything addressed to this process and sends what other threads queued.
extension CoreWorker {
    func ioLoop() {
        guard let router, let ioHead else { return }
        while true {
            let ready: [ZMQEvents]
            let eventsDue = monitor.withLock { pendingEvents.isEmpty ? nil : firstPendingEvent + Self.taskEventInterval }
            let timeout: Duration? = eventsDue.map { .milliseconds(max(0, Int(($0 - monotonicSeconds()) * 1000) + 1)) }
            do throws(ZMQError) {
                ready = try zmqPoll([.socket(router), .socket(ioHead), .fileDescriptor(wakeFD)], timeout: timeout)
            } catch {
                break
            }
            if !ready[2].isEmpty {
                var counter: UInt64 = 0
                _ = read(wakeFD, &counter, 8)
            }
            if !ready[0].isEmpty { drain(router, routed: true) }
            if !ready[1].isEmpty { drain(ioHead, routed: false) }
            let (items, stop) = monitor.withLock { () -> ([Outgoing], Bool) in
                var items = outbox
                outbox.removeAll()
                if !pendingEvents.isEmpty
                    && (stopping || monotonicSeconds() >= firstPendingEvent + Self.taskEventInterval)
                {
                    items.append(.head(.taskEvents(pendingEvents)))
                    pendingEvents = []
                }
                return (items, stopping)
            }
            for item in items {
                switch item {
                case .head(let message):
                    do throws(ZMQError) {
                        try ioHead.send(message.encoded())
                    } catch {
                        RuntimeLog.warning("cannot reach the head: \(error)")
                    }
                case .peer(let endpoint, let message):
                    ioPeers.send(message, to: endpoint)
                }
            }
            if stop { break }
        }
        ioPeers.closeAll()
        router.close()
        ioHead.close()
        self.router = nil
        self.ioHead = nil
    }

    func drain(_ socket: ZMQSocket, routed: Bool) {
        while true {
            let frames: [[UInt8]]
            do throws(ZMQError) {
                frames = try socket.receiveMultipart(flags: .dontWait)
            } catch {
                return
            }
            guard let payload = frames.last, frames.count == (routed ? 2 : 1) else {
                RuntimeLog.warning("dropped a message of \(frames.count) frames")
                continue
            }
            do throws(WireError) {
                receive(try Message.decode(payload))
            } catch {
                RuntimeLog.warning("dropped a malformed message: \(error)")
            }
        }
    }

    /// Handle one incoming message (I/O thread).
    func receive(_ message: Message) {
        switch message {
        case .taskResult(let taskID, let returns):
            handleResult(taskID, returns)
        case .taskLost(let taskID, let reason):
            handleLost(taskID, reason: reason)
        case .executeTask(let spec):
            RuntimeLog.event(.receiveTask, "\(spec.taskID.hex) (\(spec.name)) from \(spec.directCall ? "its owner" : "the head")")
            monitor.withLock {
                taskInbox.append(spec)
                monitor.broadcast()
            }
            taskArrivedHandler?()
        case .cancelTask(let taskID, _):
            let interrupt = monitor.withLock { () -> Bool in
                guard executingTaskID == taskID else { return false }
                cancelledHere.insert(taskID)
                return true
            }
            if interrupt { interruptHandler?() }
        case .actorInfo(let record?):
            var out: [Outgoing] = []
            monitor.withLock { actorAnnounced(record, &out) }
            send(out)
        case .log(let pid, let name, let isStderr, let text):
            logHandler?(pid, name, isStderr, text)
        case .addReference(let id, let borrower):
            _ = monitor.withLock { objects[id]?.borrowers.insert(borrower) }
        case .removeReference(let id, let borrower):
            var out: [Outgoing] = []
            monitor.withLock {
                guard var entry = objects[id] else { return }
                entry.borrowers.remove(borrower)
                objects[id] = entry
                releaseIfUnreferenced(id, &out)
            }
            send(out)
        case .getObject(let id, let replyTo):
            let reply = monitor.withLock { () -> Message? in
                guard var entry = objects[id] else {
                    return .objectData(
                        objectID: id,
                        payload: TaskFailure(kind: .objectLost, message: "Object \(id.hex) was deleted by its owner")
                            .payload, contained: [])
                }
                if let value = entry.value { return .objectData(objectID: id, payload: value, contained: entry.contained) }
                entry.fetchWaiters.append(replyTo)
                objects[id] = entry
                return nil
            }
            if let reply { ioPeers.send(reply, to: replyTo) }
        case .objectData(let id, let payload, let contained):
            var out: [Outgoing] = []
            monitor.withLock {
                guard objects[id] != nil else { return }
                storeValue(id, payload, contained: contained, &out)
                monitor.broadcast()
            }
            send(out)
        default:
            RuntimeLog.warning("core worker: unexpected message \(message)")
        }
    }

    /// Send queued items now (I/O thread only).
    func send(_ items: [Outgoing]) {
        for item in items {
            switch item {
            case .head(let message):
                do throws(ZMQError) {
                    try ioHead?.send(message.encoded())
                } catch {
                    RuntimeLog.warning("cannot reach the head: \(error)")
                }
            case .peer(let endpoint, let message):
                ioPeers.send(message, to: endpoint)
            }
        }
    }

    /// Send from the interpreter thread (its own sockets).
    func sendFromCaller(_ items: [Outgoing]) {
        for item in items {
            switch item {
            case .head(let message): sendToHead(message)
            case .peer(let endpoint, let message): sendToPeer(message, to: endpoint)
            }
        }
    }
}
