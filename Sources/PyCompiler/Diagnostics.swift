import PySyntax

/// Builds `SyntaxError`s for problems found after parsing (scope analysis and code generation), with the
/// location conventions of CPython: 1-based `offset` and `endOffset` in code points, and the offending source
/// line as `text` when the source is known.
struct ErrorReporter: Sendable {
    let filename: String
    let source: String?

    func error(_ message: String, at range: SourceRange) -> SyntaxError {
        let line = Int(range.start.line)
        return SyntaxError(
            message: message, filename: filename, line: line, offset: Int(range.start.column) + 1,
            endLine: Int(range.end.line), endOffset: Int(range.end.column) + 1, text: sourceLine(line))
    }

    /// An inconsistency in the compiler itself, reported instead of producing code the VM could not trust.
    func internalError(_ message: String, at range: SourceRange = .unknown) -> SyntaxError {
        error("internal compiler error: " + message, at: range)
    }

    /// Line `number` (1-based) of the source, without its line terminator.
    func sourceLine(_ number: Int) -> String? {
        guard let source, number >= 1 else { return nil }
        var current = 1
        var lineStart = source.unicodeScalars.startIndex
        var index = lineStart
        let scalars = source.unicodeScalars
        while index != scalars.endIndex {
            let c = scalars[index]
            if c == "\n" || c == "\r" {
                if current == number { return String(scalars[lineStart..<index]) }
                var next = scalars.index(after: index)
                if c == "\r", next != scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                current += 1
                lineStart = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        return current == number ? String(scalars[lineStart...]) : nil
    }
}
