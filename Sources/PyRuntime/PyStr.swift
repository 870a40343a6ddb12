/// Python `str`: immutable text indexed by code point.
///
/// Swift's `String` counts grapheme clusters and indexes in O(n); Python counts code points and indexes in O(1).
/// So `PyStr` stores UTF-8 bytes plus the code-point count. ASCII text (the common case) indexes bytes directly;
/// other text builds an array of scalar offsets on first indexed access. Hashes are computed once and cached.
/// Identifiers are interned (one object per name) so attribute lookups compare pointers first.
public final class PyStr: PyObject, @unchecked Sendable {
    public private(set) var utf8: ContiguousArray<UInt8>
    /// Number of code points (`len(s)`).
    public private(set) var count: Int
    public var isASCII: Bool { utf8.count == count }
    private var hashCache: Int = 0
    public private(set) var isInterned = false
    /// Byte offset of each code point, built lazily for non-ASCII strings.
    private var offsets: ContiguousArray<Int32>?

    public init(_ s: String) {
        var bytes = ContiguousArray<UInt8>()
        bytes.reserveCapacity(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
        self.utf8 = bytes
        self.count = PyStr.countScalars(bytes)
        super.init(kind: .str, type: Builtins.strType)
    }

    /// From UTF-8 bytes known to be valid.
    public init(utf8 bytes: ContiguousArray<UInt8>, count: Int? = nil) {
        self.utf8 = bytes
        self.count = count ?? PyStr.countScalars(bytes)
        super.init(kind: .str, type: Builtins.strType)
    }

    /// From UTF-8 bytes known to be valid, for a `str` subclass.
    public init(utf8 bytes: ContiguousArray<UInt8>, type: PyType) {
        self.utf8 = bytes
        self.count = PyStr.countScalars(bytes)
        super.init(kind: .str, type: type)
    }

    /// From code points.
    public convenience init(scalars: some Sequence<Unicode.Scalar>) {
        var bytes = ContiguousArray<UInt8>()
        var n = 0
        for s in scalars {
            PyStr.appendUTF8(s, to: &bytes)
            n += 1
        }
        self.init(utf8: bytes, count: n)
    }

    @inline(__always) static func countScalars(_ bytes: ContiguousArray<UInt8>) -> Int {
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    @inline(__always) static func appendUTF8(_ s: Unicode.Scalar, to bytes: inout ContiguousArray<UInt8>) {
        UTF8.encode(s) { bytes.append($0) }
    }

    /// The text as a Swift `String`.
    public var string: String { String(decoding: utf8, as: UTF8.self) }

    /// The code points.
    public var scalars: [Unicode.Scalar] { Array(string.unicodeScalars) }

    // MARK: Hashing and equality

    /// The Python hash (stable within a process; never -1).
    @inline(__always) public var hashValue: Int {
        if hashCache != 0 { return hashCache }
        return computeHash()
    }

    private func computeHash() -> Int {
        // FNV-1a over the bytes, then mixed; Python randomizes str hashes per process, so no user can rely
        // on particular values, only on consistency.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 32
        var r = Int(bitPattern: UInt(h))
        if r == -1 || r == 0 { r = -2 }
        hashCache = r
        return r
    }

    @inline(__always) public func equals(_ other: PyStr) -> Bool {
        if self === other { return true }
        if utf8.count != other.utf8.count { return false }
        if hashCache != 0 && other.hashCache != 0 && hashCache != other.hashCache { return false }
        return utf8 == other.utf8
    }

    /// Code-point order (UTF-8 byte order is code-point order).
    public func compare(_ other: PyStr) -> Int {
        let n = Swift.min(utf8.count, other.utf8.count)
        return utf8.withUnsafeBufferPointer { a in
            other.utf8.withUnsafeBufferPointer { b in
                for i in 0..<n where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
                return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
            }
        }
    }

    // MARK: Indexing by code point

    /// Byte offset of code point `i` (0...count).
    public func byteOffset(ofScalar i: Int) -> Int {
        if isASCII { return i }
        if offsets == nil {
            var o = ContiguousArray<Int32>()
            o.reserveCapacity(count + 1)
            for (j, b) in utf8.enumerated() where b & 0xC0 != 0x80 { o.append(Int32(j)) }
            o.append(Int32(utf8.count))
            offsets = o
        }
        return Int(offsets.unsafelyUnwrapped[i])
    }

    /// The substring of code points `start..<end` (already clamped).
    public func substring(_ start: Int, _ end: Int) -> PyStr {
        if start == 0 && end == count { return self }
        if start >= end { return Builtins.emptyStr }
        let a = byteOffset(ofScalar: start)
        let b = byteOffset(ofScalar: end)
        if end - start == 1 && isASCII { return PyStr.ascii(utf8[a]) }
        return PyStr(utf8: ContiguousArray(utf8[a..<b]), count: end - start)
    }

    /// Code point `i` (0-based, in range).
    public func scalar(at i: Int) -> Unicode.Scalar {
        if isASCII { return Unicode.Scalar(utf8[i]) }
        let a = byteOffset(ofScalar: i)
        let b = byteOffset(ofScalar: i + 1)
        var it = String(decoding: utf8[a..<b], as: UTF8.self).unicodeScalars.makeIterator()
        return it.next()!
    }

    // MARK: Interning and caches

    /// Keyed by `String` for fast hashing; a hit is confirmed byte for byte, because Swift `String` equality
    /// is canonical equivalence ('é' == 'e\u{301}') and Python's is not. Such near-twins go to `internBytes`.
    nonisolated(unsafe) private static var internTable: [String: PyStr] = [:]
    nonisolated(unsafe) private static var internBytes: [[UInt8]: PyStr] = [:]
    private static let internLock = NSLockLite()
    private static let asciiCache: [PyStr] = (0..<128).map {
        PyStr(utf8: [UInt8($0)], count: 1)
    }

    /// The one-character string for an ASCII byte (shared).
    @inline(__always) public static func ascii(_ byte: UInt8) -> PyStr { asciiCache[Int(byte)] }

    /// The unique interned object for `s` (identifiers, attribute names, dict keys of keyword arguments).
    public static func intern(_ s: String) -> PyStr {
        internLock.lock()
        defer { internLock.unlock() }
        if let hit = internTable[s] {
            if hit.utf8.elementsEqual(s.utf8) { return hit }
            let key = Array(s.utf8)
            if let twin = internBytes[key] { return twin }
            let str = PyStr(s)
            str.isInterned = true
            _ = str.hashValue
            internBytes[key] = str
            return str
        }
        let str = PyStr(s)
        str.isInterned = true
        _ = str.hashValue
        internTable[s] = str
        return str
    }
}

extension PyStr {
    /// Append in place. Only for a string nothing else can observe: the VM calls it for `s += t` when the
    /// string object is uniquely referenced (CPython's same trick keeps repeated `+=` linear).
    func appendInPlace(_ other: PyStr) {
        utf8.append(contentsOf: other.utf8)
        count += other.count
        hashCache = 0
        offsets = nil
    }

    /// Concatenation.
    public static func + (a: PyStr, b: PyStr) -> PyStr {
        if a.utf8.isEmpty { return b }
        if b.utf8.isEmpty { return a }
        var bytes = ContiguousArray<UInt8>()
        bytes.reserveCapacity(a.utf8.count + b.utf8.count)
        bytes.append(contentsOf: a.utf8)
        bytes.append(contentsOf: b.utf8)
        return PyStr(utf8: bytes, count: a.count + b.count)
    }
}
