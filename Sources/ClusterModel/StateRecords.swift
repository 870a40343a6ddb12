/// Rows of the control service's tables, as the state API (`ray.util.state`, `swiftray list`) reads them.

/// Which table a `query` asks for.
public enum QueryKind: UInt8, Sendable {
    case tasks, workers, nodes, resources, actors, objects
}

/// Where a large object is: in the node's shared memory, or spilled to disk.
public enum StoredLocation: UInt8, Sendable {
    case sharedMemory, spilled, both
}

/// A row of the node's object store table (`swiftray memory`, `list_objects`).
public struct StoreObjectRecord: Sendable, Equatable {
    public var objectID: ObjectID
    public var size: Int
    public var location: StoredLocation
    /// The owner's address.
    public var owner: String

    public init(objectID: ObjectID, size: Int, location: StoredLocation, owner: String) {
        self.objectID = objectID
        self.size = size
        self.location = location
        self.owner = owner
    }

    func encode(_ w: inout WireWriter) {
        w.id(objectID)
        w.int(size)
        w.u8(location.rawValue)
        w.string(owner)
    }

    static func decode(_ r: inout WireReader) throws(WireError) -> StoreObjectRecord {
        let id = try r.objectID()
        let size = try r.int()
        guard let location = StoredLocation(rawValue: try r.u8()) else { throw WireError("bad object location") }
        return StoreObjectRecord(objectID: id, size: size, location: location, owner: try r.string())
    }
}

/// The node store's totals: capacity and use, and what spilling and restoring have moved so far.
public struct StoreStats: Sendable, Equatable {
    public var capacity: Int
    public var used: Int
    public var spilledBytes: Int
    public var spilledObjects: Int
    public var spillSeconds: Double
    public var restoredBytes: Int
    public var restoredObjects: Int
    public var restoreSeconds: Double
    /// Bytes of deleted objects kept for new ones to reuse (counted in `used`).
    public var reusable: Int = 0

    public init(
        capacity: Int, used: Int = 0, spilledBytes: Int = 0, spilledObjects: Int = 0, spillSeconds: Double = 0,
        restoredBytes: Int = 0, restoredObjects: Int = 0, restoreSeconds: Double = 0
    ) {
        self.capacity = capacity
        self.used = used
        self.spilledBytes = spilledBytes
        self.spilledObjects = spilledObjects
        self.spillSeconds = spillSeconds
        self.restoredBytes = restoredBytes
        self.restoredObjects = restoredObjects
        self.restoreSeconds = restoreSeconds
    }

    func encode(_ w: inout WireWriter) {
        for v in [capacity, used, spilledBytes, spilledObjects, restoredBytes, restoredObjects, reusable] { w.int(v) }
        w.double(spillSeconds)
        w.double(restoreSeconds)
    }

    static func decode(_ r: inout WireReader) throws(WireError) -> StoreStats {
        let v = try (0..<7).map { _ throws(WireError) in try r.int() }
        var stats = StoreStats(
            capacity: v[0], used: v[1], spilledBytes: v[2], spilledObjects: v[3], spillSeconds: try r.double(),
            restoredBytes: v[4], restoredObjects: v[5], restoreSeconds: try r.double())
        stats.reusable = v[6]
        return stats
    }
}

/// Ray's actor states.
public enum ActorState: UInt8, Sendable {
    case dependenciesUnready, pendingCreation, alive, restarting, dead

    public var name: String {
        switch self {
        case .dependenciesUnready: "DEPENDENCIES_UNREADY"
        case .pendingCreation: "PENDING_CREATION"
        case .alive: "ALIVE"
        case .restarting: "RESTARTING"
        case .dead: "DEAD"
        }
    }
}

/// A row of the actor table.
public struct ActorRecord: Sendable, Equatable {
    public var actorID: ActorID
    public var className: String
    public var state: ActorState
    public var name: String
    public var namespace: String
    public var pid: Int
    public var jobID: JobID
    public var nodeID: NodeID
    public var workerID: WorkerID?
    public var ownerAddress: String
    public var numRestarts: Int
    public var deathCause: String
    /// The creation task's spec, so a handle obtained by name can describe the actor (methods, async).
    public var isAsync: Bool
    public var maxConcurrency: Int
    /// The actor's worker endpoint while it is alive (callers that own the actor send calls straight there).
    public var address: String = ""

    public init(
        actorID: ActorID, className: String, state: ActorState, name: String, namespace: String, pid: Int,
        jobID: JobID, nodeID: NodeID, workerID: WorkerID?, ownerAddress: String, numRestarts: Int,
        deathCause: String, isAsync: Bool, maxConcurrency: Int
    ) {
        self.actorID = actorID
        self.className = className
        self.state = state
        self.name = name
        self.namespace = namespace
        self.pid = pid
        self.jobID = jobID
        self.nodeID = nodeID
        self.workerID = workerID
        self.ownerAddress = ownerAddress
        self.numRestarts = numRestarts
        self.deathCause = deathCause
        self.isAsync = isAsync
        self.maxConcurrency = maxConcurrency
    }

    func encode(_ w: inout WireWriter) {
        w.id(actorID)
        w.string(className)
        w.u8(state.rawValue)
        w.string(name)
        w.string(namespace)
        w.int(pid)
        w.id(jobID)
        w.id(nodeID)
        w.optionalID(workerID)
        w.string(ownerAddress)
        w.int(numRestarts)
        w.string(deathCause)
        w.bool(isAsync)
        w.int(maxConcurrency)
        w.string(address)
    }

    static func decode(_ r: inout WireReader) throws(WireError) -> ActorRecord {
        let id = try r.actorID()
        let className = try r.string()
        guard let state = ActorState(rawValue: try r.u8()) else { throw WireError("bad actor state") }
        var record = ActorRecord(
            actorID: id, className: className, state: state, name: try r.string(), namespace: try r.string(),
            pid: try r.int(), jobID: try r.jobID(), nodeID: try r.nodeID(), workerID: try r.optionalWorkerID(),
            ownerAddress: try r.string(), numRestarts: try r.int(), deathCause: try r.string(), isAsync: try r.bool(),
            maxConcurrency: try r.int())
        record.address = try r.string()
        return record
    }
}

/// A row of the task table.
public struct TaskRecord: Sendable, Equatable {
    public var taskID: TaskID
    public var name: String
    public var state: TaskState
    public var workerID: WorkerID?
    public var workerPID: Int
    public var jobID: JobID
    public var nodeID: NodeID
    public var type: TaskType
    public var functionName: String
    public var attempt: Int
    public var parentTaskID: TaskID
    /// Seconds since the epoch (0 when not reached).
    public var creationTime: Double
    public var startTime: Double
    public var endTime: Double

    public init(
        taskID: TaskID, name: String, state: TaskState, workerID: WorkerID?, workerPID: Int, jobID: JobID,
        nodeID: NodeID, type: TaskType, functionName: String, attempt: Int, parentTaskID: TaskID,
        creationTime: Double, startTime: Double = 0, endTime: Double = 0
    ) {
        self.taskID = taskID
        self.name = name
        self.state = state
        self.workerID = workerID
        self.workerPID = workerPID
        self.jobID = jobID
        self.nodeID = nodeID
        self.type = type
        self.functionName = functionName
        self.attempt = attempt
        self.parentTaskID = parentTaskID
        self.creationTime = creationTime
        self.startTime = startTime
        self.endTime = endTime
    }

    func encode(_ w: inout WireWriter) {
        w.id(taskID)
        w.string(name)
        w.u8(state.rawValue)
        w.optionalID(workerID)
        w.int(workerPID)
        w.id(jobID)
        w.id(nodeID)
        w.u8(type.rawValue)
        w.string(functionName)
        w.int(attempt)
        w.id(parentTaskID)
        w.double(creationTime)
        w.double(startTime)
        w.double(endTime)
    }

    static func decode(_ r: inout WireReader) throws(WireError) -> TaskRecord {
        let taskID = try r.taskID()
        let name = try r.string()
        guard let state = TaskState(rawValue: try r.u8()) else { throw WireError("bad task state") }
        let worker = try r.optionalWorkerID()
        let pid = try r.int()
        let job = try r.jobID()
        let node = try r.nodeID()
        guard let type = TaskType(rawValue: try r.u8()) else { throw WireError("bad task type") }
        return TaskRecord(
            taskID: taskID, name: name, state: state, workerID: worker, workerPID: pid, jobID: job, nodeID: node,
            type: type, functionName: try r.string(), attempt: try r.int(), parentTaskID: try r.taskID(),
            creationTime: try r.double(), startTime: try r.double(), endTime: try r.double())
    }
}

/// A row of the worker table.
public struct WorkerRecord: Sendable, Equatable {
    public var workerID: WorkerID
    public var pid: Int
    public var isAlive: Bool
    public var kind: ProcessKind
    public var nodeID: NodeID
    public var exitDetail: String

    public init(workerID: WorkerID, pid: Int, isAlive: Bool, kind: ProcessKind, nodeID: NodeID, exitDetail: String) {
        self.workerID = workerID
        self.pid = pid
        self.isAlive = isAlive
        self.kind = kind
        self.nodeID = nodeID
        self.exitDetail = exitDetail
    }

    func encode(_ w: inout WireWriter) {
        w.id(workerID)
        w.int(pid)
        w.bool(isAlive)
        w.u8(kind.rawValue)
        w.id(nodeID)
        w.string(exitDetail)
    }

    static func decode(_ r: inout WireReader) throws(WireError) -> WorkerRecord {
        let id = try r.workerID()
        let pid = try r.int()
        let alive = try r.bool()
        guard let kind = ProcessKind(rawValue: try r.u8()) else { throw WireError("bad process kind") }
        return WorkerRecord(
            workerID: id, pid: pid, isAlive: alive, kind: kind, nodeID: try r.nodeID(), exitDetail: try r.string())
    }
}

/// A row of the node table.
public struct NodeRecord: Sendable, Equatable {
    public var nodeID: NodeID
    public var address: String
    public var isHead: Bool
    public var resourcesTotal: [String: Double]
    public var objectStoreMemory: Int

    public init(
        nodeID: NodeID, address: String, isHead: Bool, resourcesTotal: [String: Double], objectStoreMemory: Int
    ) {
        self.nodeID = nodeID
        self.address = address
        self.isHead = isHead
        self.resourcesTotal = resourcesTotal
        self.objectStoreMemory = objectStoreMemory
    }

    func encode(_ w: inout WireWriter) {
        w.id(nodeID)
        w.string(address)
        w.bool(isHead)
        encodeResources(resourcesTotal, &w)
        w.int(objectStoreMemory)
    }

    static func decode(_ r: inout WireReader) throws(WireError) -> NodeRecord {
        NodeRecord(
            nodeID: try r.nodeID(), address: try r.string(), isHead: try r.bool(),
            resourcesTotal: try decodeResources(&r), objectStoreMemory: try r.int())
    }
}

func encodeResources(_ resources: [String: Double], _ w: inout WireWriter) {
    w.varint(UInt64(resources.count))
    for (k, v) in resources.sorted(by: { $0.key < $1.key }) {
        w.string(k)
        w.double(v)
    }
}

func decodeResources(_ r: inout WireReader) throws(WireError) -> [String: Double] {
    var out: [String: Double] = [:]
    let pairs = try r.list { (r) throws(WireError) in (try r.string(), try r.double()) }
    for (k, v) in pairs { out[k] = v }
    return out
}

/// The answer to a `query`.
public enum QueryResult: Sendable, Equatable {
    case tasks([TaskRecord])
    case workers([WorkerRecord])
    case nodes([NodeRecord])
    case resources(total: [String: Double], available: [String: Double])
    case actors([ActorRecord])
    case objects([StoreObjectRecord], StoreStats)

    func encode(_ w: inout WireWriter) {
        switch self {
        case .tasks(let rows):
            w.u8(0)
            w.varint(UInt64(rows.count))
            for row in rows { row.encode(&w) }
        case .workers(let rows):
            w.u8(1)
            w.varint(UInt64(rows.count))
            for row in rows { row.encode(&w) }
        case .nodes(let rows):
            w.u8(2)
            w.varint(UInt64(rows.count))
            for row in rows { row.encode(&w) }
        case .resources(let total, let available):
            w.u8(3)
            encodeResources(total, &w)
            encodeResources(available, &w)
        case .actors(let rows):
            w.u8(4)
            w.varint(UInt64(rows.count))
            for row in rows { row.encode(&w) }
        case .objects(let rows, let stats):
            w.u8(5)
            w.varint(UInt64(rows.count))
            for row in rows { row.encode(&w) }
            stats.encode(&w)
        }
    }

    static func decode(_ r: inout WireReader) throws(WireError) -> QueryResult {
        switch try r.u8() {
        case 0: return .tasks(try r.list { (r) throws(WireError) in try TaskRecord.decode(&r) })
        case 1: return .workers(try r.list { (r) throws(WireError) in try WorkerRecord.decode(&r) })
        case 2: return .nodes(try r.list { (r) throws(WireError) in try NodeRecord.decode(&r) })
        case 3: return .resources(total: try decodeResources(&r), available: try decodeResources(&r))
        case 4: return .actors(try r.list { (r) throws(WireError) in try ActorRecord.decode(&r) })
        case 5:
            return .objects(
                try r.list { (r) throws(WireError) in try StoreObjectRecord.decode(&r) }, try StoreStats.decode(&r))
        case let t: throw WireError("bad query result tag \(t)")
        }
    }
}
