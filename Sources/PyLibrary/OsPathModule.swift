import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `os.path` (POSIX semantics, as CPython's `posixpath`): `join`, `split`, `splitext`, `basename`, `dirname`,
/// `normpath`, `abspath`, `realpath`, `relpath`, `expanduser`, `expandvars`, `commonprefix`, `commonpath`,
/// `isabs`, and the file tests `exists`, `lexists`, `isfile`, `isdir`, `islink`, `getsize`, `getmtime`,
/// `getatime`, `getctime`, `samefile`.
///
/// Left out: bytes paths (only `str` and objects with `__fspath__`), `ismount`, `splitdrive` beyond the POSIX
/// no-op, `sameopenfile`.
enum OsPathModule {
    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "posixpath")
        m.set("sep", .str("/"))
        m.set("curdir", .str("."))
        m.set("pardir", .str(".."))
        m.set("extsep", .str("."))
        m.set("altsep", .none)
        m.set("pathsep", .str(":"))
        m.set("defpath", .str("/bin:/usr/bin"))
        m.set("devnull", .str("/dev/null"))
        installPureFunctions(m)
        installFileTests(m)
        return m
    }

    /// A path argument: a str, or an object whose `__fspath__` returns one.
    static func path(_ interp: Interpreter, _ v: Value, _ fname: String) throws(PyError) -> String {
        if let s = v.asStr { return s.string }
        if case .object(let o) = v, let m = o.type.lookup("__fspath__") {
            let r = try interp.call(m, [v])
            if let s = r.asStr { return s.string }
        }
        throw .typeError("\(fname): path should be string, bytes or os.PathLike, not \(v.typeName)")
    }

    static func unary(_ m: PyModule, _ name: String, _ f: @escaping (String) -> Value) {
        Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
            try args.expect(name, min: 1, max: 1)
            return f(try path(interp, args[0], name))
        }
    }

    // MARK: Pure path arithmetic

    static func join(_ parts: [String]) -> String {
        var result = parts[0]
        for b in parts.dropFirst() {
            if b.hasPrefix("/") {
                result = b
            } else if result.isEmpty || result.hasSuffix("/") {
                result += b
            } else {
                result += "/" + b
            }
        }
        return result
    }

    static func split(_ p: String) -> (String, String) {
        let bytes = Array(p.utf8)
        let i = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        var head = String(decoding: bytes[0..<i], as: UTF8.self)
        let tail = String(decoding: bytes[i...], as: UTF8.self)
        if !head.isEmpty && head.contains(where: { $0 != "/" }) {
            while head.hasSuffix("/") { head.removeLast() }
        }
        return (head, tail)
    }

    static func splitext(_ p: String) -> (String, String) {
        let bytes = Array(p.utf8)
        let sepIndex = bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1
        guard let dotIndex = bytes.lastIndex(of: UInt8(ascii: ".")), dotIndex > sepIndex else { return (p, "") }
        var i = sepIndex + 1
        while i < dotIndex {
            if bytes[i] != UInt8(ascii: ".") {
                return (
                    String(decoding: bytes[..<dotIndex], as: UTF8.self),
                    String(decoding: bytes[dotIndex...], as: UTF8.self)
                )
            }
            i += 1
        }
        return (p, "")
    }

    static func normpath(_ p: String) -> String {
        if p.isEmpty { return "." }
        var initialSlashes = p.hasPrefix("/") ? 1 : 0
        if p.hasPrefix("//") && !p.hasPrefix("///") { initialSlashes = 2 }
        var comps: [Substring] = []
        for comp in p.split(separator: "/", omittingEmptySubsequences: false) {
            if comp.isEmpty || comp == "." { continue }
            if comp != ".." || (initialSlashes == 0 && comps.isEmpty) || comps.last == ".." {
                comps.append(comp)
            } else if !comps.isEmpty {
                comps.removeLast()
            }
        }
        let joined = String(repeating: "/", count: initialSlashes) + comps.joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }

    static func abspath(_ p: String) -> String {
        normpath(p.hasPrefix("/") ? p : join([OsModule.currentDirectory(), p]))
    }

    static func expanduser(_ p: String) -> String {
        guard p.hasPrefix("~") else { return p }
        let bytes = Array(p.utf8)
        let i = bytes[1...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.count
        var home: String
        if i == 1 {
            if let h = getenv("HOME") {
                home = String(cString: h)
            } else if let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir {
                home = String(cString: dir)
            } else {
                return p
            }
        } else {
            let name = String(decoding: bytes[1..<i], as: UTF8.self)
            guard let pw = getpwnam(name), let dir = pw.pointee.pw_dir else { return p }
            home = String(cString: dir)
        }
        while home.hasSuffix("/") { home.removeLast() }
        let result = home + String(decoding: bytes[i...], as: UTF8.self)
        return result.isEmpty ? "/" : result
    }

    /// `$name` and `${name}` replaced by environment variables; unknown names are left alone.
    static func expandvars(_ p: String, _ environ: (String) -> String?) -> String {
        guard p.contains("$") else { return p }
        let s = Array(p.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func isName(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c) }
        while i < s.count {
            if s[i] == "$" && i + 1 < s.count {
                var j = i + 1
                var name = ""
                var end = j
                if s[j] == "{" {
                    guard let close = s[(j + 1)...].firstIndex(of: "}") else {
                        out.append(s[i])
                        i += 1
                        continue
                    }
                    name = String(String.UnicodeScalarView(s[(j + 1)..<close]))
                    end = close + 1
                } else {
                    while j < s.count && isName(s[j]) && s[j].isASCII { j += 1 }
                    name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                    end = j
                }
                if !name.isEmpty, let value = environ(name) {
                    out.append(contentsOf: value.unicodeScalars)
                } else {
                    out.append(contentsOf: s[i..<end])
                }
                i = end
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    static func relpath(_ p: String, _ start: String) throws(PyError) -> String {
        if p.isEmpty { throw .valueError("no path specified") }
        let startList = abspath(start).split(separator: "/")
        let pathList = abspath(p).split(separator: "/")
        var i = 0
        while i < startList.count && i < pathList.count && startList[i] == pathList[i] { i += 1 }
        let rel = Array(repeating: "..", count: startList.count - i) + pathList[i...].map(String.init)
        return rel.isEmpty ? "." : rel.joined(separator: "/")
    }

    static func installPureFunctions(_ m: PyModule) {
        Lib.function(m, "join") { (interp, args) throws(PyError) -> Value in
            try Lib.noKeywords("join", args)
            guard args.count >= 1 else { throw .typeError("join() missing 1 required positional argument: 'a'") }
            var parts: [String] = []
            for i in 0..<args.count { parts.append(try path(interp, args[i], "join() argument")) }
            return .str(join(parts))
        }
        unary(m, "split") { p in
            let (h, t) = split(p)
            return .object(PyTuple([.str(h), .str(t)]))
        }
        unary(m, "splitext") { p in
            let (r, e) = splitext(p)
            return .object(PyTuple([.str(r), .str(e)]))
        }
        unary(m, "splitdrive") { p in .object(PyTuple([.str(""), .str(p)])) }
        unary(m, "basename") { p in .str(split(p).1) }
        unary(m, "dirname") { p in .str(split(p).0) }
        unary(m, "isabs") { p in .bool(p.hasPrefix("/")) }
        unary(m, "normpath") { p in .str(normpath(p)) }
        unary(m, "normcase") { p in .str(p) }
        unary(m, "abspath") { p in .str(abspath(p)) }
        unary(m, "expanduser") { p in .str(expanduser(p)) }
        Lib.function(m, "expandvars") { (interp, args) throws(PyError) -> Value in
            try args.expect("expandvars", min: 1, max: 1)
            let environ = OsModule.environ(interp)
            return .str(
                expandvars(try path(interp, args[0], "expandvars")) { name in
                    environ?.getItem(name)?.asStr?.string
                })
        }
        Lib.function(m, "realpath") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("realpath", args, ["path", "strict"], required: 1)
            let p = try path(interp, a[0]!, "realpath")
            if let resolved = Glibc.realpath(p, nil) {
                defer { free(resolved) }
                return .str(String(cString: resolved))
            }
            return .str(abspath(p))
        }
        Lib.function(m, "relpath") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("relpath", args, ["path", "start"], required: 1)
            let start = a[1].flatMap { $0.isNone ? nil : $0 }
            return .str(
                try relpath(
                    try path(interp, a[0]!, "relpath"),
                    try start.map { (s) throws(PyError) in try path(interp, s, "relpath") } ?? "."))
        }
        Lib.function(m, "commonprefix") { (interp, args) throws(PyError) -> Value in
            try args.expect("commonprefix", min: 1, max: 1)
            var items: [String] = []
            for v in try interp.iterate(args[0]) { items.append(try path(interp, v, "commonprefix")) }
            guard let first = items.min(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }),
                let last = items.max(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
            else { return .str("") }
            let a = Array(first.unicodeScalars)
            let b = Array(last.unicodeScalars)
            var i = 0
            while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
            return .str(String(String.UnicodeScalarView(a[0..<i])))
        }
        Lib.function(m, "commonpath") { (interp, args) throws(PyError) -> Value in
            try args.expect("commonpath", min: 1, max: 1)
            var items: [String] = []
            for v in try interp.iterate(args[0]) { items.append(try path(interp, v, "commonpath")) }
            if items.isEmpty { throw .valueError("commonpath() arg is an empty sequence") }
            let absolute = items.map { $0.hasPrefix("/") }
            if Set(absolute).count > 1 { throw .valueError("Can't mix absolute and relative paths") }
            let split = items.map { $0.split(separator: "/").filter { $0 != "." } }
            var common = split.min(by: { $0.lexicographicallyPrecedes($1) })!
            let maxParts = split.max(by: { $0.lexicographicallyPrecedes($1) })!
            var n = 0
            while n < common.count && n < maxParts.count && common[n] == maxParts[n] { n += 1 }
            common = Array(common[0..<n])
            return .str((absolute[0] ? "/" : "") + common.joined(separator: "/"))
        }
    }

    // MARK: File tests

    static func statInfo(_ p: String, follow: Bool = true) -> stat? {
        var st = stat()
        let r = follow ? fstatat(AT_FDCWD, p, &st, 0) : lstat(p, &st)
        return r == 0 ? st : nil
    }

    static func installFileTests(_ m: PyModule) {
        let tests: [(String, (stat) -> Bool, Bool)] = [
            ("exists", { _ in true }, true), ("lexists", { _ in true }, false),
            ("isfile", { ($0.st_mode & S_IFMT) == S_IFREG }, true),
            ("isdir", { ($0.st_mode & S_IFMT) == S_IFDIR }, true),
            ("islink", { ($0.st_mode & S_IFMT) == S_IFLNK }, false),
        ]
        for (name, test, follow) in tests {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                if case .int(let fd) = args[0], name == "exists" {
                    var st = stat()
                    return .bool(fstat(Int32(truncatingIfNeeded: fd), &st) == 0)
                }
                guard let p = try? path(interp, args[0], name), let st = statInfo(p, follow: follow) else {
                    return .false
                }
                return .bool(test(st))
            }
        }
        let sizes: [(String, (stat) -> Value)] = [
            ("getsize", { .int(Int($0.st_size)) }),
            ("getmtime", { .float(Double($0.st_mtim.tv_sec) + Double($0.st_mtim.tv_nsec) * 1e-9) }),
            ("getatime", { .float(Double($0.st_atim.tv_sec) + Double($0.st_atim.tv_nsec) * 1e-9) }),
            ("getctime", { .float(Double($0.st_ctim.tv_sec) + Double($0.st_ctim.tv_nsec) * 1e-9) }),
        ]
        for (name, get) in sizes {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                let p = try path(interp, args[0], name)
                guard let st = statInfo(p) else { throw Lib.osError(interp, errno, p) }
                return get(st)
            }
        }
        Lib.function(m, "samefile") { (interp, args) throws(PyError) -> Value in
            try args.expect("samefile", min: 2, max: 2)
            let a = try path(interp, args[0], "samefile")
            let b = try path(interp, args[1], "samefile")
            guard let s1 = statInfo(a) else { throw Lib.osError(interp, errno, a) }
            guard let s2 = statInfo(b) else { throw Lib.osError(interp, errno, b) }
            return .bool(s1.st_ino == s2.st_ino && s1.st_dev == s2.st_dev)
        }
    }
}
