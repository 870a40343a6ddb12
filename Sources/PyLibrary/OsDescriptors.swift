import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `os` at the file-descriptor level: `open` with the `O_*` flags, `close`, `read`, `write`, `pipe`, `dup`,
/// `isatty`, `kill` — what `tempfile.mkstemp` and programs that talk to descriptors need.
extension OsModule {
    static func installDescriptors(_ m: PyModule) {
        let flags: [(String, Int32)] = [
            ("O_RDONLY", O_RDONLY), ("O_WRONLY", O_WRONLY), ("O_RDWR", O_RDWR), ("O_CREAT", O_CREAT),
            ("O_EXCL", O_EXCL), ("O_TRUNC", O_TRUNC), ("O_APPEND", O_APPEND), ("O_NONBLOCK", O_NONBLOCK),
            ("O_CLOEXEC", O_CLOEXEC), ("O_DIRECTORY", O_DIRECTORY), ("O_NOFOLLOW", O_NOFOLLOW),
        ]
        for (name, value) in flags { m.set(name, .int(Int(value))) }
        Lib.function(m, "open") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("open", args, ["path", "flags", "mode", "dir_fd"], required: 2)
            let p = try path(interp, a[0]!, "open")
            let flags = Int32(truncatingIfNeeded: try interp.intArgument(a[1]!))
            let mode = try a[2].map { (v) throws(PyError) in try interp.intArgument(v) } ?? 0o777
            // Descriptors are not inherited by child processes, as in Python 3.4+.
            let fd = Glibc.open(p, flags | O_CLOEXEC, mode_t(truncatingIfNeeded: mode))
            if fd < 0 { throw Lib.osError(interp, errno, p) }
            return .int(Int(fd))
        }
        Lib.function(m, "close") { (interp, args) throws(PyError) -> Value in
            try args.expect("close", min: 1, max: 1)
            if Glibc.close(Int32(truncatingIfNeeded: try interp.intArgument(args[0]))) != 0 {
                throw Lib.osError(interp, errno)
            }
            return .none
        }
        Lib.function(m, "write") { (interp, args) throws(PyError) -> Value in
            try args.expect("write", min: 2, max: 2)
            let fd = Int32(truncatingIfNeeded: try interp.intArgument(args[0]))
            guard let data = args[1].asObject as? PyBytes else {
                throw .typeError("a bytes-like object is required, not '\(args[1].typeName)'")
            }
            let bytes = Array(data.bytes)
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 { throw Lib.osError(interp, errno) }
            return .int(n)
        }
        Lib.function(m, "read") { (interp, args) throws(PyError) -> Value in
            try args.expect("read", min: 2, max: 2)
            let fd = Int32(truncatingIfNeeded: try interp.intArgument(args[0]))
            let count = max(0, try interp.intArgument(args[1]))
            var buffer = [UInt8](repeating: 0, count: count)
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, count) }
            if n < 0 { throw Lib.osError(interp, errno) }
            return .object(PyBytes(ContiguousArray(buffer[0..<n])))
        }
        Lib.function(m, "kill") { (interp, args) throws(PyError) -> Value in
            try args.expect("kill", min: 2, max: 2)
            let pid = pid_t(truncatingIfNeeded: try interp.intArgument(args[0]))
            let sig = Int32(truncatingIfNeeded: try interp.intArgument(args[1]))
            if Glibc.kill(pid, sig) != 0 { throw Lib.osError(interp, errno) }
            if pid == getpid() { try interp.checkInterrupt() }
            return .none
        }
        Lib.function(m, "isatty") { (interp, args) throws(PyError) -> Value in
            try args.expect("isatty", min: 1, max: 1)
            return .bool(Glibc.isatty(Int32(truncatingIfNeeded: try interp.intArgument(args[0]))) != 0)
        }
    }
}
