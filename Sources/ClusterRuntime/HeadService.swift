import ClusterModel
import ZeroMQ

#if canImport(Glibc)
    import Glibc
#endif

/// The head of a local cluster: one process that is both Ray's control service (the job, node, worker and task
/// tables, the function table) and its node manager (logical CPU accounting, the worker pool, placing queued
/// tasks on idle workers). Single-threaded: one loop polls the ROUTER socket every other process connects to,
/// plus pidfds of the driver and of each worker, so a dead process is noticed the moment it dies.
///
/// Fate sharing: when the driver that started the cluster exits (in any way, SIGKILL included) or asks for
/// shutdown, the head kills its workers, removes the session directory and shared memory, and exits.
public final class HeadService {
    public struct Configuration: Sendable {
        public var session: Session
        public var nodeID: NodeID
        public var numCPUs: Double
        public var objectStoreMemory: Int
        public var driverPID: Int32

        public init(session: Session, nodeID: NodeID, numCPUs: Double, objectStoreMemory: Int, driverPID: Int32) {
            self.session = session
            self.nodeID = nodeID
            self.numCPUs = numCPUs
            self.objectStoreMemory = objectStoreMemory
            self.driverPID = driverPID
        }
    }

    enum WorkerPhase: Equatable { case starting, idle, busy, blocked, dead, actor }

    /// A worker process of the pool, as the scheduler sees it.
    struct PoolWorker {
        var id: WorkerID
        var pid: Int32
        var exitFD: Int32?
        var identity: [UInt8]?
        var address: String = ""
        var phase: WorkerPhase = .starting
        var task: TaskID?
        var heldCPUs: Double = 0
        var exitDetail = ""
        /// The actor this worker is dedicated to.
        var actor: ActorID?
    }

    /// An actor, as the control service tracks it.
    struct ActorEntry {
        var record: ActorRecord
        var creation: TaskSpec
        /// Calls waiting for the actor to be created (or restarted), in arrival order.
        var pending: [TaskSpec] = []
        /// Calls forwarded to the actor's worker and not finished.
        var inFlight: [TaskID: TaskSpec] = [:]
        var heldCPUs: Double = 0
        var noRestart = false
    }

    /// A registered driver.
    struct Driver {
        var id: WorkerID
        var pid: Int
        var identity: [UInt8]
        var address: String
    }

    let config: Configuration
    let context: ZMQContext
    let router: ZMQSocket
    var driverExitFD: Int32?
    var workers: [WorkerID: PoolWorker] = [:]
    var workerOrder: [WorkerID] = []
    var drivers: [WorkerID: Driver] = [:]
    var identities: [[UInt8]: WorkerID] = [:]
    /// Task table: every task the cluster has seen, in submission order.
    var tasks: [TaskID: TaskRecord] = [:]
    var taskOrder: [TaskID] = []
    var specs: [TaskID: TaskSpec] = [:]
    var queue: [TaskSpec] = []
    var queueHead = 0
    var availableCPUs: Double
    var functions: [[UInt8]: [UInt8]] = [:]
    var functionWaiters: [[UInt8]: [[UInt8]]] = [:]
    var cancelled: Set<TaskID> = []
    var actors: [ActorID: ActorEntry] = [:]
    var actorOrder: [ActorID] = []
    var running = true
    /// Connections to core workers' own sockets (for messages about their tasks).
    let peers: Peers
    /// The node's shared-memory object store: capacity, spilling, restoring.
    let store: NodeObjectStore
    /// Most finished tasks kept in the task table (Ray keeps a bounded history too).
    let taskHistoryLimit = 100_000

    public init(_ config: Configuration) throws(RuntimeFailure) {
        self.config = config
        availableCPUs = config.numCPUs
        do throws(ZMQError) {
            context = try ZMQContext()
            router = try ZMQSocket(context, type: .router)
            try router.set(.linger(0))
            try router.set(.sendHighWaterMark(0))
            try router.set(.receiveHighWaterMark(0))
            try router.bind(config.session.headEndpoint)
        } catch {
            throw RuntimeFailure("head cannot bind \(config.session.headEndpoint): \(error)")
        }
        driverExitFD = ProcessControl.exitDescriptor(of: config.driverPID)
        peers = Peers(context: context)
        store = NodeObjectStore(session: config.session, capacity: config.objectStoreMemory)
    }

    /// Run until shutdown or until the driver dies, then clean up. Returns the exit status.
    public func run() -> Int32 {
        RuntimeLog.infoEvent(
            .initialization, "the head: control service and scheduler at \(config.session.headEndpoint), "
                + "\(config.numCPUs) CPUs, object store \(config.objectStoreMemory) bytes")
        prestartWorkers()
        while running {
            var items: [ZMQPollItem] = [.socket(router)]
            var watched: [WorkerID] = []
            if let fd = driverExitFD { items.append(.fileDescriptor(fd)) }
            for id in workerOrder {
                if let w = workers[id], w.phase != .dead, let fd = w.exitFD {
                    items.append(.fileDescriptor(fd))
                    watched.append(id)
                }
            }
            let ready: [ZMQEvents]
            do throws(ZMQError) {
                // Without pidfds, poll for dead processes twice a second; with files kept for reuse, wake to
                // release the ones that waited too long.
                let timed = driverExitFD == nil || !store.pool.isEmpty
                ready = try zmqPoll(items, timeout: timed ? .milliseconds(500) : nil)
            } catch {
                break
            }
            if !ready[0].isEmpty { drainRouter() }
            var index = 1
            if driverExitFD != nil {
                if !ready[1].isEmpty {
                    running = false
                    break
                }
                index = 2
            } else if !ProcessControl.isAlive(config.driverPID) {
                break
            }
            for (offset, id) in watched.enumerated() where !ready[index + offset].isEmpty {
                workerExited(id)
            }
            if driverExitFD == nil { checkWorkersWithoutPidfd() }
            store.trimPool()
        }
        cleanUp()
        return 0
    }

    func drainRouter() {
        while running {
            let frames: [[UInt8]]
            do throws(ZMQError) {
                frames = try router.receiveMultipart(flags: .dontWait)
            } catch {
                return
            }
            guard frames.count == 2 else {
                RuntimeLog.warning("head: dropped a message of \(frames.count) frames")
                continue
            }
            do throws(WireError) {
                handle(try Message.decode(frames[1]), from: frames[0])
            } catch {
                RuntimeLog.warning("head: dropped a malformed message: \(error)")
            }
        }
    }

    func reply(_ identity: [UInt8], _ message: Message) {
        do throws(ZMQError) {
            try router.sendMultipart([identity, message.encoded()])
        } catch {
            RuntimeLog.debug("head: cannot reply: \(error)")
        }
    }

    func handle(_ message: Message, from identity: [UInt8]) {
        switch message {
        case .register(let r):
            register(r, identity: identity)
        case .exportFunction(let id, let data):
            functions[id] = data
            for waiter in functionWaiters.removeValue(forKey: id) ?? [] { reply(waiter, .functionData(id: id, data: data)) }
        case .getFunction(let id):
            if let data = functions[id] {
                reply(identity, .functionData(id: id, data: data))
            } else {
                functionWaiters[id, default: []].append(identity)
            }
        case .taskPending(let spec):
            record(spec, state: .pendingArgsAvail)
        case .submitTask(let spec):
            RuntimeLog.debug("head: submit \(spec.name) attempt \(spec.attempt)")
            record(spec, state: .pendingNodeAssignment)
            if cancelled.remove(spec.taskID) != nil {
                finishCancelled(spec)
            } else if spec.type == .actorTask {
                routeActorTask(spec)
            } else {
                if spec.type == .actorCreationTask { registerActor(spec) }
                specs[spec.taskID] = spec
                queue.append(spec)
                schedule()
            }
        case .taskEvent(let taskID, let state, let workerID):
            updateTask(taskID, state: state, worker: workerID)
        case .taskEvents(let events):
            for e in events { updateTask(e.taskID, state: e.state, worker: e.workerID, time: e.time, info: e.info) }
        case .taskFinished(let taskID, let workerID, let failed):
            taskFinished(taskID, worker: workerID, failed: failed)
        case .workerBlocked(let id):
            if var w = workers[id], w.phase == .busy {
                availableCPUs += w.heldCPUs
                w.phase = .blocked
                workers[id] = w
                schedule()
            }
        case .workerUnblocked(let id):
            if var w = workers[id], w.phase == .blocked {
                // Ray lets an unblocked worker resume at once, briefly oversubscribing the node.
                availableCPUs -= w.heldCPUs
                w.phase = .busy
                workers[id] = w
            }
        case .cancelTask(let taskID, let force):
            cancel(taskID, force: force)
        case .query(let kind):
            reply(identity, .queryReply(answer(kind)))
        case .shutdown:
            running = false
        case .killActor(let actorID, let noRestart):
            killActor(actorID, noRestart: noRestart)
        case .storeReserve(let id, let size, let owner):
            let (recycled, notices) = store.reserve(id, size: size, owner: owner)
            reply(identity, .storeReply(ok: true, recycled: recycled ?? ""))
            announce(notices)
        case .storeSeal(let id):
            store.seal(id)
        case .storeRestore(let id):
            let (ok, notices) = store.restore(id)
            reply(identity, .storeReply(ok: ok, recycled: ""))
            announce(notices)
        case .storeDelete(let id):
            store.delete(id)
        case .getNamedActor(let name, let namespace):
            let found = actorOrder.lazy.compactMap { self.actors[$0]?.record }.first {
                $0.name == name && $0.namespace == namespace && $0.state != .dead
            }
            reply(identity, .actorInfo(found))
        default:
            RuntimeLog.warning("head: unexpected message \(message)")
        }
    }

    /// Lines the raylet prints on the drivers' stderr as `(raylet) ...` (spilling notices).
    func announce(_ notices: [String]) {
        for text in notices {
            RuntimeLog.info(text)
            for driver in drivers.values {
                peers.send(.log(pid: 0, name: "raylet", isStderr: true, text: text + "\n"), to: driver.address)
            }
        }
    }

    func register(_ r: Registration, identity: [UInt8]) {
        RuntimeLog.debug("head: \(r.kind) \(r.pid) registered")
        identities[identity] = r.workerID
        switch r.kind {
        case .driver:
            drivers[r.workerID] = Driver(id: r.workerID, pid: r.pid, identity: identity, address: r.address)
        case .worker:
            guard var w = workers[r.workerID] else {
                RuntimeLog.warning("head: unknown worker registered (pid \(r.pid))")
                return
            }
            w.identity = identity
            w.address = r.address
            if w.phase == .starting { w.phase = .idle }
            workers[r.workerID] = w
            schedule()
        }
    }

    /// Create or update the task-table row of `spec`.
    func record(_ spec: TaskSpec, state: TaskState) {
        if var row = tasks[spec.taskID] {
            row.state = state
            row.attempt = spec.attempt
            row.workerID = nil
            tasks[spec.taskID] = row
            return
        }
        tasks[spec.taskID] = TaskRecord(
            taskID: spec.taskID, name: spec.name, state: state, workerID: nil, workerPID: 0, jobID: spec.jobID,
            nodeID: config.nodeID, type: spec.type, functionName: spec.functionName, attempt: spec.attempt,
            parentTaskID: spec.parentTaskID, creationTime: wallClockSeconds())
        taskOrder.append(spec.taskID)
        if taskOrder.count > taskHistoryLimit + taskHistoryLimit / 4 { trimTaskHistory() }
    }

    func trimTaskHistory() {
        let excess = taskOrder.count - taskHistoryLimit
        var removed = 0
        taskOrder.removeAll { id in
            guard removed < excess, let row = tasks[id], row.state >= .finished else { return false }
            tasks[id] = nil
            removed += 1
            return true
        }
    }

    func updateTask(_ id: TaskID, state: TaskState, worker: WorkerID?, time: Double? = nil, info: TaskInfo? = nil) {
        if tasks[id] == nil, let info {
            // A call the owner sent straight to its actor: the event introduces it.
            tasks[id] = TaskRecord(
                taskID: id, name: info.name, state: .pendingNodeAssignment, workerID: nil, workerPID: 0, jobID: id.job,
                nodeID: config.nodeID, type: info.type, functionName: info.functionName, attempt: info.attempt,
                parentTaskID: info.parentTaskID, creationTime: time ?? wallClockSeconds())
            taskOrder.append(id)
        }
        guard var row = tasks[id] else { return }
        // Events can race (RUNNING after FINISHED is stale); a task only moves forward within an attempt.
        if row.state >= .finished && state < .finished { return }
        row.state = state
        if let worker {
            row.workerID = worker
            row.workerPID = Int(workers[worker]?.pid ?? 0)
        }
        let now = time ?? wallClockSeconds()
        if state == .running { row.startTime = now }
        if state >= .finished { row.endTime = now }
        tasks[id] = row
    }
}
