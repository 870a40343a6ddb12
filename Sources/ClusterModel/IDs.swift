/// ClusterModel: the value types shared by every process of the cluster runtime — ids, task specs, resource
/// sets and wire messages. No I/O, no threads: everything here is `Sendable` data with deterministic encodings,
/// so the control service, scheduler, workers and tests agree byte for byte.
///
/// Ids follow Ray's binary layout because notebooks print them (`ObjectRef(<56 hex digits>)`):
/// - JobID: 4 bytes (little-endian counter; the first driver of a cluster is `01000000`).
/// - ActorID: 12 unique bytes + JobID (16 bytes). "No actor" is 12 × `ff` + JobID.
/// - TaskID: 8 unique bytes + ActorID (24 bytes). The unique part is
///   `sha256(job ‖ parent task ‖ submission index as u64 LE)[0..<8]`, which makes ids deterministic.
/// - ObjectID: TaskID + a 4-byte little-endian index (28 bytes): return values count from 1; the k-th
///   `ray.put` of a task gets index 100_000_000 + k, as Ray numbers puts (so refs print as Ray's do).

/// Fixed-size binary ids, printed as lowercase hex.
public protocol BinaryID: Hashable, Sendable, CustomStringConvertible {
    var bytes: [UInt8] { get }
}

extension BinaryID {
    public var hex: String { bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }
    public var description: String { hex }
}

/// Decodes lowercase or uppercase hex; nil on bad input.
public func bytesFromHex(_ hex: String) -> [UInt8]? {
    let chars = Array(hex.utf8)
    guard chars.count % 2 == 0 else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(chars.count / 2)
    func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 48...57: return c - 48
        case 97...102: return c - 87
        case 65...70: return c - 55
        default: return nil
        }
    }
    var i = 0
    while i < chars.count {
        guard let hi = nibble(chars[i]), let lo = nibble(chars[i + 1]) else { return nil }
        out.append(hi << 4 | lo)
        i += 2
    }
    return out
}

/// A job (one driver's run). 4 bytes.
public struct JobID: BinaryID {
    public let bytes: [UInt8]

    public init(_ counter: UInt32) {
        bytes = [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: counter >> UInt32($0)) }
    }

    public init?(bytes: [UInt8]) {
        guard bytes.count == 4 else { return nil }
        self.bytes = bytes
    }
}

/// An actor: 12 unique bytes + the job id.
public struct ActorID: BinaryID {
    public let bytes: [UInt8]

    public init?(bytes: [UInt8]) {
        guard bytes.count == 16 else { return nil }
        self.bytes = bytes
    }

    /// The "no actor" id used in ids of normal tasks.
    public static func none(job: JobID) -> ActorID {
        ActorID(bytes: [UInt8](repeating: 0xff, count: 12) + job.bytes)!
    }

    /// An actor created by task `creator` (Ray derives it from the creation task's hash).
    public static func of(creationTask creator: TaskID, job: JobID) -> ActorID {
        ActorID(bytes: Array(SHA256.hash(creator.bytes + [0x61]).prefix(12)) + job.bytes)!
    }

    public var job: JobID { JobID(bytes: Array(bytes[12..<16]))! }
}

/// A task: 8 unique bytes + the actor id (24 bytes).
public struct TaskID: BinaryID {
    public let bytes: [UInt8]

    public init?(bytes: [UInt8]) {
        guard bytes.count == 24 else { return nil }
        self.bytes = bytes
    }

    /// The driver's own task: `00` + 19 × `ff` + the job id.
    public static func driver(job: JobID) -> TaskID {
        TaskID(bytes: [0] + [UInt8](repeating: 0xff, count: 19) + job.bytes)!
    }

    /// The `index`-th task submitted (1-based, counting tasks, actor creations and actor calls) by the task
    /// `parent`, running on behalf of `actor` (the "no actor" id for normal tasks).
    public static func submitted(by parent: TaskID, index: UInt64, job: JobID, actor: ActorID) -> TaskID {
        var message = job.bytes + parent.bytes
        for i in 0..<8 { message.append(UInt8(truncatingIfNeeded: index >> UInt64(i * 8))) }
        return TaskID(bytes: Array(SHA256.hash(message).prefix(8)) + actor.bytes)!
    }

    public var actor: ActorID { ActorID(bytes: Array(bytes[8..<24]))! }
    public var job: JobID { JobID(bytes: Array(bytes[20..<24]))! }
}

/// An object: the id of the task that creates it + a 4-byte little-endian index.
public struct ObjectID: BinaryID {
    public let bytes: [UInt8]

    public init?(bytes: [UInt8]) {
        guard bytes.count == 28 else { return nil }
        self.bytes = bytes
    }

    /// The `index`-th return value (1-based) of `task`.
    public static func returned(by task: TaskID, index: UInt32) -> ObjectID {
        ObjectID(bytes: task.bytes + [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: index >> UInt32($0)) })!
    }

    /// The `k`-th `ray.put` (1-based) of `task`: index 100_000_000 + k, stored little-endian.
    public static func put(by task: TaskID, k: UInt32) -> ObjectID {
        returned(by: task, index: 100_000_000 &+ k)
    }

    public var task: TaskID { TaskID(bytes: Array(bytes[0..<24]))! }

    public var index: UInt32 {
        UInt32(bytes[24]) | UInt32(bytes[25]) << 8 | UInt32(bytes[26]) << 16 | UInt32(bytes[27]) << 24
    }
}

/// A worker process (28 bytes, random).
public struct WorkerID: BinaryID {
    public let bytes: [UInt8]

    public init?(bytes: [UInt8]) {
        guard bytes.count == 28 else { return nil }
        self.bytes = bytes
    }

    public static func random<G: RandomNumberGenerator>(using g: inout G) -> WorkerID {
        WorkerID(bytes: (0..<28).map { _ in UInt8.random(in: 0...255, using: &g) })!
    }
}

/// A node (28 bytes, random).
public struct NodeID: BinaryID {
    public let bytes: [UInt8]

    public init?(bytes: [UInt8]) {
        guard bytes.count == 28 else { return nil }
        self.bytes = bytes
    }

    public static func random<G: RandomNumberGenerator>(using g: inout G) -> NodeID {
        NodeID(bytes: (0..<28).map { _ in UInt8.random(in: 0...255, using: &g) })!
    }
}
