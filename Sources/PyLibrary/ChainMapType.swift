import PyRuntime

/// `collections.ChainMap`: several mappings searched in order as one. Lookups go through the list `maps`; writes
/// and deletions touch only the first mapping; iteration yields each key once, in the order CPython gives (the
/// last mapping's keys first).
enum ChainMapType {
    final class ChainMap: PyObject, @unchecked Sendable {  // thread-confined, as every PyObject
        var maps: Value
        init(type: PyType, maps: Value) {
            self.maps = maps
            super.init(kind: .instance, type: type)
            dict = PyDict()
        }
    }

    static func chain(_ v: Value) throws(PyError) -> ChainMap {
        guard let c = v.asObject as? ChainMap else { throw .typeError("descriptor requires a 'ChainMap' object") }
        return c
    }

    static func maps(_ interp: Interpreter, _ v: Value) throws(PyError) -> ContiguousArray<Value> {
        try interp.iterate(try chain(v).maps)
    }

    /// All keys once each: later mappings first, as `dict.fromkeys` over `reversed(maps)` orders them.
    static func merged(_ interp: Interpreter, _ v: Value) throws(PyError) -> PyDict {
        let d = PyDict()
        for m in try maps(interp, v).reversed() {
            for k in try interp.iterate(m) { try d.setItem(k, try interp.getItem(m, k), interp) }
        }
        return d
    }

    static func lookup(_ interp: Interpreter, _ v: Value, _ key: Value) throws(PyError) -> Value? {
        for m in try maps(interp, v) {
            do throws(PyError) {
                return try interp.getItem(m, key)
            } catch where error.matches(Builtins.keyErrorType) {
                continue
            }
        }
        return nil
    }

    static let type: PyType = {
        let t = Lib.makeType("ChainMap", module: "collections", kind: .instance)
        t.constructor = { (_, type, args) throws(PyError) -> Value in
            try Lib.noKeywords("ChainMap", args)
            let list = args.count == 0 ? PyList([.object(PyDict())]) : PyList(ContiguousArray(args.positional))
            return .object(ChainMap(type: type, maps: .object(list)))
        }
        Builtins.attribute(
            t, "maps", { (_, v) throws(PyError) -> Value in try chain(v).maps },
            setter: { (_, v, m) throws(PyError) in try chain(v).maps = m })
        Lib.method(t, "__getitem__") { (interp, v, args) throws(PyError) -> Value in
            if let found = try lookup(interp, v, args[0]) { return found }
            return try interp.callMethod(v, "__missing__", [args[0]])
        }
        Lib.method(t, "__missing__") { (_, _, args) throws(PyError) -> Value in throw .keyError(args[0]) }
        Lib.method(t, "get") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("get", min: 1, max: 2)
            return try lookup(interp, v, args[0]) ?? (args.count > 1 ? args[1] : .none)
        }
        Lib.method(t, "__contains__") { (interp, v, args) throws(PyError) -> Value in
            for m in try maps(interp, v) where try interp.contains(m, args[0]) { return .true }
            return .false
        }
        Lib.method(t, "__len__") { (interp, v, _) throws(PyError) -> Value in .int(try merged(interp, v).count) }
        Lib.method(t, "__bool__") { (interp, v, _) throws(PyError) -> Value in
            for m in try maps(interp, v) where try interp.isTrue(m) { return .true }
            return .false
        }
        Lib.iterMethod(t) { (interp, v) throws(PyError) -> Value in
            .object(PyArrayIterator(ContiguousArray(try merged(interp, v).keys)))
        }
        for name in ["keys", "values", "items"] {
            Lib.method(t, name) { (interp, v, _) throws(PyError) -> Value in
                try interp.callMethod(.object(try merged(interp, v)), name, [])
            }
        }
        Lib.method(t, "__setitem__") { (interp, v, args) throws(PyError) -> Value in
            try interp.setItem(try firstMap(interp, v), args[0], args[1])
            return .none
        }
        Lib.method(t, "__delitem__") { (interp, v, args) throws(PyError) -> Value in
            do throws(PyError) {
                try interp.deleteItem(try firstMap(interp, v), args[0])
            } catch where error.matches(Builtins.keyErrorType) {
                throw .keyError(.str("Key not found in the first mapping: \(try interp.repr(args[0]))"))
            }
            return .none
        }
        Lib.method(t, "pop") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("pop", min: 1, max: 2)
            do throws(PyError) {
                return try interp.callMethod(try firstMap(interp, v), "pop", [args[0]])
            } catch where error.matches(Builtins.keyErrorType) {
                if args.count > 1 { return args[1] }
                throw .keyError(.str("Key not found in the first mapping: \(try interp.repr(args[0]))"))
            }
        }
        Lib.method(t, "clear") { (interp, v, _) throws(PyError) -> Value in
            try interp.callMethod(try firstMap(interp, v), "clear", [])
        }
        Lib.method(t, "copy") { (interp, v, _) throws(PyError) -> Value in
            let all = try maps(interp, v)
            var items: [Value] = [try interp.callMethod(all[0], "copy", [])]
            items.append(contentsOf: all.dropFirst())
            return .object(ChainMap(type: v.type, maps: .object(PyList(items))))
        }
        Lib.method(t, "new_child") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("new_child", min: 0, max: 1, keywords: true)
            let child: Value = args.count > 0 && !args[0].isNone ? args[0] : .object(PyDict())
            for (k, x) in args.keywords { try interp.setItem(child, .str(k), x) }
            return .object(ChainMap(type: v.type, maps: .object(PyList([child] + Array(try maps(interp, v))))))
        }
        Builtins.attribute(t, "parents") { (interp, v) throws(PyError) -> Value in
            .object(ChainMap(type: v.type, maps: .object(PyList(ContiguousArray(try maps(interp, v).dropFirst())))))
        }
        for name in ["__eq__", "__ne__"] {
            Lib.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                let other: Value
                if args[0].asObject is ChainMap {
                    other = .object(try merged(interp, args[0]))
                } else if args[0].asDict != nil {
                    other = args[0]
                } else {
                    return Builtins.notImplemented
                }
                let equal = try interp.equal(.object(try merged(interp, v)), other)
                return .bool(name == "__eq__" ? equal : !equal)
            }
        }
        Lib.boundDunder(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let c = try chain(v)
            let text = try Lib.guardedRepr(interp, c, placeholder: "...") { () throws(PyError) -> String in
                var parts: [String] = []
                for m in try maps(interp, v) { parts.append(try interp.repr(m)) }
                return parts.joined(separator: ", ")
            }
            return .str("\(v.type.name)(\(text))")
        }
        return t
    }()

    static func firstMap(_ interp: Interpreter, _ v: Value) throws(PyError) -> Value {
        let all = try maps(interp, v)
        guard let first = all.first else { throw .indexError("list index out of range") }
        return first
    }
}
