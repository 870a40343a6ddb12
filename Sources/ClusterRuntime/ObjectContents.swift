#if canImport(Glibc)
    import Glibc
#endif

/// A serialized value on its way into an object: the stream, and the out-of-band buffers (array data) it
/// refers to, which are copied once, straight to where the object lives. The caller keeps the buffers'
/// memory alive until `put`/`makePayload` returns.
public struct ObjectContents {
    public var stream: [UInt8]
    public var buffers: [UnsafeRawBufferPointer]

    public init(stream: [UInt8], buffers: [UnsafeRawBufferPointer] = []) {
        self.stream = stream
        self.buffers = buffers
    }

    /// Bytes of the stored form (the layout below), or of the plain stream when there are no buffers.
    public var storedSize: Int { buffers.isEmpty ? stream.count : ObjectLayout(self).total }
}

/// A value read back: the stream, and buffers that point into `owner`'s memory (a read-only mapping of
/// the shared-memory object, or the bytes of an inline object). Whatever is built on a buffer must keep
/// `owner` alive.
public struct StoredObject {
    public var stream: [UInt8]
    public var buffers: [UnsafeRawBufferPointer]
    public var owner: AnyObject?
}

/// Where things are in an object that has out-of-band buffers:
///
///     "SROB" | u32 buffer count n | u64 stream length | n × u64 buffer length | zero padding to 64
///     stream | padding to 64 | buffer 0 | padding to 64 | buffer 1 | ...
///
/// Buffers start 64-byte aligned (array data can be used in place, and vector loops stay aligned). An
/// object without buffers is its plain stream (which starts with the serializer's own magic).
struct ObjectLayout {
    static let magic: [UInt8] = Array("SROB".utf8)
    static let alignment = 64
    var streamOffset: Int
    var streamLength: Int
    var bufferOffsets: [Int]
    var bufferLengths: [Int]
    var total: Int

    init(_ contents: ObjectContents) {
        self.init(streamLength: contents.stream.count, bufferLengths: contents.buffers.map(\.count))
    }

    init(streamLength: Int, bufferLengths: [Int]) {
        let header = 4 + 4 + 8 + 8 * bufferLengths.count
        streamOffset = Self.aligned(header)
        self.streamLength = streamLength
        self.bufferLengths = bufferLengths
        var offset = streamOffset + streamLength
        bufferOffsets = []
        for length in bufferLengths {
            offset = Self.aligned(offset)
            bufferOffsets.append(offset)
            offset += length
        }
        total = offset
    }

    static func aligned(_ n: Int) -> Int { (n + alignment - 1) / alignment * alignment }

    /// The header bytes (magic, buffer count, stream and buffer lengths), before the stream's padding.
    var header: [UInt8] {
        var out: [UInt8] = Self.magic
        func u64(_ v: Int) { for i in 0..<8 { out.append(UInt8(truncatingIfNeeded: UInt64(v) >> (8 * UInt64(i)))) } }
        for i in 0..<4 { out.append(UInt8(truncatingIfNeeded: UInt32(bufferLengths.count) >> (8 * UInt32(i)))) }
        u64(streamLength)
        for length in bufferLengths { u64(length) }
        return out
    }

    /// Writes the header, stream and buffers into `base` (which has `total` bytes, zeroed).
    func write(_ contents: ObjectContents, to base: UnsafeMutableRawPointer) {
        header.withUnsafeBytes { base.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        contents.stream.withUnsafeBytes {
            if $0.count > 0 { (base + streamOffset).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        }
        for (buffer, offset) in zip(contents.buffers, bufferOffsets) where buffer.count > 0 {
            (base + offset).copyMemory(from: buffer.baseAddress!, byteCount: buffer.count)
        }
    }

    /// Reads a stored object of `count` bytes at `base`; nil when it is a plain stream.
    static func read(_ base: UnsafeRawPointer, count: Int) throws(RuntimeFailure) -> ObjectLayout? {
        guard count >= 16, (0..<4).allSatisfy({ base.load(fromByteOffset: $0, as: UInt8.self) == magic[$0] }) else {
            return nil
        }
        func u64(_ at: Int) -> Int {
            var v: UInt64 = 0
            for i in 0..<8 { v |= UInt64(base.load(fromByteOffset: at + i, as: UInt8.self)) << (8 * UInt64(i)) }
            return Int(truncatingIfNeeded: v)
        }
        var n = 0
        for i in 0..<4 { n |= Int(base.load(fromByteOffset: 4 + i, as: UInt8.self)) << (8 * i) }
        guard n <= (count - 16) / 8 else { throw RuntimeFailure("corrupt object: \(n) buffers") }
        let lengths = (0..<n).map { u64(16 + 8 * $0) }
        let layout = ObjectLayout(streamLength: u64(8), bufferLengths: lengths)
        guard layout.streamLength >= 0, lengths.allSatisfy({ $0 >= 0 }), layout.total <= count else {
            throw RuntimeFailure("corrupt object: its layout exceeds its \(count) bytes")
        }
        return layout
    }

    /// The stream and buffers of an object stored at `base` (`count` bytes), owned by `owner`.
    static func contents(_ base: UnsafeRawPointer, count: Int, owner: AnyObject) throws(RuntimeFailure) -> StoredObject {
        guard let layout = try read(base, count: count) else {
            return StoredObject(stream: Array(UnsafeRawBufferPointer(start: base, count: count)), buffers: [], owner: owner)
        }
        let stream = Array(UnsafeRawBufferPointer(start: base + layout.streamOffset, count: layout.streamLength))
        let buffers = zip(layout.bufferOffsets, layout.bufferLengths).map {
            UnsafeRawBufferPointer(start: base + $0.0, count: $0.1)
        }
        return StoredObject(stream: stream, buffers: buffers, owner: owner)
    }
}

/// The bytes of an inline object with buffers, kept at a stable address so buffers can point into them.
final class InlineObjectBytes {
    let bytes: UnsafeMutableRawBufferPointer

    init(copying source: [UInt8]) {
        bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: ObjectLayout.alignment)
        source.withUnsafeBytes { if $0.count > 0 { bytes.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
    }

    deinit { bytes.deallocate() }
}

/// A read-only mapping of a shared-memory object; unmapped when the last value backed by it goes.
///
/// While it lives it holds a reference to the object (as Ray's zero-copy buffers pin theirs), so an array
/// from `ray.get` keeps its object in the store, counted and listed, after the ObjectRef is gone.
public final class ObjectMapping: @unchecked Sendable {  // set up once before it is shared; read-only memory
    public let base: UnsafeRawPointer
    public let count: Int
    /// Drops the reference the mapping holds (set by the core worker that made it).
    var release: (() -> Void)?

    init(base: UnsafeRawPointer, count: Int) {
        self.base = base
        self.count = count
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), count)
        release?()
    }
}
