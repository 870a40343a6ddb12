/// The messages processes of a cluster exchange, one ZeroMQ frame each. Who sends what:
/// - every core worker (driver or worker) → head: `register`, `exportFunction`, `submitTask`, `taskPending`,
///   `taskEvent(s)`, `taskFinished`, `workerBlocked`/`workerUnblocked`, `cancelTask`, `killActor`, `query`,
///   `getNamedActor`, `shutdown`;
/// - owner → its live actor's worker, directly: `executeTask` (direct actor calls);
/// - head → workers: `executeTask`, `cancelTask`, `functionData`; head → owners: `taskLost`, `actorInfo`, `queryReply`;
/// - worker → owner, directly: `taskResult`; worker → the job's driver: `log` (printed output);
/// - any process ↔ an owner: `addReference`, `removeReference`,
///   `getObject`/`objectData` (borrowers resolving refs they were passed).
public enum Message: Sendable {
    case register(Registration)
    case exportFunction(id: [UInt8], data: [UInt8])
    case getFunction(id: [UInt8])
    case functionData(id: [UInt8], data: [UInt8])
    case submitTask(TaskSpec)
    /// A task the owner holds back until its ObjectRef arguments are ready (PENDING_ARGS_AVAIL).
    case taskPending(TaskSpec)
    case executeTask(TaskSpec)
    /// A state change seen by the owner (PENDING_ARGS_AVAIL) or the worker (RUNNING).
    case taskEvent(taskID: TaskID, state: TaskState, workerID: WorkerID?)
    /// State changes buffered by a core worker and reported in batches, as Ray's task event buffer does: the
    /// state API is eventually consistent (about a second behind), and tasks cost no extra message each.
    case taskEvents([TaskEvent])
    /// The worker is done with the task; the scheduler frees its resources.
    case taskFinished(taskID: TaskID, workerID: WorkerID, failed: Bool)
    case taskResult(taskID: TaskID, returns: [TaskReturn])
    /// The worker running the task died; the owner retries or fails it.
    case taskLost(taskID: TaskID, reason: String)
    /// A worker waits in `ray.get` (its CPU is released) or resumes.
    case workerBlocked(workerID: WorkerID)
    case workerUnblocked(workerID: WorkerID)
    /// Output printed by a worker, sent to the job's driver (before the task's result, on the same connection).
    case log(pid: Int, name: String, isStderr: Bool, text: String)
    case cancelTask(taskID: TaskID, force: Bool)
    case addReference(objectID: ObjectID, borrower: String)
    case removeReference(objectID: ObjectID, borrower: String)
    case getObject(objectID: ObjectID, replyTo: String)
    case objectData(objectID: ObjectID, payload: ObjectPayload, contained: [OwnedObject])
    case query(kind: QueryKind)
    case queryReply(QueryResult)
    case shutdown
    /// `ray.kill`: stop an actor's process (and do not restart it when `noRestart`).
    case killActor(actorID: ActorID, noRestart: Bool)
    /// Look up a named actor: the head answers with `actorInfo`.
    case getNamedActor(name: String, namespace: String)
    case actorInfo(ActorRecord?)
    /// Object store (to the head, which manages the node's capacity): room for a new object of `size` bytes
    /// (the head spills others to disk first if needed); the reply is `storeReply`.
    case storeReserve(objectID: ObjectID, size: Int, owner: String)
    /// Bring a spilled object back into shared memory; the reply is `storeReply` (`ok` false: unknown).
    case storeRestore(objectID: ObjectID)
    /// The object's last reference went: delete it from memory and disk.
    case storeDelete(objectID: ObjectID)
    /// `recycled`: the /dev/shm file of a deleted object whose pages the new object may take over (its
    /// creator renames it; empty for none).
    case storeReply(ok: Bool, recycled: String)
    /// The object's bytes are all written: from now on it may be spilled.
    case storeSeal(objectID: ObjectID)

    public func encoded() -> [UInt8] {
        var w = WireWriter()
        switch self {
        case .register(let r):
            w.u8(0)
            r.encode(&w)
        case .exportFunction(let id, let data):
            w.u8(1)
            w.blob(id)
            w.blob(data)
        case .getFunction(let id):
            w.u8(2)
            w.blob(id)
        case .functionData(let id, let data):
            w.u8(3)
            w.blob(id)
            w.blob(data)
        case .submitTask(let spec):
            w.u8(4)
            spec.encode(&w)
        case .executeTask(let spec):
            w.u8(5)
            spec.encode(&w)
        case .taskEvent(let task, let state, let worker):
            w.u8(6)
            w.id(task)
            w.u8(state.rawValue)
            w.optionalID(worker)
        case .taskFinished(let task, let worker, let failed):
            w.u8(7)
            w.id(task)
            w.id(worker)
            w.bool(failed)
        case .taskResult(let task, let returns):
            w.u8(8)
            w.id(task)
            w.varint(UInt64(returns.count))
            for r in returns { r.encode(&w) }
        case .taskLost(let task, let reason):
            w.u8(9)
            w.id(task)
            w.string(reason)
        case .workerBlocked(let worker):
            w.u8(10)
            w.id(worker)
        case .workerUnblocked(let worker):
            w.u8(11)
            w.id(worker)
        case .log(let pid, let name, let isStderr, let text):
            w.u8(12)
            w.int(pid)
            w.string(name)
            w.bool(isStderr)
            w.string(text)
        case .cancelTask(let task, let force):
            w.u8(13)
            w.id(task)
            w.bool(force)
        case .addReference(let object, let borrower):
            w.u8(14)
            w.id(object)
            w.string(borrower)
        case .removeReference(let object, let borrower):
            w.u8(15)
            w.id(object)
            w.string(borrower)
        case .getObject(let object, let replyTo):
            w.u8(16)
            w.id(object)
            w.string(replyTo)
        case .objectData(let object, let payload, let contained):
            w.u8(17)
            w.id(object)
            payload.encode(&w)
            w.varint(UInt64(contained.count))
            for c in contained { c.encode(&w) }
        case .query(let kind):
            w.u8(18)
            w.u8(kind.rawValue)
        case .queryReply(let result):
            w.u8(19)
            result.encode(&w)
        case .shutdown:
            w.u8(20)
        case .taskPending(let spec):
            w.u8(21)
            spec.encode(&w)
        case .killActor(let actor, let noRestart):
            w.u8(23)
            w.id(actor)
            w.bool(noRestart)
        case .getNamedActor(let name, let namespace):
            w.u8(24)
            w.string(name)
            w.string(namespace)
        case .actorInfo(let record):
            w.u8(25)
            if let record {
                w.u8(1)
                record.encode(&w)
            } else {
                w.u8(0)
            }
        case .storeReserve(let object, let size, let owner):
            w.u8(26)
            w.id(object)
            w.int(size)
            w.string(owner)
        case .storeRestore(let object):
            w.u8(27)
            w.id(object)
        case .storeDelete(let object):
            w.u8(28)
            w.id(object)
        case .storeReply(let ok, let recycled):
            w.u8(29)
            w.bool(ok)
            w.string(recycled)
        case .storeSeal(let object):
            w.u8(30)
            w.id(object)
        case .taskEvents(let events):
            w.u8(22)
            w.varint(UInt64(events.count))
            for e in events { e.encode(&w) }
        }
        return w.bytes
    }

    public static func decode(_ bytes: [UInt8]) throws(WireError) -> Message {
        var r = WireReader(bytes)
        let message: Message
        switch try r.u8() {
        case 0: message = .register(try Registration.decode(&r))
        case 1: message = .exportFunction(id: try r.blob(), data: try r.blob())
        case 2: message = .getFunction(id: try r.blob())
        case 3: message = .functionData(id: try r.blob(), data: try r.blob())
        case 4: message = .submitTask(try TaskSpec.decode(&r))
        case 5: message = .executeTask(try TaskSpec.decode(&r))
        case 6:
            let task = try r.taskID()
            guard let state = TaskState(rawValue: try r.u8()) else { throw WireError("bad task state") }
            message = .taskEvent(taskID: task, state: state, workerID: try r.optionalWorkerID())
        case 7: message = .taskFinished(taskID: try r.taskID(), workerID: try r.workerID(), failed: try r.bool())
        case 8:
            message = .taskResult(
                taskID: try r.taskID(), returns: try r.list { (r) throws(WireError) in try TaskReturn.decode(&r) })
        case 9: message = .taskLost(taskID: try r.taskID(), reason: try r.string())
        case 10: message = .workerBlocked(workerID: try r.workerID())
        case 11: message = .workerUnblocked(workerID: try r.workerID())
        case 12:
            message = .log(pid: try r.int(), name: try r.string(), isStderr: try r.bool(), text: try r.string())
        case 13: message = .cancelTask(taskID: try r.taskID(), force: try r.bool())
        case 14: message = .addReference(objectID: try r.objectID(), borrower: try r.string())
        case 15: message = .removeReference(objectID: try r.objectID(), borrower: try r.string())
        case 16: message = .getObject(objectID: try r.objectID(), replyTo: try r.string())
        case 17:
            message = .objectData(
                objectID: try r.objectID(), payload: try ObjectPayload.decode(&r),
                contained: try r.list { (r) throws(WireError) in try OwnedObject.decode(&r) })
        case 18:
            guard let kind = QueryKind(rawValue: try r.u8()) else { throw WireError("bad query kind") }
            message = .query(kind: kind)
        case 19: message = .queryReply(try QueryResult.decode(&r))
        case 20: message = .shutdown
        case 21: message = .taskPending(try TaskSpec.decode(&r))
        case 23: message = .killActor(actorID: try r.actorID(), noRestart: try r.bool())
        case 24: message = .getNamedActor(name: try r.string(), namespace: try r.string())
        case 25: message = .actorInfo(try r.u8() == 0 ? nil : try ActorRecord.decode(&r))
        case 26: message = .storeReserve(objectID: try r.objectID(), size: try r.int(), owner: try r.string())
        case 27: message = .storeRestore(objectID: try r.objectID())
        case 28: message = .storeDelete(objectID: try r.objectID())
        case 29: message = .storeReply(ok: try r.bool(), recycled: try r.string())
        case 30: message = .storeSeal(objectID: try r.objectID())
        case 22: message = .taskEvents(try r.list { (r) throws(WireError) in try TaskEvent.decode(&r) })
        case let tag: throw WireError("unknown message tag \(tag)")
        }
        guard r.isAtEnd else { throw WireError("trailing bytes after message") }
        return message
    }
}

/// What kind of process registers with the head.
public enum ProcessKind: UInt8, Sendable {
    case driver, worker
}

/// A core worker introducing itself to the head.
public struct Registration: Sendable {
    public var kind: ProcessKind
    public var workerID: WorkerID
    public var pid: Int
    /// The endpoint of the process's own ROUTER socket (where results and borrower messages go).
    public var address: String
    public var jobID: JobID

    public init(kind: ProcessKind, workerID: WorkerID, pid: Int, address: String, jobID: JobID) {
        self.kind = kind
        self.workerID = workerID
        self.pid = pid
        self.address = address
        self.jobID = jobID
    }

    func encode(_ w: inout WireWriter) {
        w.u8(kind.rawValue)
        w.id(workerID)
        w.int(pid)
        w.string(address)
        w.id(jobID)
    }

    static func decode(_ r: inout WireReader) throws(WireError) -> Registration {
        guard let kind = ProcessKind(rawValue: try r.u8()) else { throw WireError("bad process kind") }
        return Registration(
            kind: kind, workerID: try r.workerID(), pid: try r.int(), address: try r.string(), jobID: try r.jobID())
    }
}

/// One state change of a task, with when it happened.
public struct TaskEvent: Sendable, Equatable {
    public var taskID: TaskID
    public var state: TaskState
    public var workerID: WorkerID?
    /// Seconds since the epoch.
    public var time: Double
    /// What the task is, for tasks the head never saw (actor calls sent straight to the actor).
    public var info: TaskInfo?

    public init(taskID: TaskID, state: TaskState, workerID: WorkerID?, time: Double, info: TaskInfo? = nil) {
        self.taskID = taskID
        self.state = state
        self.workerID = workerID
        self.time = time
        self.info = info
    }

    func encode(_ w: inout WireWriter) {
        w.id(taskID)
        w.u8(state.rawValue)
        w.optionalID(workerID)
        w.double(time)
        if let info {
            w.u8(1)
            w.string(info.name)
            w.string(info.functionName)
            w.u8(info.type.rawValue)
            w.id(info.parentTaskID)
            w.int(info.attempt)
        } else {
            w.u8(0)
        }
    }

    static func decode(_ r: inout WireReader) throws(WireError) -> TaskEvent {
        let task = try r.taskID()
        guard let state = TaskState(rawValue: try r.u8()) else { throw WireError("bad task state") }
        var event = TaskEvent(taskID: task, state: state, workerID: try r.optionalWorkerID(), time: try r.double())
        if try r.u8() == 1 {
            let name = try r.string()
            let functionName = try r.string()
            guard let type = TaskType(rawValue: try r.u8()) else { throw WireError("bad task type") }
            event.info = TaskInfo(
                name: name, functionName: functionName, type: type, parentTaskID: try r.taskID(), attempt: try r.int())
        }
        return event
    }
}

/// The descriptive part of a task spec, for the task table.
public struct TaskInfo: Sendable, Equatable {
    public var name: String
    public var functionName: String
    public var type: TaskType
    public var parentTaskID: TaskID
    public var attempt: Int

    public init(name: String, functionName: String, type: TaskType, parentTaskID: TaskID, attempt: Int) {
        self.name = name
        self.functionName = functionName
        self.type = type
        self.parentTaskID = parentTaskID
        self.attempt = attempt
    }
}
