import Notebook

#if canImport(Glibc)
    import Glibc
#endif

/// The kernelspec (`kernel.json` and logos) and where `swiftray kernel install` puts it so that
/// `jupyter kernelspec list` finds it: `--user` (the default) in the Jupyter data directory, `--sys-prefix`
/// in the active Python environment's `share/jupyter/kernels`, `--prefix DIR` in `DIR/share/jupyter/kernels`,
/// as `jupyter kernelspec install` does.
public enum KernelSpecInstaller {
    /// Where to install.
    public enum Location: Equatable, Sendable {
        case user
        case sysPrefix
        case prefix(String)
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static let defaultName = "swiftray"

    /// `kernel.json` for a binary at `executable`: interrupts arrive as `interrupt_request` messages, so a
    /// Ctrl-C never reaches the cluster's worker processes (they share the kernel's process group).
    public static func kernelJSON(executable: String) -> String {
        let spec = JSONObject([
            ("argv", .array([.string(executable), .string("kernel"), .string("-f"), .string("{connection_file}")])),
            ("display_name", .string("SwiftRay")),
            ("language", .string("python")),
            ("interrupt_mode", .string("message")),
            ("kernel_protocol_version", .string(MessageFactory.protocolVersion)),
            ("metadata", .object(JSONObject())),
        ])
        return JSONWriter(indent: 1, sortKeys: false).write(.object(spec)) + "\n"
    }

    /// The `kernels` directory of a location.
    public static func kernelsDirectory(_ location: Location) throws(Failure) -> String {
        switch location {
        case .user: return dataDirectory() + "/kernels"
        case .prefix(let dir): return absolute(dir) + "/share/jupyter/kernels"
        case .sysPrefix:
            guard let prefix = pythonPrefix() else {
                throw Failure(description: "no Python environment with Jupyter found (no $VIRTUAL_ENV, $CONDA_PREFIX or jupyter on PATH); use --prefix DIR")
            }
            return prefix + "/share/jupyter/kernels"
        }
    }

    /// Write `kernel.json` and the logos to `<kernels>/<name>`; returns that directory.
    @discardableResult
    public static func install(_ location: Location, name: String = defaultName, executable: String? = nil) throws(Failure)
        -> String
    {
        guard isValidName(name) else {
            throw Failure(description: "invalid kernel name '\(name)': use letters, digits, '.', '_' and '-'")
        }
        let dir = try kernelsDirectory(location) + "/" + name.lowercased()
        guard FileIO.makeDirectories(dir) else { throw Failure(description: "cannot create \(dir): \(errnoText())") }
        let exe = executable ?? currentExecutable()
        let files: [(String, [UInt8])] = [
            ("kernel.json", Array(kernelJSON(executable: exe).utf8)), ("logo-32x32.png", KernelLogos.png32),
            ("logo-64x64.png", KernelLogos.png64),
        ]
        for (file, bytes) in files where !FileIO.writeBytes(bytes, to: dir + "/" + file) {
            throw Failure(description: "cannot write \(dir)/\(file): \(errnoText())")
        }
        return dir
    }

    /// Remove `<kernels>/<name>` from the given location, or (nil) from every location that has it.
    /// - Returns: the directories removed.
    public static func uninstall(_ location: Location?, name: String = defaultName) throws(Failure) -> [String] {
        var candidates: [String] = []
        if let location {
            candidates = [try kernelsDirectory(location)]
        } else {
            candidates.append(dataDirectory() + "/kernels")
            if let prefix = pythonPrefix() { candidates.append(prefix + "/share/jupyter/kernels") }
            candidates += ["/usr/local/share/jupyter/kernels", "/usr/share/jupyter/kernels"]
        }
        var removed: [String] = []
        for kernels in candidates {
            let dir = kernels + "/" + name.lowercased()
            guard FileIO.isDirectory(dir) else { continue }
            for file in ["kernel.json", "logo-32x32.png", "logo-64x64.png"] { unlink(dir + "/" + file) }
            guard rmdir(dir) == 0 else { throw Failure(description: "cannot remove \(dir): \(errnoText())") }
            removed.append(dir)
        }
        if removed.isEmpty { throw Failure(description: "no kernelspec named '\(name)' found") }
        return removed
    }

    /// Jupyter's data directory: `$JUPYTER_DATA_DIR`, else `$XDG_DATA_HOME/jupyter`, else
    /// `~/.local/share/jupyter` (jupyter_core's rule on Linux).
    public static func dataDirectory() -> String {
        if let dir = environment("JUPYTER_DATA_DIR") { return absolute(dir) }
        if let xdg = environment("XDG_DATA_HOME") { return absolute(xdg) + "/jupyter" }
        return home() + "/.local/share/jupyter"
    }

    /// Where kernels write connection files: `$JUPYTER_RUNTIME_DIR`, else the data directory's `runtime`.
    public static func runtimeDirectory() -> String {
        if let dir = environment("JUPYTER_RUNTIME_DIR") { return absolute(dir) }
        return dataDirectory() + "/runtime"
    }

    /// The active Python environment: `$VIRTUAL_ENV`, `$CONDA_PREFIX`, else the prefix of `jupyter` on PATH.
    static func pythonPrefix() -> String? {
        if let venv = environment("VIRTUAL_ENV") { return absolute(venv) }
        if let conda = environment("CONDA_PREFIX") { return absolute(conda) }
        for dir in (environment("PATH") ?? "").split(separator: ":") {
            let candidate = String(dir) + "/jupyter"
            if access(candidate, X_OK) == 0 {
                let bin = absolute(String(dir))
                if let slash = bin.lastIndex(of: "/"), slash != bin.startIndex { return String(bin[..<slash]) }
            }
        }
        return nil
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_"
                    || $0 == "-"
            }
    }

    /// The absolute path of the running binary (`/proc/self/exe`).
    public static func currentExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 { return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return absolute(CommandLine.arguments[0])
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return cwd + "/" + (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name), value.pointee != 0 else { return nil }
        return String(cString: value)
    }

    static func home() -> String { environment("HOME") ?? "/root" }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
