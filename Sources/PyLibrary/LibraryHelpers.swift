import BigInt
import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// Shared building blocks of the library modules: type creation, the ways of attaching methods that the runtime's
/// dispatch rules require, argument binding with CPython's messages, int conversions and OSError construction.
///
/// How the runtime dispatches dunder methods of library types (see PyRuntime's Repr/Protocols/Operators): types
/// made with `isBuiltin: false` get operators, comparisons, hashing, `len`, `in` and subscripts from method
/// descriptors in their namespace, as class statements do. Three dunders need care:
/// - `__repr__`/`__str__` of non-native objects (dict, tuple or instance kinds) are taken from the type only when
///   they are not method descriptors, so `boundDunder` installs them as a getter that returns a bound method.
/// - `__iter__` of a non-builtin type must not be a method descriptor either (the runtime would treat the object
///   as a builtin container), so `iterMethod` installs a plain builtin function that takes the receiver first.
enum Lib {
    /// A new library type; the bases always admit an MRO here, so a failure is a programming error.
    static func makeType(
        _ name: String, module: String, bases: [PyType] = [], kind: ObjectKind, isBuiltin: Bool = false
    ) -> PyType {
        do {
            return try PyType.makeLibraryType(
                name: name, module: module, bases: bases, instanceKind: kind, isBuiltin: isBuiltin)
        } catch {
            fatalError("cannot create library type \(module).\(name)")
        }
    }

    /// An ordinary method (`d.append(x)`), also found by the runtime for operator dunders of non-builtin types.
    static func method(_ t: PyType, _ name: String, _ body: @escaping PyMethodDescriptor.Body) {
        Builtins.method(t, name, body)
    }

    /// A dunder the runtime looks up through the descriptor protocol (`__repr__`, `__str__`): installed as a
    /// getter returning the method bound to the instance.
    static func boundDunder(_ t: PyType, _ name: String, _ body: @escaping PyMethodDescriptor.Body) {
        let descriptor = Value.object(PyMethodDescriptor(name: name, owner: t, body))
        Builtins.attribute(t, name) { (_, v) throws(PyError) -> Value in
            .object(PyBoundMethod(function: descriptor, receiver: v))
        }
    }

    /// `__iter__` for a non-builtin type: a builtin function taking the receiver as its first argument.
    static func iterMethod(_ t: PyType, _ body: @escaping (Interpreter, Value) throws(PyError) -> Value) {
        t.namespace.setItem(
            "__iter__",
            .object(
                PyBuiltinFunction(name: "__iter__") { (interp, args) throws(PyError) -> Value in
                    guard args.count >= 1 else { throw .typeError("descriptor '__iter__' needs an argument") }
                    return try body(interp, args[0])
                }))
    }

    /// A classmethod whose body receives the class as `args[0]`.
    static func classMethod(_ t: PyType, _ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        let fn = Value.object(PyBuiltinFunction(name: name, body))
        t.namespace.setItem(name, .object(PyMethodWrapper(function: fn, isClassMethod: true)))
    }

    /// A module-level builtin function.
    static func function(_ m: PyModule, _ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        let f = PyBuiltinFunction(name: name, module: m.name, body)
        m.set(name, .object(f))
    }

    /// An iterator type of a module (`itertools.chain`): instances are `PyClosureIterator`s. `iter(it)` returns
    /// the iterator itself and its repr is CPython's `<itertools.chain object at 0x...>`.
    static func iteratorType(_ name: String, module: String) -> PyType {
        let t = makeType(name, module: module, bases: [Builtins.iteratorType], kind: .iterator)
        iterMethod(t) { (_, v) throws(PyError) -> Value in v }
        return t
    }

    // MARK: Receivers

    /// The receiver of a method as the Swift class it must be. Method descriptors can be called unbound with any
    /// first argument (`deque.append(5, 1)`), so this raises TypeError rather than trusting the receiver.
    static func receiver<T: PyObject>(_ v: Value, _ type: T.Type, _ name: String) throws(PyError) -> T {
        guard let o = v.asObject as? T else {
            throw .typeError("descriptor requires a '\(name)' object but received a '\(v.typeName)'")
        }
        return o
    }

    /// The receiver of a method of a dict subclass.
    static func dictReceiver(_ v: Value, _ name: String) throws(PyError) -> PyDict {
        guard let d = v.asDict else {
            throw .typeError("descriptor requires a '\(name)' object but received a '\(v.typeName)'")
        }
        return d
    }

    /// The receiver of a method of a tuple subclass.
    static func tupleReceiver(_ v: Value, _ name: String) throws(PyError) -> PyTuple {
        guard let t = v.asTuple else {
            throw .typeError("descriptor requires a '\(name)' object but received a '\(v.typeName)'")
        }
        return t
    }

    // MARK: Arguments

    /// Bind `args` to parameter names as a builtin written in C would: `names[i]` may be passed positionally
    /// (when `i < positionalCount`) or by keyword; `required` leading names must be present.
    /// - Returns: one slot per name, nil when not given.
    /// - Throws: TypeError with CPython's wording for too many, duplicate, unknown or missing arguments.
    static func bind(
        _ fname: String, _ args: Args, _ names: [String], required: Int = 0, positionalCount: Int? = nil
    ) throws(PyError) -> [Value?] {
        let maxPositional = positionalCount ?? names.count
        if args.count > maxPositional {
            let what = maxPositional == 1 ? "argument" : "arguments"
            if required == maxPositional {
                throw .typeError("\(fname)() takes exactly \(maxPositional) \(what) (\(args.count) given)")
            }
            throw .typeError("\(fname)() takes at most \(maxPositional) \(what) (\(args.count) given)")
        }
        var out = [Value?](repeating: nil, count: names.count)
        for i in 0..<args.count { out[i] = args[i] }
        for (k, v) in args.keywords {
            guard let i = names.firstIndex(of: k) else {
                throw .typeError("\(fname)() got an unexpected keyword argument '\(k)'")
            }
            if out[i] != nil {
                throw .typeError("argument for \(fname)() given by name ('\(k)') and position (\(i + 1))")
            }
            out[i] = v
        }
        for i in 0..<required where out[i] == nil {
            throw .typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }

    /// Reject keyword arguments for functions that take none.
    static func noKeywords(_ fname: String, _ args: Args) throws(PyError) {
        if args.hasKeywords { throw .typeError("\(fname)() takes no keyword arguments") }
    }

    // MARK: Numbers

    /// A Python int (or bool) as Swift Int; nil for other types and for ints beyond 64 bits.
    static func smallInt(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// A Python int (or bool) as BigInt; nil for other types.
    static func bigInt(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        default: return v.asBigInt?.value
        }
    }

    /// True for ints and bools (including big ints and int subclasses).
    static func isInt(_ v: Value) -> Bool { v.type.isSubtype(of: Builtins.intType) }

    /// An index argument as BigInt, using `__index__` for user objects; TypeError otherwise.
    static func indexBigInt(_ interp: Interpreter, _ v: Value) throws(PyError) -> BigInt {
        if let b = bigInt(v) { return b }
        if case .object(let o) = v, !o.type.isBuiltin, let m = o.type.lookup("__index__") {
            let r = try interp.call(m, [v])
            if let b = bigInt(r) { return b }
            throw .typeError("__index__ returned non-int (type \(r.typeName))")
        }
        throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }

    /// A float argument as CPython's `PyFloat_AsDouble` sees it (ints, floats, `__float__`, `__index__`).
    static func double(_ interp: Interpreter, _ v: Value) throws(PyError) -> Double {
        if let b = v.asBigInt {
            let d = Double(b.value)
            if d.isInfinite { throw .overflowError("int too large to convert to float") }
            return d
        }
        if case .object(let o) = v, !o.type.isBuiltin, o.type.lookup("__float__") == nil,
            o.type.lookup("__index__") != nil
        {
            return Double(try indexBigInt(interp, v))
        }
        do {
            return try interp.floatArgument(v)
        } catch  where error.matches(Builtins.typeErrorType) {
            throw .typeError("must be real number, not \(v.typeName)")
        }
    }

    /// Run `body` to build the repr of `o` unless `o`'s repr is already being built further up (a container
    /// holding itself), in which case `placeholder` is the answer (`[...]`, `{...}`).
    static func guardedRepr(
        _ interp: Interpreter, _ o: PyObject, placeholder: String, _ body: () throws(PyError) -> String
    ) throws(PyError) -> String {
        let key = "PyLibrary.reprStack"
        let stack: Box<Set<ObjectIdentifier>>
        if let b = interp.extensions[key] as? Box<Set<ObjectIdentifier>> {
            stack = b
        } else {
            stack = Box([])
            interp.extensions[key] = stack
        }
        let id = ObjectIdentifier(o)
        if stack.value.contains(id) { return placeholder }
        stack.value.insert(id)
        defer { stack.value.remove(id) }
        return try body()
    }

    /// `{k: v, ...}` for the items of `d`, guarded against self-reference.
    static func dictBodyRepr(_ interp: Interpreter, _ d: PyDict) throws(PyError) -> String {
        try guardedRepr(interp, d, placeholder: "...") { () throws(PyError) -> String in
            var parts: [String] = []
            for (k, v) in d.items { parts.append(try interp.repr(k) + ": " + interp.repr(v)) }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }

    // MARK: Errors

    /// The OSError subclass CPython raises for `err` (FileNotFoundError for ENOENT, ...).
    static func osErrorType(_ err: Int32) -> PyType {
        let name: String
        switch err {
        case ENOENT: name = "FileNotFoundError"
        case EEXIST: name = "FileExistsError"
        case EISDIR: name = "IsADirectoryError"
        case ENOTDIR: name = "NotADirectoryError"
        case EACCES, EPERM: name = "PermissionError"
        case EAGAIN, EALREADY, EINPROGRESS: name = "BlockingIOError"
        case ECHILD: name = "ChildProcessError"
        case EPIPE, ESHUTDOWN: name = "BrokenPipeError"
        case ECONNABORTED: name = "ConnectionAbortedError"
        case ECONNREFUSED: name = "ConnectionRefusedError"
        case ECONNRESET: name = "ConnectionResetError"
        case EINTR: name = "InterruptedError"
        case ESRCH: name = "ProcessLookupError"
        case ETIMEDOUT: name = "TimeoutError"
        default: name = "OSError"
        }
        return Builtins.exceptionType(name)
    }

    /// `OSError(errno, strerror[, filename[, winerror, filename2]])` for an error the C library reported, built
    /// by calling the exception type so that the runtime's OSError constructor decides how the arguments are
    /// kept (`errno`, `strerror`, `filename`, `filename2` attributes; `[Errno 2] ...: 'x'` as its str).
    static func osError(
        _ interp: Interpreter, _ err: Int32, _ filename: String? = nil, _ filename2: String? = nil
    )
        -> PyError
    {
        var args: [Value] = [.int(Int(err)), .str(String(cString: strerror(err)))]
        if let filename { args.append(.str(filename)) }
        if let filename2 {
            args.append(.none)
            args.append(.str(filename2))
        }
        let type = osErrorType(err)
        do throws(PyError) {
            if let e = try interp.call(.object(type), args).asException { return PyError(e) }
        } catch {
            return error
        }
        return PyError(PyException(type: type, args: PyTuple(args)))
    }

    // MARK: Struct sequences

    /// A tuple subclass with named fields, like CPython's struct sequences (`time.struct_time`,
    /// `os.stat_result`): `fields` are the tuple's items; `reprName` heads the repr
    /// (`time.struct_time(tm_year=2024, ...)`).
    static func structSequenceType(_ name: String, module: String, fields: [String], reprName: String) -> PyType {
        let t = makeType(name, module: module, bases: [Builtins.tupleType], kind: .tuple)
        for (i, field) in fields.enumerated() {
            Builtins.attribute(t, field) { (_, v) throws(PyError) -> Value in
                guard let tuple = v.asTuple, i < tuple.count else { return .none }
                return tuple.items[i]
            }
        }
        t.namespace.setItem("n_fields", .int(fields.count))
        t.namespace.setItem("n_sequence_fields", .int(fields.count))
        boundDunder(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            guard let tuple = v.asTuple else { return .str(reprName + "()") }
            var parts: [String] = []
            for (i, field) in fields.enumerated() where i < tuple.count {
                parts.append("\(field)=\(try interp.repr(tuple.items[i]))")
            }
            return .str("\(reprName)(\(parts.joined(separator: ", ")))")
        }
        return t
    }

    /// An instance of a struct sequence type; `extras` become attributes outside the tuple (`tm_zone`).
    static func structSequence(_ t: PyType, _ items: [Value], extras: [(String, Value)] = []) -> Value {
        let tuple = PyTuple(items: ContiguousArray(items), type: t)
        if !extras.isEmpty {
            let d = PyDict()
            for (k, v) in extras { d.setItem(k, v) }
            tuple.dict = d
        }
        return .object(tuple)
    }
}

/// Process-wide state that library modules keep outside any interpreter (the time origin of `perf_counter`,
/// module type objects are `static let`s), guarded where it is mutable.
enum LibraryClock {
    /// Nanoseconds of `clock_gettime(id)`.
    static func nanoseconds(_ id: clockid_t) -> Int {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Int(ts.tv_sec) * 1_000_000_000 + Int(ts.tv_nsec)
    }
}
