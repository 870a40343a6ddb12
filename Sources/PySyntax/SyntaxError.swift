/// A problem found in source text before anything runs: the lexer, the parser and the compiler's scope
/// analysis all report through this one type, so that every front end renders syntax errors the same way.
///
/// It mirrors CPython's `SyntaxError` attributes (`filename`, `lineno`, `offset`, `text`, `end_lineno`,
/// `end_offset`); `kind` selects the Python class (`SyntaxError`, `IndentationError`, `TabError`).
public struct SyntaxError: Error, Sendable, Equatable {
    public enum Kind: String, Sendable {
        case syntax = "SyntaxError"
        case indentation = "IndentationError"
        case tab = "TabError"
    }

    public var kind: Kind
    public var message: String
    public var filename: String
    /// 1-based line.
    public var line: Int
    /// 1-based column of the offending character, in code points, as CPython's `offset`.
    public var offset: Int
    public var endLine: Int
    public var endOffset: Int
    /// The source line the error is on, without its newline (nil if unknown).
    public var text: String?

    public init(
        kind: Kind = .syntax, message: String, filename: String, line: Int, offset: Int,
        endLine: Int? = nil, endOffset: Int? = nil, text: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.offset = offset
        self.endLine = endLine ?? line
        self.endOffset = endOffset ?? offset
        self.text = text
    }

    /// The error as CPython prints it at the end of a traceback:
    /// ```
    ///   File "x.py", line 3
    ///     if x
    ///         ^
    /// SyntaxError: expected ':'
    /// ```
    public var rendered: String {
        var out = "  File \"\(filename)\", line \(line)\n"
        if let text {
            // CPython strips leading whitespace and shifts the caret accordingly.
            let scalars = Array(text.unicodeScalars)
            var lead = 0
            while lead < scalars.count, scalars[lead] == " " || scalars[lead] == "\t" || scalars[lead] == "\u{0C}" {
                lead += 1
            }
            var shown = String(String.UnicodeScalarView(scalars[lead...]))
            while let last = shown.unicodeScalars.last, last == "\n" || last == "\r" || last == " " {
                shown.unicodeScalars.removeLast()
            }
            out += "    \(shown)\n"
            // CPython's caret rules: 0-based after stripping the indentation, clipped to the text, none when
            // it falls left of the text; indentation errors get a single caret, others span to end_offset.
            let length = shown.unicodeScalars.count
            let start = min(offset - 1 - lead, length)
            if start >= 0 {
                var width = 1
                if kind == .syntax, endLine == line, endOffset > offset {
                    width = min(endOffset, length + 1 + lead) - offset
                }
                width = max(1, width)
                out += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: width) + "\n"
            }
        }
        out += "\(kind.rawValue): \(message)\n"
        return out
    }
}
