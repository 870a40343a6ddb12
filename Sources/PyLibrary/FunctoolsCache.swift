import PyRuntime

/// `functools.lru_cache` and `functools.cache`: a wrapper object that memoizes calls by their arguments (keyword
/// order matters, as in CPython; `typed=True` also keys on argument types), evicts the least recently used entry
/// beyond `maxsize`, and reports `cache_info()` as a `CacheInfo(hits, misses, maxsize, currsize)` named tuple.
/// The wrapper binds as a method when stored in a class and carries the wrapped function's metadata.
enum FunctoolsCache {
    final class Wrapper: PyObject, @unchecked Sendable {  // thread-confined, as every PyObject
        let function: Value
        let maxsize: Int?
        let typed: Bool
        let cache = PyDict()
        var hits = 0
        var misses = 0
        init(function: Value, maxsize: Int?, typed: Bool) {
            self.function = function
            self.maxsize = maxsize
            self.typed = typed
            super.init(kind: .instance, type: FunctoolsCache.wrapperType)
            dict = PyDict()
        }
    }

    /// Separates positional from keyword arguments inside cache keys.
    static let keywordMark = Value.object(PyInstance(type: Builtins.objectType))

    static let cacheInfoType: PyType = NamedTuple.makeType(
        "CacheInfo", fields: ["hits", "misses", "maxsize", "currsize"], defaults: [], module: "functools")

    static func install(_ m: PyModule) {
        Lib.function(m, "lru_cache") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("lru_cache", args, ["maxsize", "typed"])
            let typed = try interp.isTrue(a[1] ?? .false)
            let first = a[0] ?? .int(128)
            if interp.isCallable(first) && !Lib.isInt(first) {
                return try decorate(interp, first, maxsize: 128, typed: typed)
            }
            var maxsize: Int?
            if !first.isNone {
                guard Lib.isInt(first) else {
                    throw .typeError("Expected first argument to be an integer, a callable, or None")
                }
                maxsize = Swift.max(0, try interp.intArgument(first))
            }
            return .object(
                PyBuiltinFunction(name: "decorating_function", module: "functools") {
                    (interp, args) throws(PyError) -> Value in
                    try args.expect("decorating_function", min: 1, max: 1)
                    return try decorate(interp, args[0], maxsize: maxsize, typed: typed)
                })
        }
        Lib.function(m, "cache") { (interp, args) throws(PyError) -> Value in
            try args.expect("cache", min: 1, max: 1)
            return try decorate(interp, args[0], maxsize: nil, typed: false)
        }
    }

    static func decorate(_ interp: Interpreter, _ function: Value, maxsize: Int?, typed: Bool) throws(PyError) -> Value
    {
        let wrapper = Value.object(Wrapper(function: function, maxsize: maxsize, typed: typed))
        _ = try FunctoolsModule.update(interp, wrapper, function, assigned: nil, updated: nil)
        return wrapper
    }

    /// The cache key of a call, as CPython builds it: one int or str argument is its own key.
    static func key(_ args: Args, typed: Bool) -> Value {
        if !typed && args.count == 1 && !args.hasKeywords {
            let v = args[0]
            if case .int = v { return v }
            if v.type === Builtins.strType || v.type === Builtins.intType { return v }
        }
        var items = ContiguousArray(args.positional)
        let keywords = args.keywords
        if !keywords.isEmpty {
            items.append(keywordMark)
            for (k, v) in keywords {
                items.append(.str(k))
                items.append(v)
            }
        }
        if typed {
            for v in args.positional { items.append(.object(v.type)) }
            for (_, v) in keywords { items.append(.object(v.type)) }
        }
        return .object(PyTuple(items))
    }

    static let wrapperType: PyType = {
        let t = Lib.makeType("_lru_cache_wrapper", module: "functools", kind: .instance)
        func wrapper(_ v: Value) throws(PyError) -> Wrapper { try Lib.receiver(v, Wrapper.self, "functools._lru_cache_wrapper") }
        Lib.method(t, "__call__") { (interp, v, args) throws(PyError) -> Value in
            let w = try wrapper(v)
            if w.maxsize == 0 {
                w.misses += 1
                return try interp.call(w.function, args: args)
            }
            let k = key(args, typed: w.typed)
            if let hit = try w.cache.getItem(k, interp) {
                w.hits += 1
                if w.maxsize != nil {
                    // Most recently used entries live at the end.
                    try w.cache.removeItem(k, interp)
                    try w.cache.setItem(k, hit, interp)
                }
                return hit
            }
            w.misses += 1
            let result = try interp.call(w.function, args: args)
            if try w.cache.getItem(k, interp) != nil { return result }
            if let maxsize = w.maxsize, w.cache.count >= maxsize, let oldest = w.cache.keys.first {
                try w.cache.removeItem(oldest, interp)
            }
            try w.cache.setItem(k, result, interp)
            return result
        }
        Lib.method(t, "cache_info") { (_, v, _) throws(PyError) -> Value in
            let w = try wrapper(v)
            let items: [Value] = [
                .int(w.hits), .int(w.misses), w.maxsize.map { .int($0) } ?? .none, .int(w.cache.count),
            ]
            return .object(PyTuple(items: ContiguousArray(items), type: cacheInfoType))
        }
        Lib.method(t, "cache_clear") { (_, v, _) throws(PyError) -> Value in
            let w = try wrapper(v)
            w.cache.removeAll()
            w.hits = 0
            w.misses = 0
            return .none
        }
        Lib.method(t, "cache_parameters") { (_, v, _) throws(PyError) -> Value in
            let w = try wrapper(v)
            let d = PyDict()
            d.setItem("maxsize", w.maxsize.map { .int($0) } ?? .none)
            d.setItem("typed", .bool(w.typed))
            return .object(d)
        }
        Lib.method(t, "__get__") { (_, v, args) throws(PyError) -> Value in
            if args.count == 0 || args[0].isNone { return v }
            return .object(PyBoundMethod(function: v, receiver: args[0]))
        }
        return t
    }()
}
