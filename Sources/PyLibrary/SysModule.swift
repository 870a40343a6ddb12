import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `sys`: argv, the standard streams, exit, version information, the recursion limit, modules and path.
enum SysModule {
    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "sys")
        m.set("argv", .object(PyList(interp.argv.map { .str($0) })))
        m.set("stdout", .object(PyTextStream(isError: false)))
        m.set("stderr", .object(PyTextStream(isError: true)))
        m.set("__stdout__", m.namespace.getItem("stdout")!)
        m.set("__stderr__", m.namespace.getItem("stderr")!)
        m.set("modules", .object(interp.modules))
        m.set("path", .object(PyList([.str(interp.scriptDirectory ?? "")])))
        m.set("platform", .str("linux"))
        m.set("maxsize", .int(Int.max))
        m.set("byteorder", .str("little"))
        m.set("executable", .str(CommandLine.arguments.first ?? "swiftray"))
        m.set("version", .str("3.11.7 (SwiftRay 0.1.0)"))
        let versionInfo = PyTuple([.int(3), .int(11), .int(7), .str("final"), .int(0)])
        m.set("version_info", .object(versionInfo))
        m.set("implementation", .str("swiftray"))
        m.set("builtin_module_names", .object(PyTuple(ModuleRegistry.names.map { .str($0) })))
        m.set("exit", Builtins.function("exit") { (_, args) throws(PyError) -> Value in
            throw PyError(PyException(type: Builtins.systemExitType, args: PyTuple(ContiguousArray(args.positional))))
        })
        m.set("getrecursionlimit", Builtins.function("getrecursionlimit") { (interp, _) throws(PyError) -> Value in
            .int(interp.recursionLimit)
        })
        m.set("setrecursionlimit", Builtins.function("setrecursionlimit") { (interp, args) throws(PyError) -> Value in
            try args.expect("setrecursionlimit", min: 1, max: 1)
            let n = try interp.intArgument(args[0])
            if n < 1 { throw .valueError("recursion limit must be greater or equal than 1") }
            interp.recursionLimit = n
            return .none
        })
        m.set("exc_info", Builtins.function("exc_info") { (interp, _) throws(PyError) -> Value in
            guard let e = interp.currentHandledException else { return .object(PyTuple([.none, .none, .none])) }
            return .object(PyTuple([.object(e.type), .object(e), .none]))
        })
        m.set("exception", Builtins.function("exception") { (interp, _) throws(PyError) -> Value in
            interp.currentHandledException.map { .object($0) } ?? .none
        })
        m.set("getsizeof", Builtins.function("getsizeof") { (interp, args) throws(PyError) -> Value in
            .int(64 + 8 * ((try? interp.length(args[0])) ?? 0))
        })
        m.set("intern", Builtins.function("intern") { (_, args) throws(PyError) -> Value in
            guard let s = args[0].asStr else { throw .typeError("intern() argument must be str") }
            return .object(PyStr.intern(s.string))
        })
        return m
    }
}
