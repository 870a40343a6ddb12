/// What a task is, as every process sees it: the owner builds it, the scheduler places it, a worker runs it,
/// the control service shows it. Values (function, arguments, results) are opaque bytes here: only the
/// interpreter layer knows how to read them, so the runtime never depends on the language.

/// Ray's task kinds, as `list_tasks` reports them.
public enum TaskType: UInt8, Sendable, CaseIterable {
    case normalTask, actorCreationTask, actorTask, driverTask

    public var name: String {
        switch self {
        case .normalTask: "NORMAL_TASK"
        case .actorCreationTask: "ACTOR_CREATION_TASK"
        case .actorTask: "ACTOR_TASK"
        case .driverTask: "DRIVER_TASK"
        }
    }
}

/// A task's place in its lifecycle, in Ray's names and order.
public enum TaskState: UInt8, Sendable, CaseIterable, Comparable {
    case pendingArgsAvail, pendingNodeAssignment, submittedToWorker, running, finished, failed

    public var name: String {
        switch self {
        case .pendingArgsAvail: "PENDING_ARGS_AVAIL"
        case .pendingNodeAssignment: "PENDING_NODE_ASSIGNMENT"
        case .submittedToWorker: "SUBMITTED_TO_WORKER"
        case .running: "RUNNING"
        case .finished: "FINISHED"
        case .failed: "FAILED"
        }
    }

    public static func < (a: TaskState, b: TaskState) -> Bool { a.rawValue < b.rawValue }
}

/// Where an object's bytes are.
public enum ObjectPayload: Sendable, Equatable {
    /// Small objects travel inside messages (the owner's in-process store keeps them).
    case inline([UInt8])
    /// Large objects live in the node's shared-memory store under their id; `size` bytes.
    case shared(size: Int)
    /// The task failed: serialized error value (the interpreter layer's format).
    case error([UInt8])

    public func encode(_ w: inout WireWriter) {
        switch self {
        case .inline(let b):
            w.u8(0)
            w.blob(b)
        case .shared(let size):
            w.u8(1)
            w.int(size)
        case .error(let b):
            w.u8(2)
            w.blob(b)
        }
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> ObjectPayload {
        switch try r.u8() {
        case 0: return .inline(try r.blob())
        case 1: return .shared(size: try r.int())
        case 2: return .error(try r.blob())
        case let t: throw WireError("bad payload tag \(t)")
        }
    }

    public var isError: Bool {
        if case .error = self { return true }
        return false
    }
}

/// A reference to an object together with the address of the process that owns it.
public struct OwnedObject: Sendable, Hashable {
    public var id: ObjectID
    public var owner: String

    public init(id: ObjectID, owner: String) {
        self.id = id
        self.owner = owner
    }

    public func encode(_ w: inout WireWriter) {
        w.id(id)
        w.string(owner)
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> OwnedObject {
        OwnedObject(id: try r.objectID(), owner: try r.string())
    }
}

/// One top-level argument of a task.
public enum TaskArg: Sendable, Equatable {
    /// A value passed by value, or an ObjectRef argument the owner already resolved.
    case value(ObjectPayload)
    /// An ObjectRef argument whose value the worker fetches from the owner before running the task.
    case reference(OwnedObject)

    public func encode(_ w: inout WireWriter) {
        switch self {
        case .value(let p):
            w.u8(0)
            p.encode(&w)
        case .reference(let o):
            w.u8(1)
            o.encode(&w)
        }
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> TaskArg {
        switch try r.u8() {
        case 0: return .value(try ObjectPayload.decode(&r))
        case 1: return .reference(try OwnedObject.decode(&r))
        case let t: throw WireError("bad argument tag \(t)")
        }
    }
}

/// Everything needed to run a task anywhere.
public struct TaskSpec: Sendable {
    public var taskID: TaskID
    public var jobID: JobID
    public var parentTaskID: TaskID
    public var type: TaskType
    /// The name `list_tasks` shows and worker output is prefixed with (the function name unless renamed).
    public var name: String
    /// The function's qualified name (`func_or_class_name`).
    public var functionName: String
    /// Content hash of the exported function (see `Message.exportFunction`).
    public var functionID: [UInt8]
    public var args: [TaskArg]
    /// Keyword names of the last `kwargNames.count` arguments.
    public var kwargNames: [String]
    public var numReturns: Int
    public var numCPUs: Double
    public var maxRetries: Int
    public var retryExceptions: Bool
    /// 0 for the first run, then 1, 2... for retries.
    public var attempt: Int
    /// The owner: where results go.
    public var ownerAddress: String
    public var ownerWorkerID: WorkerID
    /// The job's driver, where output printed by the task is forwarded.
    public var driverAddress: String
    /// The actor an actor task runs on, or the actor an actor creation task creates.
    public var actorID: ActorID?
    /// The method an actor task calls.
    public var methodName: String = ""
    /// How to create the actor (actor creation tasks only).
    public var actorOptions: ActorOptions?
    /// `retry_exceptions=[...]`: the serialized tuple of exception classes worth a retry (empty: any).
    public var retryFilter: [UInt8] = []
    /// An actor call the owner sent straight to the actor's worker (the head does not track it).
    public var directCall = false

    /// What the task table shows about this task.
    public var info: TaskInfo {
        TaskInfo(name: name, functionName: functionName, type: type, parentTaskID: parentTaskID, attempt: attempt)
    }

    public init(
        taskID: TaskID, jobID: JobID, parentTaskID: TaskID, type: TaskType, name: String, functionName: String,
        functionID: [UInt8], args: [TaskArg], kwargNames: [String], numReturns: Int, numCPUs: Double,
        maxRetries: Int, retryExceptions: Bool, attempt: Int = 0, ownerAddress: String, ownerWorkerID: WorkerID,
        driverAddress: String
    ) {
        self.taskID = taskID
        self.jobID = jobID
        self.parentTaskID = parentTaskID
        self.type = type
        self.name = name
        self.functionName = functionName
        self.functionID = functionID
        self.args = args
        self.kwargNames = kwargNames
        self.numReturns = numReturns
        self.numCPUs = numCPUs
        self.maxRetries = maxRetries
        self.retryExceptions = retryExceptions
        self.attempt = attempt
        self.ownerAddress = ownerAddress
        self.ownerWorkerID = ownerWorkerID
        self.driverAddress = driverAddress
    }

    /// The ids of the objects this task returns (index 1...numReturns).
    public var returnIDs: [ObjectID] {
        (0..<max(numReturns, 0)).map { ObjectID.returned(by: taskID, index: UInt32($0 + 1)) }
    }

    public func encode(_ w: inout WireWriter) {
        w.id(taskID)
        w.id(jobID)
        w.id(parentTaskID)
        w.u8(type.rawValue)
        w.string(name)
        w.string(functionName)
        w.blob(functionID)
        w.varint(UInt64(args.count))
        for a in args { a.encode(&w) }
        w.varint(UInt64(kwargNames.count))
        for k in kwargNames { w.string(k) }
        w.int(numReturns)
        w.double(numCPUs)
        w.int(maxRetries)
        w.bool(retryExceptions)
        w.int(attempt)
        w.string(ownerAddress)
        w.id(ownerWorkerID)
        w.string(driverAddress)
        w.optionalID(actorID)
        w.string(methodName)
        if let o = actorOptions {
            w.u8(1)
            o.encode(&w)
        } else {
            w.u8(0)
        }
        w.blob(retryFilter)
        w.bool(directCall)
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> TaskSpec {
        let taskID = try r.taskID()
        let jobID = try r.jobID()
        let parent = try r.taskID()
        guard let type = TaskType(rawValue: try r.u8()) else { throw WireError("bad task type") }
        let name = try r.string()
        let functionName = try r.string()
        let functionID = try r.blob()
        let args = try r.list { (r) throws(WireError) in try TaskArg.decode(&r) }
        let kwargNames = try r.list { (r) throws(WireError) in try r.string() }
        guard kwargNames.count <= args.count else { throw WireError("more keyword names than arguments") }
        var spec = TaskSpec(
            taskID: taskID, jobID: jobID, parentTaskID: parent, type: type, name: name, functionName: functionName,
            functionID: functionID, args: args, kwargNames: kwargNames, numReturns: try r.int(),
            numCPUs: try r.double(), maxRetries: try r.int(), retryExceptions: try r.bool(), attempt: try r.int(),
            ownerAddress: try r.string(), ownerWorkerID: try r.workerID(), driverAddress: try r.string())
        spec.actorID = try r.u8() == 0 ? nil : try r.actorID()
        spec.methodName = try r.string()
        spec.actorOptions = try r.u8() == 0 ? nil : try ActorOptions.decode(&r)
        spec.retryFilter = try r.blob()
        spec.directCall = try r.bool()
        return spec
    }
}

/// One return value of a finished task, with the refs nested inside it (the owner tracks them).
public struct TaskReturn: Sendable {
    public var objectID: ObjectID
    public var payload: ObjectPayload
    public var contained: [OwnedObject]

    public init(objectID: ObjectID, payload: ObjectPayload, contained: [OwnedObject] = []) {
        self.objectID = objectID
        self.payload = payload
        self.contained = contained
    }

    public func encode(_ w: inout WireWriter) {
        w.id(objectID)
        payload.encode(&w)
        w.varint(UInt64(contained.count))
        for c in contained { c.encode(&w) }
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> TaskReturn {
        TaskReturn(
            objectID: try r.objectID(), payload: try ObjectPayload.decode(&r),
            contained: try r.list { (r) throws(WireError) in try OwnedObject.decode(&r) })
    }
}

/// How an actor is created and run (carried by its creation task).
public struct ActorOptions: Sendable, Equatable {
    public var className: String
    /// The registered name (`name=`), empty when anonymous.
    public var name: String
    public var namespace: String
    public var maxRestarts: Int
    public var maxConcurrency: Int
    /// Whether the class has `async def` methods (its calls run as coroutines on one event loop).
    public var isAsync: Bool
    public var detached: Bool

    public init(
        className: String, name: String = "", namespace: String = "", maxRestarts: Int = 0, maxConcurrency: Int = 1,
        isAsync: Bool = false, detached: Bool = false
    ) {
        self.className = className
        self.name = name
        self.namespace = namespace
        self.maxRestarts = maxRestarts
        self.maxConcurrency = maxConcurrency
        self.isAsync = isAsync
        self.detached = detached
    }

    func encode(_ w: inout WireWriter) {
        w.string(className)
        w.string(name)
        w.string(namespace)
        w.int(maxRestarts)
        w.int(maxConcurrency)
        w.bool(isAsync)
        w.bool(detached)
    }

    static func decode(_ r: inout WireReader) throws(WireError) -> ActorOptions {
        ActorOptions(
            className: try r.string(), name: try r.string(), namespace: try r.string(), maxRestarts: try r.int(),
            maxConcurrency: try r.int(), isAsync: try r.bool(), detached: try r.bool())
    }
}
