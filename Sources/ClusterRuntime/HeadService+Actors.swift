import ClusterModel

#if canImport(Glibc)
    import Glibc
#endif

/// The actor half of the control service: the actor table (DEPENDENCIES_UNREADY → PENDING_CREATION → ALIVE,
/// RESTARTING, DEAD), placing an actor on a worker it then owns for life, routing method calls to it in
/// arrival order, and restarting or failing it when its process dies.
extension HeadService {
    /// CPUs a task needs to be placed. An actor without `num_cpus` needs 1 CPU to be placed and holds none
    /// while it lives (Ray's default), so many actors fit on a small machine.
    func placementCPUs(_ spec: TaskSpec) -> Double {
        spec.type == .actorCreationTask && spec.numCPUs < 0 ? 1 : max(spec.numCPUs, 0)
    }

    func registerActor(_ spec: TaskSpec) {
        guard let actorID = spec.actorID, let options = spec.actorOptions else { return }
        if var entry = actors[actorID] {
            // A restart or a retried creation: same actor, new attempt.
            entry.creation = spec
            entry.record.state = entry.record.state == .dead ? .dead : .restarting
            actors[actorID] = entry
            return
        }
        let record = ActorRecord(
            actorID: actorID, className: options.className, state: .pendingCreation, name: options.name,
            namespace: options.namespace, pid: 0, jobID: spec.jobID, nodeID: config.nodeID, workerID: nil,
            ownerAddress: spec.ownerAddress, numRestarts: 0, deathCause: "", isAsync: options.isAsync,
            maxConcurrency: options.maxConcurrency)
        actors[actorID] = ActorEntry(record: record, creation: spec)
        actorOrder.append(actorID)
    }

    /// Dedicate worker `w` to the actor (the creation task is about to be sent to it).
    func placeActor(_ actorID: ActorID, _ spec: TaskSpec, on w: inout PoolWorker) {
        let held = max(spec.numCPUs, 0)
        availableCPUs -= held
        w.phase = .actor
        w.actor = actorID
        w.task = nil
        w.heldCPUs = held
        guard var entry = actors[actorID] else { return }
        entry.record.workerID = w.id
        entry.record.pid = Int(w.pid)
        entry.heldCPUs = held
        entry.inFlight[spec.taskID] = spec
        actors[actorID] = entry
        specs[spec.taskID] = nil
    }

    /// A method call: to the actor's worker if it is alive, queued while it is being created, failed if dead.
    func routeActorTask(_ spec: TaskSpec) {
        guard let actorID = spec.actorID, var entry = actors[actorID] else {
            updateTask(spec.taskID, state: .failed, worker: nil)
            notifyOwner(spec, .taskLost(taskID: spec.taskID, reason: "actor dead: unknown actor"))
            return
        }
        switch entry.record.state {
        case .alive:
            guard let workerID = entry.record.workerID, let identity = workers[workerID]?.identity else { fallthrough }
            entry.inFlight[spec.taskID] = spec
            actors[actorID] = entry
            updateTask(spec.taskID, state: .submittedToWorker, worker: workerID)
            reply(identity, .executeTask(spec))
        case .dependenciesUnready, .pendingCreation, .restarting:
            entry.pending.append(spec)
            actors[actorID] = entry
        case .dead:
            updateTask(spec.taskID, state: .failed, worker: nil)
            notifyOwner(spec, .taskLost(taskID: spec.taskID, reason: "actor dead: " + entry.record.deathCause))
        }
    }

    func actorTaskFinished(_ actorID: ActorID, _ taskID: TaskID, failed: Bool) {
        guard var entry = actors[actorID] else { return }
        entry.inFlight[taskID] = nil
        if taskID == entry.creation.taskID {
            if failed {
                entry.record.state = .dead
                entry.record.deathCause = "The actor died because of an error raised in its creation task."
                entry.noRestart = true
                actors[actorID] = entry
                failPending(actorID)
                // The worker exits by itself once its result is sent (killing it here could lose that result).
                return
            }
            entry.record.state = .alive
            entry.record.address = entry.record.workerID.flatMap { workers[$0]?.address } ?? ""
            let pending = entry.pending
            entry.pending = []
            actors[actorID] = entry
            for spec in pending { routeActorTask(spec) }
            announce(entry)
            return
        }
        actors[actorID] = entry
    }

    /// Tell the actor's owner its state and address: an owner sends its calls straight to a live actor and must
    /// learn at once when that actor dies or restarts (calls it sent directly are unknown here).
    func announce(_ entry: ActorEntry) {
        peers.send(.actorInfo(entry.record), to: entry.record.ownerAddress)
    }

    func failPending(_ actorID: ActorID) {
        guard var entry = actors[actorID] else { return }
        let lost = entry.pending + Array(entry.inFlight.values)
        entry.pending = []
        entry.inFlight = [:]
        actors[actorID] = entry
        for spec in lost where spec.type == .actorTask {
            updateTask(spec.taskID, state: .failed, worker: nil)
            notifyOwner(spec, .taskLost(taskID: spec.taskID, reason: "actor dead: " + entry.record.deathCause))
        }
    }

    /// The actor's process died: restart it if it has restarts left, else it is dead for good.
    func actorProcessDied(_ actorID: ActorID, detail: String) {
        guard var entry = actors[actorID], entry.record.state != .dead else { return }
        availableCPUs += entry.heldCPUs
        entry.heldCPUs = 0
        entry.record.workerID = nil
        entry.record.pid = 0
        entry.record.address = ""
        let options = entry.creation.actorOptions
        let maxRestarts = options?.maxRestarts ?? 0
        // In-flight calls fail (their owners retry them if max_task_retries allows).
        let inFlight = entry.inFlight.values.filter { $0.type == .actorTask }
        let creationRunning = entry.inFlight[entry.creation.taskID] != nil
        entry.inFlight = [:]
        if !entry.noRestart && (maxRestarts < 0 || entry.record.numRestarts < maxRestarts) {
            entry.record.numRestarts += 1
            entry.record.state = .restarting
            var creation = entry.creation
            creation.attempt += 1
            entry.creation = creation
            actors[actorID] = entry
            announce(entry)
            for spec in inFlight {
                updateTask(spec.taskID, state: .failed, worker: nil)
                notifyOwner(spec, .taskLost(taskID: spec.taskID, reason: "actor died: " + detail))
            }
            queue.append(creation)
            specs[creation.taskID] = creation
            schedule()
            return
        }
        entry.record.state = .dead
        entry.record.deathCause = entry.noRestart ? "The actor was killed by ray.kill." : detail
        entry.inFlight = Dictionary(uniqueKeysWithValues: inFlight.map { ($0.taskID, $0) })
        actors[actorID] = entry
        announce(entry)
        failPending(actorID)
        if creationRunning { failCreation(entry) }
    }

    /// The creation task will never finish: its owner completes it with the actor's death.
    func failCreation(_ entry: ActorEntry) {
        updateTask(entry.creation.taskID, state: .failed, worker: nil)
        notifyOwner(entry.creation, .taskLost(taskID: entry.creation.taskID, reason: "actor dead: " + entry.record.deathCause))
    }

    func killActor(_ actorID: ActorID, noRestart: Bool) {
        guard var entry = actors[actorID], entry.record.state != .dead else { return }
        if noRestart { entry.noRestart = true }
        actors[actorID] = entry
        if let workerID = entry.record.workerID, let pid = workers[workerID]?.pid {
            kill(pid, SIGKILL)
        } else {
            // Not placed yet: it will never run.
            specs[entry.creation.taskID] = nil
            entry.record.state = .dead
            entry.record.deathCause = "The actor was killed by ray.kill."
            actors[actorID] = entry
            failPending(actorID)
            failCreation(entry)
        }
    }
}
