#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `open()` builtin, the Python-visible methods of file objects, `io.UnsupportedOperation`, and
/// CPython's OSError construction (errno -> subclass, `filename`, `[Errno N] text: 'name'`).
extension Builtins {
    /// `io.UnsupportedOperation`: both an OSError and a ValueError, as in CPython.
    public static let unsupportedOperationType: PyType = {
        let t = PyType(
            name: "UnsupportedOperation", metatype: typeType, bases: [osErrorType, valueErrorType],
            instanceKind: .exception, isBuiltin: true, namespace: PyDict(type: dictType), moduleName: "io")
        try? t.computeMRO()
        return t
    }()

    public static let textIOWrapperType = makeFileType("TextIOWrapper", text: true)
    public static let bufferedReaderType = makeFileType("BufferedReader", text: false)
    public static let bufferedWriterType = makeFileType("BufferedWriter", text: false)
    public static let bufferedRandomType = makeFileType("BufferedRandom", text: false)

    /// The OSError subclass CPython picks for an errno value.
    public static func osErrorSubclass(forErrno code: Int) -> PyType {
        let name: String
        switch Int32(truncatingIfNeeded: code) {
        case EAGAIN, EALREADY, EINPROGRESS: name = "BlockingIOError"
        case ECHILD: name = "ChildProcessError"
        case EPIPE, ESHUTDOWN: name = "BrokenPipeError"
        case ECONNABORTED: name = "ConnectionAbortedError"
        case ECONNREFUSED: name = "ConnectionRefusedError"
        case ECONNRESET: name = "ConnectionResetError"
        case EEXIST: name = "FileExistsError"
        case ENOENT: name = "FileNotFoundError"
        case EISDIR: name = "IsADirectoryError"
        case ENOTDIR: name = "NotADirectoryError"
        case EINTR: name = "InterruptedError"
        case EACCES, EPERM: name = "PermissionError"
        case ESRCH: name = "ProcessLookupError"
        case ETIMEDOUT: name = "TimeoutError"
        default: return osErrorType
        }
        return exceptionType(name)
    }

    /// OSError's constructor and attributes with CPython's semantics (installed after the generic
    /// exception methods, which it refines).
    static func installOSErrorSupport() {
        installUnicodeErrorAttributes()
        let t = osErrorType
        t.constructor = { (interp, type, args) throws(PyError) -> Value in
            let pos = Array(args.positional)
            var stored = pos
            var made = type
            var filename: Value = .none
            var filename2: Value = .none
            if pos.count >= 2 && pos.count <= 5 {
                if type === Builtins.osErrorType, let code = interp.intValue(pos[0]) {
                    made = Builtins.osErrorSubclass(forErrno: code)
                }
                if pos.count >= 3 { filename = pos[2] }
                if pos.count >= 5 { filename2 = pos[4] }
                if !filename.isNone { stored = Array(pos[0..<2]) }
            }
            let e = PyException(type: made, args: PyTuple(stored))
            if !filename.isNone { e.dict!.setItem("filename", filename) }
            if !filename2.isNone { e.dict!.setItem("filename2", filename2) }
            return .object(e)
        }
        for (index, name) in [(0, "errno"), (1, "strerror"), (-1, "filename"), (-1, "filename2")] {
            attribute(t, name, { (_, v) throws(PyError) -> Value in
                let e = v.asObject as! PyException
                if let stored = e.dict?.getItem(name) { return stored }
                if index >= 0 && e.args.count >= 2 && e.args.count <= 5 { return e.args.items[index] }
                return .none
            }, setter: { (_, v, x) throws(PyError) in (v.asObject as! PyException).dict!.setItem(name, x) })
        }
    }

    /// `encoding`, `object`, `start`, `end`, `reason` of UnicodeEncodeError / UnicodeDecodeError, read from
    /// the standard five arguments (settable, as in CPython).
    static func installUnicodeErrorAttributes() {
        for typeName in ["UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"] {
            let t = exceptionType(typeName)
            for (index, name) in ["encoding", "object", "start", "end", "reason"].enumerated() {
                attribute(t, name, { (_, v) throws(PyError) -> Value in
                    let e = v.asObject as! PyException
                    if let stored = e.dict?.getItem(name) { return stored }
                    return e.args.count == 5 ? e.args.items[index] : .none
                }, setter: { (_, v, x) throws(PyError) in (v.asObject as! PyException).dict!.setItem(name, x) })
            }
        }
    }

    static func makeFileType(_ name: String, text: Bool) -> PyType {
        let t = PyType(
            name: name, metatype: typeType, bases: [objectType], instanceKind: .native, isBuiltin: true,
            namespace: PyDict(type: dictType), moduleName: "_io")
        t.mro = [t, objectType]
        installFileMethods(t, text: text)
        return t
    }
}

extension Interpreter {
    /// CPython's `str()` of an OSError: `[Errno 2] No such file or directory: 'x'`, or nil for the
    /// plain-exception forms.
    static func osErrorText(_ e: PyException, _ interp: Interpreter) throws(PyError) -> String? {
        let d = e.dict
        let twoToFive = e.args.count >= 2 && e.args.count <= 5
        let errnoValue = d?.getItem("errno") ?? (twoToFive ? e.args.items[0] : .none)
        let strerror = d?.getItem("strerror") ?? (twoToFive ? e.args.items[1] : .none)
        if let filename = d?.getItem("filename"), !filename.isNone {
            var text = "[Errno \(try interp.str(errnoValue))] \(try interp.str(strerror)): \(try interp.repr(filename))"
            if let f2 = d?.getItem("filename2"), !f2.isNone { text += " -> \(try interp.repr(f2))" }
            return text
        }
        if !errnoValue.isNone && !strerror.isNone {
            return "[Errno \(try interp.str(errnoValue))] \(try interp.str(strerror))"
        }
        return nil
    }

    /// The `open()` builtin.
    func openFile(_ args: Args) throws(PyError) -> Value {
        let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"]
        if args.count > names.count {
            throw .typeError("open() takes at most 8 arguments (\(args.count) given)")
        }
        for (k, _) in args.keywords where !names.contains(k) {
            throw .typeError("'\(k)' is an invalid keyword argument for open()")
        }
        guard let file = args.argument(0, "file") else {
            throw .typeError("open() missing required argument 'file' (pos 1)")
        }
        func optionalString(_ i: Int, _ name: String) throws(PyError) -> String? {
            guard let v = args.argument(i, name), !v.isNone else { return nil }
            guard let s = v.asStr else {
                throw .typeError("open() argument '\(name)' must be str or None, not \(v.typeName)")
            }
            return s.string
        }
        var modeText = "r"
        if let m = args.argument(1, "mode") {
            guard let s = m.asStr else { throw .typeError("open() argument 'mode' must be str, not \(m.typeName)") }
            modeText = s.string
        }
        let buffering = try intArgument(args.argument(2, "buffering") ?? .int(-1))
        let encoding = try optionalString(3, "encoding")
        let errors = try optionalString(4, "errors")
        let newline = try optionalString(5, "newline")
        let closefd = try isTrue(args.argument(6, "closefd") ?? .true)
        let opener = args.argument(7, "opener") ?? .none

        // Mode letters, as io.open validates them.
        var creating = false, reading = false, writing = false, appending = false, updating = false
        var text = false, binary = false
        for (i, c) in modeText.enumerated() {
            if !"xrwa+tb".contains(c) || modeText.dropFirst(i + 1).contains(c) {
                throw .valueError("invalid mode: '\(modeText)'")
            }
            switch c {
            case "x": creating = true
            case "r": reading = true
            case "w": writing = true
            case "a": appending = true
            case "+": updating = true
            case "t": text = true
            default: binary = true
            }
        }
        if text && binary { throw .valueError("can't have text and binary mode at once") }
        let kinds = [creating, reading, writing, appending].filter { $0 }.count
        if kinds > 1 { throw .valueError("must have exactly one of create/read/write/append mode") }
        if kinds == 0 {
            throw .valueError("Must have exactly one of create/read/write/append mode and at most one plus")
        }
        if binary && encoding != nil { throw .valueError("binary mode doesn't take an encoding argument") }
        if binary && errors != nil { throw .valueError("binary mode doesn't take an errors argument") }
        if binary && newline != nil { throw .valueError("binary mode doesn't take a newline argument") }
        if !binary && buffering == 0 { throw .valueError("can't have unbuffered text I/O") }
        if let nl = newline, !["", "\n", "\r", "\r\n"].contains(nl) {
            throw .valueError("illegal newline value: \(nl)")
        }
        let codec = try encoding.map { (e) throws(PyError) -> Codec in try Codec.named(e) } ?? .utf8
        if let errors { try Codec.checkHandler(errors) }

        var flags: Int32 = O_CLOEXEC
        let readable = reading || updating
        let writable = !reading || updating
        flags |= readable && writable ? O_RDWR : (readable ? O_RDONLY : O_WRONLY)
        if writing { flags |= O_CREAT | O_TRUNC }
        if appending { flags |= O_CREAT | O_APPEND }
        if creating { flags |= O_CREAT | O_EXCL }

        // The file: a path (str, bytes, os.PathLike) or a descriptor.
        var fd: Int32
        var path = file
        if case .object(let o) = file, !(o is PyStr), !(o is PyBytes), let fspath = try lookupAttributeOrNil(file, "__fspath__") {
            path = try call(fspath, [])
        }
        if let n = intValue(path), path.asObject == nil {
            if n < 0 { throw .valueError("negative file descriptor") }
            fd = Int32(truncatingIfNeeded: n)
        } else {
            let pathText: String
            if let s = path.asStr { pathText = s.string }
            else if let b = path.asObject as? PyBytes { pathText = String(decoding: b.bytes, as: UTF8.self) }
            else { throw .typeError("expected str, bytes or os.PathLike object, not \(file.typeName)") }
            if !closefd { throw .valueError("Cannot use closefd=False with file name") }
            if !opener.isNone {
                let r = try call(opener, [path, .int(Int(flags))])
                guard let n = intValue(r) else { throw .typeError("expected an integer from opener") }
                if n < 0 { throw .valueError("opener returned \(n)") }
                fd = Int32(truncatingIfNeeded: n)
            } else {
                repeat {
                    fd = Glibc.open(pathText, flags, 0o666)
                } while fd < 0 && errno == EINTR
                if fd < 0 { throw PyError.fromErrno(errno, filename: file) }
            }
            var st = stat()
            if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
                _ = Glibc.close(fd)
                throw PyError.fromErrno(EISDIR, filename: file)
            }
        }
        if appending { _ = lseek(fd, 0, SEEK_END) }

        let type: PyType
        let shownMode: String
        if binary {
            if creating { shownMode = updating ? "xb+" : "xb" }
            else if appending { shownMode = updating ? "ab+" : "ab" }
            else if readable && writable { shownMode = "rb+" }
            else { shownMode = readable ? "rb" : "wb" }
            type = readable && writable ? Builtins.bufferedRandomType : (readable ? Builtins.bufferedReaderType : Builtins.bufferedWriterType)
        } else {
            shownMode = modeText
            type = Builtins.textIOWrapperType
        }
        let f = PyFile(
            fd: fd, name: file, mode: shownMode, binary: binary, readable: readable, writable: writable,
            closeFD: closefd || path.asObject != nil, codec: codec, encodingName: encoding ?? "UTF-8",
            errors: errors ?? "strict", newline: newline, type: type)
        f.flushEachWrite = binary && buffering == 0
        f.lineBuffering = !binary && buffering == 1
        return .object(f)
    }
}

extension Builtins {
    static func theFile(_ v: Value, _ name: String) throws(PyError) -> PyFile {
        guard let f = v.asObject as? PyFile else {
            throw .typeError("descriptor '\(name)' requires a file object but received '\(v.typeName)'")
        }
        return f
    }

    /// An optional size argument (`None` or missing means -1).
    static func sizeArgument(_ interp: Interpreter, _ args: Args, _ name: String = "size") throws(PyError) -> Int {
        guard let v = args.argument(0, name), !v.isNone else { return -1 }
        guard let n = interp.intValue(v) else {
            throw .typeError("argument should be integer or None, not '\(v.typeName)'")
        }
        return n
    }

    static func installFileMethods(_ t: PyType, text: Bool) {
        method(t, "read") { (interp, v, args) throws(PyError) -> Value in
            let f = try theFile(v, "read")
            let n = try sizeArgument(interp, args)
            if f.isBinary { return .object(PyBytes(try f.readBytes(n))) }
            return .object(try f.readText(maxChars: n, line: false))
        }
        method(t, "readline") { (interp, v, args) throws(PyError) -> Value in
            let f = try theFile(v, "readline")
            let n = try sizeArgument(interp, args)
            if f.isBinary {
                try f.checkOpen("readline of closed file")
                return .object(PyBytes(try f.readByteLine(limit: n)))
            }
            return .object(try f.readText(maxChars: n, line: true))
        }
        method(t, "readlines") { (interp, v, args) throws(PyError) -> Value in
            let f = try theFile(v, "readlines")
            try f.checkOpen()
            let hint = try sizeArgument(interp, args, "hint")
            var lines = ContiguousArray<Value>()
            var total = 0
            while true {
                let line: Value
                if f.isBinary {
                    let b = try f.readByteLine(limit: -1)
                    if b.isEmpty { break }
                    total += b.count
                    line = .object(PyBytes(b))
                } else {
                    let s = try f.readText(maxChars: -1, line: true)
                    if s.count == 0 { break }
                    total += s.count
                    line = .object(s)
                }
                lines.append(line)
                if hint > 0 && total >= hint { break }
            }
            return .object(PyList(lines))
        }
        method(t, "__next__") { (_, v, _) throws(PyError) -> Value in
            let f = try theFile(v, "__next__")
            if f.isBinary {
                try f.checkOpen("readline of closed file")
                let b = try f.readByteLine(limit: -1)
                if b.isEmpty { throw PyError(.stopIteration()) }
                return .object(PyBytes(b))
            }
            let s = try f.readText(maxChars: -1, line: true)
            if s.count == 0 { throw PyError(.stopIteration()) }
            return .object(s)
        }
        method(t, "__iter__") { (_, v, _) throws(PyError) -> Value in
            try theFile(v, "__iter__").checkOpen()
            return v
        }
        method(t, "write") { (_, v, args) throws(PyError) -> Value in
            try args.expect("write", min: 1, max: 1)
            let f = try theFile(v, "write")
            let x = args[0]
            if f.isBinary {
                try f.checkWritable()
                guard let b = x.asObject as? PyBytes else {
                    throw .typeError("a bytes-like object is required, not '\(x.typeName)'")
                }
                try f.writeBytes(b.bytes)
                if f.flushEachWrite { try f.flushPending() }
                return .int(b.bytes.count)
            }
            try f.checkWritable()
            guard let s = x.asStr else { throw .typeError("write() argument must be str, not \(x.typeName)") }
            let n = try f.writeText(s)
            if f.lineBuffering && s.utf8.contains(0x0A) { try f.flushPending() }
            return .int(n)
        }
        method(t, "writelines") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("writelines", min: 1, max: 1)
            let f = try theFile(v, "writelines")
            try f.checkOpen()
            try interp.forEach(args[0]) { (x) throws(PyError) in
                if f.isBinary {
                    guard let b = x.asObject as? PyBytes else {
                        throw .typeError("a bytes-like object is required, not '\(x.typeName)'")
                    }
                    try f.writeBytes(b.bytes)
                } else {
                    guard let s = x.asStr else { throw .typeError("write() argument must be str, not \(x.typeName)") }
                    _ = try f.writeText(s)
                }
            }
            return .none
        }
        method(t, "seek") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("seek", min: 1, max: 2)
            let f = try theFile(v, "seek")
            try f.checkOpen(f.isBinary ? "seek of closed file" : "I/O operation on closed file.")
            let offset = try interp.intArgument(args[0])
            let whence = args.count > 1 ? try interp.intArgument(args[1]) : 0
            if !f.isBinary {
                if whence == 1 && offset != 0 { throw PyFile.unsupported("can't do nonzero cur-relative seeks") }
                if whence == 2 && offset != 0 { throw PyFile.unsupported("can't do nonzero end-relative seeks") }
                if whence == 0 && offset < 0 { throw .valueError("negative seek position \(offset)") }
            }
            return .int(try f.seek(offset, whence: whence))
        }
        method(t, "tell") { (_, v, _) throws(PyError) -> Value in
            let f = try theFile(v, "tell")
            try f.checkOpen(f.isBinary ? "I/O operation on closed file" : "I/O operation on closed file.")
            return .int(try f.position())
        }
        method(t, "truncate") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("truncate", min: 0, max: 1)
            let f = try theFile(v, "truncate")
            let size = args.count > 0 && !args[0].isNone ? try interp.intArgument(args[0]) : nil
            return .int(try f.truncate(size))
        }
        method(t, "flush") { (_, v, _) throws(PyError) -> Value in
            let f = try theFile(v, "flush")
            try f.checkOpen()
            try f.flushPending()
            return .none
        }
        method(t, "close") { (_, v, _) throws(PyError) -> Value in
            try theFile(v, "close").close()
            return .none
        }
        method(t, "fileno") { (_, v, _) throws(PyError) -> Value in
            let f = try theFile(v, "fileno")
            try f.checkOpen("I/O operation on closed file")
            return .int(Int(f.fd))
        }
        method(t, "isatty") { (_, v, _) throws(PyError) -> Value in
            let f = try theFile(v, "isatty")
            try f.checkOpen("I/O operation on closed file")
            return .bool(isatty(f.fd) != 0)
        }
        for (name, pick) in [("readable", 0), ("writable", 1), ("seekable", 2)] {
            method(t, name) { (_, v, _) throws(PyError) -> Value in
                let f = try theFile(v, name)
                try f.checkOpen("I/O operation on closed file")
                switch pick {
                case 0: return .bool(f.isReadable)
                case 1: return .bool(f.isWritable)
                default: return .bool(lseek(f.fd, 0, SEEK_CUR) >= 0)
                }
            }
        }
        method(t, "__enter__") { (_, v, _) throws(PyError) -> Value in
            try theFile(v, "__enter__").checkOpen()
            return v
        }
        method(t, "__exit__") { (_, v, _) throws(PyError) -> Value in
            try theFile(v, "__exit__").close()
            return .none
        }
        method(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let f = try theFile(v, "__repr__")
            var text = "<_io.\(f.type.name) name=\(try interp.repr(f.name))"
            if !f.isBinary { text += " mode=\(try interp.repr(.str(f.mode))) encoding=\(try interp.repr(.str(f.encodingName)))" }
            return .str(text + ">")
        }
        attribute(t, "closed") { (_, v) throws(PyError) -> Value in .bool(try theFile(v, "closed").isClosed) }
        attribute(t, "name") { (_, v) throws(PyError) -> Value in try theFile(v, "name").name }
        attribute(t, "mode") { (_, v) throws(PyError) -> Value in .str(try theFile(v, "mode").mode) }
        if text {
            attribute(t, "encoding") { (_, v) throws(PyError) -> Value in .str(try theFile(v, "encoding").encodingName) }
            attribute(t, "errors") { (_, v) throws(PyError) -> Value in .str(try theFile(v, "errors").errors) }
            attribute(t, "newlines") { (_, _) throws(PyError) -> Value in .none }
            attribute(t, "line_buffering") { (_, v) throws(PyError) -> Value in .bool(try theFile(v, "line_buffering").lineBuffering) }
        }
    }
}
