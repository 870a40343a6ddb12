/// Python `set` and `frozenset`.
///
/// The table follows CPython's set layout (open addressing, runs of linear probes then perturbation, resize at
/// 60% fill to 4x the used count) so that iteration order — which users see whenever they print a set of
/// ints — is the order CPython prints.
public final class PySet: PyObject, @unchecked Sendable {
    struct Slot {
        var hash: Int
        var key: Value  // .undefined: empty (hash 0) or dummy (hash -1)
    }

    private var table: ContiguousArray<Slot>
    public private(set) var count = 0
    private var fill = 0
    public let isFrozen: Bool
    public private(set) var mutations: UInt = 0
    private var hashCache = 0

    private static let linearProbes = 9
    private static let minSize = 8

    public init(frozen: Bool = false) {
        table = ContiguousArray(repeating: Slot(hash: 0, key: .undefined), count: Self.minSize)
        isFrozen = frozen
        super.init(kind: .set, type: frozen ? Builtins.frozensetType : Builtins.setType)
    }

    public init(frozen: Bool, type: PyType) {
        table = ContiguousArray(repeating: Slot(hash: 0, key: .undefined), count: Self.minSize)
        isFrozen = frozen
        super.init(kind: .set, type: type)
    }

    @inline(__always) private var mask: Int { table.count - 1 }

    // MARK: Lookup

    private func equalKeys(_ a: Value, _ b: Value, _ interp: Interpreter?) throws(PyError) -> Bool {
        if a.isIdentical(to: b) { return true }
        if let x = a.asStr, let y = b.asStr { return x.equals(y) }
        return try (interp ?? Interpreter.current).equal(a, b)
    }

    public func contains(_ key: Value, _ interp: Interpreter? = nil) throws(PyError) -> Bool {
        let hash = try Interpreter.hash(key, interp)
        return try findSlot(key, hash: hash, interp) != nil
    }

    private func findSlot(_ key: Value, hash: Int, _ interp: Interpreter?) throws(PyError) -> Int? {
        let m = mask
        var i = hash & m
        var perturb = UInt(bitPattern: hash)
        while true {
            var probes = i + Self.linearProbes <= m ? Self.linearProbes : 0
            var j = i
            while true {
                let s = table[j]
                if s.hash == 0 && s.key.isUndefined { return nil }
                if s.hash == hash && !s.key.isUndefined, try equalKeys(s.key, key, interp) { return j }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & m
        }
    }

    // MARK: Mutation

    public func add(_ key: Value, _ interp: Interpreter? = nil) throws(PyError) {
        let hash = try Interpreter.hash(key, interp)
        try add(key, hash: hash, interp)
    }

    func add(_ key: Value, hash: Int, _ interp: Interpreter?) throws(PyError) {
        let m = mask
        var i = hash & m
        var perturb = UInt(bitPattern: hash)
        var freeSlot = -1
        while true {
            var probes = i + Self.linearProbes <= m ? Self.linearProbes : 0
            var j = i
            while true {
                let s = table[j]
                if s.hash == 0 && s.key.isUndefined {
                    if freeSlot >= 0 {
                        table[freeSlot] = Slot(hash: hash, key: key)
                        count += 1
                        mutations &+= 1
                        return
                    }
                    table[j] = Slot(hash: hash, key: key)
                    fill += 1
                    count += 1
                    mutations &+= 1
                    if fill * 5 >= m * 3 { resize(count > 50000 ? count * 2 : count * 4) }
                    return
                }
                if s.hash == hash && !s.key.isUndefined, try equalKeys(s.key, key, interp) { return }
                if s.hash == -1 && s.key.isUndefined && freeSlot < 0 { freeSlot = j }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & m
        }
    }

    private func resize(_ minUsed: Int) {
        var newSize = Self.minSize
        while newSize <= minUsed { newSize <<= 1 }
        let old = table
        table = ContiguousArray(repeating: Slot(hash: 0, key: .undefined), count: newSize)
        fill = count
        let m = newSize - 1
        for s in old where !s.key.isUndefined {
            var i = s.hash & m
            var perturb = UInt(bitPattern: s.hash)
            outer: while true {
                if table[i].key.isUndefined {
                    table[i] = s
                    break
                }
                if i + Self.linearProbes <= m {
                    for k in 1...Self.linearProbes where table[i + k].key.isUndefined {
                        table[i + k] = s
                        break outer
                    }
                }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & m
            }
        }
    }

    /// Remove `key`; returns whether it was present.
    @discardableResult
    public func remove(_ key: Value, _ interp: Interpreter? = nil) throws(PyError) -> Bool {
        let hash = try Interpreter.hash(key, interp)
        guard let j = try findSlot(key, hash: hash, interp) else { return false }
        table[j] = Slot(hash: -1, key: .undefined)
        count -= 1
        mutations &+= 1
        return true
    }

    /// Remove and return an arbitrary element (CPython's `pop` scans from a moving finger; we scan from 0).
    public func popAny() -> Value? {
        for j in table.indices where !table[j].key.isUndefined {
            let k = table[j].key
            table[j] = Slot(hash: -1, key: .undefined)
            count -= 1
            mutations &+= 1
            return k
        }
        return nil
    }

    public func removeAll() {
        table = ContiguousArray(repeating: Slot(hash: 0, key: .undefined), count: Self.minSize)
        count = 0
        fill = 0
        mutations &+= 1
    }

    // MARK: Iteration

    /// Elements in table order (CPython's iteration order).
    public var elements: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for s in table where !s.key.isUndefined { out.append(s.key) }
        return out
    }

    /// Element at a raw table position, nil for empty slots (for iterators).
    @inline(__always) func element(at position: Int) -> Value? {
        guard position < table.count else { return nil }
        let k = table[position].key
        return k.isUndefined ? nil : k
    }

    var tableSize: Int { table.count }

    /// A copy laid out as CPython's set copy lays it out (an empty set merged with this one).
    public func copy(frozen: Bool? = nil) -> PySet {
        let s = PySet(frozen: frozen ?? isFrozen)
        try! s.merge(self, nil)
        return s
    }

    /// Add every element of `other`, in CPython's `set_merge` order: an empty set with the same table size
    /// takes the table as is; otherwise elements go in `other`'s table order.
    public func merge(_ other: PySet, _ interp: Interpreter?) throws(PyError) {
        if other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 { resize((count + other.count) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            table = other.table
            count = other.count
            fill = other.fill
            mutations &+= 1
            return
        }
        for s in other.table where !s.key.isUndefined { try add(s.key, hash: s.hash, interp) }
    }

    /// frozenset hash, CPython's algorithm (so equal frozensets hash alike regardless of order).
    func frozenHash() -> Int {
        if hashCache != 0 { return hashCache }
        var hash: UInt64 = 0
        for s in table where !s.key.isUndefined {
            let h = UInt64(bitPattern: Int64(s.hash))
            hash ^= ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167
        }
        hash ^= ((UInt64(count) &+ 1) &* 1_927_868_237)
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907_133_923
        var r = Int(Int64(bitPattern: hash))
        if r == -1 { r = 590_923_713 }
        hashCache = r
        return r
    }
}
