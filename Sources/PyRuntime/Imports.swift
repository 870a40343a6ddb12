#if canImport(Glibc)
    import Glibc
#endif

/// Built-in modules are registered by name with a factory; `import` creates each once per interpreter.
public final class ModuleRegistry: @unchecked Sendable {
    public typealias Factory = (Interpreter) throws(PyError) -> PyModule
    nonisolated(unsafe) static var factories: [String: Factory] = [:]
    private static let lock = NSLockLite()

    /// Register a built-in module (library targets call this at start-up).
    public static func register(_ name: String, _ factory: @escaping Factory) {
        lock.withLock { factories[name] = factory }
    }

    static func factory(_ name: String) -> Factory? {
        lock.withLock { factories[name] }
    }

    public static var names: [String] { lock.withLock { Array(factories.keys).sorted() } }
}

extension Interpreter {
    /// `import name` (dotted) as the `importName` instruction performs it.
    func importModule(_ name: String, globals: PyDict, fromList: Value, level: Value) throws(PyError) -> Value {
        if let l = intValue(level), l > 0 {
            throw .importError("attempted relative import with no known parent package")
        }
        let parts = name.split(separator: ".").map(String.init)
        var path = ""
        var top: Value = .none
        var last: Value = .none
        for (i, part) in parts.enumerated() {
            path = i == 0 ? part : path + "." + part
            let m = try importSingle(path, parent: i == 0 ? nil : last)
            if i == 0 { top = m }
            last = m
        }
        let wantsTop = fromList.isNone || (fromList.asTuple?.count ?? 0) == 0
        return wantsTop ? top : last
    }

    /// Import one fully qualified module name.
    public func importSingle(_ fullName: String, parent: Value? = nil) throws(PyError) -> Value {
        if let m = modules.getItem(fullName) { return m }
        if let factory = ModuleRegistry.factory(fullName) {
            let m = try factory(self)
            modules.setItem(fullName, .object(m))
            if let parent, let shortName = fullName.split(separator: ".").last {
                try setAttribute(parent, PyStr.intern(String(shortName)), .object(m))
            }
            return .object(m)
        }
        if parent == nil, let m = try importFromFile(fullName) { return m }
        let exc = PyException.moduleNotFound("No module named '\(fullName)'")
        exc.dict!.setItem("name", .str(fullName))
        throw PyError(exc)
    }

    /// `name.py` next to the main script or in the working directory.
    private func importFromFile(_ name: String) throws(PyError) -> Value? {
        var dirs: [String] = []
        if let sysModule = modules.getItem("sys"), let path = try? getAttribute(sysModule, "path"), let l = path.asList {
            dirs = l.items.compactMap { $0.asStr?.string }
        } else {
            dirs = [scriptDirectory ?? "."]
        }
        for dir in dirs {
            let file = (dir.isEmpty ? "." : dir) + "/" + name + ".py"
            guard let source = Self.readTextFile(file) else { continue }
            let module = PyModule(name: name)
            module.set("__file__", .str(file))
            module.set("__builtins__", .object(builtinsModule))
            modules.setItem(name, .object(module))
            do {
                let code = try compile(source, filename: file, mode: .exec)
                try run(code, globals: module.namespace)
            } catch {
                _ = try? modules.removeItem(.str(name), self)
                throw error
            }
            return .object(module)
        }
        return nil
    }

    /// The directory of the main script (first entry of `sys.path`).
    public var scriptDirectory: String? {
        get { (extensions["scriptDirectory"] as? Box<String>)?.value }
        set { extensions["scriptDirectory"] = newValue.map { Box($0) } }
    }

    public static func readTextFile(_ path: String) -> String? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `from module import name`.
    func importFrom(_ module: Value, _ name: PyStr) throws(PyError) -> Value {
        if let v = try lookupAttributeOrNil(module, name.string) { return v }
        if let m = module.asObject as? PyModule {
            if let v = try? importSingle(m.name + "." + name.string, parent: module) { return v }
            throw .importError("cannot import name '\(name.string)' from '\(m.name)' (unknown location)")
        }
        throw .importError("cannot import name '\(name.string)'")
    }

    /// `from module import *`.
    func importStar(_ module: Value, into ns: PyDict) throws(PyError) {
        guard let m = module.asObject as? PyModule else { return }
        if let all = m.namespace.getItem("__all__") {
            for n in try iterate(all) {
                guard let s = n.asStr else { continue }
                ns.setItem(str: s, try getAttribute(module, s))
            }
            return
        }
        for (k, v) in m.namespace.items {
            if let s = k.asStr, !s.string.hasPrefix("_") { ns.setItem(str: s, v) }
        }
    }
}
