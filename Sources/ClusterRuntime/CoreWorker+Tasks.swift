import ClusterModel

#if canImport(Glibc)
    import Glibc
#endif

/// The ownership table: submitting tasks, resolving their ObjectRef arguments, taking their results,
/// retrying them when their worker dies, cancelling them; and the worker's side of running one.
extension CoreWorker {
    /// The id of the next task this process submits (from the current task and a counter, as in Ray).
    public func nextTaskID(actor: ActorID? = nil) -> TaskID {
        submissionIndex += 1
        return TaskID.submitted(
            by: currentTaskID, index: submissionIndex, job: jobID, actor: actor ?? .none(job: jobID))
    }

    /// The ids of a new actor and of its creation task (the next submission of the current task).
    public func nextActorCreation() -> (ActorID, TaskID) {
        submissionIndex += 1
        var message = jobID.bytes + currentTaskID.bytes
        for i in 0..<8 { message.append(UInt8(truncatingIfNeeded: submissionIndex >> UInt64(i * 8))) }
        let actorID = ActorID(bytes: Array(SHA256.hash(message + [0x61]).prefix(12)) + jobID.bytes)!
        let taskID = TaskID.submitted(by: currentTaskID, index: submissionIndex, job: jobID, actor: actorID)
        return (actorID, taskID)
    }

    /// End `actor` when the object `lifetime` (held by every handle of the actor) is released.
    public func tieActorLifetime(_ actor: ActorID, to lifetime: ObjectID) {
        monitor.withLock { actorLifetimes[lifetime] = actor }
    }

    /// `ray.kill`.
    public func killActor(_ actorID: ActorID, noRestart: Bool) {
        sendToHead(.killActor(actorID: actorID, noRestart: noRestart))
    }

    /// The actor registered under `name` in `namespace`, if alive.
    public func namedActor(_ name: String, namespace: String) throws(RuntimeFailure) -> ActorRecord? {
        guard case .actorInfo(let record) = try requestFromHead(.getNamedActor(name: name, namespace: namespace)) else {
            throw RuntimeFailure("unexpected reply to a named-actor lookup")
        }
        return record
    }

    /// Submit a task. `spec.args` holds values and `.reference` args; `nestedRefs` are refs inside argument
    /// values. Owned references among the arguments are resolved here (the task waits in PENDING_ARGS_AVAIL
    /// until they are ready); borrowed ones are fetched by the worker. Returns the return object ids.
    public func submit(_ spec: TaskSpec, nestedRefs: [OwnedObject]) -> [ObjectID] {
        var spec = spec
        let returnIDs = spec.returnIDs
        var out: [Outgoing] = []
        var ready = false
        var direct: String?
        monitor.withLock {
            for id in returnIDs {
                var entry = ObjectEntry(owner: nil)
                entry.localRefs = 1  // the ObjectRef the caller is about to create
                objects[id] = entry
            }
            var held: [ObjectID] = []
            var missing = 0
            for (i, arg) in spec.args.enumerated() {
                guard case .reference(let ref) = arg else { continue }
                held.append(ref.id)
                guard let entry = objects[ref.id], entry.owner == nil else { continue }
                if let value = entry.value {
                    // Small values travel in the spec; a large one stays a reference the worker reads by id.
                    if case .shared = value { continue }
                    spec.args[i] = .value(value)
                } else {
                    objects[ref.id]!.dependents.append(spec.taskID)
                    missing += 1
                }
            }
            held += nestedRefs.map(\.id)
            for id in held {
                if objects[id] != nil { objects[id]!.submittedRefs += 1 }
            }
            if spec.type == .actorTask, let actor = spec.actorID {
                var route = actorRoutes[actor] ?? ActorRoute()
                if missing == 0 && !route.address.isEmpty && route.callsViaHead == 0 {
                    spec.directCall = true
                    route.directCalls.insert(spec.taskID)
                    direct = route.address
                } else {
                    route.callsViaHead += 1
                }
                actorRoutes[actor] = route
            }
            RuntimeLog.event(
                .addTask, "\(spec.taskID.hex) (\(spec.name)) with \(spec.maxRetries) retries, \(missing) arguments pending")
            ownedTasks[spec.taskID] = OwnedTask(
                spec: spec, retriesLeft: spec.maxRetries < 0 ? Int.max : spec.maxRetries, heldRefs: held,
                missingArgs: missing)
            ready = missing == 0
            if !ready { out.append(.head(.taskPending(spec))) }
            // A failed dependency fails the task at once.
            for arg in spec.args {
                if case .value(let p) = arg, case .error(let bytes) = p {
                    for case .reference(let ref) in spec.args { objects[ref.id]?.consumed = true }
                    let failure = TaskFailure.decode(bytes).asDependencyFailure(of: spec.name, pid: getpid())
                    failTask(spec.taskID, failure.payload, &out)
                    ready = false
                    break
                }
            }
        }
        if ready {
            if let direct {
                sendToPeer(.executeTask(spec), to: direct)
            } else {
                sendToHead(.submitTask(spec))
            }
        }
        sendFromCaller(out)
        return returnIDs
    }

    /// An owned argument of `taskID` became available (lock held).
    func argumentReady(_ taskID: TaskID, _ id: ObjectID, _ payload: ObjectPayload, _ out: inout [Outgoing]) {
        guard var task = ownedTasks[taskID] else { return }
        if case .error(let bytes) = payload {
            objects[id]?.consumed = true
            let failure = TaskFailure.decode(bytes).asDependencyFailure(of: task.spec.name, pid: getpid())
            failTask(taskID, failure.payload, &out)
            return
        }
        for (i, arg) in task.spec.args.enumerated() {
            if case .reference(let ref) = arg, ref.id == id {
                if case .shared = payload {} else { task.spec.args[i] = .value(payload) }
                task.missingArgs -= 1
            }
        }
        ownedTasks[taskID] = task
        if task.missingArgs == 0 && !task.cancelRequested { out.append(.head(.submitTask(task.spec))) }
    }

    /// Complete an owned task with `payload` as every return value (lock held).
    func failTask(_ taskID: TaskID, _ payload: ObjectPayload, _ out: inout [Outgoing]) {
        guard let task = ownedTasks[taskID] else { return }
        out.append(.head(.taskEvent(taskID: taskID, state: .failed, workerID: nil)))
        complete(task, task.spec.returnIDs.map { TaskReturn(objectID: $0, payload: payload) }, &out)
    }

    /// Store a task's results, forget the task, release what its arguments held (lock held).
    func complete(_ task: OwnedTask, _ returns: [TaskReturn], _ out: inout [Outgoing]) {
        ownedTasks[task.spec.taskID] = nil
        forgetRoute(task.spec)
        for r in returns { storeValue(r.objectID, r.payload, contained: r.contained, fromWorker: true, &out) }
        for id in task.heldRefs where objects[id] != nil {
            objects[id]!.submittedRefs -= 1
            releaseIfUnreferenced(id, &out)
        }
        // Return objects whose refs were all dropped while the task ran.
        for id in task.spec.returnIDs { releaseIfUnreferenced(id, &out) }
        for (lostTask, reason) in lossesAwaitingCreation.removeValue(forKey: task.spec.taskID) ?? [] {
            lost(lostTask, reason: reason, &out)
        }
        monitor.broadcast()
    }

    /// The call no longer counts toward its actor's route.
    func forgetRoute(_ spec: TaskSpec) {
        guard spec.type == .actorTask, let actor = spec.actorID, var route = actorRoutes[actor] else { return }
        if spec.directCall {
            route.directCalls.remove(spec.taskID)
        } else {
            route.callsViaHead -= 1
        }
        actorRoutes[actor] = route
    }

    /// Send a task (again) through the head: retries of actor calls always go that way.
    func resubmitViaHead(_ task: inout OwnedTask, _ out: inout [Outgoing]) {
        if task.spec.directCall {
            forgetRoute(task.spec)
            task.spec.directCall = false
            if let actor = task.spec.actorID { actorRoutes[actor, default: ActorRoute()].callsViaHead += 1 }
        }
        task.spec.attempt += 1
        ownedTasks[task.spec.taskID] = task
        out.append(.head(.submitTask(task.spec)))
    }

    /// The head announced an actor this process owns: where to send calls, or that the actor is gone (calls
    /// sent to it directly are then lost: retried through the head or failed).
    func actorAnnounced(_ record: ActorRecord, _ out: inout [Outgoing]) {
        var route = actorRoutes[record.actorID] ?? ActorRoute()
        route.address = record.state == .alive ? record.address : ""
        let orphans = record.state == .alive ? [] : Array(route.directCalls)
        actorRoutes[record.actorID] = route
        let prefix = record.state == .dead ? "actor dead: " : "actor died: "
        let reason = prefix + (record.deathCause.isEmpty ? "The actor's worker process died." : record.deathCause)
        for taskID in orphans { lost(taskID, reason: reason, &out) }
    }

    /// A worker sent a task's results (I/O thread).
    func handleResult(_ taskID: TaskID, _ returns: [TaskReturn]) {
        for r in returns {
            RuntimeLog.event(.handleReturnObject, "\(r.objectID.hex) of task \(taskID.hex)\(r.payload.isError ? " (an error)" : "")")
        }
        var out: [Outgoing] = []
        monitor.withLock {
            guard var task = ownedTasks[taskID] else {
                for r in returns { storeValue(r.objectID, r.payload, contained: r.contained, fromWorker: true, &out) }
                return
            }
            var retryable = false
            if case .error(let bytes)? = returns.first(where: { $0.payload.isError })?.payload {
                let failure = TaskFailure.decode(bytes)
                retryable = failure.kind == .taskError && failure.retryable
            }
            if retryable && task.spec.retryExceptions && task.retriesLeft > 0 && !task.cancelRequested {
                if let retryHandler, case .error(let bytes)? = returns.first(where: { $0.payload.isError })?.payload {
                    retryHandler(task.spec, task.retriesLeft == Int.max ? -1 : task.retriesLeft, TaskFailure.decode(bytes))
                }
                task.retriesLeft -= 1
                resubmitViaHead(&task, &out)
                return
            }
            complete(task, returns, &out)
        }
        send(out)
    }

    /// The head reports that a task's worker died or the task was cancelled (I/O thread).
    func handleLost(_ taskID: TaskID, reason: String) {
        var out: [Outgoing] = []
        monitor.withLock { lost(taskID, reason: reason, &out) }
        send(out)
    }

    /// `reason` is "cancelled", "worker died", "actor died: ..." (the actor restarts: the call may be retried)
    /// or "actor dead: ..." (for good: never retried).
    func lost(_ taskID: TaskID, reason: String, _ out: inout [Outgoing]) {
        guard var task = ownedTasks[taskID] else { return }
        let permanent = reason.hasPrefix("actor dead: ")
        let actorLost = permanent || reason.hasPrefix("actor died")
        if actorLost, task.spec.type == .actorTask, let actor = task.spec.actorID,
            let creation = ownedTasks.values.first(where: {
                $0.spec.type == .actorCreationTask && $0.spec.actorID == actor
            })
        {
            lossesAwaitingCreation[creation.spec.taskID, default: []].append((taskID, reason))
            return
        }
        if reason == "cancelled" || task.cancelRequested {
            complete(task, task.spec.returnIDs.map { TaskReturn(objectID: $0, payload: cancelledPayload(taskID)) }, &out)
            return
        }
        if actorLost && (permanent || task.retriesLeft <= 0) {
            var message = String(reason.drop { $0 != ":" }.dropFirst(2))
            // A constructor that raised: show its error, as Ray's ActorDiedError does.
            if let actor = task.spec.actorID,
                let lifetime = actorLifetimes.first(where: { $0.value == actor })?.key,
                case .error(let bytes)? = objects[lifetime]?.value,
                TaskFailure.decode(bytes).kind == .taskError
            {
                message = "The actor died because of an error raised in its creation task, "
                    + TaskFailure.decode(bytes).message
            }
            let failure = TaskFailure(kind: .actorDied, message: message)
            complete(task, task.spec.returnIDs.map { TaskReturn(objectID: $0, payload: failure.payload) }, &out)
            return
        }
        if task.retriesLeft > 0 {
            retryHandler?(task.spec, task.retriesLeft == Int.max ? -1 : task.retriesLeft, nil)
            task.retriesLeft -= 1
            resubmitViaHead(&task, &out)
            return
        }
        let failure = TaskFailure(
            kind: .workerCrashed,
            message:
                "The worker died unexpectedly while executing this task. Check python-core-worker-*.log files for more information."
        )
        complete(task, task.spec.returnIDs.map { TaskReturn(objectID: $0, payload: failure.payload) }, &out)
    }

    func cancelledPayload(_ taskID: TaskID) -> ObjectPayload {
        TaskFailure(kind: .taskCancelled, message: "Task: TaskID(\(taskID.hex)) was cancelled. ").payload
    }

    /// `ray.cancel`: stop a task this process owns. Pending tasks fail at once; queued and running ones are
    /// stopped by the head (a running one is interrupted, or killed with `force`). Finished tasks are left.
    public func cancel(_ taskID: TaskID, force: Bool) {
        var out: [Outgoing] = []
        var forward = false
        monitor.withLock {
            guard var task = ownedTasks[taskID] else { return }
            task.cancelRequested = true
            ownedTasks[taskID] = task
            if task.missingArgs > 0 {
                out.append(.head(.taskEvent(taskID: taskID, state: .failed, workerID: nil)))
                complete(task, task.spec.returnIDs.map { TaskReturn(objectID: $0, payload: cancelledPayload(taskID)) }, &out)
            } else {
                forward = true
            }
        }
        sendFromCaller(out)
        if forward { sendToHead(.cancelTask(taskID: taskID, force: force)) }
    }

    /// Tasks this process submitted that have not finished (for the end-of-script grace period).
    public var pendingTaskCount: Int { monitor.withLock { ownedTasks.count } }

    /// Wait up to `seconds` for every owned task to finish; true if they did.
    public func drainOwnedTasks(seconds: Double, interrupted: () -> Bool = { false }) -> Bool {
        let deadline = monotonicSeconds() + seconds
        return monitor.withLock {
            while !ownedTasks.isEmpty && !stopping && !interrupted() {
                let left = deadline - monotonicSeconds()
                if left <= 0 { return false }
                monitor.wait(seconds: min(left, 0.05))
            }
            return true
        }
    }

    // MARK: The worker side

    /// The next task the head assigned to this worker; nil when stopping.
    public func nextTask() -> TaskSpec? {
        monitor.withLock {
            if taskInbox.isEmpty && !stopping { RuntimeLog.event(.polling, "for the next task") }
            while taskInbox.isEmpty && !stopping { monitor.wait(seconds: 1) }
            if stopping { return nil }
            let spec = taskInbox.removeFirst()
            executingTaskID = spec.taskID
            return spec
        }
    }

    /// The next assigned task if one is waiting (never blocks).
    public func takeTask() -> TaskSpec? {
        monitor.withLock { taskInbox.isEmpty ? nil : taskInbox.removeFirst() }
    }

    /// Start running `spec`: ids of nested submissions derive from it; the head marks it RUNNING.
    public func beginTask(_ spec: TaskSpec) {
        RuntimeLog.event(.executeTask, "\(spec.taskID.hex) (\(spec.name)), attempt \(spec.attempt)")
        executing = spec
        currentTaskID = spec.taskID
        submissionIndex = 0
        putIndex = 0
        driverAddress = spec.driverAddress
        recordEvent(spec.taskID, .running, info: spec.directCall ? spec.info : nil)
    }

    /// Whether `ray.cancel` asked to stop the running task.
    public func cancelRequested(_ taskID: TaskID) -> Bool { monitor.withLock { cancelledHere.contains(taskID) } }

    /// Send the results to the owner, then tell the head the worker is free.
    ///
    /// Refs this worker owns inside the results stay pinned until the task's owner has borrowed them; the
    /// caller keeps the result values alive until this returns, so a ref the worker borrowed is released
    /// only after the result (on the same connection when the owners match).
    public func finishTask(_ spec: TaskSpec, returns: [TaskReturn]) {
        let failed = returns.contains { $0.payload.isError }
        let pin = Self.returnPin(spec.ownerAddress)
        monitor.withLock {
            for r in returns {
                for c in r.contained where c.owner == address { objects[c.id]?.borrowers.insert(pin) }
            }
        }
        sendToPeer(.taskResult(taskID: spec.taskID, returns: returns), to: spec.ownerAddress)
        monitor.withLock {
            executingTaskID = nil
            cancelledHere.remove(spec.taskID)
        }
        executing = nil
        RuntimeLog.event(.finishedTask, "\(spec.taskID.hex) (\(spec.name))\(failed ? ", failed" : "")")
        recordEvent(spec.taskID, failed ? .failed : .finished, info: spec.directCall ? spec.info : nil)
        // The head tracks what it dispatched; a call sent straight here is the owner's business only.
        if !spec.directCall { sendToHead(.taskFinished(taskID: spec.taskID, workerID: workerID, failed: failed)) }
    }

    /// Forward output printed by the running task to the driver.
    public func forwardOutput(name: String, isStderr: Bool, text: String) {
        sendToPeer(.log(pid: Int(getpid()), name: name, isStderr: isStderr, text: text), to: driverAddress)
    }
}
