import PyRuntime

/// `collections.Counter`: a dict subclass counting hashable items. Missing keys count 0; `most_common`,
/// `elements`, `total`, counting `update`/`subtract`, the multiset operators `+ - & |` and unary `+ -` (which
/// keep only positive counts), rich comparisons with missing counts as zero (3.10+), and the repr ordered by count
/// (`Counter({'a': 3, 'b': 1})`).
enum CounterType {
    static let type: PyType = {
        let t = Lib.makeType("Counter", module: "collections", bases: [Builtins.dictType], kind: .dict)
        t.constructor = { (_, type, _) throws(PyError) -> Value in .object(PyDict(type: type)) }
        Lib.method(t, "__init__") { (interp, v, args) throws(PyError) -> Value in
            if args.count > 1 { throw .typeError("expected at most 1 argument, got \(args.count)") }
            try count(interp, try Lib.dictReceiver(v, "collections.Counter"), args.count > 0 ? args[0] : .none, args.keywords, sign: 1)
            return .none
        }
        Lib.method(t, "__missing__") { (_, _, _) throws(PyError) -> Value in .int(0) }
        Lib.method(t, "__delitem__") { (interp, v, args) throws(PyError) -> Value in
            try Lib.dictReceiver(v, "collections.Counter").removeItem(args[0], interp)
            return .none
        }
        Lib.method(t, "update") { (interp, v, args) throws(PyError) -> Value in
            if args.count > 1 { throw .typeError("expected at most 1 argument, got \(args.count)") }
            try count(interp, try Lib.dictReceiver(v, "collections.Counter"), args.count > 0 ? args[0] : .none, args.keywords, sign: 1)
            return .none
        }
        Lib.method(t, "subtract") { (interp, v, args) throws(PyError) -> Value in
            if args.count > 1 { throw .typeError("expected at most 1 argument, got \(args.count)") }
            try count(interp, try Lib.dictReceiver(v, "collections.Counter"), args.count > 0 ? args[0] : .none, args.keywords, sign: -1)
            return .none
        }
        Lib.method(t, "total") { (interp, v, _) throws(PyError) -> Value in
            var acc: Value = .int(0)
            for x in try Lib.dictReceiver(v, "collections.Counter").values { acc = try interp.binaryOp(acc, x, .add) }
            return acc
        }
        Lib.method(t, "most_common") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("most_common", min: 0, max: 1, keywords: true)
            var items = try sortedByCount(interp, try Lib.dictReceiver(v, "collections.Counter"))
            if let n = args.argument(0, "n"), !n.isNone {
                items = Array(items.prefix(Swift.max(0, try interp.intArgument(n))))
            }
            return .object(PyList(items.map { .object(PyTuple([$0.key, $0.value])) }))
        }
        Lib.method(t, "elements") { (interp, v, _) throws(PyError) -> Value in
            var pending: [Value] = []
            for (k, c) in try Lib.dictReceiver(v, "collections.Counter").items {
                guard Lib.isInt(c) else { continue }
                let n = try interp.intArgument(c)
                for _ in 0..<Swift.max(0, n) { pending.append(k) }
            }
            return .object(PyArrayIterator(pending))
        }
        Lib.method(t, "copy") { (interp, v, _) throws(PyError) -> Value in
            try interp.call(.object(v.type), [v])
        }
        Lib.classMethod(t, "fromkeys") { (_, _) throws(PyError) -> Value in
            throw PyError(.notImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead."))
        }
        Lib.boundDunder(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let d = try Lib.dictReceiver(v, "collections.Counter")
            let name = v.type.name
            if d.count == 0 { return .str("\(name)()") }
            let body = try Lib.guardedRepr(interp, d, placeholder: "...") { () throws(PyError) -> String in
                var items: [(key: Value, value: Value)]
                do throws(PyError) {
                    items = try sortedByCount(interp, d)
                } catch  where error.matches(Builtins.typeErrorType) {
                    items = d.items
                }
                var parts: [String] = []
                for (k, x) in items { parts.append(try interp.repr(k) + ": " + interp.repr(x)) }
                return "{" + parts.joined(separator: ", ") + "}"
            }
            return .str("\(name)(\(body))")
        }
        installOperators(t)
        return t
    }()

    /// Items sorted by count, largest first; equal counts keep insertion order.
    static func sortedByCount(_ interp: Interpreter, _ d: PyDict) throws(PyError) -> [(key: Value, value: Value)] {
        var items = d.items
        var failure: PyError?
        let order = Array(items.indices).sorted { a, b in
            if failure != nil { return false }
            do throws(PyError) {
                return try interp.lessThan(items[b].value, items[a].value)
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        items = order.map { items[$0] }
        return items
    }

    /// `update` (sign 1) and `subtract` (sign -1): from a mapping of counts or an iterable of elements.
    static func count(
        _ interp: Interpreter, _ d: PyDict, _ source: Value, _ keywords: [(String, Value)], sign: Int
    )
        throws(PyError)
    {
        func bump(_ k: Value, _ by: Value) throws(PyError) {
            let old = try d.getItem(k, interp) ?? .int(0)
            let new = sign > 0 ? try interp.binaryOp(old, by, .add) : try interp.binaryOp(old, by, .sub)
            try d.setItem(k, new, interp)
        }
        if !source.isNone {
            if let m = source.asDict {
                if sign > 0 && d.count == 0 && m.type.isSubtype(of: Builtins.dictType) {
                    for (k, x) in m.items { try d.setItem(k, x, interp) }
                } else {
                    for (k, x) in m.items { try bump(k, x) }
                }
            } else if let keys = try interp.lookupAttributeOrNil(source, "keys"), interp.isCallable(keys) {
                for k in try interp.iterate(try interp.call(keys, [])) { try bump(k, try interp.getItem(source, k)) }
            } else {
                let it = try interp.getIterator(source)
                while let x = try interp.nextValue(it) {
                    if sign > 0, let old = try d.getItem(x, interp), case .int(let n) = old, n < Int.max {
                        try d.setItem(x, .int(n + 1), interp)
                    } else {
                        try bump(x, .int(1))
                    }
                }
            }
        }
        for (k, x) in keywords { try bump(.str(k), x) }
    }

    static func isCounter(_ v: Value) -> Bool { v.type.isSubtype(of: type) }

    static func installOperators(_ t: PyType) {
        // (name, combine(own, other) -> new count, include other-only keys?)
        let binary: [(String, Bool)] = [("__add__", true), ("__sub__", true), ("__or__", true), ("__and__", false)]
        for (name, includeOther) in binary {
            Lib.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                guard isCounter(args[0]), let a = v.asDict, let b = args[0].asDict else {
                    return Builtins.notImplemented
                }
                let result = PyDict(type: type)
                let zero = Value.int(0)
                for (k, x) in a.items {
                    let y = try b.getItem(k, interp) ?? zero
                    let n: Value
                    switch name {
                    case "__add__": n = try interp.binaryOp(x, y, .add)
                    case "__sub__": n = try interp.binaryOp(x, y, .sub)
                    case "__or__": n = try interp.lessThan(x, y) ? y : x
                    default: n = try interp.lessThan(x, y) ? x : y
                    }
                    if try interp.lessThan(zero, n) { try result.setItem(k, n, interp) }
                }
                if includeOther {
                    for (k, y) in b.items {
                        if try a.getItem(k, interp) != nil { continue }
                        if name == "__sub__" {
                            if try interp.lessThan(y, zero) {
                                try result.setItem(k, try interp.binaryOp(zero, y, .sub), interp)
                            }
                        } else if try interp.lessThan(zero, y) {
                            try result.setItem(k, y, interp)
                        }
                    }
                }
                return .object(result)
            }
        }
        for (name, positive) in [("__pos__", true), ("__neg__", false)] {
            Lib.method(t, name) { (interp, v, _) throws(PyError) -> Value in
                let result = PyDict(type: type)
                let zero = Value.int(0)
                for (k, x) in try Lib.dictReceiver(v, "collections.Counter").items {
                    if positive, try interp.lessThan(zero, x) { try result.setItem(k, x, interp) }
                    if !positive, try interp.lessThan(x, zero) {
                        try result.setItem(k, try interp.binaryOp(zero, x, .sub), interp)
                    }
                }
                return .object(result)
            }
        }
        let comparisons = ["__eq__", "__ne__", "__le__", "__lt__", "__ge__", "__gt__"]
        for name in comparisons {
            Lib.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                guard isCounter(args[0]), let a = v.asDict, let b = args[0].asDict else {
                    return Builtins.notImplemented
                }
                let zero = Value.int(0)
                // Every count of a relates to b's as the operator requires (missing counts are zero).
                func holds(_ x: Value, _ y: Value, _ test: String) throws(PyError) -> Bool {
                    switch test {
                    case "eq": return try interp.equal(x, y)
                    default:
                        if try interp.lessThan(x, y) { return true }
                        return try interp.equal(x, y)
                    }
                }
                func all(_ p: PyDict, _ q: PyDict, _ test: String) throws(PyError) -> Bool {
                    for (k, x) in p.items {
                        if try !holds(x, try q.getItem(k, interp) ?? zero, test) { return false }
                    }
                    for (k, y) in q.items {
                        if try p.getItem(k, interp) == nil, try !holds(zero, y, test) { return false }
                    }
                    return true
                }
                let equal = try all(a, b, "eq")
                switch name {
                case "__eq__": return .bool(equal)
                case "__ne__": return .bool(!equal)
                case "__le__": return .bool(try all(a, b, "le"))
                case "__lt__": return .bool(try all(a, b, "le") && !equal)
                case "__ge__": return .bool(try all(b, a, "le"))
                default: return .bool(try all(b, a, "le") && !equal)
                }
            }
        }
    }
}
