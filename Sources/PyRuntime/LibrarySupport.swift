/// Small public doors into the runtime for the library modules of `PyLibrary` (types defined in Swift, the
/// interrupt check). Everything here wraps internal machinery that already exists; nothing adds behaviour.
extension PyType {
    /// A type defined by a library module (`collections.deque`, `functools.partial`, ...), with its MRO computed
    /// by C3 linearization like a class statement's.
    ///
    /// - Parameters:
    ///   - name: `__name__` (and `__qualname__`).
    ///   - module: `__module__`, shown by `repr(T)` and in tracebacks.
    ///   - bases: the direct bases (`object` when empty).
    ///   - instanceKind: the Swift class its instances are made of (`.native` for `PyNativeObject`s, `.dict` for
    ///     a dict subclass, `.iterator` for a `PyIterator`, ...).
    ///   - isBuiltin: true for types Python code may neither subclass meaningfully nor patch. False makes the
    ///     runtime dispatch operators, comparisons, hashing and subscripts through the dunder methods found in the
    ///     type's namespace, as for a class statement.
    /// - Throws: TypeError when the bases admit no consistent MRO.
    public static func makeLibraryType(
        name: String, module: String, bases: [PyType] = [], instanceKind: ObjectKind, isBuiltin: Bool
    ) throws(PyError) -> PyType {
        let bases = bases.isEmpty ? [Builtins.objectType] : bases
        let t = PyType(
            name: name, metatype: Builtins.typeType, bases: bases, instanceKind: instanceKind, isBuiltin: isBuiltin,
            namespace: PyDict(type: Builtins.dictType), moduleName: module)
        try t.computeMRO()
        for b in bases { b.subclasses.append(Unowned(value: t)) }
        if t.namespace.getItem("__doc__") == nil { t.namespace.setItem("__doc__", .none) }
        return t
    }
}

extension Interpreter {
    /// Raise KeyboardInterrupt (clearing the request) when an interrupt is pending, exactly as the VM does at
    /// calls and backward jumps. Library code that blocks or loops in Swift (`time.sleep`, the asyncio event
    /// loop) calls it between short waits.
    public func checkInterrupt() throws(PyError) {
        if interrupt.isSet { throw takeInterrupt() }
    }
}
