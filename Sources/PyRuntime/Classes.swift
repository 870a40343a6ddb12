/// Calling types (instantiation), class creation, and the exception and context-manager protocols.
extension Interpreter {
    static let newName = PyStr.intern("__new__")
    static let initName = PyStr.intern("__init__")

    /// `T(*args, **kwargs)`.
    public func callType(_ t: PyType, args: Args) throws(PyError) -> Value {
        if t === Builtins.typeType {
            if args.count == 1 && !args.hasKeywords { return .object(args[0].type) }
            if args.count == 3 {
                guard let name = args[0].asStr, let bases = args[1].asTuple, let ns = args[2].asDict else {
                    throw .typeError("type.__new__() argument 1 must be str")
                }
                return .object(
                    try createClass(
                        name: name.string, bases: bases.items.compactMap { $0.asType }, namespace: ns, metatype: t,
                        keywords: args.keywords))
            }
            throw .typeError("type() takes 1 or 3 arguments")
        }
        if t.type !== Builtins.typeType, let callM = userMethod(t.type, "__call__") {
            return try callBound(callM, receiver: .object(t), args: args)
        }
        let instance: Value
        if let newFn = userMethod(t, Self.newName) {
            let fn = (newFn.asObject as? PyMethodWrapper)?.function ?? newFn
            instance = try callBound(fn, receiver: .object(t), args: args)
            guard instance.type.isSubtype(of: t) else { return instance }
        } else if let ctor = t.findConstructor() {
            let made = try ctor(self, t, args)
            if t.isBuiltin || userMethod(t, Self.initName) == nil { return made }
            instance = made
        } else {
            instance = .object(PyInstance(type: t))
        }
        if let initFn = userMethod(t, Self.initName) {
            let r = try callBound(initFn, receiver: instance, args: args)
            if !r.isNone { throw .typeError("__init__() should return None, not '\(r.typeName)'") }
        } else if args.count > 0 || args.hasKeywords, t.findConstructor() == nil || instance.asObject is PyInstance {
            if userMethod(t, Self.newName) == nil {
                throw .typeError("\(t.name)() takes no arguments")
            }
        }
        return instance
    }

    /// The `__build_class__` builtin the compiler calls for class statements.
    var buildClassFunction: PyBuiltinFunction {
        if let f = extensions["buildClass"] as? PyBuiltinFunction { return f }
        let f = PyBuiltinFunction(name: "__build_class__") { (interp, args) throws(PyError) -> Value in
            try interp.buildClass(args)
        }
        extensions["buildClass"] = f
        return f
    }

    func buildClass(_ args: Args) throws(PyError) -> Value {
        guard args.count >= 2, let body = args[0].asObject as? PyFunction, let name = args[1].asStr else {
            throw .typeError("__build_class__: func must be a function")
        }
        var bases: [Value] = []
        for i in 2..<args.count { bases.append(args[i]) }
        var metaclass: Value? = nil
        var kwargs: [(String, Value)] = []
        for (k, v) in args.keywords {
            if k == "metaclass" { metaclass = v } else { kwargs.append((k, v)) }
        }
        let baseTypes = bases.compactMap { $0.asType }
        if baseTypes.count != bases.count {
            throw .typeError("bases must be types")
        }
        // The most derived metaclass among the explicit one and the bases' metaclasses, as CPython picks it.
        var meta = metaclass?.asType ?? Builtins.typeType
        if metaclass == nil || meta.isSubtype(of: Builtins.typeType) {
            for b in baseTypes {
                let m = b.type
                if meta.isSubtype(of: m) { continue }
                if m.isSubtype(of: meta) {
                    meta = m
                    continue
                }
                throw .typeError(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            }
        }
        // The namespace: a plain dict, or what the metaclass's __prepare__(name, bases, **kwds) returns.
        var ns = PyDict()
        if meta !== Builtins.typeType, meta.lookup("__prepare__") != nil {
            let prepare = try getAttribute(.object(meta), "__prepare__")
            let prepared = try call(prepare, [.object(name), .object(PyTuple(bases))], keywords: kwargs)
            guard let d = prepared.asDict else {
                throw .typeError("\(meta.name).__prepare__() must return a mapping, not \(prepared.typeName)")
            }
            ns = d
        }
        let cellValue = try runFrame(code: body.code, globals: body.globals, locals: ns, function: body)
        let cls: Value
        if meta === Builtins.typeType {
            cls = .object(
                try createClass(name: name.string, bases: baseTypes, namespace: ns, metatype: meta, keywords: kwargs))
        } else {
            cls = try call(.object(meta), [.object(name), .object(PyTuple(bases)), .object(ns)], keywords: kwargs)
        }
        if let cell = cellValue.asObject as? PyCell { cell.value = cls }
        return cls
    }

    /// `type(name, bases, namespace)`: a new class.
    public func createClass(
        name: String, bases: [PyType], namespace: PyDict, metatype: PyType, keywords: [(String, Value)] = []
    ) throws(PyError) -> PyType {
        let bases = bases.isEmpty ? [Builtins.objectType] : bases
        var kind = ObjectKind.instance
        for b in bases where b.instanceKind != .instance {
            if kind != .instance && kind != b.instanceKind {
                throw .typeError("multiple bases have instance lay-out conflict")
            }
            kind = b.instanceKind
        }
        if bases.contains(where: { $0 === Builtins.boolType }) {
            throw .typeError("type 'bool' is not an acceptable base type")
        }
        let ns = namespace.copy()
        let t = PyType(
            name: name, metatype: metatype, bases: bases, instanceKind: kind, isBuiltin: false, namespace: ns,
            moduleName: ns.getItem("__module__")?.asStr?.string ?? "__main__")
        if let q = ns.getItem("__qualname__")?.asStr {
            t.qualifiedName = q.string
            ns.removeItem(str: PyStr.intern("__qualname__"))
        }
        ns.removeItem(str: PyStr.intern("__classcell__"))
        if ns.getItem("__doc__") == nil { ns.setItem("__doc__", .none) }
        if let n = ns.getItem("__new__"), n.asObject is PyFunction {
            ns.setItem("__new__", .object(PyMethodWrapper(function: n, isClassMethod: false)))
        }
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let f = ns.getItem(special), f.asObject is PyFunction {
                ns.setItem(special, .object(PyMethodWrapper(function: f, isClassMethod: true)))
            }
        }
        if ns.getItem("__eq__") != nil && ns.getItem("__hash__") == nil { ns.setItem("__hash__", .none) }
        try t.computeMRO()
        for b in bases { b.subclasses.append(Unowned(value: t)) }
        if let slots = ns.getItem("__slots__") {
            var names = Set<String>()
            let list: [Value] = slots.asStr != nil ? [slots] : Array(try iterate(slots))
            for n in list { if let s = n.asStr?.string { names.insert(s) } }
            var allSlotted = !names.contains("__dict__")
            for base in t.mro.dropFirst() where base !== Builtins.objectType {
                if let inherited = base.slotNames { names.formUnion(inherited) } else { allSlotted = false }
            }
            if allSlotted && (kind == .instance) { t.slotNames = names }
        }
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        for (k, v) in ns.items {
            if case .object(let o) = v, !o.type.isBuiltin, let sn = userMethod(o.type, "__set_name__") {
                try call(sn, [v, .object(t), k])
            }
        }
        if t.mro.count > 1, let isc = t.mro[1].lookup("__init_subclass__") {
            let fn = (isc.asObject as? PyMethodWrapper)?.function ?? isc
            try call(fn, [.object(t)], keywords: keywords)
        }
        return t
    }

    // MARK: Exceptions

    /// The exception instance `raise v` raises.
    func makeRaisable(_ v: Value) throws(PyError) -> PyException {
        if let e = v.asException { return e }
        if let t = v.asType, t.isException {
            let made = try callType(t, args: Args(values: UnsafeBufferPointer(start: nil, count: 0), count: 0, kwNames: nil))
            if let e = made.asException { return e }
            throw .typeError("calling \(t.name) should have returned an instance of BaseException, not \(made.typeName)")
        }
        throw .typeError("exceptions must derive from BaseException")
    }

    /// `except T:` matching.
    func exceptionMatches(_ exc: Value, _ typ: Value) throws(PyError) -> Bool {
        let et = exc.type
        if let t = typ.asType {
            guard t.isException else {
                throw .typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            return et.isSubtype(of: t)
        }
        if let tuple = typ.asTuple {
            for item in tuple.items { if try exceptionMatches(exc, item) { return true } }
            return false
        }
        throw .typeError("catching classes that do not inherit from BaseException is not allowed")
    }

    // MARK: Context managers

    func enterContext(_ mgr: Value) throws(PyError) -> (Value, Value) {
        let type = mgr.type
        guard let enter = type.lookup(PyStr.intern("__enter__")) else {
            throw .typeError("'\(type.name)' object does not support the context manager protocol")
        }
        guard let exit = type.lookup(PyStr.intern("__exit__")) else {
            throw .typeError("'\(type.name)' object does not support the context manager protocol (missed __exit__ method)")
        }
        let boundExit = try bind(exit, instance: mgr, owner: type)
        let entered = try call(try bind(enter, instance: mgr, owner: type), [])
        return (boundExit, entered)
    }

    func enterAsyncContext(_ mgr: Value) throws(PyError) -> (Value, Value) {
        let type = mgr.type
        guard let enter = type.lookup(PyStr.intern("__aenter__")) else {
            throw .typeError("'\(type.name)' object does not support the asynchronous context manager protocol")
        }
        guard let exit = type.lookup(PyStr.intern("__aexit__")) else {
            throw .typeError(
                "'\(type.name)' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
        }
        let boundExit = try bind(exit, instance: mgr, owner: type)
        let awaitable = try call(try bind(enter, instance: mgr, owner: type), [])
        return (boundExit, try awaitableIterator(awaitable))
    }

    /// `sys.displayhook`: print the repr of a non-None value and bind it to `_`.
    func displayHook(_ v: Value) throws(PyError) {
        if v.isNone { return }
        stdout.write(try repr(v) + "\n")
        builtins.setItem("_", v)
    }
}
