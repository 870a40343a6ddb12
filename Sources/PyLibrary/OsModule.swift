import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `os`: the process (`getpid`, `getppid`, `getuid`, `getcwd`, `chdir`, `cpu_count`, `urandom`, `system`), the
/// environment (`environ` as a dict subclass whose assignments reach the process environment, `getenv`,
/// `putenv`, `unsetenv`), files and directories (`listdir`, `scandir`, `walk`, `mkdir`, `makedirs`, `remove`,
/// `unlink`, `rmdir`, `removedirs`, `rename`, `replace`, `stat`, `lstat`, `access`, `chmod`, `symlink`,
/// `readlink`), `fspath`, the path constants, and `os.path`. Failures raise the OSError subclass CPython raises
/// for the errno (FileNotFoundError, FileExistsError, ...).
///
/// Left out: file-descriptor I/O (`os.open`, `os.read`, ...), process control (`fork`, `exec*`, `kill`,
/// `waitpid`), bytes paths, `stat_result` fields beyond the common ones, `walk(onerror=)` callbacks.
enum OsModule {
    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "os")
        m.set("name", .str("posix"))
        m.set("sep", .str("/"))
        m.set("altsep", .none)
        m.set("extsep", .str("."))
        m.set("pathsep", .str(":"))
        m.set("linesep", .str("\n"))
        m.set("curdir", .str("."))
        m.set("pardir", .str(".."))
        m.set("devnull", .str("/dev/null"))
        m.set("defpath", .str("/bin:/usr/bin"))
        m.set("error", .object(Builtins.osErrorType))
        for (name, value) in [
            ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2), ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1),
        ] {
            m.set(name, .int(value))
        }
        m.set("environ", .object(makeEnviron()))
        m.set("stat_result", .object(statResultType))
        m.set("path", try interp.importSingle("os.path"))
        installProcess(m)
        installEnvironment(m)
        installFiles(m)
        installDescriptors(m)
        OsWalk.install(m)
        return m
    }

    static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    static func path(_ interp: Interpreter, _ v: Value, _ fname: String) throws(PyError) -> String {
        try OsPathModule.path(interp, v, fname)
    }

    // MARK: Process

    static func installProcess(_ m: PyModule) {
        let ids: [(String, () -> Int)] = [
            ("getpid", { Int(getpid()) }), ("getppid", { Int(getppid()) }), ("getuid", { Int(getuid()) }),
            ("geteuid", { Int(geteuid()) }), ("getgid", { Int(getgid()) }), ("getegid", { Int(getegid()) }),
        ]
        for (name, get) in ids {
            Lib.function(m, name) { (_, args) throws(PyError) -> Value in
                try args.expect(name, min: 0, max: 0)
                return .int(get())
            }
        }
        Lib.function(m, "_exit") { (interp, args) throws(PyError) -> Value in
            try args.expect("_exit", min: 1, max: 1)
            _exit(Int32(truncatingIfNeeded: try interp.intArgument(args[0])))
        }
        Lib.function(m, "getcwd") { (interp, args) throws(PyError) -> Value in
            try args.expect("getcwd", min: 0, max: 0)
            guard let cwd = getcwd(nil, 0) else { throw Lib.osError(interp, errno) }
            defer { free(cwd) }
            return .str(String(cString: cwd))
        }
        Lib.function(m, "chdir") { (interp, args) throws(PyError) -> Value in
            try args.expect("chdir", min: 1, max: 1)
            let p = try path(interp, args[0], "chdir")
            if chdir(p) != 0 { throw Lib.osError(interp, errno, p) }
            return .none
        }
        Lib.function(m, "cpu_count") { (_, args) throws(PyError) -> Value in
            try args.expect("cpu_count", min: 0, max: 0)
            let n = sysconf(Int32(_SC_NPROCESSORS_ONLN))
            return n > 0 ? .int(n) : .none
        }
        Lib.function(m, "urandom") { (interp, args) throws(PyError) -> Value in
            try args.expect("urandom", min: 1, max: 1)
            let n = try interp.intArgument(args[0])
            if n < 0 { throw .valueError("negative argument not allowed") }
            var bytes = [UInt8](repeating: 0, count: n)
            let ok = bytes.withUnsafeMutableBytes { RandomSource.bytes($0) }
            if !ok { throw Lib.osError(interp, errno) }
            return .object(PyBytes(bytes))
        }
        Lib.function(m, "system") { (interp, args) throws(PyError) -> Value in
            try args.expect("system", min: 1, max: 1)
            guard let command = args[0].asStr?.string else {
                throw .typeError("system() argument 'command' must be str, not \(args[0].typeName)")
            }
            interp.stdout.flush()
            interp.stderr.flush()
            return .int(Int(Glibc.system(command)))
        }
        Lib.function(m, "fspath") { (interp, args) throws(PyError) -> Value in
            try args.expect("fspath", min: 1, max: 1)
            if args[0].asStr != nil || args[0].asObject is PyBytes { return args[0] }
            if case .object(let o) = args[0], let f = o.type.lookup("__fspath__") {
                return try interp.call(f, [args[0]])
            }
            throw .typeError("expected str, bytes or os.PathLike object, not \(args[0].typeName)")
        }
        Lib.function(m, "umask") { (interp, args) throws(PyError) -> Value in
            try args.expect("umask", min: 1, max: 1)
            return .int(Int(umask(mode_t(truncatingIfNeeded: try interp.intArgument(args[0])))))
        }
    }

    // MARK: Environment

    static let environType: PyType = {
        let t = Lib.makeType("_Environ", module: "os", bases: [Builtins.dictType], kind: .dict)
        func text(_ v: Value) throws(PyError) -> String {
            guard let s = v.asStr else { throw .typeError("str expected, not \(v.typeName)") }
            return s.string
        }
        func store(_ interp: Interpreter, _ d: PyDict, _ k: Value, _ v: Value) throws(PyError) {
            let key = try text(k)
            let value = try text(v)
            if setenv(key, value, 1) != 0 { throw Lib.osError(interp, errno) }
            try d.setItem(k, v, interp)
        }
        func erase(_ interp: Interpreter, _ d: PyDict, _ k: Value) throws(PyError) -> Value? {
            let key = try text(k)
            guard let old = try d.removeItem(k, interp) else { return nil }
            unsetenv(key)
            return old
        }
        Lib.method(t, "__setitem__") { (interp, v, args) throws(PyError) -> Value in
            try store(interp, try Lib.dictReceiver(v, "os._Environ"), args[0], args[1])
            return .none
        }
        Lib.method(t, "__delitem__") { (interp, v, args) throws(PyError) -> Value in
            if try erase(interp, try Lib.dictReceiver(v, "os._Environ"), args[0]) == nil { throw .keyError(args[0]) }
            return .none
        }
        Lib.method(t, "setdefault") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("setdefault", min: 2, max: 2)
            if let x = try Lib.dictReceiver(v, "os._Environ").getItem(args[0], interp) { return x }
            try store(interp, try Lib.dictReceiver(v, "os._Environ"), args[0], args[1])
            return args[1]
        }
        Lib.method(t, "pop") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("pop", min: 1, max: 2)
            if let old = try erase(interp, try Lib.dictReceiver(v, "os._Environ"), args[0]) { return old }
            if args.count > 1 { return args[1] }
            throw .keyError(args[0])
        }
        Lib.method(t, "update") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("update", min: 0, max: 1, keywords: true)
            let staging = PyDict()
            if args.count == 1 { try interp.call(Builtins.dictType.lookup("update")!, [.object(staging), args[0]]) }
            for (k, x) in args.keywords { staging.setItem(k, x) }
            for (k, x) in staging.items { try store(interp, try Lib.dictReceiver(v, "os._Environ"), k, x) }
            return .none
        }
        Lib.method(t, "clear") { (interp, v, _) throws(PyError) -> Value in
            for k in try Lib.dictReceiver(v, "os._Environ").keys { _ = try erase(interp, try Lib.dictReceiver(v, "os._Environ"), k) }
            return .none
        }
        Lib.method(t, "copy") { (_, v, _) throws(PyError) -> Value in .object(try Lib.dictReceiver(v, "os._Environ").copy()) }
        Lib.boundDunder(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            var parts: [String] = []
            for (k, x) in try Lib.dictReceiver(v, "os._Environ").items { parts.append(try interp.repr(k) + ": " + interp.repr(x)) }
            return .str("environ({" + parts.joined(separator: ", ") + "})")
        }
        return t
    }()

    static func makeEnviron() -> PyDict {
        let d = PyDict(type: environType)
        var p = Glibc.environ
        while let entry = p.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") {
                let key = String(text[..<eq])
                if d.getItem(key) == nil { d.setItem(key, .str(String(text[text.index(after: eq)...]))) }
            }
            p += 1
        }
        return d
    }

    /// This interpreter's `os.environ`, when `os` was imported.
    static func environ(_ interp: Interpreter) -> PyDict? {
        guard let os = interp.modules.getItem("os")?.asObject as? PyModule else { return nil }
        return os.namespace.getItem("environ")?.asDict
    }

    static func installEnvironment(_ m: PyModule) {
        Lib.function(m, "getenv") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("getenv", args, ["key", "default"], required: 1)
            guard let key = a[0]!.asStr else { throw .typeError("str expected, not \(a[0]!.typeName)") }
            if let d = environ(interp) { return try d.getItem(.object(key), interp) ?? (a[1] ?? .none) }
            return getenv(key.string).map { .str(String(cString: $0)) } ?? (a[1] ?? .none)
        }
        Lib.function(m, "putenv") { (interp, args) throws(PyError) -> Value in
            try args.expect("putenv", min: 2, max: 2)
            guard let k = args[0].asStr?.string, let v = args[1].asStr?.string else {
                throw .typeError("str expected, not \(args[0].asStr == nil ? args[0].typeName : args[1].typeName)")
            }
            if k.isEmpty || k.contains("=") { throw .valueError("illegal environment variable name") }
            if setenv(k, v, 1) != 0 { throw Lib.osError(interp, errno) }
            return .none
        }
        Lib.function(m, "unsetenv") { (interp, args) throws(PyError) -> Value in
            try args.expect("unsetenv", min: 1, max: 1)
            guard let k = args[0].asStr?.string else { throw .typeError("str expected, not \(args[0].typeName)") }
            if unsetenv(k) != 0 { throw Lib.osError(interp, errno) }
            return .none
        }
    }

    // MARK: Files and directories

    static func installFiles(_ m: PyModule) {
        Lib.function(m, "listdir") { (interp, args) throws(PyError) -> Value in
            try args.expect("listdir", min: 0, max: 1, keywords: true)
            let p = try (args.argument(0, "path")).map { (v) throws(PyError) in try path(interp, v, "listdir") } ?? "."
            guard let entries = OsWalk.entries(p) else { throw Lib.osError(interp, errno, p) }
            return .object(PyList(entries.map { .str($0.name) }))
        }
        Lib.function(m, "mkdir") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("mkdir", args, ["path", "mode", "dir_fd"], required: 1)
            let p = try path(interp, a[0]!, "mkdir")
            let mode = try a[1].map { (v) throws(PyError) in try interp.intArgument(v) } ?? 0o777
            if mkdir(p, mode_t(truncatingIfNeeded: mode)) != 0 { throw Lib.osError(interp, errno, p) }
            return .none
        }
        Lib.function(m, "makedirs") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("makedirs", args, ["name", "mode", "exist_ok"], required: 1)
            let p = try path(interp, a[0]!, "makedirs")
            let mode = try a[1].map { (v) throws(PyError) in try interp.intArgument(v) } ?? 0o777
            try makedirs(interp, p, mode: mode_t(truncatingIfNeeded: mode), existOK: try interp.isTrue(a[2] ?? .false))
            return .none
        }
        for name in ["remove", "unlink"] {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                let a = try Lib.bind(name, args, ["path", "dir_fd"], required: 1)
                let p = try path(interp, a[0]!, name)
                if unlink(p) != 0 { throw Lib.osError(interp, errno, p) }
                return .none
            }
        }
        Lib.function(m, "rmdir") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("rmdir", args, ["path", "dir_fd"], required: 1)
            let p = try path(interp, a[0]!, "rmdir")
            if rmdir(p) != 0 { throw Lib.osError(interp, errno, p) }
            return .none
        }
        Lib.function(m, "removedirs") { (interp, args) throws(PyError) -> Value in
            try args.expect("removedirs", min: 1, max: 1)
            var p = try path(interp, args[0], "removedirs")
            if rmdir(p) != 0 { throw Lib.osError(interp, errno, p) }
            var (head, tail) = OsPathModule.split(p)
            if tail.isEmpty { (head, tail) = OsPathModule.split(head) }
            while !head.isEmpty && !tail.isEmpty {
                if rmdir(head) != 0 { break }
                p = head
                (head, tail) = OsPathModule.split(head)
            }
            return .none
        }
        for name in ["rename", "replace"] {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                let a = try Lib.bind(name, args, ["src", "dst"], required: 2)
                let src = try path(interp, a[0]!, name)
                let dst = try path(interp, a[1]!, name)
                if Glibc.rename(src, dst) != 0 { throw Lib.osError(interp, errno, src, dst) }
                return .none
            }
        }
        for (name, follow) in [("stat", true), ("lstat", false)] {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                let a = try Lib.bind(name, args, ["path", "dir_fd", "follow_symlinks"], required: 1)
                var followLinks = follow
                if followLinks { followLinks = try interp.isTrue(a[2] ?? .true) }
                var st = stat()
                if case .int(let fd) = a[0]! {
                    if fstat(Int32(truncatingIfNeeded: fd), &st) != 0 { throw Lib.osError(interp, errno) }
                    return statResult(st)
                }
                let p = try path(interp, a[0]!, name)
                let r = followLinks ? fstatat(AT_FDCWD, p, &st, 0) : lstat(p, &st)
                if r != 0 { throw Lib.osError(interp, errno, p) }
                return statResult(st)
            }
        }
        Lib.function(m, "access") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("access", args, ["path", "mode"], required: 2)
            let p = try path(interp, a[0]!, "access")
            return .bool(access(p, Int32(truncatingIfNeeded: try interp.intArgument(a[1]!))) == 0)
        }
        Lib.function(m, "chmod") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("chmod", args, ["path", "mode"], required: 2)
            let p = try path(interp, a[0]!, "chmod")
            if chmod(p, mode_t(truncatingIfNeeded: try interp.intArgument(a[1]!))) != 0 {
                throw Lib.osError(interp, errno, p)
            }
            return .none
        }
        Lib.function(m, "symlink") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("symlink", args, ["src", "dst", "target_is_directory"], required: 2)
            let src = try path(interp, a[0]!, "symlink")
            let dst = try path(interp, a[1]!, "symlink")
            if symlink(src, dst) != 0 { throw Lib.osError(interp, errno, src, dst) }
            return .none
        }
        Lib.function(m, "readlink") { (interp, args) throws(PyError) -> Value in
            try args.expect("readlink", min: 1, max: 1)
            let p = try path(interp, args[0], "readlink")
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(p, &buffer, buffer.count - 1)
            if n < 0 { throw Lib.osError(interp, errno, p) }
            return .str(String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
    }

    static func makedirs(_ interp: Interpreter, _ name: String, mode: mode_t, existOK: Bool) throws(PyError) {
        var (head, tail) = OsPathModule.split(name)
        if tail.isEmpty { (head, tail) = OsPathModule.split(head) }
        if !head.isEmpty && !tail.isEmpty && OsPathModule.statInfo(head) == nil {
            do {
                try makedirs(interp, head, mode: mode, existOK: existOK)
            } catch  where error.matches(Builtins.exceptionType("FileExistsError")) {
                // Another process created it meanwhile.
            }
            if tail == "." { return }
        }
        if mkdir(name, mode) != 0 {
            let err = errno
            let isDir = OsPathModule.statInfo(name).map { ($0.st_mode & S_IFMT) == S_IFDIR } ?? false
            if !existOK || !isDir { throw Lib.osError(interp, err, name) }
        }
    }

    // MARK: stat_result

    static let statFields = [
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
    ]

    static let statResultType: PyType = {
        let t = Lib.structSequenceType("stat_result", module: "os", fields: statFields, reprName: "os.stat_result")
        // The float times and the extra fields live outside the tuple, as in CPython.
        for extra in [
            "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
            "st_rdev",
        ] {
            Builtins.attribute(t, extra) { (_, v) throws(PyError) -> Value in
                v.asObject?.dict?.getItem(extra) ?? .none
            }
        }
        return t
    }()

    static func statResult(_ st: stat) -> Value {
        func seconds(_ ts: timespec) -> Double { Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9 }
        func nanos(_ ts: timespec) -> Int { Int(ts.tv_sec) * 1_000_000_000 + Int(ts.tv_nsec) }
        let items: [Value] = [
            .int(Int(st.st_mode)), .int(Int(bitPattern: UInt(st.st_ino))), .int(Int(bitPattern: UInt(st.st_dev))),
            .int(Int(st.st_nlink)), .int(Int(st.st_uid)), .int(Int(st.st_gid)), .int(Int(st.st_size)),
            .int(Int(st.st_atim.tv_sec)), .int(Int(st.st_mtim.tv_sec)), .int(Int(st.st_ctim.tv_sec)),
        ]
        return Lib.structSequence(
            statResultType, items,
            extras: [
                ("st_atime", .float(seconds(st.st_atim))), ("st_mtime", .float(seconds(st.st_mtim))),
                ("st_ctime", .float(seconds(st.st_ctim))), ("st_atime_ns", .int(nanos(st.st_atim))),
                ("st_mtime_ns", .int(nanos(st.st_mtim))), ("st_ctime_ns", .int(nanos(st.st_ctim))),
                ("st_blksize", .int(Int(st.st_blksize))), ("st_blocks", .int(Int(st.st_blocks))),
                ("st_rdev", .int(Int(bitPattern: UInt(st.st_rdev)))),
            ])
    }
}
