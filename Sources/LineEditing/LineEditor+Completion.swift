import CLibEditShims

/// What Tab does with a completer's answer. Computed without a terminal, so tests can check it.
public enum CompletionAction: Equatable, Sendable {
    /// No candidates: ring the bell.
    case beep
    /// The word is already complete: do nothing.
    case nothing
    /// Delete `deleteCount` Unicode scalars before the cursor, then insert `insertion`.
    case replace(deleteCount: Int, insertion: String)
    /// Several candidates and nothing to add: show them.
    case list([String])

    /// Decides what Tab does.
    ///
    /// - Parameters:
    ///   - lineBeforeCursor: the text before the cursor.
    ///   - replaceFrom: where the word being completed starts, in Unicode scalars (clamped to the text).
    ///   - candidates: replacements for that word; duplicates are ignored, order is kept for listing.
    /// - Returns: `.beep` for no candidates; `.replace` to the single candidate, or to the candidates'
    ///   longest common prefix when that is longer than the typed word; `.nothing` if the single
    ///   candidate is what is typed; otherwise `.list`.
    public static func plan(lineBeforeCursor: String, replaceFrom: Int, candidates: [String]) -> CompletionAction {
        let scalars = Array(lineBeforeCursor.unicodeScalars)
        let start = min(max(0, replaceFrom), scalars.count)
        var typed = String.UnicodeScalarView()
        typed.append(contentsOf: scalars[start...])
        let word = String(typed)
        var seen = Set<String>()
        let unique = candidates.filter { seen.insert($0).inserted }
        guard let first = unique.first else { return .beep }
        let common = unique.dropFirst().reduce(first) { commonPrefix($0, $1) }
        if common == word { return unique.count == 1 ? .nothing : .list(unique) }
        if unique.count == 1 || common.count > word.count || (common.count == word.count && !common.isEmpty) {
            return replacement(of: word, scalarCount: scalars.count - start, with: common)
        }
        return .list(unique)
    }

    private static func replacement(of word: String, scalarCount: Int, with text: String) -> CompletionAction {
        if text.hasPrefix(word) {
            return .replace(deleteCount: 0, insertion: String(text.dropFirst(word.count)))
        }
        return .replace(deleteCount: scalarCount, insertion: text)
    }

    /// The longest common prefix of two strings, in whole characters (never splits a grapheme).
    static func commonPrefix(_ a: String, _ b: String) -> String {
        var end = a.startIndex
        var other = b.startIndex
        while end < a.endIndex, other < b.endIndex, a[end] == b[other] {
            end = a.index(after: end)
            other = b.index(after: other)
        }
        return String(a[..<end])
    }
}

/// Lays out words in columns, filled top to bottom like `ls`, within `width` columns.
///
/// - Parameters:
///   - items: the words; a word wider than `width` gets a line of its own.
///   - width: terminal width in columns.
/// - Returns: the lines joined with "\n", each without trailing spaces, with a final "\n".
public func formatColumns(_ items: [String], width: Int) -> String {
    guard !items.isEmpty else { return "" }
    let cell = (items.map(\.count).max() ?? 0) + 2
    let columns = max(1, (max(width, 1) + 2) / cell)
    let rows = (items.count + columns - 1) / columns
    var lines: [String] = []
    for row in 0..<rows {
        var line = ""
        for column in 0..<columns {
            let index = column * rows + row
            guard index < items.count else { break }
            let item = items[index]
            line += item
            if column < columns - 1 { line += String(repeating: " ", count: cell - item.count) }
        }
        while line.hasSuffix(" ") { line.removeLast() }
        lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
}

extension LineEditor {
    /// Binds Tab to `completer` (or back to inserting a tab when it is `nil`).
    func installCompletion() {
        guard completer != nil else {
            _ = CLibEditShims_setCompletion(editor, nil, nil)
            return
        }
        // The editor frees the libedit state in deinit, so an unretained reference cannot dangle.
        let context = Unmanaged.passUnretained(self).toOpaque()
        _ = CLibEditShims_setCompletion(editor, { context, bytes, count in
            guard let context else { return CLibEditShims_COMPLETION_BEEP }
            let editor = Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue()
            let text = bytes.map {
                String(decoding: UnsafeRawBufferPointer(start: $0, count: Int(max(0, count))), as: UTF8.self)
            } ?? ""
            return editor.complete(lineBeforeCursor: text)
        }, context)
    }

    /// Runs the completer inside `readLine` and edits the line; returns a CLibEditShims_COMPLETION_* code.
    func complete(lineBeforeCursor: String) -> Int32 {
        guard let completer else { return CLibEditShims_COMPLETION_BEEP }
        insideCallback = true
        needsRedisplay = false
        defer { insideCallback = false }
        let answer = completer(lineBeforeCursor)
        let action = CompletionAction.plan(
            lineBeforeCursor: lineBeforeCursor, replaceFrom: answer.replaceFrom, candidates: answer.candidates)
        var result: Int32
        switch action {
        case .beep:
            result = CLibEditShims_COMPLETION_BEEP
        case .nothing:
            result = CLibEditShims_COMPLETION_NOTHING
        case .replace(let deleteCount, let insertion):
            if deleteCount > 0 { CLibEditShims_deleteBeforeCursor(editor, Int32(clamping: deleteCount)) }
            result = CLibEditShims_insert(editor, insertion) == 0
                ? CLibEditShims_COMPLETION_REFRESH : CLibEditShims_COMPLETION_BEEP
        case .list(let candidates):
            write("\n" + formatColumns(candidates, width: terminalColumns))
            result = CLibEditShims_COMPLETION_REDISPLAY
        }
        return needsRedisplay ? CLibEditShims_COMPLETION_REDISPLAY : result
    }
}
