import PyRuntime

/// `collections`: `deque` (DequeType.swift), `Counter` (CounterType.swift), `namedtuple` (NamedTuple.swift),
/// and here `defaultdict` and `OrderedDict`, all subclassable. The dict subclasses are real dicts (the runtime's
/// dict operations apply, `json.dumps` and `dict(...)` accept them); the runtime calls their `__missing__` for
/// absent keys.
///
/// `ChainMap` is in ChainMapType.swift.
///
/// Left out: `UserDict`/`UserList`/`UserString`, `collections.abc`, `OrderedDict` equality views
/// (`od.keys() == ...` compares like dict views).
enum CollectionsModule {
    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "collections")
        m.set("deque", .object(DequeType.type))
        m.set("defaultdict", .object(defaultDictType))
        m.set("Counter", .object(CounterType.type))
        m.set("OrderedDict", .object(orderedDictType))
        m.set("ChainMap", .object(ChainMapType.type))
        Lib.function(m, "namedtuple") { (interp, args) throws(PyError) -> Value in try NamedTuple.make(interp, args) }
        return m
    }

    // MARK: defaultdict

    static let defaultDictType: PyType = {
        let t = Lib.makeType("defaultdict", module: "collections", bases: [Builtins.dictType], kind: .dict)
        t.constructor = { (_, type, _) throws(PyError) -> Value in
            let d = PyDict(type: type)
            d.dict = PyDict()
            d.dict!.setItem("default_factory", .none)
            return .object(d)
        }
        Builtins.attribute(
            t, "default_factory",
            { (_, v) throws(PyError) -> Value in
                v.asObject?.dict?.getItem("default_factory") ?? .none
            },
            setter: { (_, v, f) throws(PyError) in
                guard let o = v.asObject else { return }
                if o.dict == nil { o.dict = PyDict() }
                o.dict!.setItem("default_factory", f)
            })
        Lib.method(t, "__init__") { (interp, v, args) throws(PyError) -> Value in
            let d = try Lib.dictReceiver(v, "collections.defaultdict")
            var factory: Value = .none
            if args.count > 0 {
                factory = args[0]
                if !factory.isNone && !interp.isCallable(factory) {
                    throw .typeError("first argument must be callable or None")
                }
            }
            if d.dict == nil { d.dict = PyDict() }
            d.dict!.setItem("default_factory", factory)
            var rest: [Value] = []
            if args.count > 1 { rest = Array(args.positional[1...]) }
            try interp.call(Builtins.dictType.lookup("__init__")!, [v] + rest, keywords: args.keywords)
            return .none
        }
        Lib.method(t, "__missing__") { (interp, v, args) throws(PyError) -> Value in
            let factory = v.asObject?.dict?.getItem("default_factory") ?? .none
            if factory.isNone { throw .keyError(args[0]) }
            let value = try interp.call(factory, [])
            try Lib.dictReceiver(v, "collections.defaultdict").setItem(args[0], value, interp)
            return value
        }
        func copy(_ interp: Interpreter, _ v: Value) throws(PyError) -> Value {
            let factory = v.asObject?.dict?.getItem("default_factory") ?? .none
            return try interp.call(.object(v.type), [factory, v])
        }
        Lib.method(t, "copy") { (interp, v, _) throws(PyError) -> Value in try copy(interp, v) }
        Lib.method(t, "__copy__") { (interp, v, _) throws(PyError) -> Value in try copy(interp, v) }
        Lib.method(t, "__or__") { (interp, v, args) throws(PyError) -> Value in
            guard args[0].asDict != nil else { return Builtins.notImplemented }
            let r = try copy(interp, v)
            try interp.callMethod(r, "update", [args[0]])
            return r
        }
        Lib.boundDunder(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let factory = v.asObject?.dict?.getItem("default_factory") ?? .none
            let factoryText = try Lib.guardedRepr(interp, v.asObject!, placeholder: "...") {
                () throws(PyError) -> String in
                try interp.repr(factory)
            }
            return .str("\(v.type.name)(\(factoryText), \(try Lib.dictBodyRepr(interp, try Lib.dictReceiver(v, "collections.defaultdict"))))")
        }
        return t
    }()

    // MARK: OrderedDict

    static let orderedDictType: PyType = {
        let t = Lib.makeType("OrderedDict", module: "collections", bases: [Builtins.dictType], kind: .dict)
        t.constructor = { (_, type, _) throws(PyError) -> Value in .object(PyDict(type: type)) }
        Lib.method(t, "__init__") { (interp, v, args) throws(PyError) -> Value in
            if args.count > 1 { throw .typeError("expected at most 1 arguments, got \(args.count)") }
            try interp.call(Builtins.dictType.lookup("update")!, [v] + Array(args.positional), keywords: args.keywords)
            return .none
        }
        Lib.method(t, "move_to_end") { (interp, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("move_to_end", args, ["key", "last"], required: 1)
            let d = try Lib.dictReceiver(v, "collections.OrderedDict")
            let key = a[0]!
            guard let value = try d.removeItem(key, interp) else { throw .keyError(key) }
            if try interp.isTrue(a[1] ?? .true) {
                try d.setItem(key, value, interp)
            } else {
                let rest = d.items
                d.removeAll()
                try d.setItem(key, value, interp)
                for (k, x) in rest { try d.setItem(k, x, interp) }
            }
            return .none
        }
        Lib.method(t, "popitem") { (interp, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("popitem", args, ["last"])
            let d = try Lib.dictReceiver(v, "collections.OrderedDict")
            guard let first = d.items.first else { throw .keyError(.str("dictionary is empty")) }
            if try interp.isTrue(a[0] ?? .true) {
                let (k, x) = d.popLast()!
                return .object(PyTuple([k, x]))
            }
            try d.removeItem(first.key, interp)
            return .object(PyTuple([first.key, first.value]))
        }
        func copy(_ interp: Interpreter, _ v: Value) throws(PyError) -> Value {
            try interp.call(.object(v.type), [v])
        }
        Lib.method(t, "copy") { (interp, v, _) throws(PyError) -> Value in try copy(interp, v) }
        Lib.method(t, "__copy__") { (interp, v, _) throws(PyError) -> Value in try copy(interp, v) }
        Lib.method(t, "__reversed__") { (_, v, _) throws(PyError) -> Value in
            .object(PyArrayIterator(ContiguousArray(try Lib.dictReceiver(v, "collections.OrderedDict").keys.reversed())))
        }
        for name in ["__eq__", "__ne__"] {
            Lib.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                guard let other = args[0].asDict else { return Builtins.notImplemented }
                let a = try Lib.dictReceiver(v, "collections.OrderedDict")
                var equal = try interp.equal(.object(PyDict().merged(a)), .object(PyDict().merged(other)))
                if equal && other.type.isSubtype(of: t) {
                    for (x, y) in zip(a.keys, other.keys) {
                        if try !interp.equal(x, y) {
                            equal = false
                            break
                        }
                    }
                }
                return .bool(name == "__eq__" ? equal : !equal)
            }
        }
        Lib.boundDunder(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let d = try Lib.dictReceiver(v, "collections.OrderedDict")
            if d.count == 0 { return .str("\(v.type.name)()") }
            let body = try Lib.guardedRepr(interp, d, placeholder: "...") { () throws(PyError) -> String in
                try interp.repr(.object(PyList(ContiguousArray(d.items.map { .object(PyTuple([$0.key, $0.value])) }))))
            }
            return .str("\(v.type.name)(\(body))")
        }
        return t
    }()
}

extension PyDict {
    /// `self` after inserting every item of `other` (used to compare dict subclasses as plain dicts).
    fileprivate func merged(_ other: PyDict) -> PyDict {
        for (k, v) in other.items { try? setItem(k, v) }
        return self
    }
}
