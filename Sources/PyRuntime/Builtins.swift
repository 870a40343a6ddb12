import BigInt

/// Helpers for declaring builtin functions and methods, and the one-time installation of every builtin
/// type's methods.
extension Builtins {
    nonisolated(unsafe) private static var installed = false
    private static let installLock = NSLockLite()

    /// Install the methods of builtin types (once per process, before the first interpreter runs).
    static func installMethodsOnce() {
        installLock.withLock {
            if installed { return }
            installed = true
            installObjectMethods()
            installTypeAttributes()
            installContainerMethods()
            installStrMethods()
            installNumberMethods()
            installExceptionMethods()
            installAsyncGeneratorMethods()
            installRangeMethods()
            installGeneratorIntrospection()
            installConstructors()
            for hook in extraInstallers { hook() }
        }
    }

    /// Library targets may add methods to builtin types before the first interpreter is made.
    nonisolated(unsafe) public static var extraInstallers: [() -> Void] = []

    /// Define a method on a builtin type.
    public static func method(
        _ type: PyType, _ name: String, doc: String? = nil, _ body: @escaping PyMethodDescriptor.Body
    ) {
        type.namespace.setItem(name, .object(PyMethodDescriptor(name: name, owner: type, doc: doc, body)))
    }

    /// Define a computed attribute on a builtin type.
    public static func attribute(
        _ type: PyType, _ name: String, _ getter: @escaping PyGetSet.Getter, setter: PyGetSet.Setter? = nil
    ) {
        type.namespace.setItem(name, .object(PyGetSet(name: name, getter: getter, setter: setter)))
    }

    /// A builtin function value.
    public static func function(_ name: String, doc: String? = nil, _ body: @escaping PyBuiltinFunction.Body) -> Value {
        .object(PyBuiltinFunction(name: name, doc: doc, body))
    }
}

/// Argument checking shared by builtins, with CPython's messages.
extension Args {
    /// Raise unless the call has between `min` and `max` positional arguments and no keywords (unless allowed).
    public func expect(_ name: String, min: Int, max: Int, keywords: Bool = false) throws(PyError) {
        if !keywords, hasKeywords { throw .typeError("\(name)() takes no keyword arguments") }
        if count < min || count > max {
            if min == max {
                if min == 0 { throw .typeError("\(name)() takes no arguments (\(count) given)") }
                if min == 1 { throw .typeError("\(name)() takes exactly one argument (\(count) given)") }
                throw .typeError("\(name) expected \(min) arguments, got \(count)")
            }
            if count < min {
                throw .typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(count)")
            }
            throw .typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(count)")
        }
    }

    /// Positional argument `i`, or keyword `name`, or nil.
    public func argument(_ i: Int, _ name: String) -> Value? {
        if i < count { return values[i] }
        return keyword(name)
    }
}

extension Interpreter {
    /// A Python int (inline or big) as BigInt, nil for other types.
    public func bigIntValue(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        default: return v.asBigInt?.value
        }
    }

    /// An int argument, raising TypeError like CPython when it is not one.
    public func intArgument(_ v: Value, _ what: String = "") throws(PyError) -> Int {
        if let i = try indexValue(v) { return i }
        if v.asBigInt != nil { throw .overflowError("Python int too large to convert to C ssize_t") }
        throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }

    /// A float argument (ints accepted).
    public func floatArgument(_ v: Value) throws(PyError) -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        default:
            if let b = v.asBigInt {
                let d = Double(b.value)
                if d.isInfinite { throw .overflowError("int too large to convert to float") }
                return d
            }
            if case .object(let o) = v, !o.type.isBuiltin, let m = userMethod(o.type, "__float__") {
                return try floatArgument(try call(m, [v]))
            }
            throw .typeError("must be real number, not \(v.typeName)")
        }
    }
}
