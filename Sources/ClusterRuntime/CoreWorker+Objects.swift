import ClusterModel

#if canImport(Glibc)
    import Glibc
#endif

/// Objects and references: the in-process store, distributed reference counting, put, get and wait.
extension CoreWorker {
    /// A Python ObjectRef for `id` was created in this process (owner nil: this process).
    public func addLocalReference(_ id: ObjectID, owner: String?) {
        var out: [Outgoing] = []
        monitor.withLock { hold(id, owner: owner, &out) }
        sendFromCaller(out)
    }

    /// One more local reference for a mapping of `id` (false when this process no longer tracks it).
    func pinWhileMapped(_ id: ObjectID) -> Bool {
        monitor.withLock {
            guard objects[id] != nil else { return false }
            objects[id]!.localRefs += 1
            return true
        }
    }

    /// A Python ObjectRef for `id` was destroyed.
    public func removeLocalReference(_ id: ObjectID) {
        var out: [Outgoing] = []
        monitor.withLock {
            guard objects[id] != nil else { return }
            objects[id]!.localRefs -= 1
            RuntimeLog.event(.updateReferenceCount, "of \(id.hex): local references \(objects[id]!.localRefs)")
            releaseIfUnreferenced(id, &out)
        }
        sendFromCaller(out)
    }

    /// Count one more local reference (lock held); a first reference to a borrowed object registers this
    /// process as a borrower with the owner.
    func hold(_ id: ObjectID, owner: String?, _ out: inout [Outgoing]) {
        if objects[id] == nil {
            let owner = owner == address ? nil : owner
            objects[id] = ObjectEntry(owner: owner)
            if let owner { out.append(.peer(owner, .addReference(objectID: id, borrower: address))) }
        }
        objects[id]!.localRefs += 1
        RuntimeLog.event(.updateReferenceCount, "of \(id.hex): local references \(objects[id]!.localRefs)")
    }

    /// Delete `id` if nothing references it any more (lock held): owned objects leave the store (and shared
    /// memory); borrowed ones are released at their owner. Refs nested in the value are released in turn.
    func releaseIfUnreferenced(_ id: ObjectID, _ out: inout [Outgoing]) {
        guard let entry = objects[id], entry.isUnreferenced else { return }
        // An owned return value whose task still runs keeps its entry until the result arrives (an actor's
        // lifetime object goes at once: dropping every handle ends even an actor still being created).
        if entry.owner == nil, entry.value == nil, ownedTasks[id.task] != nil, actorLifetimes[id] == nil { return }
        objects[id] = nil
        RuntimeLog.event(.deleteObject, "\(id.hex)" + (entry.owner.map { " (borrowed from \($0))" } ?? ""))
        if let actor = actorLifetimes.removeValue(forKey: id) {
            out.append(.head(.killActor(actorID: actor, noRestart: true)))
        }
        if entry.owner == nil, !entry.consumed, case .error(let bytes) = entry.value {
            let failure = TaskFailure.decode(bytes)
            if failure.kind == .taskError { unhandledErrorHandler?(failure) }
        }
        if let owner = entry.owner {
            out.append(.peer(owner, .removeReference(objectID: id, borrower: address)))
        } else if case .shared = entry.value {
            out.append(.head(.storeDelete(objectID: id)))
        }
        for c in entry.contained {
            guard objects[c.id] != nil else { continue }
            objects[c.id]!.localRefs -= 1
            releaseIfUnreferenced(c.id, &out)
        }
    }

    /// Store a value that arrived or was created (lock held); wakes getters and resolves dependents.
    ///
    /// `fromWorker`: the value is a task's result; the worker pinned the refs it owns inside it until this
    /// process, the owner of the result, borrows them (the unpin follows the borrow on the same connection).
    func storeValue(
        _ id: ObjectID, _ payload: ObjectPayload, contained: [OwnedObject], fromWorker: Bool = false,
        _ out: inout [Outgoing]
    ) {
        // At exit, after this process borrowed the nested refs (or dropped the value).
        defer {
            if fromWorker {
                for c in contained where c.owner != address {
                    out.append(.peer(c.owner, .removeReference(objectID: c.id, borrower: Self.returnPin(address))))
                }
            }
        }
        guard var entry = objects[id] else {
            // Nobody wants it any more (a dropped ref to a fire-and-forget task): discard.
            if case .shared = payload { out.append(.head(.storeDelete(objectID: id))) }
            return
        }
        if entry.value != nil { return }
        entry.value = payload
        entry.contained = contained
        let waiters = entry.fetchWaiters
        let dependents = entry.dependents
        entry.fetchWaiters = []
        entry.dependents = []
        objects[id] = entry
        for c in contained { hold(c.id, owner: c.owner, &out) }
        for w in waiters { out.append(.peer(w, .objectData(objectID: id, payload: payload, contained: contained))) }
        for task in dependents { argumentReady(task, id, payload, &out) }
        releaseIfUnreferenced(id, &out)
    }

    /// The borrower name a worker pins refs under until the owner of a task's result has borrowed them.
    static func returnPin(_ owner: String) -> String { "pin:" + owner }

    /// `ray.put`: a new object owned by this process. Large values go to shared memory.
    public func put(_ contents: ObjectContents, contained: [OwnedObject]) throws(RuntimeFailure) -> ObjectID {
        putIndex += 1
        let id = ObjectID.put(by: currentTaskID, k: putIndex)
        let payload = try makePayload(id, contents)
        var out: [Outgoing] = []
        monitor.withLock {
            var entry = ObjectEntry(owner: nil)
            entry.localRefs = 1  // the ObjectRef the caller is about to create
            objects[id] = entry
            storeValue(id, payload, contained: contained, &out)
        }
        sendFromCaller(out)
        return id
    }

    /// Inline small values (with their buffers laid out after the stream); write large ones to the
    /// shared-memory store under `id`.
    public func makePayload(_ id: ObjectID, _ contents: ObjectContents, owner: String? = nil) throws(RuntimeFailure)
        -> ObjectPayload
    {
        let size = contents.storedSize
        let inline = size < SharedObjectStore.inlineLimit
        RuntimeLog.event(.createObject, "\(id.hex), \(size) bytes, in the \(inline ? "in-process store" : "shared-memory store")")
        guard inline else {
            // The head makes room (spilling others if the store is full), then the bytes go straight in.
            guard case .storeReply(true, let recycled) = try requestFromHead(
                .storeReserve(objectID: id, size: size, owner: owner ?? address))
            else { throw RuntimeFailure("the object store refused object \(id.hex)") }
            let payload: ObjectPayload
            do throws(RuntimeFailure) {
                payload = try SharedObjectStore.create(id, contents, session: session, recycling: recycled)
            } catch {
                sendToHead(.storeDelete(objectID: id))
                throw error
            }
            sendToHead(.storeSeal(objectID: id))
            return payload
        }
        if contents.buffers.isEmpty { return .inline(contents.stream) }
        let layout = ObjectLayout(contents)
        var bytes = [UInt8](repeating: 0, count: layout.total)
        bytes.withUnsafeMutableBytes { layout.write(contents, to: $0.baseAddress!) }
        return .inline(bytes)
    }

    /// The stream and buffers of an object: a read-only mapping of a shared one (nothing is copied but the
    /// stream), the bytes of an inline one.
    /// - Parameter populate: map with the pages in place (a task argument is read whole; a `ray.get` maps
    ///   lazily and returns at once).
    public func contents(of id: ObjectID, _ payload: ObjectPayload, populate: Bool = false) throws(RuntimeFailure)
        -> StoredObject
    {
        switch payload {
        case .inline(let bytes), .error(let bytes):
            guard bytes.starts(with: ObjectLayout.magic) else { return StoredObject(stream: bytes, buffers: [], owner: nil) }
            let copy = InlineObjectBytes(copying: bytes)
            return try ObjectLayout.contents(UnsafeRawPointer(copy.bytes.baseAddress!), count: bytes.count, owner: copy)
        case .shared(let size):
            let mapping: ObjectMapping
            do throws(RuntimeFailure) {
                mapping = try SharedObjectStore.map(id, size: size, session: session, populate: populate)
            } catch {
                // Spilled to disk: the head copies it back (making room as for a new object).
                guard case .storeReply(true, _) = try requestFromHead(.storeRestore(objectID: id)) else { throw error }
                mapping = try SharedObjectStore.map(id, size: size, session: session, populate: populate)
            }
            if pinWhileMapped(id) {
                mapping.release = { [weak self] in
                    guard let self, !self.isStopping else { return }
                    self.removeLocalReference(id)
                }
            }
            return try ObjectLayout.contents(mapping.base, count: mapping.count, owner: mapping)
        }
    }

    /// Why a wait ended early.
    public enum WaitInterruption: Error {
        case timedOut
        case interrupted
        case shutDown
    }

    /// Wait until the objects are available and return their payloads in order. A worker waiting inside a
    /// task releases its CPU for the duration (so nested tasks cannot deadlock the node).
    ///
    /// As in Ray, a failure ends the wait as soon as it is known: objects not ready by then are reported
    /// with that failure (the caller raises the first failure it meets).
    public func get(_ refs: [OwnedObject], timeout: Double?, interrupted: () -> Bool) throws(WaitInterruption)
        -> [ObjectPayload]
    {
        let ready = try waitFor(refs, count: refs.count, timeout: timeout, failFast: true, interrupted: interrupted)
        return monitor.withLock {
            let readySet = Set(ready)
            let failure = ready.lazy.compactMap { i -> ObjectPayload? in
                guard let v = self.objects[refs[i].id]?.value, v.isError else { return nil }
                return v
            }.first
            return refs.indices.map { i in
                guard readySet.contains(i) else { return failure ?? lostPayload(refs[i].id) }
                objects[refs[i].id]?.consumed = true
                return objects[refs[i].id]?.value ?? lostPayload(refs[i].id)
            }
        }
    }

    func lostPayload(_ id: ObjectID) -> ObjectPayload {
        TaskFailure(kind: .objectLost, message: "Object \(id.hex) is no longer referenced").payload
    }

    /// `ray.wait`: indices of the first `count` refs (in the order given) that are ready when enough are, or
    /// when the timeout passes.
    public func wait(_ refs: [OwnedObject], count: Int, timeout: Double?, interrupted: () -> Bool)
        throws(WaitInterruption) -> [Int]
    {
        do {
            return try waitFor(refs, count: count, timeout: timeout, interrupted: interrupted)
        } catch .timedOut {
            return monitor.withLock { readyIndices(refs, limit: count) }
        }
    }

    func readyIndices(_ refs: [OwnedObject], limit: Int) -> [Int] {
        var out: [Int] = []
        for (i, r) in refs.enumerated() where out.count < limit {
            // A ref this process no longer tracks is reported ready; reading it gives an object-lost error.
            if objects[r.id]?.value != nil || objects[r.id] == nil { out.append(i) }
        }
        return out
    }

    func waitFor(
        _ refs: [OwnedObject], count: Int, timeout: Double?, failFast: Bool = false, interrupted: () -> Bool
    ) throws(WaitInterruption) -> [Int] {
        let deadline = timeout.map { monotonicSeconds() + $0 }
        var requests: [Outgoing] = []
        var blocked = false
        defer {
            if blocked { sendToHead(.workerUnblocked(workerID: workerID)) }
        }
        monitor.lock()
        // Ask owners of borrowed objects for their values.
        for r in refs {
            if var entry = objects[r.id], entry.value == nil, let owner = entry.owner, !entry.fetchRequested {
                entry.fetchRequested = true
                objects[r.id] = entry
                requests.append(.peer(owner, .getObject(objectID: r.id, replyTo: address)))
            }
        }
        while true {
            let ready = readyIndices(refs, limit: count)
            if ready.count >= count || (failFast && ready.contains { objects[refs[$0].id]?.value?.isError == true }) {
                monitor.unlock()
                sendFromCaller(requests)
                return ready
            }
            if stopping {
                monitor.unlock()
                throw .shutDown
            }
            if !requests.isEmpty || (!blocked && executingTaskID != nil) {
                monitor.unlock()
                sendFromCaller(requests)
                requests = []
                if !blocked && executingTaskID != nil {
                    blocked = true
                    sendToHead(.workerBlocked(workerID: workerID))
                }
                monitor.lock()
                continue
            }
            var slice = 0.05
            if let deadline {
                let left = deadline - monotonicSeconds()
                if left <= 0 {
                    monitor.unlock()
                    throw .timedOut
                }
                slice = min(slice, left)
            }
            monitor.wait(seconds: slice)
            if interrupted() {
                monitor.unlock()
                throw .interrupted
            }
        }
    }

}

/// One object of this process's reference table, as `list_objects` reports it.
public struct ReferenceRecord: Sendable {
    public var objectID: ObjectID
    /// Bytes, when the value is here (inline) or known (in the shared store); -1 while it is pending.
    public var size: Int
    /// Ray's reference types: LOCAL_REFERENCE, USED_BY_PENDING_TASK, CAPTURED_IN_OBJECT, BORROWED.
    public var referenceType: String
    public var isReady: Bool
    public var isOwned: Bool
}

extension CoreWorker {
    /// The objects this process holds references to, in no particular order.
    public func referenceTable() -> [ReferenceRecord] {
        monitor.withLock {
            objects.map { id, entry in
                var size = -1
                switch entry.value {
                case .inline(let bytes)?, .error(let bytes)?: size = bytes.count
                case .shared(let n)?: size = n
                case nil: break
                }
                let type =
                    entry.localRefs > 0
                    ? "LOCAL_REFERENCE" : entry.submittedRefs > 0 ? "USED_BY_PENDING_TASK" : !entry.borrowers.isEmpty ? "BORROWED" : "CAPTURED_IN_OBJECT"
                return ReferenceRecord(
                    objectID: id, size: size, referenceType: type, isReady: entry.value != nil, isOwned: entry.owner == nil)
            }
        }
    }
}
