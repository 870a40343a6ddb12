import CellEngine
import Notebook

/// `complete_request`, `inspect_request`, `is_complete_request` and `history_request`: questions about code
/// and the session, answered by the cell engine. Cursor positions count Unicode code points (protocol 5.2).
extension ShellChannel {
    func complete(_ request: KernelMessage) {
        let code = request.content.string("code") ?? ""
        let cursor = request.content.int("cursor_pos") ?? code.unicodeScalars.count
        let result = session.complete(code, cursor: cursor)
        reply(request, "complete_reply", JSONObject([
            ("status", .string("ok")), ("matches", .array(result.matches.map { .string($0) })),
            ("cursor_start", .int(result.cursorStart)), ("cursor_end", .int(result.cursorEnd)),
            ("metadata", .object(JSONObject())),
        ]))
    }

    func inspect(_ request: KernelMessage) {
        let code = request.content.string("code") ?? ""
        let cursor = request.content.int("cursor_pos") ?? code.unicodeScalars.count
        let level = request.content.int("detail_level") ?? 0
        let found = session.inspect(code, cursor: cursor, detailLevel: level)
        var data = JSONObject()
        if let found { data["text/plain"] = .string(found.text) }
        reply(request, "inspect_reply", JSONObject([
            ("status", .string("ok")), ("found", .bool(found != nil)), ("data", .object(data)),
            ("metadata", .object(JSONObject())),
        ]))
    }

    func isComplete(_ request: KernelMessage) {
        let code = request.content.string("code") ?? ""
        var content = JSONObject()
        var answer = session.isComplete(code)
        // Consoles send the whole buffer, whose last line is the (auto-indented) line Enter was pressed on.
        // IPython counts a blank last line as the end of a block; the engine wants that blank line ended by
        // a newline, so ask again with one (open brackets and strings stay incomplete either way).
        if case .incomplete = answer, code.contains("\n"),
            code.split(separator: "\n", omittingEmptySubsequences: false).last?.allSatisfy({ $0 == " " || $0 == "\t" }) ?? false
        {
            answer = session.isComplete(code + "\n")
        }
        switch answer {
        case .complete: content["status"] = .string("complete")
        case .incomplete(let indent):
            content["status"] = .string("incomplete")
            content["indent"] = .string(indent)
        case .invalid: content["status"] = .string("invalid")
        }
        reply(request, "is_complete_reply", content)
    }

    /// The session number history entries carry: this kernel keeps one session, number 1 (a request may also
    /// name it 0, IPython's "current session").
    static let historySession = 1

    func history(_ request: KernelMessage) {
        let c = request.content
        let output = c.bool("output", default: false)
        var entries = session.history
        switch c.string("hist_access_type") ?? "tail" {
        case "range":
            let wanted = c.int("session") ?? 0
            if wanted != 0 && wanted != Self.historySession {
                entries = []
            } else {
                let start = c.int("start") ?? 0
                let stop = c.int("stop")
                entries = entries.filter { $0.line >= start && (stop == nil || $0.line < stop!) }
            }
        case "search":
            let pattern = Array((c.string("pattern") ?? "*").unicodeScalars)
            entries = entries.filter { GlobPattern.matches(pattern, Array($0.input.unicodeScalars)) }
            if c.bool("unique", default: false) {
                var seen = Set<String>()
                var kept: [HistoryEntry] = []
                for entry in entries.reversed() where seen.insert(entry.input).inserted { kept.insert(entry, at: 0) }
                entries = kept
            }
            if let n = c.int("n"), n >= 0 { entries = Array(entries.suffix(n)) }
        default:
            if let n = c.int("n"), n >= 0 { entries = Array(entries.suffix(n)) }
        }
        let rows: [JSONValue] = entries.map { entry in
            let input: JSONValue = .string(entry.input)
            let value: JSONValue = output ? .array([input, entry.output.map { .string($0) } ?? .null]) : input
            return .array([.int(Self.historySession), .int(entry.line), value])
        }
        reply(request, "history_reply", JSONObject([("status", .string("ok")), ("history", .array(rows))]))
    }
}

/// Shell-style globs for history search (`*`, `?`, `[abc]`, `[!abc]`), matched against the whole input, as
/// IPython's history database does with SQLite's GLOB.
enum GlobPattern {
    static func matches(_ p: [Unicode.Scalar], _ s: [Unicode.Scalar]) -> Bool {
        var pi = 0, si = 0
        var starP = -1, starS = 0
        while si < s.count {
            if pi < p.count, p[pi] == "*" {
                starP = pi
                starS = si
                pi += 1
                continue
            }
            if pi < p.count, let next = single(p, pi, s[si]) {
                pi = next
                si += 1
                continue
            }
            if starP >= 0 {
                pi = starP + 1
                starS += 1
                si = starS
                continue
            }
            return false
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }

    /// If the pattern element at `i` matches `c`, the index after it.
    private static func single(_ p: [Unicode.Scalar], _ i: Int, _ c: Unicode.Scalar) -> Int? {
        switch p[i] {
        case "?": return i + 1
        case "[":
            var j = i + 1
            var negate = false
            if j < p.count, p[j] == "!" || p[j] == "^" {
                negate = true
                j += 1
            }
            var matched = false
            var first = true
            while j < p.count, p[j] != "]" || first {
                first = false
                if j + 2 < p.count, p[j + 1] == "-", p[j + 2] != "]" {
                    if p[j] <= c && c <= p[j + 2] { matched = true }
                    j += 3
                } else {
                    if p[j] == c { matched = true }
                    j += 1
                }
            }
            guard j < p.count else { return p[i] == c ? i + 1 : nil }  // no closing bracket: a literal "["
            return matched != negate ? j + 1 : nil
        default: return p[i] == c ? i + 1 : nil
        }
    }
}
