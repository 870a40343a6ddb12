/// The byte-level codec every runtime message uses: little-endian fixed-width integers, LEB128 varints and
/// length-prefixed byte strings. Hand-written rather than reflective so that encoding a task costs a few
/// appends, decoding validates every length, and the format is documented by the code that writes it.

/// A malformed message: the reader never traps, it throws this and the receiver drops the message.
public struct WireError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Appends encoded fields to a byte buffer.
public struct WireWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 64) { bytes.reserveCapacity(capacity) }

    public mutating func u8(_ v: UInt8) { bytes.append(v) }

    public mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    public mutating func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func int(_ v: Int) { varint(UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))) }

    public mutating func double(_ v: Double) {
        let bits = v.bitPattern
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(8 * i))) }
    }

    public mutating func blob(_ b: [UInt8]) {
        varint(UInt64(b.count))
        bytes.append(contentsOf: b)
    }

    public mutating func string(_ s: String) {
        varint(UInt64(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }

    /// A fixed-size id: its bytes without a length (the type says how many).
    public mutating func id<I: BinaryID>(_ id: I) { bytes.append(contentsOf: id.bytes) }

    public mutating func optionalID<I: BinaryID>(_ id: I?) {
        if let id {
            u8(1)
            self.id(id)
        } else {
            u8(0)
        }
    }
}

/// Reads fields written by `WireWriter`, validating each.
public struct WireReader {
    let bytes: [UInt8]
    public private(set) var offset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var isAtEnd: Bool { offset == bytes.count }

    public mutating func u8() throws(WireError) -> UInt8 {
        guard offset < bytes.count else { throw WireError("truncated message") }
        offset += 1
        return bytes[offset - 1]
    }

    public mutating func bool() throws(WireError) -> Bool { try u8() != 0 }

    public mutating func varint() throws(WireError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try u8()
            guard shift < 64 else { throw WireError("varint too long") }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    public mutating func int() throws(WireError) -> Int {
        let z = try varint()
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    public mutating func count() throws(WireError) -> Int {
        let n = try varint()
        guard n <= UInt64(bytes.count - offset) else { throw WireError("length \(n) exceeds message") }
        return Int(n)
    }

    public mutating func double() throws(WireError) -> Double {
        guard bytes.count - offset >= 8 else { throw WireError("truncated double") }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[offset + i]) << UInt64(8 * i) }
        offset += 8
        return Double(bitPattern: bits)
    }

    public mutating func raw(_ n: Int) throws(WireError) -> [UInt8] {
        guard n >= 0, bytes.count - offset >= n else { throw WireError("truncated field") }
        defer { offset += n }
        return Array(bytes[offset..<offset + n])
    }

    public mutating func blob() throws(WireError) -> [UInt8] { try raw(try count()) }

    public mutating func string() throws(WireError) -> String {
        let b = try blob()
        guard let s = String(validating: b, as: UTF8.self) else { throw WireError("invalid UTF-8") }
        return s
    }

    public mutating func jobID() throws(WireError) -> JobID { JobID(bytes: try raw(4))! }
    public mutating func actorID() throws(WireError) -> ActorID { ActorID(bytes: try raw(16))! }
    public mutating func taskID() throws(WireError) -> TaskID { TaskID(bytes: try raw(24))! }
    public mutating func objectID() throws(WireError) -> ObjectID { ObjectID(bytes: try raw(28))! }
    public mutating func workerID() throws(WireError) -> WorkerID { WorkerID(bytes: try raw(28))! }
    public mutating func nodeID() throws(WireError) -> NodeID { NodeID(bytes: try raw(28))! }

    public mutating func optionalActorID() throws(WireError) -> ActorID? {
        try u8() == 0 ? nil : try actorID()
    }

    public mutating func optionalWorkerID() throws(WireError) -> WorkerID? {
        try u8() == 0 ? nil : try workerID()
    }

    public mutating func list<T>(_ element: (inout WireReader) throws(WireError) -> T) throws(WireError) -> [T] {
        let n = try varint()
        guard n <= UInt64(bytes.count - offset) else { throw WireError("list length \(n) exceeds message") }
        var out: [T] = []
        out.reserveCapacity(Int(n))
        for _ in 0..<n { out.append(try element(&self)) }
        return out
    }
}
