import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `shutil`: `rmtree` (with `ignore_errors` and `onerror`), `copyfile`, `copy`, `copy2`, `copytree`
/// (`ignore`, `dirs_exist_ok`), `move`, `which`, `disk_usage`, and `SameFileError`/`Error`.
///
/// Left out: archives (`make_archive`, `unpack_archive`), `chown`, `copyfileobj`, `copymode`/`copystat` as
/// separate functions, `get_terminal_size`, the `copy_function`/`symlinks` options of `copytree` (symbolic links
/// are followed).
enum ShutilModule {
    static let errorType = Lib.makeType(
        "Error", module: "shutil", bases: [Builtins.osErrorType], kind: .exception)
    static let sameFileErrorType = Lib.makeType(
        "SameFileError", module: "shutil", bases: [errorType], kind: .exception)
    static let usageType = NamedTuple.makeType(
        "usage", fields: ["total", "used", "free"], defaults: [], module: "shutil")

    static func path(_ interp: Interpreter, _ v: Value, _ fname: String) throws(PyError) -> String {
        try OsPathModule.path(interp, v, fname)
    }

    static func isDirectory(_ p: String, follow: Bool = true) -> Bool {
        OsPathModule.statInfo(p, follow: follow).map { ($0.st_mode & S_IFMT) == S_IFDIR } ?? false
    }

    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "shutil")
        m.set("Error", .object(errorType))
        m.set("SameFileError", .object(sameFileErrorType))
        Lib.function(m, "rmtree") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("rmtree", args, ["path", "ignore_errors", "onerror", "dir_fd"], required: 1)
            let p = try path(interp, a[0]!, "rmtree")
            let ignore = try interp.isTrue(a[1] ?? .false)
            let onerror = a[2].flatMap { $0.isNone ? nil : $0 }
            let os = try interp.importSingle("os")
            func failed(_ function: String, _ target: String, _ error: PyError) throws(PyError) {
                if ignore { return }
                guard let onerror else { throw error }
                let info = PyTuple([.object(error.exception.type), .object(error.exception), .none])
                try interp.call(onerror, [try interp.getAttribute(os, function), .str(target), .object(info)])
            }
            if let st = OsPathModule.statInfo(p, follow: false), (st.st_mode & S_IFMT) == S_IFLNK {
                try failed("path.islink", p, .init(.osError("Cannot call rmtree on a symbolic link")))
                return .none
            }
            try removeTree(interp, p, failed)
            return .none
        }
        Lib.function(m, "copyfile") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("copyfile", args, ["src", "dst", "follow_symlinks"], required: 2)
            let src = try path(interp, a[0]!, "copyfile")
            let dst = try path(interp, a[1]!, "copyfile")
            try copyFile(interp, src, dst)
            return a[1]!
        }
        for (name, keepTimes) in [("copy", false), ("copy2", true)] {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                let a = try Lib.bind(name, args, ["src", "dst", "follow_symlinks"], required: 2)
                let src = try path(interp, a[0]!, name)
                var dst = try path(interp, a[1]!, name)
                if isDirectory(dst) { dst = OsPathModule.join([dst, OsPathModule.split(src).1]) }
                try copyFile(interp, src, dst)
                try copyMetadata(interp, src, dst, times: keepTimes)
                return .str(dst)
            }
        }
        Lib.function(m, "copytree") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind(
                "copytree", args,
                ["src", "dst", "symlinks", "ignore", "copy_function", "ignore_dangling_symlinks", "dirs_exist_ok"],
                required: 2)
            let src = try path(interp, a[0]!, "copytree")
            let dst = try path(interp, a[1]!, "copytree")
            let ignore = a[3].flatMap { $0.isNone ? nil : $0 }
            try copyTree(interp, src, dst, ignore: ignore, existOK: try interp.isTrue(a[6] ?? .false))
            return .str(dst)
        }
        Lib.function(m, "move") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("move", args, ["src", "dst", "copy_function"], required: 2)
            let src = try path(interp, a[0]!, "move")
            var dst = try path(interp, a[1]!, "move")
            if isDirectory(dst) {
                dst = OsPathModule.join([dst, OsPathModule.split(src.hasSuffix("/") ? String(src.dropLast()) : src).1])
                if OsPathModule.statInfo(dst) != nil {
                    throw PyError(.make(errorType, "Destination path '\(dst)' already exists"))
                }
            }
            if rename(src, dst) == 0 { return .str(dst) }
            guard errno == EXDEV else { throw Lib.osError(interp, errno, src, dst) }
            if isDirectory(src) {
                try copyTree(interp, src, dst, ignore: nil, existOK: false)
                try removeTree(interp, src) { (_, _, e) throws(PyError) in throw e }
            } else {
                try copyFile(interp, src, dst)
                try copyMetadata(interp, src, dst, times: true)
                if unlink(src) != 0 { throw Lib.osError(interp, errno, src) }
            }
            return .str(dst)
        }
        Lib.function(m, "which") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("which", args, ["cmd", "mode", "path"], required: 1)
            let cmd = try path(interp, a[0]!, "which")
            let mode = try a[1].map { (v) throws(PyError) in Int32(try interp.intArgument(v)) } ?? (F_OK | X_OK)
            func usable(_ p: String) -> Bool { access(p, mode) == 0 && !isDirectory(p) }
            if cmd.contains("/") { return usable(cmd) ? .str(cmd) : .none }
            var search = getenv("PATH").map { String(cString: $0) } ?? "/bin:/usr/bin"
            if let p = a[2], !p.isNone { search = try interp.str(p) }
            for dir in search.split(separator: ":", omittingEmptySubsequences: false) {
                let candidate = OsPathModule.join([dir.isEmpty ? "." : String(dir), cmd])
                if usable(candidate) { return .str(candidate) }
            }
            return .none
        }
        Lib.function(m, "disk_usage") { (interp, args) throws(PyError) -> Value in
            try args.expect("disk_usage", min: 1, max: 1)
            let p = try path(interp, args[0], "disk_usage")
            var fs = statvfs()
            if statvfs(p, &fs) != 0 { throw Lib.osError(interp, errno, p) }
            let total = Int(fs.f_blocks) * Int(fs.f_frsize)
            let free = Int(fs.f_bavail) * Int(fs.f_frsize)
            let used = (Int(fs.f_blocks) - Int(fs.f_bfree)) * Int(fs.f_frsize)
            return .object(PyTuple(items: [.int(total), .int(used), .int(free)], type: usageType))
        }
        return m
    }

    /// Delete `p` and everything below it; `failed(function, path, error)` decides what an error does.
    static func removeTree(
        _ interp: Interpreter, _ p: String, _ failed: (String, String, PyError) throws(PyError) -> Void
    ) throws(PyError) {
        guard let entries = OsWalk.entries(p) else {
            try failed("scandir", p, Lib.osError(interp, errno, p))
            return
        }
        for e in entries {
            let child = OsPathModule.join([p, e.name])
            if OsWalk.isDirectory(p, e, follow: false) {
                try removeTree(interp, child, failed)
            } else if unlink(child) != 0 {
                try failed("unlink", child, Lib.osError(interp, errno, child))
            }
        }
        if rmdir(p) != 0 { try failed("rmdir", p, Lib.osError(interp, errno, p)) }
    }

    static func copyFile(_ interp: Interpreter, _ src: String, _ dst: String) throws(PyError) {
        if let a = OsPathModule.statInfo(src), let b = OsPathModule.statInfo(dst), a.st_ino == b.st_ino,
            a.st_dev == b.st_dev
        {
            let text = "\(Interpreter.strRepr(PyStr(src))) and \(Interpreter.strRepr(PyStr(dst))) are the same file"
            throw PyError(.make(sameFileErrorType, text))
        }
        let input = open(src, O_RDONLY | O_CLOEXEC)
        if input < 0 { throw Lib.osError(interp, errno, src) }
        defer { close(input) }
        if isDirectory(src) { throw Lib.osError(interp, EISDIR, src) }
        let output = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        if output < 0 { throw Lib.osError(interp, errno, dst) }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(input, &buffer, buffer.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw Lib.osError(interp, errno, src)
            }
            if n == 0 { return }
            var offset = 0
            while offset < n {
                let w = buffer.withUnsafeBytes { write(output, $0.baseAddress! + offset, n - offset) }
                if w < 0 {
                    if errno == EINTR { continue }
                    throw Lib.osError(interp, errno, dst)
                }
                offset += w
            }
        }
    }

    static func copyMetadata(_ interp: Interpreter, _ src: String, _ dst: String, times: Bool) throws(PyError) {
        guard let st = OsPathModule.statInfo(src) else { throw Lib.osError(interp, errno, src) }
        if chmod(dst, st.st_mode & 0o7777) != 0 { throw Lib.osError(interp, errno, dst) }
        if times {
            var stamps = [st.st_atim, st.st_mtim]
            if utimensat(AT_FDCWD, dst, &stamps, 0) != 0 { throw Lib.osError(interp, errno, dst) }
        }
    }

    static func copyTree(
        _ interp: Interpreter, _ src: String, _ dst: String, ignore: Value?, existOK: Bool
    )
        throws(PyError)
    {
        guard let entries = OsWalk.entries(src) else { throw Lib.osError(interp, errno, src) }
        var skipped = Set<String>()
        if let ignore {
            let names = PyList(entries.map { .str($0.name) })
            for v in try interp.iterate(try interp.call(ignore, [.str(src), .object(names)])) {
                skipped.insert(try interp.str(v))
            }
        }
        let mode = OsPathModule.statInfo(src)?.st_mode ?? 0o777
        try OsModule.makedirs(interp, dst, mode: 0o777, existOK: existOK)
        for e in entries where !skipped.contains(e.name) {
            let from = OsPathModule.join([src, e.name])
            let to = OsPathModule.join([dst, e.name])
            if OsWalk.isDirectory(src, e, follow: true) {
                try copyTree(interp, from, to, ignore: ignore, existOK: existOK)
            } else {
                try copyFile(interp, from, to)
                try copyMetadata(interp, from, to, times: true)
            }
        }
        _ = chmod(dst, mode & 0o7777)
    }
}
