import PySyntax

/// How a cell's text becomes Python: IPython's input transformations, done before compiling.
///
/// - A cell magic is `%%name args` on the first non-blank line; the rest of the cell is its body.
/// - A line magic (`%name args`) or shell escape (`!cmd`) is recognised only where a logical line starts
///   (not inside brackets, strings or after a backslash), also inside indented blocks and after `name =`;
///   it becomes a call of a hidden builtin on the same line, so line numbers stay those of the cell.
/// - An indented first line dedents the whole cell (IPython's `leading_indent`).
public enum CellSource {
    /// The hidden builtin that runs a line magic: `_swiftray_magic('time', 'f()')`.
    public static let magicFunction = "_swiftray_magic"
    /// The hidden builtin that runs a shell command: `_swiftray_system('ls')`.
    public static let systemFunction = "_swiftray_system"

    /// A cell magic invocation.
    public struct CellMagic: Equatable {
        /// The name after `%%`.
        public var name: String
        /// The rest of the first line (after one space), trailing whitespace removed.
        public var line: String
        /// Every following line; ends with a newline when the cell had one, as IPython passes it.
        public var body: String
        /// The 1-based line of the cell where the body starts (for tracebacks).
        public var bodyFirstLine: Int
    }

    /// The cell magic of a cell, if its first non-blank line starts with `%%`.
    public static func cellMagic(_ source: String) -> CellMagic? {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var skipped = 0
        while let first = lines.first, first.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }), lines.count > 1 {
            lines.removeFirst()
            skipped += 1
        }
        guard let first = lines.first, first.hasPrefix("%%") else { return nil }
        var header = String(first.dropFirst(2))
        while let last = header.last, last == " " || last == "\t" || last == "\r" { header.removeLast() }
        let name: String
        var line = ""
        if let space = header.firstIndex(of: " ") {
            name = String(header[..<space])
            line = String(header[header.index(after: space)...])
        } else {
            name = header
        }
        var body = lines.dropFirst().joined(separator: "\n")
        if !body.isEmpty && !body.hasSuffix("\n") { body += "\n" }
        return CellMagic(name: name, line: line, body: body, bodyFirstLine: skipped + 2)
    }

    /// The cell with line magics and shell escapes turned into calls, and a common leading indent removed.
    /// The result has as many lines as the input.
    public static func transform(_ source: String) -> String {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        dedentLeadingIndent(&lines)
        guard lines.contains(where: { line in
            let t = line.drop { $0 == " " || $0 == "\t" }
            return t.contains("%") || t.contains("!")
        }) else { return lines.joined(separator: "\n") }
        var out: [String] = []
        for line in lines {
            if let rewritten = rewriteMagicLine(line), startsLogicalLine(after: out) {
                out.append(rewritten)
            } else {
                out.append(line)
            }
        }
        return out.joined(separator: "\n")
    }

    /// IPython's `leading_indent`: when the first non-blank line is indented, remove that indent from every
    /// line that starts with it.
    static func dedentLeadingIndent(_ lines: inout [String]) {
        guard let first = lines.first(where: { !$0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }) else { return }
        let indent = String(first.prefix { $0 == " " || $0 == "\t" })
        guard !indent.isEmpty else { return }
        for i in lines.indices where lines[i].hasPrefix(indent) { lines[i].removeFirst(indent.count) }
    }

    /// Whether a new logical line starts after `lines` (the lexer ends outside brackets, strings and
    /// continuations).
    static func startsLogicalLine(after lines: [String]) -> Bool {
        if lines.isEmpty { return true }
        let lexer = Lexer.tokenize(lines.joined(separator: "\n") + "\n", filename: "<cell>")
        return lexer.endState == .normal
    }

    /// The call that replaces a magic or shell line, or nil if the line is not one.
    static func rewriteMagicLine(_ line: String) -> String? {
        let indent = String(line.prefix { $0 == " " || $0 == "\t" })
        var rest = Substring(line.dropFirst(indent.count))
        while let last = rest.last, last == "\r" { rest = rest.dropLast() }
        var target = ""
        if !(rest.hasPrefix("%") || rest.hasPrefix("!")) {
            // `name = %magic ...` / `a, b = !cmd`
            guard let eq = rest.firstIndex(of: "=") else { return nil }
            let lhs = rest[..<eq].trimmingSpaces
            let rhs = rest[rest.index(after: eq)...].drop { $0 == " " || $0 == "\t" }
            guard !lhs.isEmpty, rhs.hasPrefix("%") || rhs.hasPrefix("!"), !rhs.hasPrefix("%%"),
                lhs.split(separator: ",").allSatisfy({ isIdentifier($0.trimmingSpaces) })
            else { return nil }
            target = lhs + " = "
            rest = rhs
        }
        if rest.hasPrefix("!") {
            let command = String(rest.dropFirst())
            let capture = target.isEmpty ? "" : ", capture=True"
            return indent + target + "\(systemFunction)(\(pythonLiteral(command))\(capture))"
        }
        guard rest.hasPrefix("%"), !rest.hasPrefix("%%") else { return nil }
        let body = rest.dropFirst()
        let name = body.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard let first = name.first, first.isLetter || first == "_" else { return nil }
        var args = body.dropFirst(name.count)
        if args.hasPrefix("?") {
            return indent + target + "\(magicFunction)(\(pythonLiteral(String(name))), '', help=True)"
        }
        guard args.isEmpty || args.first == " " || args.first == "\t" else { return nil }
        args = args.drop { $0 == " " || $0 == "\t" }
        return indent + target + "\(magicFunction)(\(pythonLiteral(String(name))), \(pythonLiteral(String(args))))"
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.first, first.isLetter || first == "_" else { return false }
        return s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// A Python string literal for `text` (single quotes, backslash escapes).
    public static func pythonLiteral(_ text: String) -> String {
        var out = "'"
        for u in text.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "'"
    }

    /// Whether the last token of `source` (comments and newlines aside) is `;`: IPython then shows no result.
    public static func endsWithSemicolon(_ source: String) -> Bool {
        let lexer = Lexer.tokenize(source + "\n", filename: "<cell>")
        for token in lexer.tokens.reversed() {
            switch token.kind {
            case .endMarker, .newline, .indent, .dedent: continue
            case .semi: return true
            default: return false
            }
        }
        return false
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
