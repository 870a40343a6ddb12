import PyCompiler
import PyRuntime
import PySyntax

#if canImport(Glibc)
    import Glibc
#endif

/// Renders an exception that ended a cell as IPython's verbose traceback (without colours), the form Jupyter
/// shows: a rule, `Name   Traceback (most recent call last)`, one block per frame with numbered source
/// context and an arrow at the executing line, then `Name: message`.
///
/// ```
/// ---------------------------------------------------------------------------
/// ZeroDivisionError                         Traceback (most recent call last)
/// Cell In[3], line 4
///       2     return 1/a
///       3
/// ----> 4 f(0)
///
/// Cell In[3], line 2, in f(a)
///       1 def f(a):
/// ----> 2     return 1/a
///
/// ZeroDivisionError: division by zero
/// ```
///
/// Frames of cells (`<cell N>` files) read `Cell In[N], line L`; other files `File PATH:L` with the home
/// directory shortened to `~`. Context is four lines before and three after the executing one, within the
/// frame's own code (module: the whole cell; function: its lines), blank lines included, as the IPython
/// kernel prints them in Jupyter. Scripts keep CPython's format (`TracebackPrinter`).
enum ErrorRenderer {
    static let rule = String(repeating: "-", count: 75)
    static let contextBefore = 4
    static let contextAfter = 3

    /// The cell label of a cell file name (`<cell 3>` → `In[3]`), nil for other files.
    static func cellLabel(_ filename: String) -> String? {
        guard filename.hasPrefix("<cell "), filename.hasSuffix(">") else { return nil }
        return "In[\(filename.dropFirst(6).dropLast())]"
    }

    /// The file name cell `n` is compiled with.
    static func cellFilename(_ n: Int) -> String { "<cell \(n)>" }

    /// The Jupyter error for `exc`.
    /// - Parameters:
    ///   - hidden: file names whose frames are not shown (the engine's own helper code).
    static func cellError(_ exc: PyException, _ interp: Interpreter, hidden: Set<String>) -> CellError {
        let ename = exc.type.name
        let evalue = (try? interp.str(.object(exc))) ?? ""
        if exc.type.isSubtype(of: Builtins.syntaxErrorType), exc.traceback.allSatisfy({ hidden.contains($0.code.code.filename) }) {
            return CellError(ename: ename, evalue: evalue, traceback: [syntaxError(exc, interp)], exception: exc)
        }
        var blocks: [String] = []
        var seen: [ObjectIdentifier] = []
        chain(exc, interp, hidden, &seen, &blocks, first: true)
        return CellError(ename: ename, evalue: evalue, traceback: blocks, exception: exc)
    }

    private static func chain(
        _ exc: PyException, _ interp: Interpreter, _ hidden: Set<String>, _ seen: inout [ObjectIdentifier],
        _ blocks: inout [String], first: Bool
    ) {
        seen.append(ObjectIdentifier(exc))
        var isFirst = first
        if let cause = exc.cause, !seen.contains(ObjectIdentifier(cause)) {
            chain(cause, interp, hidden, &seen, &blocks, first: isFirst)
            blocks.append("\nThe above exception was the direct cause of the following exception:\n")
            isFirst = false
        } else if let context = exc.context, !exc.suppressContext, !seen.contains(ObjectIdentifier(context)) {
            chain(context, interp, hidden, &seen, &blocks, first: isFirst)
            blocks.append("\nDuring handling of the above exception, another exception occurred:\n")
            isFirst = false
        }
        if isFirst { blocks.append(rule) }
        let name = exc.type.name
        let title = "Traceback (most recent call last)"
        blocks.append(name.padding(to: 75 - title.count) + title)
        if let override = exc.renderedTracebackOverride {
            // A remote error (RayTaskError) carries its own text: the remote traceback and message.
            var text = override
            if text.hasPrefix("Traceback (most recent call last):\n") { text.removeFirst(35) }
            while text.hasSuffix("\n") { text.removeLast() }
            blocks.append(text)
            return
        }
        var sources = SourceLines()
        for entry in exc.traceback.reversed() where !hidden.contains(entry.code.code.filename) {
            blocks.append(frame(entry, &sources))
        }
        // IPython: `Name: str(exc)` (the type without its module, the colon kept for an empty message, no
        // "Did you mean" hint), then any notes; a SyntaxError raised by code keeps its caret block.
        var last: String
        if exc.type.isSubtype(of: Builtins.syntaxErrorType) {
            last = TracebackPrinter.finalLine(exc, interp)
            if last.hasSuffix("\n") { last.removeLast() }
        } else {
            last = "\(name): " + ((try? interp.str(.object(exc))) ?? "")
            for note in exc.dict?.getItem("__notes__")?.asList?.items ?? [] { last += "\n" + ((try? interp.str(note)) ?? "") }
        }
        blocks.append(last)
    }

    /// `  Cell In[7], line 1` then the source line, caret and `SyntaxError: message`, as one block.
    static func syntaxError(_ exc: PyException, _ interp: Interpreter) -> String {
        var text = TracebackPrinter.finalLine(exc, interp)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, first.hasPrefix("  File \""), let close = first.dropFirst(8).firstIndex(of: "\"") {
            let filename = String(first[first.index(first.startIndex, offsetBy: 8)..<close])
            let rest = first[first.index(after: close)...]  // `, line N`
            if let label = cellLabel(filename) {
                lines[0] = "  Cell \(label)\(rest)"
            } else {
                lines[0] = "  File \(compressUser(filename))\(rest.replacingFirst(", line ", with: ":"))"
            }
            text = lines.joined(separator: "\n")
        }
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// One frame block: the location line and numbered source context.
    static func frame(_ entry: TracebackEntry, _ sources: inout SourceLines) -> String {
        let code = entry.code.code
        let line = Int(entry.line)
        var head: String
        if let label = cellLabel(code.filename) {
            head = "Cell \(label), line \(line)"
        } else {
            head = "File \(compressUser(code.filename)):\(line)"
        }
        if code.name != "<module>" { head += ", in \(code.qualifiedName)\(signature(code))" }
        var out = head + "\n"
        guard let lines = sources.lines(code.filename), line >= 1, line <= lines.count else {
            return out
        }
        // Jupyter's kernel shows 4 lines before and 3 after the executing one, within the code's own lines.
        let scope = scopeRange(code, lineCount: lines.count)
        let shown = min(line, max(scope.lowerBound, line - contextBefore))...max(line, min(scope.upperBound, line + contextAfter))
        for n in shown {
            let number = String(n)
            let prefix: String
            if n == line {
                let pad = 7 - number.count
                prefix = (pad >= 2 ? String(repeating: "-", count: pad - 2) + "> " : pad == 1 ? ">" : "") + number
            } else {
                prefix = String(repeating: " ", count: max(0, 7 - number.count)) + number
            }
            out += prefix + " " + lines[n - 1] + "\n"
        }
        return out
    }

    /// `(a, b, *args, **kwargs)`: the parameter names as `inspect.formatargvalues` prints them without values
    /// (positional and keyword-only first, then `*args`, then `**kwargs`).
    static func signature(_ code: CodeObject) -> String {
        let named = Int(code.argCount + code.kwOnlyArgCount)
        var parts = Array(code.varNames.prefix(named))
        var next = named
        if code.flags.contains(.varArgs), next < code.varNames.count {
            parts.append("*" + code.varNames[next])
            next += 1
        }
        if code.flags.contains(.varKeywords), next < code.varNames.count { parts.append("**" + code.varNames[next]) }
        return "(" + parts.joined(separator: ", ") + ")"
    }

    /// The lines a frame may show: the whole file for module code, the function's own lines otherwise.
    static func scopeRange(_ code: CodeObject, lineCount: Int) -> ClosedRange<Int> {
        if code.name == "<module>" { return 1...max(1, lineCount) }
        let first = max(1, Int(code.firstLine))
        let last = code.positions.reduce(first) { max($0, Int($1.end.line)) }
        return first...max(first, min(last, lineCount))
    }

    /// A path with the home directory shortened to `~` (IPython's `compress_user`).
    static func compressUser(_ path: String) -> String {
        guard let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty, home != "/" else { return path }
        if path == home { return "~" }
        if path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }
}

/// Source text of files met while rendering one traceback.
struct SourceLines {
    private var cache: [String: [String]?] = [:]

    /// The lines of `filename` (registered cells and `%time` sources, or files on disk).
    mutating func lines(_ filename: String) -> [String]? {
        if let cached = cache[filename] { return cached }
        var lines: [String] = []
        while let line = SourceCache.shared.line(filename, lines.count + 1) {
            lines.append(line.hasSuffix("\r") ? String(line.dropLast()) : line)
            if lines.count > 1_000_000 { break }
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        let result: [String]? = lines.isEmpty ? nil : lines
        cache[filename] = result
        return result
    }
}

extension String {
    /// The text left-justified in `width` columns (Python's `ljust`).
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

extension Substring {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = firstRange(of: target) else { return String(self) }
        return String(self[..<r.lowerBound]) + replacement + String(self[r.upperBound...])
    }
}
