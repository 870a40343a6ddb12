/// Python `dict`: an insertion-ordered hash table with O(1) insert, lookup and delete.
///
/// The layout is CPython's compact dict: a dense array of entries in insertion order (deleted entries become
/// holes, compacted on resize) and a sparse index table probed with the perturbation scheme, so deletion stays
/// O(1) and iteration follows insertion order. Swift's `Dictionary` is unordered with per-process seeds, so it
/// cannot serve here.
///
/// Key comparison goes through `Interpreter.equal` for user objects and may raise; fast paths handle ints and
/// strings without calling out.
public final class PyDict: PyObject, @unchecked Sendable {
    public struct Entry {
        public var hash: Int
        public var key: Value  // .undefined marks a deleted entry
        public var value: Value
    }

    public private(set) var entries: ContiguousArray<Entry> = []
    /// Index table: -1 empty, -2 deleted, otherwise an index into `entries`.
    private var indices: ContiguousArray<Int32>
    public private(set) var count = 0
    /// Incremented by every insertion or deletion (iterators detect "changed size during iteration").
    public private(set) var mutations: UInt = 0
    /// Incremented by every change at all, value updates included (lookup caches check it).
    public private(set) var version: UInt = 0

    public init() {
        indices = ContiguousArray(repeating: -1, count: 8)
        super.init(kind: .dict, type: Builtins.dictType)
    }

    /// For bootstrap and subclasses: an empty dict of the given type.
    public init(type: PyType) {
        indices = ContiguousArray(repeating: -1, count: 8)
        super.init(kind: .dict, type: type)
    }

    public convenience init(minimumCapacity: Int) {
        self.init()
        if minimumCapacity > 5 { resize(Self.tableSize(for: minimumCapacity)) }
    }

    @inline(__always) private var mask: Int { indices.count - 1 }

    private static func tableSize(for n: Int) -> Int {
        var size = 8
        while size * 2 < n * 3 { size <<= 1 }
        return size
    }

    // MARK: Lookup

    /// Entry index of `key`, or nil. Raises when a user `__eq__` raises.
    @inline(__always)
    public func findIndex(_ key: Value, hash: Int, _ interp: Interpreter?) throws(PyError) -> Int? {
        let m = mask
        var i = hash & m
        var perturb = UInt(bitPattern: hash)
        while true {
            let ix = Int(indices[i])
            if ix == -1 { return nil }
            if ix >= 0 {
                let e = entries[ix]
                if e.hash == hash {
                    if try keysEqual(e.key, key, interp) { return ix }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & m
        }
    }

    @inline(__always) private func keysEqual(_ a: Value, _ b: Value, _ interp: Interpreter?) throws(PyError) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.object(let x), .object(let y)):
            if x === y { return true }
            if x.kind == .str && y.kind == .str {
                return unsafeDowncast(x, to: PyStr.self).equals(unsafeDowncast(y, to: PyStr.self))
            }
        default: break
        }
        if a.isUndefined { return false }
        return try (interp ?? Interpreter.current).equal(a, b)
    }

    /// Fast lookup for string keys (attribute namespaces, globals).
    @inline(__always) public func getItem(str key: PyStr) -> Value? {
        let hash = key.hashValue
        let m = mask
        var i = hash & m
        var perturb = UInt(bitPattern: hash)
        while true {
            let ix = Int(indices[i])
            if ix == -1 { return nil }
            if ix >= 0, entries[ix].hash == hash {
                if case .object(let o) = entries[ix].key, o.kind == .str {
                    let s = unsafeDowncast(o, to: PyStr.self)
                    if s === key || s.equals(key) { return entries[ix].value }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & m
        }
    }

    public func getItem(_ key: Value, _ interp: Interpreter? = nil) throws(PyError) -> Value? {
        let h = try Interpreter.hash(key, interp)
        guard let ix = try findIndex(key, hash: h, interp) else { return nil }
        return entries[ix].value
    }

    public func getItem(_ key: String) -> Value? {
        getItem(str: PyStr.intern(key))
    }

    // MARK: Mutation

    public func setItem(str key: PyStr, _ value: Value) {
        // String keys never raise in comparison.
        try! setItem(.object(key), hash: key.hashValue, value, nil)
    }

    public func setItem(_ key: String, _ value: Value) {
        setItem(str: PyStr.intern(key), value)
    }

    public func setItem(_ key: Value, _ value: Value, _ interp: Interpreter? = nil) throws(PyError) {
        let h = try Interpreter.hash(key, interp)
        try setItem(key, hash: h, value, interp)
    }

    public func setItem(_ key: Value, hash: Int, _ value: Value, _ interp: Interpreter?) throws(PyError) {
        version &+= 1
        if let ix = try findIndex(key, hash: hash, interp) {
            entries[ix].value = value
            return
        }
        if (entries.count + 1) * 3 >= indices.count * 2 {
            resize(Self.tableSize(for: (count + 1) * 2))
        }
        insertIndex(hash: hash, entry: entries.count)
        entries.append(Entry(hash: hash, key: key, value: value))
        count += 1
        mutations &+= 1
    }

    @inline(__always) private func insertIndex(hash: Int, entry: Int) {
        let m = mask
        var i = hash & m
        var perturb = UInt(bitPattern: hash)
        while indices[i] >= 0 {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & m
        }
        indices[i] = Int32(entry)
    }

    private func resize(_ size: Int) {
        if entries.count != count {
            entries.removeAll { $0.key.isUndefined }
        }
        indices = ContiguousArray(repeating: -1, count: size)
        for (j, e) in entries.enumerated() { insertIndex(hash: e.hash, entry: j) }
    }

    /// Remove `key`; returns its value or nil if absent.
    @discardableResult
    public func removeItem(_ key: Value, _ interp: Interpreter? = nil) throws(PyError) -> Value? {
        let h = try Interpreter.hash(key, interp)
        guard let ix = try findIndex(key, hash: h, interp) else { return nil }
        return removeEntry(at: ix)
    }

    @discardableResult
    public func removeItem(str key: PyStr) -> Value? {
        try! removeItem(.object(key), nil)
    }

    private func removeEntry(at ix: Int) -> Value {
        let e = entries[ix]
        // Find the index slot pointing at ix and mark it deleted.
        let m = mask
        var i = e.hash & m
        var perturb = UInt(bitPattern: e.hash)
        while Int(indices[i]) != ix {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & m
        }
        indices[i] = -2
        version &+= 1
        entries[ix].key = .undefined
        entries[ix].value = .undefined
        count -= 1
        mutations &+= 1
        // Drop trailing holes so popitem and appends stay cheap.
        while let last = entries.last, last.key.isUndefined { entries.removeLast() }
        if count == 0 {
            entries.removeAll(keepingCapacity: true)
            for j in indices.indices { indices[j] = -1 }
        }
        return e.value
    }

    /// Remove and return the last inserted item (`popitem`).
    public func popLast() -> (key: Value, value: Value)? {
        guard count > 0, let last = entries.last else { return nil }
        let key = last.key
        let value = removeEntry(at: entries.count - 1)
        return (key, value)
    }

    public func removeAll() {
        version &+= 1
        entries.removeAll()
        indices = ContiguousArray(repeating: -1, count: 8)
        count = 0
        mutations &+= 1
    }

    // MARK: Iteration

    /// The live (key, value) pairs in insertion order.
    public var items: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for e in entries where !e.key.isUndefined { out.append((e.key, e.value)) }
        return out
    }

    public var keys: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for e in entries where !e.key.isUndefined { out.append(e.key) }
        return out
    }

    public var values: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for e in entries where !e.key.isUndefined { out.append(e.value) }
        return out
    }

    /// Entry at a raw position (for iterators that walk `entries` by index); nil for a hole or past the end.
    @inline(__always) public func entry(at position: Int) -> Entry? {
        guard position < entries.count else { return nil }
        let e = entries[position]
        return e.key.isUndefined ? nil : e
    }

    public var entryCapacity: Int { entries.count }

    /// A shallow copy with the same order.
    public func copy() -> PyDict {
        let d = PyDict()
        d.entries = entries
        d.indices = indices
        d.count = count
        return d
    }
}
