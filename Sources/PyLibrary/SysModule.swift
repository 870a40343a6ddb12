import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `sys`: argv, the standard streams, exit, version information (`version_info`, `float_info`, `int_info` as
/// named struct sequences), the recursion limit, modules and path.
enum SysModule {
    static let versionInfoType = Lib.structSequenceType(
        "version_info", module: "sys", fields: ["major", "minor", "micro", "releaselevel", "serial"],
        reprName: "sys.version_info")
    static let floatInfoType = Lib.structSequenceType(
        "float_info", module: "sys",
        fields: [
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
            "rounds",
        ],
        reprName: "sys.float_info")
    static let intInfoType = Lib.structSequenceType(
        "int_info", module: "sys",
        fields: ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
        reprName: "sys.int_info")

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
        m.set("version_info", Lib.structSequence(versionInfoType, [.int(3), .int(11), .int(7), .str("final"), .int(0)]))
        m.set("hexversion", .int(0x030B_07F0))
        let floatInfo: [Value] = [
            .float(Double.greatestFiniteMagnitude), .int(1024), .int(308), .float(Double.leastNormalMagnitude),
            .int(-1021), .int(-307), .int(15), .int(53), .float(Double.ulpOfOne), .int(2), .int(1),
        ]
        m.set("float_info", Lib.structSequence(floatInfoType, floatInfo))
        m.set("int_info", Lib.structSequence(intInfoType, [.int(30), .int(4), .int(4300), .int(640)]))
        if let open = interp.builtins.getItem("open"),
            let stdin = try? interp.call(open, [.int(0), .str("r")], keywords: [("closefd", .false)])
        {
            m.set("stdin", stdin)
            m.set("__stdin__", stdin)
        }
        Lib.function(m, "getdefaultencoding") { (_, _) throws(PyError) -> Value in .str("utf-8") }
        Lib.function(m, "getfilesystemencoding") { (_, _) throws(PyError) -> Value in .str("utf-8") }
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
