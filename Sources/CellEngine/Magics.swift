import PyRuntime

/// One magic command: its name, where it may be used, its help text, and what it does [evcxr
/// `AvailableCommand`]. Magics live in one table per session, so the REPL, the kernel and batch runs offer
/// the same set, and `%lsmagic` lists exactly what the table holds.
struct Magic {
    /// A line magic receives the rest of its line; returns the value the cell shows (None: nothing).
    typealias LineBody = (Session, String) throws(PyError) -> Value
    /// A cell magic receives its first-line arguments and the cell; returns the value to show, if any.
    typealias CellBody = (Session, CellSource.CellMagic, Int) throws(PyError) -> Value?

    let name: String
    let help: String
    let line: LineBody?
    let cell: CellBody?
}

extension Session {
    /// Fill the magic table.
    func registerMagics() {
        for magic in Self.timingMagics() + Self.namespaceMagics() + Self.shellMagics() {
            magics[magic.name] = magic
        }
    }

    /// Run `%name line` (called by the hidden builtin that line magics compile to).
    func runLineMagic(_ name: String, _ line: String) throws(PyError) -> Value {
        guard let magic = magics[name], let body = magic.line else {
            let extra = magics[name]?.cell != nil
                ? " (But cell magic `%%\(name)` exists, did you mean that instead?)" : ""
            throw usageError("Line magic function `%\(name)` not found\(extra).")
        }
        return try body(self, line)
    }

    /// Run a `%%name` cell.
    func runCellMagic(_ magic: CellSource.CellMagic, _ n: Int) throws(PyError) -> Value? {
        guard let entry = magics[magic.name], let body = entry.cell else {
            let extra = magics[magic.name]?.line != nil
                ? " (But line magic `%\(magic.name)` exists, did you mean that instead?)" : ""
            throw usageError("Cell magic `%%\(magic.name)` not found\(extra).")
        }
        if magic.body.isEmpty {
            var message = "%%\(magic.name) is a cell magic, but the cell body is empty."
            if entry.line != nil { message += " Did you mean the line magic %\(magic.name) (single %)?" }
            throw usageError(message)
        }
        return try body(self, magic, n)
    }

    /// `%name?`: the magic's help.
    func showHelp(_ name: String) throws(PyError) -> Value {
        guard let magic = magics[name] else { throw usageError("Line magic function `%\(name)` not found.") }
        write("Docstring:\n\(magic.help)\n")
        return .none
    }

    /// The `%lsmagic` listing (IPython's layout; automagic is not supported, so the `%` is needed).
    func lsmagicText() -> String {
        let lines = magics.values.filter { $0.line != nil }.map { "%" + $0.name }.sorted()
        let cells = magics.values.filter { $0.cell != nil }.map { "%%" + $0.name }.sorted()
        return "Available line magics:\n" + lines.joined(separator: "  ") + "\n\nAvailable cell magics:\n"
            + cells.joined(separator: "  ") + "\n\nAutomagic is OFF, % prefix IS needed for line magics."
    }

    /// Run cell-magic body code as part of cell `n`: compiled under the cell's own file name with the body's
    /// lines where they are in the cell, so tracebacks point at the cell's lines.
    func runBody(_ magic: CellSource.CellMagic, _ n: Int) throws(PyError) -> Value? {
        let padding = String(repeating: "\n", count: max(0, magic.bodyFirstLine - 1))
        let code = padding + CellSource.transform(magic.body)
        return try runCode(code, filename: ErrorRenderer.cellFilename(n), displaySource: inputs[n])
    }
}

/// Options at the start of a magic's line, parsed as IPython's `parse_options` does with getopt: flags
/// (`-q`), options with a value (`-n 10` or `-n10`), up to the first word that is not an option; the rest of
/// the line, untouched, is the argument (a statement for `%timeit`).
struct MagicOptions {
    var flags: Set<Character> = []
    var values: [Character: String] = [:]
    var long: Set<String> = []
    var rest = ""

    /// - Parameters:
    ///   - line: the magic's line.
    ///   - spec: getopt letters; a letter followed by `:` takes a value.
    ///   - longOptions: accepted `--name` flags.
    /// - Throws: a usage message for an unknown option or a missing value.
    static func parse(_ line: String, spec: String, longOptions: Set<String> = []) throws(MagicUsage) -> MagicOptions {
        var takesValue: [Character: Bool] = [:]
        let letters = Array(spec)
        for (i, c) in letters.enumerated() where c != ":" {
            takesValue[c] = i + 1 < letters.count && letters[i + 1] == ":"
        }
        var options = MagicOptions()
        var rest = Substring(line)
        func nextWord() -> Substring? {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard !rest.isEmpty else { return nil }
            let word = rest.prefix { $0 != " " && $0 != "\t" }
            return word
        }
        while let word = nextWord(), word.hasPrefix("-"), word.count > 1 {
            rest = rest.dropFirst(word.count)
            if word == "--" { break }
            if word.hasPrefix("--") {
                let name = String(word.dropFirst(2))
                guard longOptions.contains(name) else { throw MagicUsage("option --\(name) not recognized") }
                options.long.insert(name)
                continue
            }
            var letters = word.dropFirst()
            while let c = letters.first {
                letters = letters.dropFirst()
                guard let needsValue = takesValue[c] else { throw MagicUsage("option -\(c) not recognized") }
                if !needsValue {
                    options.flags.insert(c)
                    continue
                }
                if !letters.isEmpty {
                    options.values[c] = String(letters)
                } else if let value = nextWord() {
                    rest = rest.dropFirst(value.count)
                    options.values[c] = String(value)
                } else {
                    throw MagicUsage("option -\(c) requires argument")
                }
                break
            }
        }
        options.rest = String(rest.drop { $0 == " " || $0 == "\t" })
        return options
    }
}

/// A bad option in a magic's line (becomes a `UsageError`).
struct MagicUsage: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

extension Session {
    /// Parse options, turning a bad option into a `UsageError`.
    func options(_ line: String, _ spec: String, long: Set<String> = []) throws(PyError) -> MagicOptions {
        do throws(MagicUsage) {
            return try MagicOptions.parse(line, spec: spec, longOptions: long)
        } catch {
            throw usageError(error.message)
        }
    }
}
