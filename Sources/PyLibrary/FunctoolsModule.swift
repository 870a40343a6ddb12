import PyRuntime

/// `functools`: `partial` (flattening nested partials, `func`/`args`/`keywords`, CPython's repr), `reduce`,
/// `update_wrapper`/`wraps` (copying `__module__`, `__name__`, `__qualname__`, `__doc__`, `__annotations__`,
/// updating `__dict__`, setting `__wrapped__`), `lru_cache`/`cache` (FunctoolsCache.swift), `total_ordering`,
/// `cmp_to_key` and `cached_property`.
///
/// Left out: `partialmethod`, `singledispatch`/`singledispatchmethod`, `cache`'s thread-safety guarantees
/// beyond the interpreter lock.
enum FunctoolsModule {
    static let assignments = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]

    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "functools")
        m.set("partial", .object(partialType))
        m.set("cached_property", .object(cachedPropertyType))
        m.set("WRAPPER_ASSIGNMENTS", .object(PyTuple(assignments.map { .str($0) })))
        m.set("WRAPPER_UPDATES", .object(PyTuple([.str("__dict__")])))
        Lib.function(m, "reduce") { (interp, args) throws(PyError) -> Value in
            try args.expect("reduce", min: 2, max: 3)
            let it = try interp.getIterator(args[1])
            var acc: Value? = args.count > 2 ? args[2] : nil
            while let x = try interp.nextValue(it) {
                acc = acc == nil ? x : try interp.call(args[0], [acc!, x])
            }
            guard let result = acc else { throw .typeError("reduce() of empty iterable with no initial value") }
            return result
        }
        let updateWrapper = PyBuiltinFunction(name: "update_wrapper", module: "functools") {
            (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("update_wrapper", args, ["wrapper", "wrapped", "assigned", "updated"], required: 2)
            return try update(interp, a[0]!, a[1]!, assigned: a[2], updated: a[3])
        }
        m.set("update_wrapper", .object(updateWrapper))
        Lib.function(m, "wraps") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("wraps", args, ["wrapped", "assigned", "updated"], required: 1)
            var keywords: [(String, Value)] = [("wrapped", a[0]!)]
            if let x = a[1] { keywords.append(("assigned", x)) }
            if let x = a[2] { keywords.append(("updated", x)) }
            let kw = PyDict()
            for (k, v) in keywords { kw.setItem(k, v) }
            return .object(PartialObject(type: partialType, function: .object(updateWrapper), args: [], keywords: kw))
        }
        Lib.function(m, "total_ordering") { (interp, args) throws(PyError) -> Value in
            try args.expect("total_ordering", min: 1, max: 1)
            guard let cls = args[0].asType else { throw .typeError("total_ordering() argument must be a class") }
            try totalOrdering(interp, cls)
            return args[0]
        }
        Lib.function(m, "cmp_to_key") { (_, args) throws(PyError) -> Value in
            try args.expect("cmp_to_key", min: 1, max: 1)
            let cmp = args[0]
            return .object(
                PyBuiltinFunction(name: "K", module: "functools") { (_, args) throws(PyError) -> Value in
                    try args.expect("K", min: 1, max: 1)
                    return .object(CmpKey(args[0], cmp))
                })
        }
        FunctoolsCache.install(m)
        return m
    }

    // MARK: update_wrapper

    static func update(
        _ interp: Interpreter, _ wrapper: Value, _ wrapped: Value, assigned: Value?, updated: Value?
    )
        throws(PyError) -> Value
    {
        var names = assignments
        if let assigned { names = try interp.iterate(assigned).map { (v) throws(PyError) in try interp.str(v) } }
        for name in names {
            guard let value = try interp.lookupAttributeOrNil(wrapped, name) else { continue }
            if name == "__annotations__", let f = wrapper.asObject as? PyFunction {
                f.annotations = value.asDict
                continue
            }
            try interp.setAttribute(wrapper, PyStr.intern(name), value)
        }
        var updates = ["__dict__"]
        if let updated { updates = try interp.iterate(updated).map { (v) throws(PyError) in try interp.str(v) } }
        for name in updates {
            let target = try interp.getAttribute(wrapper, name)
            let source = try interp.lookupAttributeOrNil(wrapped, name) ?? .object(PyDict())
            try interp.callMethod(target, "update", [source])
        }
        try interp.setAttribute(wrapper, PyStr.intern("__wrapped__"), wrapped)
        return wrapper
    }

    // MARK: partial

    final class PartialObject: PyObject, @unchecked Sendable {  // thread-confined, as every PyObject
        let function: Value
        let args: [Value]
        let keywords: PyDict
        init(type: PyType, function: Value, args: [Value], keywords: PyDict) {
            self.function = function
            self.args = args
            self.keywords = keywords
            super.init(kind: .instance, type: type)
            dict = PyDict()
        }
    }

    static let partialType: PyType = {
        let t = Lib.makeType("partial", module: "functools", kind: .instance)
        t.constructor = { (interp, type, args) throws(PyError) -> Value in
            guard args.count >= 1 else { throw .typeError("type 'partial' takes at least one argument") }
            var function = args[0]
            guard interp.isCallable(function) else { throw .typeError("the first argument must be callable") }
            var positional = Array(args.positional.dropFirst())
            let keywords = PyDict()
            if let inner = function.asObject as? PartialObject, inner.type === partialType {
                function = inner.function
                positional = inner.args + positional
                for (k, v) in inner.keywords.items { try keywords.setItem(k, v, interp) }
            }
            for (k, v) in args.keywords { keywords.setItem(k, v) }
            return .object(PartialObject(type: type, function: function, args: positional, keywords: keywords))
        }
        func partial(_ v: Value) throws(PyError) -> PartialObject { try Lib.receiver(v, PartialObject.self, "functools.partial") }
        Builtins.attribute(t, "func") { (_, v) throws(PyError) -> Value in try partial(v).function }
        Builtins.attribute(t, "args") { (_, v) throws(PyError) -> Value in .object(PyTuple(try partial(v).args)) }
        Builtins.attribute(t, "keywords") { (_, v) throws(PyError) -> Value in .object(try partial(v).keywords) }
        Lib.method(t, "__call__") { (interp, v, args) throws(PyError) -> Value in
            let p = try partial(v)
            var keywords: [(String, Value)] = []
            for (k, x) in p.keywords.items {
                guard let key = k.asStr else { throw .typeError("keywords must be strings") }
                keywords.append((key.string, x))
            }
            for (k, x) in args.keywords {
                if let i = keywords.firstIndex(where: { $0.0 == k }) {
                    keywords[i].1 = x
                } else {
                    keywords.append((k, x))
                }
            }
            return try interp.call(p.function, p.args + Array(args.positional), keywords: keywords)
        }
        Lib.boundDunder(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let p = try partial(v)
            let name = p.type === partialType ? "functools.partial" : p.type.qualifiedName
            let text = try Lib.guardedRepr(interp, p, placeholder: "...") { () throws(PyError) -> String in
                var parts = [try interp.repr(p.function)]
                for a in p.args { parts.append(try interp.repr(a)) }
                for (k, x) in p.keywords.items { parts.append("\(try interp.str(k))=\(try interp.repr(x))") }
                return parts.joined(separator: ", ")
            }
            return .str("\(name)(\(text))")
        }
        return t
    }()

    // MARK: total_ordering and cmp_to_key

    static func totalOrdering(_ interp: Interpreter, _ cls: PyType) throws(PyError) {
        var roots: [String] = []
        for op in ["__lt__", "__le__", "__gt__", "__ge__"] {
            guard let mine = try interp.lookupAttributeOrNil(.object(cls), op) else { continue }
            if let base = try interp.lookupAttributeOrNil(.object(Builtins.objectType), op), base.isIdentical(to: mine)
            {
                continue
            }
            roots.append(op)
        }
        guard let root = roots.max() else {
            throw .valueError("must define at least one ordering operation: < > <= >=")
        }
        // For each root: (derived name, negate the root's result, combine with "==" (or) / "!=" (and) / nothing).
        let derived: [String: [(String, Bool, String)]] = [
            "__lt__": [("__gt__", true, "and!="), ("__le__", false, "or=="), ("__ge__", true, "")],
            "__le__": [("__ge__", true, "or=="), ("__lt__", false, "and!="), ("__gt__", true, "")],
            "__gt__": [("__lt__", true, "and!="), ("__ge__", false, "or=="), ("__le__", true, "")],
            "__ge__": [("__le__", true, "or=="), ("__gt__", false, "and!="), ("__lt__", true, "")],
        ]
        for (name, negate, combine) in derived[root]! where !roots.contains(name) {
            let method = PyMethodDescriptor(name: name, owner: cls) { (interp, v, args) throws(PyError) -> Value in
                guard let rootMethod = v.type.lookup(root) else { return Builtins.notImplemented }
                let r = try interp.call(rootMethod, [v, args[0]])
                if r.isIdentical(to: Builtins.notImplemented) { return r }
                let truth = try interp.isTrue(r)
                let base = negate ? !truth : truth
                switch combine {
                case "and!=":
                    if !base { return .false }
                    return try interp.richCompare(v, args[0], .notEq)
                case "or==":
                    if base { return negate ? .true : r }
                    return try interp.richCompare(v, args[0], .eq)
                default:
                    return .bool(base)
                }
            }
            try interp.setAttribute(.object(cls), PyStr.intern(name), .object(method))
        }
    }

    final class CmpKey: PyObject, @unchecked Sendable {  // thread-confined, as every PyObject
        let object: Value
        let cmp: Value
        init(_ object: Value, _ cmp: Value) {
            self.object = object
            self.cmp = cmp
            super.init(kind: .instance, type: FunctoolsModule.keyWrapperType)
        }
    }

    static let keyWrapperType: PyType = {
        let t = Lib.makeType("KeyWrapper", module: "functools", kind: .instance)
        Builtins.attribute(t, "obj") { (_, v) throws(PyError) -> Value in try Lib.receiver(v, CmpKey.self, "functools.KeyWrapper").object }
        t.namespace.setItem("__hash__", .none)
        let tests: [(String, (Int) -> Bool)] = [
            ("__lt__", { $0 < 0 }), ("__le__", { $0 <= 0 }), ("__gt__", { $0 > 0 }), ("__ge__", { $0 >= 0 }),
            ("__eq__", { $0 == 0 }), ("__ne__", { $0 != 0 }),
        ]
        for (name, test) in tests {
            Lib.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                guard let a = v.asObject as? CmpKey, let b = args[0].asObject as? CmpKey else {
                    throw .typeError("other argument must be K instance")
                }
                let r = try interp.call(a.cmp, [a.object, b.object])
                let zero = Value.int(0)
                let sign = try interp.lessThan(r, zero) ? -1 : (try interp.lessThan(zero, r) ? 1 : 0)
                return .bool(test(sign))
            }
        }
        return t
    }()

    // MARK: cached_property

    final class CachedProperty: PyObject, @unchecked Sendable {  // thread-confined, as every PyObject
        let function: Value
        var attributeName: String?
        init(type: PyType, function: Value) {
            self.function = function
            super.init(kind: .instance, type: type)
            dict = PyDict()
        }
    }

    static let cachedPropertyType: PyType = {
        let t = Lib.makeType("cached_property", module: "functools", kind: .instance)
        t.constructor = { (interp, type, args) throws(PyError) -> Value in
            try args.expect("cached_property", min: 1, max: 1)
            let p = CachedProperty(type: type, function: args[0])
            if let doc = try interp.lookupAttributeOrNil(args[0], "__doc__") { p.dict!.setItem("__doc__", doc) }
            return .object(p)
        }
        Lib.method(t, "__set_name__") { (interp, v, args) throws(PyError) -> Value in
            let p = try Lib.receiver(v, CachedProperty.self, "functools.cached_property")
            let name = try interp.str(args[1])
            if p.attributeName == nil {
                p.attributeName = name
            } else if p.attributeName != name {
                let old = Interpreter.strRepr(PyStr(p.attributeName!))
                let new = Interpreter.strRepr(PyStr(name))
                throw .typeError("Cannot assign the same cached_property to two different names (\(old) and \(new)).")
            }
            return .none
        }
        Lib.method(t, "__get__") { (interp, v, args) throws(PyError) -> Value in
            let p = try Lib.receiver(v, CachedProperty.self, "functools.cached_property")
            let instance = args[0]
            if instance.isNone { return v }
            guard let name = p.attributeName else {
                throw .typeError("Cannot use cached_property instance without calling __set_name__ on it.")
            }
            guard case .object(let o) = instance, let d = o.dict else {
                let owner = Interpreter.strRepr(PyStr(instance.typeName))
                let attribute = Interpreter.strRepr(PyStr(name))
                throw .typeError("No '__dict__' attribute on \(owner) instance to cache \(attribute) property.")
            }
            if let cached = d.getItem(name) { return cached }
            let value = try interp.call(p.function, [instance])
            d.setItem(name, value)
            return value
        }
        return t
    }()
}
