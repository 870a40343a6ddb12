import PyRuntime

/// `%who`, `%who_ls`, `%whos`, `%reset`, `%history`: the namespace and the input history, printed in
/// IPython's layouts.
extension Session {
    static func namespaceMagics() -> [Magic] {
        let history: Magic.LineBody = { (s, line) throws(PyError) -> Value in
            try s.historyMagic(line)
            return .none
        }
        return [
            Magic(
                name: "who", help: "%who [type ...]\n\nPrint the interactive variables (names without a leading underscore), optionally only those of the given type names.",
                line: { (s, line) throws(PyError) -> Value in
                    s.whoMagic(line)
                    return .none
                }, cell: nil),
            Magic(
                name: "who_ls", help: "%who_ls [type ...]\n\nReturn the sorted list of interactive variable names.",
                line: { (s, line) throws(PyError) -> Value in .object(PyList(s.whoList(line).map { .str($0) })) },
                cell: nil),
            Magic(
                name: "whos", help: "%whos [type ...]\n\nLike %who, with each variable's type and a summary of its value.",
                line: { (s, line) throws(PyError) -> Value in
                    try s.whosMagic(line)
                    return .none
                }, cell: nil),
            Magic(
                name: "reset",
                help: "%reset [-f] [-s] [in] [out] [dhist]\n\nRemove every name the user defined (no confirmation is asked: batch runs have no input). -s keeps the history; in/out/dhist flush only that history.",
                line: { (s, line) throws(PyError) -> Value in
                    try s.resetMagic(line)
                    return .none
                }, cell: nil),
            Magic(
                name: "history",
                help: "%history [-n] [-o] [-r|-t] [-l [N]] [-g PATTERN] [range ...]\n\nPrint input history: ranges like 4, 1-3 (inclusive) or 2:5 (end excluded); -n numbers the lines, -o adds each output, -l the last N (default 10) inputs, -g inputs matching a glob pattern (in the REPL: from every session, numbered by their place in ~/.swiftray_history).",
                line: history, cell: nil),
            Magic(name: "hist", help: "Alias for %history.", line: history, cell: nil),
        ]
    }

    /// `%who_ls`: user names, filtered by type names if any are given.
    func whoList(_ line: String) -> [String] {
        let types = Set(line.split(separator: " ").map(String.init))
        return userVariableNames().filter { name in
            types.isEmpty || namespace.getItem(name).map { types.contains($0.type.name) } ?? false
        }
    }

    /// `%who`: names separated by a tab and a space, a line break after every nine.
    func whoMagic(_ line: String) {
        let names = whoList(line)
        if names.isEmpty {
            write(line.trimmingSpaces.isEmpty ? "Interactive namespace is empty.\n" : "No variables match your requested type.\n")
            return
        }
        var text = ""
        var count = 0
        for name in names {
            text += name + "\t "
            count += 1
            if count > 8 {
                count = 0
                text += "\n"
            }
        }
        write(text + "\n")
    }

    /// `%whos`: a table of name, type and data (lengths of containers, `str()` shortened in the middle).
    func whosMagic(_ line: String) throws(PyError) {
        let names = whoList(line)
        if names.isEmpty {
            write(line.trimmingSpaces.isEmpty ? "Interactive namespace is empty.\n" : "No variables match your requested type.\n")
            return
        }
        let values = names.map { namespace.getItem($0) ?? .none }
        let types = values.map { $0.type.name }
        let varWidth = max(names.map(\.count).max() ?? 0, "Variable".count) + 3
        let typeWidth = max(types.map(\.count).max() ?? 0, "Type".count) + 3
        var text = "Variable".padding(to: varWidth) + "Type".padding(to: typeWidth) + " Data/Info\n"
        text += String(repeating: "-", count: varWidth + typeWidth + "Data/Info".count + 1) + "\n"
        for (i, name) in names.enumerated() {
            text += name.padding(to: varWidth) + types[i].padding(to: typeWidth) + " "
            if ["dict", "list", "tuple"].contains(types[i]) {
                let length = (try? interp.call(interp.builtins.getItem("len") ?? .none, [values[i]])) ?? .int(0)
                text += "n=\((try? interp.str(length)) ?? "?")\n"
                continue
            }
            var shown: String
            do throws(PyError) {
                shown = try interp.str(values[i])
            } catch {
                shown = "<object (str() failed)>"
            }
            shown = shown.replacingAll("\n", with: "\\n")
            let scalars = Array(shown.unicodeScalars)
            if scalars.count < 50 {
                text += shown + "\n"
            } else {
                text += String(String.UnicodeScalarView(scalars.prefix(25))) + "<...>"
                    + String(String.UnicodeScalarView(scalars.suffix(25))) + "\n"
            }
        }
        write(text)
    }

    /// `%reset`.
    func resetMagic(_ line: String) throws(PyError) {
        let opts = try options(line, "sf", long: ["aggressive"])
        let targets = opts.rest.split(separator: " ").map(String.init)
        if opts.flags.contains("s") {
            for name in userVariableNames() { _ = namespace.removeItem(str: PyStr.intern(name)) }
        } else if targets.isEmpty {
            resetNamespace()
        }
        for target in targets {
            switch target {
            case "in":
                write("Flushing input history\n")
                for i in 1..<inputs.count { inputs[i] = "" }
                inList.items = [.str("")]
                for name in ["_i", "_ii", "_iii", "_i00"] { namespace.setItem(name, .str("")) }
            case "out":
                write("Flushing output cache (\(outDict.count) entries)\n")
                outDict.removeAll()
                unders = [.str(""), .str(""), .str("")]
                for name in ["_", "__", "___"] { namespace.setItem(name, .str("")) }
            case "dhist":
                write("Flushing directory history\n")
                directoryHistory = [currentDirectory()]
            default:
                write("Don't know how to reset  \(target), please run `%reset?` for details\n")
            }
        }
    }

    /// `%history`.
    func historyMagic(_ line: String) throws(PyError) {
        let opts = try options(line, "noprtlg:f:")
        let current = executionCount - 1
        var numbers: [Int] = []
        var printNumbers = opts.flags.contains("n")
        let words = opts.rest.split(separator: " ").map(String.init)
        if let pattern = opts.values["g"], let persistent = persistentHistory?() {
            let glob = "*" + ([pattern] + words).joined(separator: " ") + "*"
            var text = ""
            for (index, input) in persistent.enumerated() where Self.globMatch(glob, input) {
                let multiline = input.contains("\n")
                text += String(index + 1).leftPadded(to: 4) + ":" + (multiline ? "\n" : " ") + input + "\n"
            }
            write(text)
            return
        } else if let pattern = opts.values["g"] {
            let glob = "*" + ([pattern] + words).joined(separator: " ") + "*"
            numbers = (1...max(1, current)).filter { $0 < inputs.count && Self.globMatch(glob, inputs[$0]) }
            printNumbers = true
        } else if opts.flags.contains("l") {
            let count = words.first.flatMap { Int($0) } ?? 10
            numbers = Array((1...max(1, current)).suffix(count))
        } else if words.isEmpty {
            numbers = Array(1...max(1, current))
        } else {
            for word in words {
                guard let range = Self.historyRange(word, current: current) else {
                    throw usageError("Invalid history range: \(word)")
                }
                numbers += range
            }
        }
        var text = ""
        for n in numbers where n >= 1 && n < inputs.count {
            var input = inputs[n].replacingAll("\t", with: "    ")
            while let last = input.last, last == " " || last == "\n" || last == "\r" { input.removeLast() }
            let multiline = input.contains("\n")
            if printNumbers {
                text += String(n).leftPadded(to: 4) + ":" + (multiline ? "\n" : " ")
            }
            text += input + "\n"
            if opts.flags.contains("o"), let out = try outDict.getItem(.int(n), interp) {
                text += try interp.repr(out) + "\n"
            }
        }
        if let file = opts.values["f"] {
            try writeTextFile(file, text, append: false)
        } else {
            write(text)
        }
    }

    /// `4`, `1-3` (inclusive), `2:5` (end excluded), `-2` (the last two).
    static func historyRange(_ word: String, current: Int) -> [Int]? {
        if let n = Int(word) { return n < 0 ? Array(max(1, current + n + 1)...max(1, current)) : [n] }
        if let dash = word.firstIndex(of: "-"), let a = Int(word[..<dash]), let b = Int(word[word.index(after: dash)...]) {
            return a <= b ? Array(a...b) : []
        }
        if let colon = word.firstIndex(of: ":"), let a = Int(word[..<colon]), let b = Int(word[word.index(after: colon)...]) {
            return a < b ? Array(a..<b) : []
        }
        return nil
    }

    /// fnmatch with `*` and `?` only.
    static func globMatch(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern)
        let t = Array(text)
        var memo: [Int: Bool] = [:]
        func match(_ i: Int, _ j: Int) -> Bool {
            let key = i * (t.count + 1) + j
            if let m = memo[key] { return m }
            let result: Bool
            if i == p.count {
                result = j == t.count
            } else if p[i] == "*" {
                result = match(i + 1, j) || (j < t.count && match(i, j + 1))
            } else {
                result = j < t.count && (p[i] == "?" || p[i] == t[j]) && match(i + 1, j + 1)
            }
            memo[key] = result
            return result
        }
        return match(0, 0)
    }
}

extension String {
    /// Every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    /// Right-justified in `width` columns.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
