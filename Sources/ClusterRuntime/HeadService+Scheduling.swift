import ClusterModel
import ZeroMQ

#if canImport(Glibc)
    import Glibc
#endif

/// The node manager half of the head: the worker pool and the placement of queued tasks.
extension HeadService {
    /// Most worker processes alive at once (blocked workers let the pool grow past the CPU count, as in Ray).
    var maxWorkers: Int { max(Int(config.numCPUs) * 8, 16) }

    func prestartWorkers() {
        for _ in 0..<max(Int(config.numCPUs.rounded(.up)), 1) { spawnWorker() }
    }

    func spawnWorker() {
        var rng = SystemRandomNumberGenerator()
        let id = WorkerID.random(using: &rng)
        let logPath = config.session.logDirectory + "/worker-\(id.hex.prefix(8)).out"
        let logFD = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        defer { if logFD >= 0 { close(logFD) } }
        let arguments = [
            "_worker", "--session", config.session.directory, "--worker-id", id.hex, "--node-id", config.nodeID.hex,
            "--head-pid", String(getpid()), "--log-level", String(RuntimeLog.level.rawValue),
        ]
        do throws(RuntimeFailure) {
            let pid = try ProcessControl.spawn(arguments, stdoutFD: logFD, stderrFD: logFD)
            workers[id] = PoolWorker(id: id, pid: pid, exitFD: ProcessControl.exitDescriptor(of: pid))
            workerOrder.append(id)
        } catch {
            RuntimeLog.warning("head: \(error)")
        }
    }

    func count(_ phase: WorkerPhase) -> Int { workers.values.reduce(0) { $0 + ($1.phase == phase ? 1 : 0) } }

    /// Place queued tasks on idle workers while their CPUs fit, starting workers when none is idle.
    func schedule() {
        while queueHead < queue.count {
            let spec = queue[queueHead]
            if specs[spec.taskID] == nil {  // cancelled while queued
                queueHead += 1
                continue
            }
            guard placementCPUs(spec) <= availableCPUs + 1e-9 else { break }
            guard let workerID = workerOrder.first(where: { workers[$0]?.phase == .idle }) else { break }
            queueHead += 1
            dispatch(spec, to: workerID)
        }
        if queueHead > 1024 && queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        // Start workers for tasks that could run now but have no idle worker.
        let waiting = queue.count - queueHead
        if waiting > 0, let first = queue[safe: queueHead], placementCPUs(first) <= availableCPUs + 1e-9 {
            let runnable = min(waiting, max(Int(availableCPUs / max(placementCPUs(first), 0.0001)), 1))
            var starting = count(.starting)
            let live = workers.values.filter { $0.phase != .dead }.count
            var budget = maxWorkers - live
            while starting < runnable && budget > 0 {
                spawnWorker()
                starting += 1
                budget -= 1
            }
        }
    }

    func dispatch(_ spec: TaskSpec, to workerID: WorkerID) {
        guard var w = workers[workerID], let identity = w.identity else { return }
        if spec.type == .actorCreationTask, let actorID = spec.actorID {
            placeActor(actorID, spec, on: &w)
            workers[workerID] = w
            updateTask(spec.taskID, state: .submittedToWorker, worker: workerID)
            reply(identity, .executeTask(spec))
            return
        }
        RuntimeLog.debug("head: \(spec.name) attempt \(spec.attempt) -> worker \(w.pid)")
        w.phase = .busy
        w.task = spec.taskID
        w.heldCPUs = spec.numCPUs
        availableCPUs -= spec.numCPUs
        workers[workerID] = w
        updateTask(spec.taskID, state: .submittedToWorker, worker: workerID)
        reply(identity, .executeTask(spec))
    }

    /// The worker is free again. (The table row changes when the worker's buffered FINISHED event arrives.)
    func taskFinished(_ taskID: TaskID, worker workerID: WorkerID, failed: Bool) {
        if let w = workers[workerID], w.phase == .actor, let actorID = w.actor {
            actorTaskFinished(actorID, taskID, failed: failed)
            return
        }
        specs[taskID] = nil
        cancelled.remove(taskID)
        if var w = workers[workerID], w.task == taskID {
            if w.phase == .busy { availableCPUs += w.heldCPUs }
            w.phase = .idle
            w.task = nil
            w.heldCPUs = 0
            workers[workerID] = w
        }
        schedule()
    }

    /// Tell a task's owner about it, at the owner's own address (it may not have registered yet).
    func notifyOwner(_ spec: TaskSpec, _ message: Message) {
        peers.send(message, to: spec.ownerAddress)
    }

    func workerExited(_ id: WorkerID) {
        guard var w = workers[id], w.phase != .dead else { return }
        RuntimeLog.debug("head: worker \(w.pid) exited while \(w.phase), task \(w.task?.hex ?? "-")")
        ProcessControl.reap(w.pid)
        if let fd = w.exitFD { close(fd) }
        w.exitFD = nil
        let wasBusy = w.phase == .busy
        let actorID = w.phase == .actor ? w.actor : nil
        w.phase = .dead
        w.exitDetail = "Worker unexpectedly exits (pid \(w.pid))."
        if let taskID = w.task, let spec = specs[taskID] {
            if wasBusy { availableCPUs += w.heldCPUs }
            specs[taskID] = nil
            updateTask(taskID, state: .failed, worker: nil)
            let reason = cancelled.remove(taskID) != nil ? "cancelled" : "worker died"
            notifyOwner(spec, .taskLost(taskID: taskID, reason: reason))
        }
        w.task = nil
        workers[id] = w
        if let actorID { actorProcessDied(actorID, detail: "The actor's worker process (pid \(w.pid)) died.") }
        // Actors share their owner's fate unless detached.
        for (id, entry) in actors where entry.record.ownerAddress == w.address && entry.record.state != .dead {
            if entry.creation.actorOptions?.detached != true { killActor(id, noRestart: true) }
        }
        // Drivers and workers that owned objects are gone with this worker: the owners' peers notice on use.
        schedule()
    }

    func checkWorkersWithoutPidfd() {
        for id in workerOrder {
            if let w = workers[id], w.phase != .dead, w.exitFD == nil, ProcessControl.reap(w.pid) {
                workerExited(id)
            }
        }
    }

    func cancel(_ taskID: TaskID, force: Bool) {
        guard let spec = specs[taskID] else {
            // Not here yet (still at its owner) or already done: remember, in case it arrives.
            if tasks[taskID] == nil { cancelled.insert(taskID) }
            return
        }
        if let running = workers.values.first(where: { $0.task == taskID && $0.phase != .dead }) {
            cancelled.insert(taskID)
            if force {
                kill(running.pid, SIGKILL)
            } else if let identity = running.identity {
                reply(identity, .cancelTask(taskID: taskID, force: false))
            }
            return
        }
        // Queued: drop it from the queue.
        finishCancelled(spec)
    }

    func finishCancelled(_ spec: TaskSpec) {
        specs[spec.taskID] = nil
        updateTask(spec.taskID, state: .failed, worker: nil)
        notifyOwner(spec, .taskLost(taskID: spec.taskID, reason: "cancelled"))
    }

    var nodeResources: [String: Double] {
        [
            "CPU": config.numCPUs, "memory": Double(HeadService.physicalMemory) * 0.7,
            "object_store_memory": Double(config.objectStoreMemory), "node:127.0.0.1": 1.0,
            "node:__internal_head__": 1.0,
        ]
    }

    static var physicalMemory: Int { Int(sysconf(Int32(_SC_PHYS_PAGES))) * Int(sysconf(Int32(_SC_PAGESIZE))) }

    func answer(_ kind: QueryKind) -> QueryResult {
        switch kind {
        case .tasks:
            return .tasks(taskOrder.compactMap { tasks[$0] })
        case .objects:
            return store.table
        case .workers:
            var rows = drivers.values.map {
                WorkerRecord(workerID: $0.id, pid: $0.pid, isAlive: true, kind: .driver, nodeID: config.nodeID, exitDetail: "")
            }
            for id in workerOrder {
                guard let w = workers[id] else { continue }
                rows.append(
                    WorkerRecord(
                        workerID: id, pid: Int(w.pid), isAlive: w.phase != .dead, kind: .worker, nodeID: config.nodeID,
                        exitDetail: w.exitDetail))
            }
            return .workers(rows)
        case .nodes:
            return .nodes([
                NodeRecord(
                    nodeID: config.nodeID, address: "127.0.0.1", isHead: true, resourcesTotal: nodeResources,
                    objectStoreMemory: config.objectStoreMemory)
            ])
        case .actors:
            return .actors(actorOrder.compactMap { actors[$0]?.record })
        case .resources:
            var available = nodeResources
            available["CPU"] = max(availableCPUs, 0)
            return .resources(total: nodeResources, available: available)
        }
    }

    /// Stop every worker, then remove the session's files and shared memory.
    func cleanUp() {
        let alive = workers.values.filter { $0.phase != .dead }
        for w in alive { kill(w.pid, SIGKILL) }
        for w in alive {
            _ = ProcessControl.waitForExit(w.pid, seconds: 1)
            if let fd = w.exitFD { close(fd) }
        }
        store.unlinker.stop()
        config.session.remove()
        peers.closeAll()
        router.close()
        context.shutdown()
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
