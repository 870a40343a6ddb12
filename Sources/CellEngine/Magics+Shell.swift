import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// Magics that touch the process and the file system: `%pwd`, `%cd`, `%env`, `%set_env`, `%%writefile`,
/// `%%bash`, `%system`/`!cmd`, `%%capture`, `%lsmagic`.
extension Session {
    static func shellMagics() -> [Magic] {
        let writefile: Magic.CellBody = { (s, magic, _) throws(PyError) -> Value? in
            try s.writefileMagic(magic)
            return nil
        }
        let shell: Magic.CellBody = { (s, magic, _) throws(PyError) -> Value? in
            try s.runScriptCell(interpreter: magic.name == "sh" ? "sh" : "bash", magic.body)
            return nil
        }
        return [
            Magic(
                name: "pwd", help: "%pwd\n\nReturn the current working directory path.",
                line: { (s, _) throws(PyError) -> Value in .str(s.currentDirectory()) }, cell: nil),
            Magic(
                name: "cd", help: "%cd [-q] [DIR | - | -N]\n\nChange the working directory (home without DIR, the previous one with -, entry N of _dh with -N) and print it.",
                line: { (s, line) throws(PyError) -> Value in
                    try s.cdMagic(line)
                    return .none
                }, cell: nil),
            Magic(
                name: "env", help: "%env [VAR | VAR=VALUE | VAR VALUE]\n\nWithout arguments, return the environment as a dict (values of names with key, token or secret hidden); with VAR, its value; with a value, set it.",
                line: { (s, line) throws(PyError) -> Value in try s.envMagic(line) }, cell: nil),
            Magic(
                name: "set_env", help: "%set_env VAR=VALUE\n\nSet an environment variable.",
                line: { (s, line) throws(PyError) -> Value in try s.setEnv(line) }, cell: nil),
            Magic(
                name: "lsmagic", help: "%lsmagic\n\nList the available magics.",
                line: { (s, _) throws(PyError) -> Value in try s.makeHelper("LSMagic", [.str(s.lsmagicText())]) },
                cell: nil),
            Magic(
                name: "system", help: "%system COMMAND (or !COMMAND)\n\nRun a shell command; its output (stdout and stderr together) is printed.",
                line: { (s, line) throws(PyError) -> Value in try s.runShell(line, capture: false) }, cell: nil),
            Magic(
                name: "sx", help: "%sx COMMAND (or x = !COMMAND)\n\nRun a shell command and return its output lines.",
                line: { (s, line) throws(PyError) -> Value in try s.runShell(line, capture: true) }, cell: nil),
            Magic(
                name: "writefile", help: "%%writefile [-a] FILENAME\n\nWrite the cell body to FILENAME (-a: append).",
                line: nil, cell: writefile),
            Magic(name: "file", help: "Alias for %%writefile.", line: nil, cell: writefile),
            Magic(name: "bash", help: "%%bash\n\nRun the cell body with bash.", line: nil, cell: shell),
            Magic(name: "sh", help: "%%sh\n\nRun the cell body with sh.", line: nil, cell: shell),
            Magic(
                name: "capture", help: "%%capture [--no-stdout] [--no-stderr] [--no-display] [NAME]\n\nRun the cell, capturing stdout, stderr and its result; store them as a CapturedIO in NAME.",
                line: nil,
                cell: { (s, magic, n) throws(PyError) -> Value? in
                    try s.captureMagic(magic, n)
                    return nil
                }),
        ]
    }

    /// The working directory.
    func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `%cd`.
    func cdMagic(_ line: String) throws(PyError) {
        let opts = try options(line, "qb")
        var target = opts.rest
        if target.hasPrefix("\"") && target.hasSuffix("\"") && target.count >= 2 { target = String(target.dropFirst().dropLast()) }
        if target.isEmpty {
            target = getenv("HOME").map { String(cString: $0) } ?? "/"
        } else if target == "-" {
            guard directoryHistory.count >= 2 else { throw usageError("%cd -: No previous directory to change to.") }
            target = directoryHistory[directoryHistory.count - 2]
        } else if target.hasPrefix("-"), let n = Int(target.dropFirst()) {
            guard n < directoryHistory.count else {
                write("The requested directory does not exist in history.\n")
                return
            }
            target = directoryHistory[n]
        } else if target.hasPrefix("~"), let home = getenv("HOME") {
            target = String(cString: home) + target.dropFirst()
        }
        let before = currentDirectory()
        if chdir(target) != 0 {
            write("[Errno \(errno)] \(String(cString: strerror(errno))): '\(target)'\n")
        } else {
            let now = currentDirectory()
            if now != before {
                directoryHistory.append(now)
                if let dh = namespace.getItem("_dh")?.asList { dh.items.append(.str(now)) }
            }
        }
        if !opts.flags.contains("q"), let last = directoryHistory.last { write(last + "\n") }
    }

    /// `%env`.
    func envMagic(_ line: String) throws(PyError) -> Value {
        let text = line.trimmingSpaces
        if !text.isEmpty {
            let bits = text.split(separator: text.contains("=") ? "=" : " ", maxSplits: 1)
            if bits.count == 1 {
                guard let value = getenv(text) else { throw usageError("Environment does not have key: \(text)") }
                return .str(String(cString: value))
            }
            return try setEnv(line)
        }
        let env = PyDict()
        var p = environ
        while let entry = p.pointee {
            let pair = String(cString: entry)
            if let eq = pair.firstIndex(of: "=") {
                let key = String(pair[..<eq])
                let lower = key.lowercased()
                let hidden = lower.contains("key") || lower.contains("token") || lower.contains("secret")
                env.setItem(key, .str(hidden ? "<hidden>" : String(pair[pair.index(after: eq)...])))
            }
            p += 1
        }
        return .object(env)
    }

    /// `%set_env` (and `%env VAR=VALUE`): the process environment and `os.environ` both change.
    func setEnv(_ line: String) throws(PyError) -> Value {
        let text = line.trimmingSpaces
        let bits = text.split(separator: text.contains("=") ? "=" : " ", maxSplits: 1)
        guard !text.isEmpty, bits.count == 2 else { throw usageError("usage is 'set_env var=value'") }
        let name = bits[0].trimmingSpaces
        let value = bits[1].trimmingSpaces
        if name.contains(" ") || name.contains("\t") {
            throw usageError("refusing to set env var with whitespace: '\(value)'")
        }
        let os = try interp.importSingle("os")
        try interp.setItem(try interp.getAttribute(os, "environ"), .str(name), .str(value))
        setenv(name, value, 1)
        write("env: \(name)=\(value)\n")
        return .none
    }

    /// `%%writefile`.
    func writefileMagic(_ magic: CellSource.CellMagic) throws(PyError) {
        let opts = try options(magic.line, "a")
        var name = opts.rest.trimmingSpaces
        if name.count >= 2, let f = name.first, f == name.last, f == "'" || f == "\"" { name = String(name.dropFirst().dropLast()) }
        guard !name.isEmpty else { throw usageError("the following arguments are required: filename") }
        if name.hasPrefix("~"), let home = getenv("HOME") { name = String(cString: home) + name.dropFirst() }
        let append = opts.flags.contains("a")
        if access(name, F_OK) == 0 {
            write(append ? "Appending to \(name)\n" : "Overwriting \(name)\n")
        } else {
            write("Writing \(name)\n")
        }
        try writeTextFile(name, magic.body, append: append)
    }

    /// Write text to a file, raising OSError as `open` would.
    func writeTextFile(_ path: String, _ text: String, append: Bool) throws(PyError) {
        guard let file = fopen(path, append ? "a" : "w") else {
            let code = errno
            throw PyError(.osError("[Errno \(code)] \(String(cString: strerror(code))): '\(path)'"))
        }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }

    /// `!cmd`, `%system`, `%sx`: run through `/bin/sh` with stderr joined to stdout. Printed as it comes, or
    /// returned as a list of lines with `capture`. `_exit_code` holds the exit status.
    func runShell(_ command: String, capture: Bool) throws(PyError) -> Value {
        guard let pipe = popen(command + " 2>&1", "r") else { throw PyError(.osError("cannot run the command")) }
        var collected: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, pipe)
            if n <= 0 { break }
            if capture {
                collected += buffer[0..<n]
            } else {
                write(String(decoding: buffer[0..<n], as: UTF8.self))
            }
        }
        let status = pclose(pipe)
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        namespace.setItem("_exit_code", .int(Int(exitCode)))
        hiddenNames["_exit_code"] = nil
        try interp.checkInterrupt()
        guard capture else { return .none }
        var lines = String(decoding: collected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return .object(PyList(lines.map { .str(String($0)) }))
    }

    /// `%%bash` / `%%sh`: the body goes to the shell as a script file.
    func runScriptCell(interpreter: String, _ body: String) throws(PyError) {
        var template = Array("/tmp/swiftray-cell-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw PyError(.osError("cannot create a temporary file")) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        Glibc.close(fd)
        defer { unlink(path) }
        try writeTextFile(path, body, append: false)
        _ = try runShell("\(interpreter) \(path)", capture: false)
    }

    /// `%%capture`: the body's output and result go into a `CapturedIO` instead of the cell.
    func captureMagic(_ magic: CellSource.CellMagic, _ n: Int) throws(PyError) {
        let opts = try options(magic.line, "", long: ["no-stdout", "no-stderr", "no-display"])
        let captured = CellOutputs()
        var passThrough: [CellOutput] = []
        router?.pushCapture(captured)
        var failure: PyError?
        var value: Value?
        do throws(PyError) {
            value = try runBody(magic, n)
        } catch {
            failure = error
        }
        router?.popCapture()
        var results: [Value] = []
        if let value, !value.isNone, settings.displaysResults {
            if opts.long.contains("no-display") {
                passThrough.append(.result(executionCount: n, text: (try? interp.repr(value)) ?? ""))
            } else {
                results.append(.str((try? interp.repr(value)) ?? ""))
            }
        }
        let out = captured.text(of: .stdout)
        let err = captured.text(of: .stderr)
        if opts.long.contains("no-stdout") { interp.stdout.write(out) }
        if opts.long.contains("no-stderr") { interp.stderr.write(err) }
        for output in passThrough { currentOutputs?.append(output) }
        let io = try makeHelper(
            "CapturedIO",
            [.str(opts.long.contains("no-stdout") ? "" : out), .str(opts.long.contains("no-stderr") ? "" : err),
             .object(PyList(results))])
        if !opts.rest.isEmpty { namespace.setItem(opts.rest, io) }
        if let failure { throw failure }
    }
}
