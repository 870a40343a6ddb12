import CSystemShims
import ClusterModel
import ZeroMQ

#if canImport(Glibc)
    import Glibc
#endif

/// The runtime inside every process that runs Python: the driver and each worker (Ray's CoreWorker). It owns
/// what its process submits (the ownership table: pending tasks, their return objects, `ray.put` objects),
/// keeps small objects in its in-process store, counts references — local ObjectRefs, pending task arguments,
/// borrowers in other processes, refs nested in stored values — and deletes an object everywhere when its
/// count reaches zero.
///
/// Threads: the interpreter thread calls the public API; one I/O thread receives every incoming message (task
/// results, borrower requests, pushes from the head) so the process answers while Python code runs. Shared
/// state is guarded by one monitor. Sockets are per thread: the interpreter thread's `headCaller` and
/// `callerPeers`, the I/O thread's `ioHead`, `router` and `ioPeers`.
public final class CoreWorker: @unchecked Sendable {  // mutable state guarded by `monitor` (see each property)
    /// A reference-counted object known to this process.
    struct ObjectEntry {
        /// The owner's address; nil when this process owns the object.
        var owner: String?
        var value: ObjectPayload?
        /// Refs nested in `value`; each holds one reference while the entry lives.
        var contained: [OwnedObject] = []
        /// Python ObjectRef objects plus holds from containing objects.
        var localRefs = 0
        /// Pending tasks that take the object as an argument.
        var submittedRefs = 0
        /// Processes borrowing the object (owned objects only).
        var borrowers: Set<String> = []
        /// Borrowers waiting for the value (owned objects only).
        var fetchWaiters: [String] = []
        /// Owned tasks waiting for this object as an argument.
        var dependents: [TaskID] = []
        var fetchRequested = false
        /// Whether `ray.get` returned the value (an error nobody got is reported when the object goes).
        var consumed = false

        init(owner: String?) { self.owner = owner }

        var isUnreferenced: Bool { localRefs <= 0 && submittedRefs <= 0 && borrowers.isEmpty }
    }

    /// A task this process submitted and that has not finished.
    struct OwnedTask {
        var spec: TaskSpec
        var retriesLeft: Int
        /// Every ref the task's arguments hold (top-level and nested).
        var heldRefs: [ObjectID]
        var missingArgs: Int
        var cancelRequested = false
    }

    /// Something the I/O thread must send.
    enum Outgoing {
        case head(Message)
        case peer(String, Message)
    }

    public let session: Session
    public let workerID: WorkerID
    public let nodeID: NodeID
    public let jobID: JobID
    public let kind: ProcessKind
    /// This process's ROUTER endpoint.
    public let address: String
    /// The address of the job's driver (where worker output is forwarded).
    public internal(set) var driverAddress: String

    let context: ZMQContext
    let monitor = Monitor()
    let wakeFD: Int32
    var ioThread: pthread_t?

    // Interpreter thread only (several threads in a threaded actor: `callerLock` serializes them).
    let callerLock = RecursiveLock()
    let headCaller: ZMQSocket
    let callerPeers: Peers
    var exportedFunctions: Set<[UInt8]> = []
    /// The task whose code runs now (the driver's own task in the driver); ids of submissions derive from it.
    public var currentTaskID: TaskID
    var submissionIndex: UInt64 = 0
    var putIndex: UInt32 = 0
    /// The spec of the task this worker is executing (nil in the driver and between tasks).
    public internal(set) var executing: TaskSpec?

    // I/O thread only.
    var ioHead: ZMQSocket?
    var router: ZMQSocket?
    var ioPeers: Peers

    // Guarded by `monitor`.
    var objects: [ObjectID: ObjectEntry] = [:]
    var ownedTasks: [TaskID: OwnedTask] = [:]
    var outbox: [Outgoing] = []
    var taskInbox: [TaskSpec] = []
    var stopping = false
    var ioRunning = false
    /// Running task ids whose cancellation was requested (worker side).
    var cancelledHere: Set<TaskID> = []
    /// Task state changes not yet reported to the head, and when the oldest was recorded.
    var pendingEvents: [TaskEvent] = []
    var firstPendingEvent = 0.0
    /// Calls lost because their actor died, waiting for the actor's creation result to arrive (it says why the
    /// actor died, and may come after the head's notice).
    var lossesAwaitingCreation: [TaskID: [(TaskID, String)]] = [:]
    /// How calls reach each actor this process owns: straight to its worker once the head announced it alive
    /// and no earlier call is still on its way through the head (so calls stay in submission order).
    struct ActorRoute {
        var address = ""
        var callsViaHead = 0
        var directCalls: Set<TaskID> = []
    }
    var actorRoutes: [ActorID: ActorRoute] = [:]
    /// Actors this process owns, by the object their handles hold: when it goes, the actor ends.
    var actorLifetimes: [ObjectID: ActorID] = [:]
    /// The task the interpreter thread is executing (worker side), for cancellation.
    var executingTaskID: TaskID?

    /// Called on the I/O thread with output forwarded from workers: (pid, task name, is stderr, text).
    public var logHandler: (@Sendable (Int, String, Bool, String) -> Void)?
    /// Called (with the core worker's lock held) with the message of a task error whose object was released
    /// without anyone getting it, as Ray reports "Unhandled error" (set it to print).
    public var unhandledErrorHandler: (@Sendable (TaskFailure) -> Void)?
    /// Called (lock held) when an owned task is retried: the spec, the retries left before this one (-1:
    /// infinite), and the failure for an application error (nil when the worker died). Ray's raylet reports these.
    public var retryHandler: (@Sendable (TaskSpec, Int, TaskFailure?) -> Void)?
    /// Called on the I/O thread after a task arrived for this worker (async actors wake their event loop).
    public var taskArrivedHandler: (@Sendable () -> Void)?
    /// Called on the I/O thread when the running task must be interrupted (`ray.cancel` without force).
    public var interruptHandler: (@Sendable () -> Void)?

    init(
        session: Session, workerID: WorkerID, nodeID: NodeID, jobID: JobID, kind: ProcessKind, driverAddress: String?
    ) throws(RuntimeFailure) {
        RuntimeLog.event(.constructCoreWorker, "worker_id: \(workerID.hex), kind: \(kind)")
        self.session = session
        self.workerID = workerID
        self.nodeID = nodeID
        self.jobID = jobID
        self.kind = kind
        self.address = session.endpoint(of: workerID)
        self.driverAddress = driverAddress ?? session.endpoint(of: workerID)
        currentTaskID = TaskID.driver(job: jobID)
        wakeFD = CSystemShims_eventfd()
        do throws(ZMQError) {
            context = try ZMQContext()
            headCaller = try ZMQSocket(context, type: .dealer)
            try headCaller.set(.linger(1000))
            try headCaller.set(.sendHighWaterMark(0))
            // The head may still be starting: retry the connection every few milliseconds, not Ray's 100.
            try headCaller.set(.reconnectInterval(5))
            try headCaller.connect(session.headEndpoint)
        } catch {
            throw RuntimeFailure("cannot connect to the head: \(error)")
        }
        callerPeers = Peers(context: context)
        ioPeers = Peers(context: context)
    }

    // MARK: Starting and stopping

    /// Start a local cluster: a new session, the head process, and this process as its driver (job 1).
    public static func startDriver(numCPUs: Double, objectStoreMemory: Int, logLevel: LogLevel? = nil)
        throws(RuntimeFailure) -> (CoreWorker, headPID: Int32)
    {
        let session = try Session.create(pid: getpid())
        RuntimeLog.open(session: session, component: "driver", level: logLevel)
        RuntimeLog.infoEvent(.constructCoreWorkerProcess, "pid: \(getpid()), driver of job 01000000")
        var rng = SystemRandomNumberGenerator()
        let nodeID = NodeID.random(using: &rng)
        let pid: Int32
        // The head's own output (warnings) goes to its log file, not to the driver's terminal.
        let logFD = open(session.logDirectory + "/head.out", O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        defer { if logFD >= 0 { close(logFD) } }
        do throws(RuntimeFailure) {
            pid = try ProcessControl.spawn(
                [
                    "_head", "--session", session.directory, "--node-id", nodeID.hex, "--num-cpus", String(numCPUs),
                    "--object-store-memory", String(objectStoreMemory), "--driver-pid", String(getpid()),
                    "--log-level", String(RuntimeLog.level.rawValue),
                ], stdoutFD: logFD, stderrFD: logFD)
        } catch {
            session.remove()
            throw error
        }
        let worker = try CoreWorker(
            // The driver's worker id is its job id followed by ff bytes, as Ray's.
            session: session, workerID: WorkerID(bytes: JobID(1).bytes + [UInt8](repeating: 0xff, count: 24))!,
            nodeID: nodeID, jobID: JobID(1), kind: .driver,
            driverAddress: nil)
        try worker.start()
        return (worker, pid)
    }

    /// A worker process's core worker (the head started it with these ids).
    public static func startWorker(session: Session, workerID: WorkerID, nodeID: NodeID) throws(RuntimeFailure)
        -> CoreWorker
    {
        let worker = try CoreWorker(
            session: session, workerID: workerID, nodeID: nodeID, jobID: JobID(1), kind: .worker, driverAddress: nil)
        try worker.start()
        return worker
    }

    /// Bind the ROUTER, connect the I/O thread's head socket, register, start the I/O thread.
    func start() throws(RuntimeFailure) {
        do throws(ZMQError) {
            let router = try ZMQSocket(context, type: .router)
            try router.set(.linger(0))
            try router.set(.sendHighWaterMark(0))
            try router.set(.receiveHighWaterMark(0))
            try router.bind(address)
            let head = try ZMQSocket(context, type: .dealer)
            try head.set(.linger(1000))
            try head.set(.sendHighWaterMark(0))
            try head.set(.reconnectInterval(5))
            try head.connect(session.headEndpoint)
            try head.send(
                Message.register(
                    Registration(kind: kind, workerID: workerID, pid: Int(getpid()), address: address, jobID: jobID)
                ).encoded())
            self.router = router
            self.ioHead = head
            RuntimeLog.infoEvent(
                .initialization, "worker at address: \(address), worker ID \(workerID.hex), node \(nodeID.hex)")
        } catch {
            throw RuntimeFailure("cannot set up the core worker's sockets: \(error)")
        }
        ioRunning = true
        let unmanaged = Unmanaged.passRetained(self)
        var thread = pthread_t()
        let rc = pthread_create(
            &thread, nil,
            { raw in
                let worker = Unmanaged<CoreWorker>.fromOpaque(raw!).takeRetainedValue()
                worker.ioLoop()
                return nil
            }, unmanaged.toOpaque())
        guard rc == 0 else {
            unmanaged.release()
            throw RuntimeFailure("cannot start the I/O thread")
        }
        ioThread = thread
    }

    /// Stop the I/O thread and close every socket (the head and session are the caller's business).
    public func stop() {
        monitor.withLock {
            stopping = true
            monitor.broadcast()
        }
        wakeIO()
        if let t = ioThread { pthread_join(t, nil) }
        ioThread = nil
        headCaller.close()
        callerPeers.closeAll()
        context.shutdown()
        close(wakeFD)
    }

    /// Whether stop() was called.
    public var isStopping: Bool { monitor.withLock { stopping } }

    // MARK: Talking to the head from the interpreter thread

    public func sendToHead(_ message: Message) {
        callerLock.lock()
        defer { callerLock.unlock() }
        do throws(ZMQError) {
            try headCaller.send(message.encoded())
        } catch {
            RuntimeLog.warning("cannot reach the head: \(error)")
        }
    }

    /// Send to another process from the interpreter thread(s).
    func sendToPeer(_ message: Message, to endpoint: String) {
        callerLock.lock()
        defer { callerLock.unlock() }
        callerPeers.send(message, to: endpoint)
    }

    /// A request answered by the head on the same socket (function fetches, state queries).
    func requestFromHead(_ message: Message, timeout: Double = 30) throws(RuntimeFailure) -> Message {
        callerLock.lock()
        defer { callerLock.unlock() }
        sendToHead(message)
        let deadline = monotonicSeconds() + timeout
        while true {
            let remaining = deadline - monotonicSeconds()
            if remaining <= 0 { throw RuntimeFailure("the head did not answer within \(Int(timeout)) s") }
            let frame: [UInt8]
            do throws(ZMQError) {
                let ready = try zmqPoll([.socket(headCaller)], timeout: .milliseconds(Int(min(remaining, 0.2) * 1000)))
                if ready[0].isEmpty { continue }
                frame = try headCaller.receive()
            } catch {
                throw RuntimeFailure("lost the head: \(error)")
            }
            do throws(WireError) {
                return try Message.decode(frame)
            } catch {
                RuntimeLog.warning("dropped a malformed reply from the head: \(error)")
            }
        }
    }

    public func query(_ kind: QueryKind) throws(RuntimeFailure) -> QueryResult {
        guard case .queryReply(let result) = try requestFromHead(.query(kind: kind)) else {
            throw RuntimeFailure("unexpected reply to a state query")
        }
        return result
    }

    /// Make a function's code available to every worker (once per process and function).
    public func exportFunction(id: [UInt8], data: [UInt8]) {
        if exportedFunctions.insert(id).inserted { sendToHead(.exportFunction(id: id, data: data)) }
    }

    /// A function's code, from the head's function table (worker side).
    public func fetchFunction(id: [UInt8]) throws(RuntimeFailure) -> [UInt8] {
        guard case .functionData(_, let data) = try requestFromHead(.getFunction(id: id)) else {
            throw RuntimeFailure("unexpected reply to a function fetch")
        }
        return data
    }

    /// How long task events wait before they are reported (Ray's task event report interval).
    public static let taskEventInterval = 1.0

    /// Record a task state change; the I/O thread reports it with others within `taskEventInterval`.
    public func recordEvent(_ taskID: TaskID, _ state: TaskState, info: TaskInfo? = nil) {
        let event = TaskEvent(
            taskID: taskID, state: state, workerID: kind == .worker ? workerID : nil, time: wallClockSeconds(), info: info)
        let first = monitor.withLock { () -> Bool in
            pendingEvents.append(event)
            if pendingEvents.count == 1 { firstPendingEvent = monotonicSeconds() }
            return pendingEvents.count == 1
        }
        if first { wakeIO() }
    }

    // MARK: I/O thread plumbing

    /// Queue messages for the I/O thread to send, then wake it.
    func enqueue(_ items: [Outgoing]) {
        guard !items.isEmpty else { return }
        monitor.withLock { outbox.append(contentsOf: items) }
        wakeIO()
    }

    func wakeIO() {
        var one: UInt64 = 1
        _ = write(wakeFD, &one, 8)
    }
}
