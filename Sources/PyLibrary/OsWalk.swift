import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// Directory traversal for `os`: `scandir` (DirEntry objects), `walk` (lazy, top-down pruning through the
/// yielded `dirnames` list, or bottom-up). Entries come in the order the file system returns them, as in CPython.
enum OsWalk {
    struct Entry {
        let name: String
        let type: UInt8
    }

    /// The entries of directory `path` (without `.` and `..`); nil with errno set when it cannot be read.
    static func entries(_ path: String) -> [Entry]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var out: [Entry] = []
        while let ent = readdir(dir) {
            let name = withUnsafeBytes(of: ent.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            out.append(Entry(name: name, type: ent.pointee.d_type))
        }
        return out
    }

    static func isDirectory(_ parent: String, _ e: Entry, follow: Bool) -> Bool {
        if e.type == UInt8(DT_DIR) { return true }
        if e.type == UInt8(DT_UNKNOWN) || (follow && e.type == UInt8(DT_LNK)) {
            return OsPathModule.statInfo(OsPathModule.join([parent, e.name]), follow: follow)
                .map { ($0.st_mode & S_IFMT) == S_IFDIR } ?? false
        }
        return false
    }

    // MARK: DirEntry

    final class DirEntry: PyNativeObject, @unchecked Sendable {  // thread-confined, as every PyObject
        let entry: Entry
        let parent: String
        init(_ entry: Entry, parent: String) {
            self.entry = entry
            self.parent = parent
            super.init(type: OsWalk.dirEntryType)
        }
        var path: String { OsPathModule.join([parent, entry.name]) }
    }

    static let dirEntryType: PyType = {
        let t = Lib.makeType("DirEntry", module: "posix", kind: .native)
        func entry(_ v: Value) throws(PyError) -> DirEntry { try Lib.receiver(v, DirEntry.self, "posix.DirEntry") }
        Builtins.attribute(t, "name") { (_, v) throws(PyError) -> Value in .str(try entry(v).entry.name) }
        Builtins.attribute(t, "path") { (_, v) throws(PyError) -> Value in .str(try entry(v).path) }
        Lib.method(t, "is_dir") { (interp, v, args) throws(PyError) -> Value in
            let follow = try interp.isTrue(args.keyword("follow_symlinks") ?? .true)
            return .bool(isDirectory(try entry(v).parent, try entry(v).entry, follow: follow))
        }
        Lib.method(t, "is_file") { (interp, v, args) throws(PyError) -> Value in
            let follow = try interp.isTrue(args.keyword("follow_symlinks") ?? .true)
            let e = try entry(v)
            if e.entry.type == UInt8(DT_REG) { return .true }
            guard e.entry.type == UInt8(DT_UNKNOWN) || (follow && e.entry.type == UInt8(DT_LNK)) else { return .false }
            return .bool(
                OsPathModule.statInfo(e.path, follow: follow).map { ($0.st_mode & S_IFMT) == S_IFREG } ?? false)
        }
        Lib.method(t, "is_symlink") { (_, v, _) throws(PyError) -> Value in
            .bool(try entry(v).entry.type == UInt8(DT_LNK))
        }
        Lib.method(t, "stat") { (interp, v, args) throws(PyError) -> Value in
            let follow = try interp.isTrue(args.keyword("follow_symlinks") ?? .true)
            guard let st = OsPathModule.statInfo(try entry(v).path, follow: follow) else {
                throw Lib.osError(interp, errno, try entry(v).path)
            }
            return OsModule.statResult(st)
        }
        Lib.method(t, "__fspath__") { (_, v, _) throws(PyError) -> Value in .str(try entry(v).path) }
        Lib.method(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            .str("<DirEntry \(Interpreter.strRepr(PyStr(try entry(v).entry.name)))>")
        }
        return t
    }()

    static let scandirType: PyType = {
        let t = Lib.iteratorType("ScandirIterator", module: "posix")
        Lib.method(t, "__enter__") { (_, v, _) throws(PyError) -> Value in v }
        Lib.method(t, "__exit__") { (_, _, _) throws(PyError) -> Value in .false }
        Lib.method(t, "close") { (_, _, _) throws(PyError) -> Value in .none }
        return t
    }()

    // MARK: Module functions

    static func install(_ m: PyModule) {
        Lib.function(m, "scandir") { (interp, args) throws(PyError) -> Value in
            try args.expect("scandir", min: 0, max: 1, keywords: true)
            let p =
                try args.argument(0, "path").map { (v) throws(PyError) in try OsPathModule.path(interp, v, "scandir") }
                ?? "."
            guard let list = entries(p) else { throw Lib.osError(interp, errno, p) }
            var i = 0
            return .object(
                PyClosureIterator(type: scandirType) { (_) throws(PyError) -> Value? in
                    guard i < list.count else { return nil }
                    defer { i += 1 }
                    return .object(DirEntry(list[i], parent: p))
                })
        }
        Lib.function(m, "walk") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("walk", args, ["top", "topdown", "onerror", "followlinks"], required: 1)
            let top = try OsPathModule.path(interp, a[0]!, "walk")
            let topDown = try interp.isTrue(a[1] ?? .true)
            let follow = try interp.isTrue(a[3] ?? .false)
            return .object(topDown ? topDownWalk(top, follow: follow) : bottomUpWalk(top, follow: follow))
        }
    }

    /// (dirpath, dirnames, filenames) for one directory, nil when it cannot be listed.
    static func listing(_ dir: String, follow: Bool) -> (PyList, PyList)? {
        guard let list = entries(dir) else { return nil }
        let dirs = PyList()
        let files = PyList()
        for e in list {
            if isDirectory(dir, e, follow: follow) {
                dirs.items.append(.str(e.name))
            } else {
                files.items.append(.str(e.name))
            }
        }
        return (dirs, files)
    }

    /// Top-down: a directory's children are read after its triple was yielded, from the (possibly pruned)
    /// `dirnames` list the caller got.
    static func topDownWalk(_ top: String, follow: Bool) -> PyClosureIterator {
        var pending: [String] = [top]
        var lastYield: (String, PyList)? = nil
        return PyClosureIterator(type: Builtins.iteratorType) { (_) throws(PyError) -> Value? in
            if let (dir, dirs) = lastYield {
                var children: [String] = []
                for d in dirs.items {
                    guard let name = d.asStr?.string else { continue }
                    let child = OsPathModule.join([dir, name])
                    if !follow, let st = OsPathModule.statInfo(child, follow: false), (st.st_mode & S_IFMT) == S_IFLNK {
                        continue
                    }
                    children.append(child)
                }
                pending.append(contentsOf: children.reversed())
                lastYield = nil
            }
            while let dir = pending.popLast() {
                guard let (dirs, files) = listing(dir, follow: follow) else { continue }
                lastYield = (dir, dirs)
                return .object(PyTuple([.str(dir), .object(dirs), .object(files)]))
            }
            return nil
        }
    }

    static func bottomUpWalk(_ top: String, follow: Bool) -> PyClosureIterator {
        var results: [Value] = []
        func visit(_ dir: String) {
            guard let (dirs, files) = listing(dir, follow: follow) else { return }
            for d in dirs.items {
                let child = OsPathModule.join([dir, d.asStr!.string])
                if !follow, let st = OsPathModule.statInfo(child, follow: false), (st.st_mode & S_IFMT) == S_IFLNK {
                    continue
                }
                visit(child)
            }
            results.append(.object(PyTuple([.str(dir), .object(dirs), .object(files)])))
        }
        var started = false
        var i = 0
        return PyClosureIterator(type: Builtins.iteratorType) { (_) throws(PyError) -> Value? in
            if !started {
                visit(top)
                started = true
            }
            guard i < results.count else { return nil }
            defer { i += 1 }
            return results[i]
        }
    }
}
