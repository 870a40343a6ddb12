import PyRuntime

/// `collections.deque`: a ring buffer with O(1) appends and pops at both ends, an optional `maxlen` (appends
/// past it drop items from the other end), indexing, rotation, comparison, `+`/`*`, and iteration that raises
/// "deque mutated during iteration" like CPython's.
final class PyDeque: PyNativeObject, @unchecked Sendable {  // thread-confined, as every PyObject
    private var storage: ContiguousArray<Value> = ContiguousArray(repeating: .none, count: 8)
    private var head = 0
    private(set) var count = 0
    var maxlen: Int?
    /// Bumped by every change of length, for iterators.
    private(set) var mutations = 0

    override init(type: PyType) {
        super.init(type: type)
        if type !== DequeType.type { dict = PyDict() }
    }

    private func slot(_ i: Int) -> Int { (head + i) & (storage.count - 1) }

    private func grow() {
        var bigger = ContiguousArray<Value>(repeating: .none, count: storage.count * 2)
        for i in 0..<count { bigger[i] = storage[slot(i)] }
        storage = bigger
        head = 0
    }

    subscript(i: Int) -> Value {
        get { storage[slot(i)] }
        set { storage[slot(i)] = newValue }
    }

    var items: [Value] { (0..<count).map { self[$0] } }

    func append(_ v: Value) {
        if maxlen == 0 { return }
        if let m = maxlen, count == m { _ = popLeft() }
        if count == storage.count { grow() }
        storage[slot(count)] = v
        count += 1
        mutations += 1
    }

    func appendLeft(_ v: Value) {
        if maxlen == 0 { return }
        if let m = maxlen, count == m { _ = pop() }
        if count == storage.count { grow() }
        head = (head - 1) & (storage.count - 1)
        storage[head] = v
        count += 1
        mutations += 1
    }

    func pop() -> Value? {
        guard count > 0 else { return nil }
        count -= 1
        let i = slot(count)
        let v = storage[i]
        storage[i] = .none
        mutations += 1
        return v
    }

    func popLeft() -> Value? {
        guard count > 0 else { return nil }
        let v = storage[head]
        storage[head] = .none
        head = (head + 1) & (storage.count - 1)
        count -= 1
        mutations += 1
        return v
    }

    func replaceAll(_ values: [Value]) {
        var size = 8
        while size < values.count { size *= 2 }
        storage = ContiguousArray(repeating: .none, count: size)
        for (i, v) in values.enumerated() { storage[i] = v }
        head = 0
        count = values.count
        mutations += 1
    }

    func rotate(_ n: Int) {
        guard count > 1 else { return }
        var k = n % count
        if k < 0 { k += count }
        if k == 0 { return }
        let old = items
        replaceAll(Array(old[(count - k)...] + old[..<(count - k)]))
    }
}

enum DequeType {
    static let type: PyType = {
        let t = Lib.makeType("deque", module: "collections", kind: .native)
        t.constructor = { (_, type, _) throws(PyError) -> Value in .object(PyDeque(type: type)) }
        Lib.method(t, "__hash__") { (_, _, _) throws(PyError) -> Value in
            throw .typeError("unhashable type: 'collections.deque'")
        }
        Builtins.attribute(t, "maxlen") { (_, v) throws(PyError) -> Value in
            try deque(v).maxlen.map { .int($0) } ?? .none
        }
        installMutators(t)
        installQueries(t)
        installOperators(t)
        return t
    }()

    static func deque(_ v: Value) throws(PyError) -> PyDeque {
        guard let d = v.asObject as? PyDeque else {
            throw .typeError("descriptor requires a 'collections.deque' object")
        }
        return d
    }

    /// A new deque of the same type and maxlen.
    static func sibling(_ d: PyDeque, _ items: [Value]) -> PyDeque {
        let r = PyDeque(type: d.type)
        r.maxlen = d.maxlen
        for x in items { r.append(x) }
        return r
    }

    static func index(_ interp: Interpreter, _ d: PyDeque, _ key: Value) throws(PyError) -> Int {
        if key.asObject is PySlice { throw .typeError("sequence index must be integer, not 'slice'") }
        var i = try interp.intArgument(key)
        if i < 0 { i += d.count }
        if i < 0 || i >= d.count { throw .indexError("deque index out of range") }
        return i
    }

    static func installMutators(_ t: PyType) {
        Lib.method(t, "__init__") { (interp, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("deque", args, ["iterable", "maxlen"])
            let d = try deque(v)
            if let m = a[1], !m.isNone {
                let n = try interp.intArgument(m)
                if n < 0 { throw .valueError("maxlen must be non-negative") }
                d.maxlen = n
            } else {
                d.maxlen = nil
            }
            d.replaceAll([])
            if let it = a[0] { for x in try interp.iterate(it) { d.append(x) } }
            return .none
        }
        Lib.method(t, "append") { (_, v, args) throws(PyError) -> Value in
            try args.expect("append", min: 1, max: 1)
            try deque(v).append(args[0])
            return .none
        }
        Lib.method(t, "appendleft") { (_, v, args) throws(PyError) -> Value in
            try args.expect("appendleft", min: 1, max: 1)
            try deque(v).appendLeft(args[0])
            return .none
        }
        Lib.method(t, "pop") { (_, v, args) throws(PyError) -> Value in
            try args.expect("pop", min: 0, max: 0)
            guard let x = try deque(v).pop() else { throw .indexError("pop from an empty deque") }
            return x
        }
        Lib.method(t, "popleft") { (_, v, args) throws(PyError) -> Value in
            try args.expect("popleft", min: 0, max: 0)
            guard let x = try deque(v).popLeft() else { throw .indexError("pop from an empty deque") }
            return x
        }
        Lib.method(t, "extend") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("extend", min: 1, max: 1)
            let d = try deque(v)
            for x in try interp.iterate(args[0]) { d.append(x) }
            return .none
        }
        Lib.method(t, "extendleft") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("extendleft", min: 1, max: 1)
            let d = try deque(v)
            for x in try interp.iterate(args[0]) { d.appendLeft(x) }
            return .none
        }
        Lib.method(t, "rotate") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("rotate", min: 0, max: 1)
            try deque(v).rotate(args.count > 0 ? try interp.intArgument(args[0]) : 1)
            return .none
        }
        Lib.method(t, "clear") { (_, v, _) throws(PyError) -> Value in
            try deque(v).replaceAll([])
            return .none
        }
        Lib.method(t, "reverse") { (_, v, _) throws(PyError) -> Value in
            let d = try deque(v)
            let items = d.items
            for (i, x) in items.reversed().enumerated() { d[i] = x }
            return .none
        }
        Lib.method(t, "insert") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("insert", min: 2, max: 2)
            let d = try deque(v)
            if let m = d.maxlen, d.count >= m { throw .indexError("deque already at its maximum size") }
            var i = try interp.intArgument(args[0])
            if i < 0 { i = Swift.max(0, i + d.count) }
            var items = d.items
            items.insert(args[1], at: Swift.min(i, items.count))
            d.replaceAll(items)
            return .none
        }
        Lib.method(t, "remove") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("remove", min: 1, max: 1)
            let d = try deque(v)
            var items = d.items
            for (i, x) in items.enumerated() {
                if try interp.sameOrEqual(x, args[0]) {
                    items.remove(at: i)
                    d.replaceAll(items)
                    return .none
                }
            }
            throw .valueError("\(try interp.repr(args[0])) is not in deque")
        }
        Lib.method(t, "__setitem__") { (interp, v, args) throws(PyError) -> Value in
            let d = try deque(v)
            d[try index(interp, d, args[0])] = args[1]
            return .none
        }
        Lib.method(t, "__delitem__") { (interp, v, args) throws(PyError) -> Value in
            let d = try deque(v)
            var items = d.items
            items.remove(at: try index(interp, d, args[0]))
            d.replaceAll(items)
            return .none
        }
    }

    static func installQueries(_ t: PyType) {
        Lib.method(t, "__len__") { (_, v, _) throws(PyError) -> Value in .int(try deque(v).count) }
        Lib.method(t, "__getitem__") { (interp, v, args) throws(PyError) -> Value in
            let d = try deque(v)
            return d[try index(interp, d, args[0])]
        }
        Lib.method(t, "__contains__") { (interp, v, args) throws(PyError) -> Value in
            for x in try deque(v).items {
                if try interp.sameOrEqual(x, args[0]) { return .true }
            }
            return .false
        }
        Lib.method(t, "count") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("count", min: 1, max: 1)
            var n = 0
            for x in try deque(v).items {
                if try interp.sameOrEqual(x, args[0]) { n += 1 }
            }
            return .int(n)
        }
        Lib.method(t, "index") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("index", min: 1, max: 3)
            let d = try deque(v)
            var start = args.count > 1 ? try interp.intArgument(args[1]) : 0
            var stop = args.count > 2 ? try interp.intArgument(args[2]) : d.count
            if start < 0 { start = Swift.max(0, start + d.count) }
            if stop < 0 { stop = Swift.max(0, stop + d.count) }
            var i = start
            while i < Swift.min(stop, d.count) {
                if try interp.sameOrEqual(d[i], args[0]) { return .int(i) }
                i += 1
            }
            throw .valueError("\(try interp.repr(args[0])) is not in deque")
        }
        Lib.method(t, "copy") { (_, v, _) throws(PyError) -> Value in
            let d = try deque(v)
            return .object(sibling(d, d.items))
        }
        Lib.method(t, "__copy__") { (_, v, _) throws(PyError) -> Value in
            let d = try deque(v)
            return .object(sibling(d, d.items))
        }
        Lib.iterMethod(t) { (_, v) throws(PyError) -> Value in
            let d = try deque(v)
            let expected = d.mutations
            var i = 0
            return .object(
                PyClosureIterator { (_) throws(PyError) -> Value? in
                    if d.mutations != expected { throw .runtimeError("deque mutated during iteration") }
                    guard i < d.count else { return nil }
                    defer { i += 1 }
                    return d[i]
                })
        }
        Lib.method(t, "__reversed__") { (_, v, _) throws(PyError) -> Value in
            .object(PyArrayIterator(ContiguousArray(try deque(v).items.reversed())))
        }
        Lib.method(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let d = try deque(v)
            let body = try Lib.guardedRepr(interp, d, placeholder: "[...]") { () throws(PyError) -> String in
                try interp.repr(.object(PyList(ContiguousArray(d.items))))
            }
            let name = d.type.name
            if let m = d.maxlen { return .str("\(name)(\(body), maxlen=\(m))") }
            return .str("\(name)(\(body))")
        }
    }

    static func installOperators(_ t: PyType) {
        let comparisons: [(String, (Int) -> Bool)] = [
            ("__eq__", { $0 == 0 }), ("__ne__", { $0 != 0 }), ("__lt__", { $0 < 0 }), ("__le__", { $0 <= 0 }),
            ("__gt__", { $0 > 0 }), ("__ge__", { $0 >= 0 }),
        ]
        for (name, test) in comparisons {
            Lib.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                guard let a = v.asObject as? PyDeque, let b = args[0].asObject as? PyDeque else {
                    return Builtins.notImplemented
                }
                let x = a.items
                let y = b.items
                if (name == "__eq__" || name == "__ne__") && x.count != y.count { return .bool(name == "__ne__") }
                for i in 0..<Swift.min(x.count, y.count) where !x[i].isIdentical(to: y[i]) {
                    if try !interp.equal(x[i], y[i]) {
                        if name == "__eq__" { return .false }
                        if name == "__ne__" { return .true }
                        return .bool(try interp.lessThan(x[i], y[i]) ? test(-1) : test(1))
                    }
                }
                return .bool(test(x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)))
            }
        }
        Lib.method(t, "__add__") { (_, v, args) throws(PyError) -> Value in
            let d = try deque(v)
            guard let other = args[0].asObject as? PyDeque else {
                throw .typeError("can only concatenate deque (not \"\(args[0].typeName)\") to deque")
            }
            return .object(sibling(d, d.items + other.items))
        }
        Lib.method(t, "__iadd__") { (interp, v, args) throws(PyError) -> Value in
            let d = try deque(v)
            for x in try interp.iterate(args[0]) { d.append(x) }
            return v
        }
        for name in ["__mul__", "__rmul__", "__imul__"] {
            Lib.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                let d = try deque(v)
                guard Lib.isInt(args[0]) else { return Builtins.notImplemented }
                let n = Swift.max(0, try interp.intArgument(args[0]))
                var items: [Value] = []
                for _ in 0..<n { items.append(contentsOf: d.items) }
                if name == "__imul__" {
                    d.replaceAll([])
                    for x in items { d.append(x) }
                    return v
                }
                return .object(sibling(d, items))
            }
        }
    }
}
