import PySyntax

/// Methods of `list`, `tuple`, `dict` and `set`.
extension Builtins {
    static func installContainerMethods() {
        installListMethods()
        installDictMethods()
        installSetMethods()
        installContainerDunders()
        method(tupleType, "count") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("count", min: 1, max: 1)
            var n = 0
            for x in v.asTuple!.items { if try interp.sameOrEqual(x, args[0]) { n += 1 } }
            return .int(n)
        }
        method(tupleType, "index") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("index", min: 1, max: 3)
            for (i, x) in v.asTuple!.items.enumerated() {
                if try interp.sameOrEqual(x, args[0]) { return .int(i) }
            }
            throw .valueError("tuple.index(x): x not in tuple")
        }
    }

    /// `__len__`, `__iter__`, `__contains__`, `__repr__` on the container types that lack them, so that
    /// `{1, 2}.__len__()` and `super().__repr__()` in subclasses work (the VM never calls these itself).
    static func installContainerDunders() {
        for t in [listType, tupleType, dictType, setType, frozensetType] {
            let ns = t.namespace
            // Direct implementations (no dispatch to user overrides, which may call these through super()).
            if ns.getItem("__len__") == nil {
                method(t, "__len__") { (interp, v, _) throws(PyError) -> Value in
                    switch v.asObject {
                    case let l as PyList: return .int(l.items.count)
                    case let tu as PyTuple: return .int(tu.count)
                    case let d as PyDict: return .int(d.count)
                    case let st as PySet: return .int(st.count)
                    default: return .int(try interp.length(v))
                    }
                }
            }
            if ns.getItem("__contains__") == nil {
                method(t, "__contains__") { (interp, v, args) throws(PyError) -> Value in
                    try args.expect("__contains__", min: 1, max: 1)
                    switch v.asObject {
                    case let d as PyDict: return .bool(try d.getItem(args[0], interp) != nil)
                    case let st as PySet: return .bool(try st.contains(args[0], interp))
                    case let l as PyList:
                        for x in l.items where try interp.sameOrEqual(x, args[0]) { return .true }
                        return .false
                    case let tu as PyTuple:
                        for x in tu.items where try interp.sameOrEqual(x, args[0]) { return .true }
                        return .false
                    default: return .bool(try interp.contains(v, args[0]))
                    }
                }
            }
            if ns.getItem("__iter__") == nil {
                method(t, "__iter__") { (interp, v, _) throws(PyError) -> Value in try interp.builtinBaseView(v) }
            }
            method(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
                guard case .object(let o) = v else { return .str(try interp.repr(v)) }
                return .str(try interp.builtinRepr(v, o))
            }
        }
    }

    private static func list(_ v: Value) -> PyList { unsafeDowncast(v.asObject!, to: PyList.self) }

    static func installListMethods() {
        let t = listType
        method(t, "append") { (_, v, args) throws(PyError) -> Value in
            try args.expect("append", min: 1, max: 1)
            list(v).items.append(args[0])
            return .none
        }
        method(t, "extend") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("extend", min: 1, max: 1)
            let items = try interp.iterate(args[0])
            list(v).items.append(contentsOf: items)
            return .none
        }
        method(t, "insert") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("insert", min: 2, max: 2)
            let l = list(v)
            var i = try interp.intArgument(args[0])
            if i < 0 { i = Swift.max(0, i + l.items.count) }
            l.items.insert(args[1], at: Swift.min(i, l.items.count))
            return .none
        }
        method(t, "pop") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("pop", min: 0, max: 1)
            let l = list(v)
            if l.items.isEmpty { throw .indexError("pop from empty list") }
            var i = args.count > 0 ? try interp.intArgument(args[0]) : l.items.count - 1
            if i < 0 { i += l.items.count }
            guard i >= 0, i < l.items.count else { throw .indexError("pop index out of range") }
            return l.items.remove(at: i)
        }
        method(t, "remove") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("remove", min: 1, max: 1)
            let l = list(v)
            for (i, x) in l.items.enumerated() {
                if try interp.sameOrEqual(x, args[0]) {
                    l.items.remove(at: i)
                    return .none
                }
            }
            throw .valueError("list.remove(x): x not in list")
        }
        method(t, "index") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("index", min: 1, max: 3)
            let l = list(v)
            var start = args.count > 1 ? try interp.intArgument(args[1]) : 0
            var stop = args.count > 2 ? try interp.intArgument(args[2]) : l.items.count
            if start < 0 { start = Swift.max(0, start + l.items.count) }
            if stop < 0 { stop = Swift.max(0, stop + l.items.count) }
            var i = start
            while i < Swift.min(stop, l.items.count) {
                if try interp.sameOrEqual(l.items[i], args[0]) { return .int(i) }
                i += 1
            }
            throw .valueError("\(try interp.repr(args[0])) is not in list")
        }
        method(t, "count") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("count", min: 1, max: 1)
            var n = 0
            for x in list(v).items { if try interp.sameOrEqual(x, args[0]) { n += 1 } }
            return .int(n)
        }
        method(t, "reverse") { (_, v, _) throws(PyError) -> Value in
            list(v).items.reverse()
            return .none
        }
        method(t, "clear") { (_, v, _) throws(PyError) -> Value in
            list(v).items.removeAll()
            return .none
        }
        method(t, "copy") { (_, v, _) throws(PyError) -> Value in .object(PyList(list(v).items)) }
        method(t, "sort") { (interp, v, args) throws(PyError) -> Value in
            if args.count > 0 { throw .typeError("sort() takes no positional arguments") }
            try interp.sortList(
                list(v), key: args.keyword("key") ?? .none, reverse: try interp.isTrue(args.keyword("reverse") ?? .false))
            return .none
        }
        method(t, "__len__") { (_, v, _) throws(PyError) -> Value in .int(list(v).items.count) }
        method(t, "__getitem__") { (interp, v, args) throws(PyError) -> Value in
            try interp.getItem(.object(PyList(list(v).items)), args[0])
        }
        method(t, "__init__") { (interp, v, args) throws(PyError) -> Value in
            list(v).items = args.count > 0 ? try interp.iterate(args[0]) : []
            return .none
        }
    }

    private static func dict(_ v: Value) -> PyDict { unsafeDowncast(v.asObject!, to: PyDict.self) }

    static func installDictMethods() {
        let t = dictType
        method(t, "get") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("get", min: 1, max: 2)
            return try dict(v).getItem(args[0], interp) ?? (args.count > 1 ? args[1] : .none)
        }
        method(t, "keys") { (_, v, _) throws(PyError) -> Value in .object(PyDictView(dict(v), mode: .keys)) }
        method(t, "values") { (_, v, _) throws(PyError) -> Value in .object(PyDictView(dict(v), mode: .values)) }
        method(t, "items") { (_, v, _) throws(PyError) -> Value in .object(PyDictView(dict(v), mode: .items)) }
        method(t, "setdefault") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("setdefault", min: 1, max: 2)
            let d = dict(v)
            if let x = try d.getItem(args[0], interp) { return x }
            let dv = args.count > 1 ? args[1] : .none
            try d.setItem(args[0], dv, interp)
            return dv
        }
        method(t, "pop") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("pop", min: 1, max: 2)
            if let x = try dict(v).removeItem(args[0], interp) { return x }
            if args.count > 1 { return args[1] }
            throw .keyError(args[0])
        }
        method(t, "popitem") { (_, v, _) throws(PyError) -> Value in
            guard let (k, x) = dict(v).popLast() else { throw .keyError(.str("popitem(): dictionary is empty")) }
            return .object(PyTuple([k, x]))
        }
        method(t, "update") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("update", min: 0, max: 1, keywords: true)
            let d = dict(v)
            if args.count == 1 { try interp.updateDict(d, from: args[0]) }
            for (k, x) in args.keywords { d.setItem(k, x) }
            return .none
        }
        method(t, "clear") { (_, v, _) throws(PyError) -> Value in
            dict(v).removeAll()
            return .none
        }
        method(t, "copy") { (_, v, _) throws(PyError) -> Value in .object(dict(v).copy()) }
        method(t, "__contains__") { (interp, v, args) throws(PyError) -> Value in
            .bool(try dict(v).getItem(args[0], interp) != nil)
        }
        method(t, "__getitem__") { (interp, v, args) throws(PyError) -> Value in
            guard let x = try dict(v).getItem(args[0], interp) else { throw .keyError(args[0]) }
            return x
        }
        method(t, "__setitem__") { (interp, v, args) throws(PyError) -> Value in
            try dict(v).setItem(args[0], args[1], interp)
            return .none
        }
        method(t, "__len__") { (_, v, _) throws(PyError) -> Value in .int(dict(v).count) }
        method(t, "__init__") { (interp, v, args) throws(PyError) -> Value in
            let d = dict(v)
            if args.count == 1 { try interp.updateDict(d, from: args[0]) }
            for (k, x) in args.keywords { d.setItem(k, x) }
            return .none
        }
        t.namespace.setItem(
            "fromkeys",
            .object(PyMethodWrapper(function: function("fromkeys") { (interp, args) throws(PyError) -> Value in
                let d = PyDict()
                for k in try interp.iterate(args[1]) { try d.setItem(k, args.count > 2 ? args[2] : .none, interp) }
                return .object(d)
            }, isClassMethod: true)))
    }

    private static func set(_ v: Value) -> PySet { unsafeDowncast(v.asObject!, to: PySet.self) }

    static func installSetMethods() {
        for t in [setType, frozensetType] {
            method(t, "copy") { (_, v, _) throws(PyError) -> Value in .object(set(v).copy()) }
            for (name, op) in [("union", BinaryOperator.bitOr), ("intersection", .bitAnd), ("difference", .sub), ("symmetric_difference", .bitXor)] {
                method(t, name) { (interp, v, args) throws(PyError) -> Value in
                    var result = set(v).copy()
                    for i in 0..<args.count {
                        let other = PySet()
                        for x in try interp.iterate(args[i]) { try other.add(x, interp) }
                        result = try interp.setBinary(result, other, op)
                    }
                    return .object(result)
                }
            }
            method(t, "issubset") { (interp, v, args) throws(PyError) -> Value in
                let other = PySet()
                for x in try interp.iterate(args[0]) { try other.add(x, interp) }
                return .bool(try interp.compareSets(set(v), other, .ltE))
            }
            method(t, "issuperset") { (interp, v, args) throws(PyError) -> Value in
                let other = PySet()
                for x in try interp.iterate(args[0]) { try other.add(x, interp) }
                return .bool(try interp.compareSets(set(v), other, .gtE))
            }
            method(t, "isdisjoint") { (interp, v, args) throws(PyError) -> Value in
                for x in try interp.iterate(args[0]) { if try set(v).contains(x, interp) { return .false } }
                return .true
            }
        }
        let t = setType
        method(t, "add") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("add", min: 1, max: 1)
            try set(v).add(args[0], interp)
            return .none
        }
        method(t, "remove") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("remove", min: 1, max: 1)
            if try !set(v).remove(args[0], interp) { throw .keyError(args[0]) }
            return .none
        }
        method(t, "discard") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("discard", min: 1, max: 1)
            try set(v).remove(args[0], interp)
            return .none
        }
        method(t, "pop") { (_, v, _) throws(PyError) -> Value in
            guard let x = set(v).popAny() else { throw .keyError(.str("pop from an empty set")) }
            return x
        }
        method(t, "clear") { (_, v, _) throws(PyError) -> Value in
            set(v).removeAll()
            return .none
        }
        for (name, op) in [("update", BinaryOperator.bitOr), ("intersection_update", .bitAnd), ("difference_update", .sub), ("symmetric_difference_update", .bitXor)] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                for i in 0..<args.count {
                    let other = PySet()
                    for x in try interp.iterate(args[i]) { try other.add(x, interp) }
                    try interp.setInplace(set(v), other, op)
                }
                return .none
            }
        }
    }
}

/// `dict.keys()`, `.values()`, `.items()`: live views.
public final class PyDictView: PyObject, @unchecked Sendable {
    public let mapping: PyDict
    public let mode: PyDictIterator.Mode

    public init(_ dict: PyDict, mode: PyDictIterator.Mode) {
        self.mapping = dict
        self.mode = mode
        let type: PyType
        switch mode {
        case .keys: type = Builtins.dictKeysType
        case .values: type = Builtins.dictValuesType
        case .items: type = Builtins.dictItemsType
        }
        super.init(kind: .instance, type: type)
    }
}

extension Interpreter {
    /// `dict.update(other)` for mappings and iterables of pairs.
    func updateDict(_ d: PyDict, from other: Value) throws(PyError) {
        var isMapping = other.asDict != nil
        if !isMapping { isMapping = try lookupAttributeOrNil(other, "keys") != nil }
        if isMapping {
            try dictUpdate(d, other, merging: false, function: .undefined)
            return
        }
        var index = 0
        for item in try iterate(other) {
            let pair: ContiguousArray<Value>
            do throws(PyError) {
                pair = try iterate(item)
            } catch where error.matches(Builtins.typeErrorType) && item.asObject?.kind != .generator {
                throw .typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            guard pair.count == 2 else {
                throw .valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            try d.setItem(pair[0], pair[1], self)
            index += 1
        }
    }

    /// `list.sort(key=, reverse=)`: stable, each key computed once, comparisons may raise.
    public func sortList(_ list: PyList, key: Value, reverse: Bool) throws(PyError) {
        var keys: ContiguousArray<Value> = list.items
        if !key.isNone {
            for i in keys.indices { keys[i] = try call(key, [list.items[i]]) }
        }
        var order = Array(keys.indices)
        var failure: PyError?
        // Swift's sort is stable (documented since Swift 5); reverse keeps stability by comparing swapped.
        order.sort { a, b in
            if failure != nil { return false }
            do throws(PyError) {
                return reverse ? try lessThan(keys[b], keys[a]) : try lessThan(keys[a], keys[b])
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        list.items = ContiguousArray(order.map { list.items[$0] })
    }
}
