import PyLibrary
import PyRuntime
import PySyntax

#if canImport(Glibc)
    import Glibc
#endif

/// The answer to "what could go at the cursor?" for Jupyter's `complete_request` and the REPL's Tab key.
///
/// `matches` replace the text between `cursorStart` and `cursorEnd`; positions count Unicode code points,
/// as the Jupyter protocol does (not UTF-16 units, not bytes).
public struct CompletionResult: Equatable, Sendable {
    public var matches: [String]
    public var cursorStart: Int
    public var cursorEnd: Int

    public init(matches: [String], cursorStart: Int, cursorEnd: Int) {
        self.matches = matches
        self.cursorStart = cursorStart
        self.cursorEnd = cursorEnd
    }
}

/// Whether a cell is ready to run, as Jupyter's `is_complete_request` and the REPL's Enter key need it.
public typealias CodeCompleteness = InputCompleteness

extension Session {
    /// Completions at `cursor` in `code`, from what the session knows now: names in the namespace,
    /// builtins and keywords; attributes after `name.` (modules, objects, ray handles); dict keys inside
    /// `d["`; file names inside other string literals; magics after `%`. Nothing user-visible is run except
    /// attribute lookups along a dotted name (as IPython does); failures complete nothing.
    public func complete(_ code: String, cursor: Int) -> CompletionResult {
        let scalars = Array(code.unicodeScalars)
        let end = min(max(0, cursor), scalars.count)
        var lineStart = end
        while lineStart > 0 && scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        let line = Array(scalars[lineStart..<end])
        let context = CompletionContext(line)
        var matches: [String] = []
        var wordStart = end
        switch context {
        case .magic(let prefix, let percents):
            wordStart = end - prefix.count - percents
            matches = magicMatches(prefix, percents: percents)
        case .dictKey(let object, let quote, let prefix):
            wordStart = end - prefix.unicodeScalars.count
            matches = dictKeyMatches(object, prefix, quote: quote)
        case .path(let prefix):
            wordStart = end - prefix.unicodeScalars.count
            matches = pathMatches(prefix)
        case .attribute(let object, let prefix):
            wordStart = end - prefix.unicodeScalars.count
            matches = attributeMatches(object, prefix)
        case .name(let prefix):
            wordStart = end - prefix.unicodeScalars.count
            matches = nameMatches(prefix)
        case .nothing:
            break
        }
        return CompletionResult(matches: matches, cursorStart: wordStart, cursorEnd: end)
    }

    /// Jupyter's `is_complete` and the REPL's "run or continue?": a cell magic (`%%time`) collects lines
    /// until a blank one; other cells are checked after IPython's transformations (line magics, `!cmd`).
    public func isComplete(_ code: String) -> CodeCompleteness {
        if settings.recognizesMagics, CellSource.cellMagic(code) != nil {
            // Lines as `str.splitlines` counts them: a final newline ends the last line, it does not start one.
            var lines = code.split(separator: "\n", omittingEmptySubsequences: false)
            if code.hasSuffix("\n") { lines.removeLast() }
            let last = lines.last.map { $0.allSatisfy { $0 == " " || $0 == "\t" } } ?? true
            return last && lines.count > 1 ? .complete : .incomplete(indent: "")
        }
        return Parser.checkCompleteness(settings.recognizesMagics ? CellSource.transform(code) : code)
    }

    // MARK: Sources of candidates

    func nameMatches(_ prefix: String) -> [String] {
        var names = Set<String>()
        for key in namespace.keys { if let s = key.asStr?.string { names.insert(s) } }
        for key in interp.builtins.keys { if let s = key.asStr?.string { names.insert(s) } }
        names.formUnion(TokenKind.keywordSpellings)
        return Self.filtered(names, prefix)
    }

    func attributeMatches(_ dotted: [String], _ prefix: String) -> [String] {
        guard let object = resolve(dotted),
            let listed = try? interp.call(interp.builtins.getItem("dir") ?? .none, [object]),
            let items = try? interp.iterate(listed)
        else { return [] }
        return Self.filtered(Set(items.compactMap { $0.asStr?.string }), prefix)
    }

    func dictKeyMatches(_ dotted: [String], _ prefix: String, quote: Character) -> [String] {
        guard let object = resolve(dotted), let dict = object.asDict else { return [] }
        let keys = dict.keys.compactMap { $0.asStr?.string }.filter { $0.hasPrefix(prefix) }
        return keys.sorted()
    }

    func magicMatches(_ prefix: String, percents: Int) -> [String] {
        let names = magics.filter { percents == 2 ? $0.value.cell != nil : true }.map(\.key)
        var result: [String] = []
        for name in names.sorted() where name.hasPrefix(prefix) {
            if percents == 1, magics[name]?.line == nil {
                result.append("%%" + name)
            } else {
                result.append(String(repeating: "%", count: percents) + name)
            }
        }
        return result
    }

    func pathMatches(_ prefix: String) -> [String] {
        let home = getenv("HOME").map { String(cString: $0) } ?? ""
        let expanded = prefix.hasPrefix("~") ? home + prefix.dropFirst() : prefix
        let slash = expanded.lastIndex(of: "/")
        let directory = slash.map { String(expanded[...$0]) } ?? ""
        let stem = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        let shownDirectory = prefix.lastIndex(of: "/").map { String(prefix[...$0]) } ?? ""
        guard let dir = opendir(directory.isEmpty ? "." : directory) else { return [] }
        defer { closedir(dir) }
        var result: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != "..", name.hasPrefix(stem), stem.hasPrefix(".") || !name.hasPrefix(".") else {
                continue
            }
            var info = stat()
            let isDirectory = stat(directory + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            result.append(shownDirectory + name + (isDirectory ? "/" : ""))
        }
        return result.sorted()
    }

    /// The value of a dotted name (`ray`, `handle.method`), looked up without calling anything.
    func resolve(_ dotted: [String]) -> Value? {
        guard let first = dotted.first else { return nil }
        guard var value = namespace.getItem(first) ?? interp.builtins.getItem(first) else { return nil }
        for name in dotted.dropFirst() {
            guard let next = try? interp.lookupAttributeOrNil(value, name) else { return nil }
            value = next
        }
        return value
    }

    /// Names starting with `prefix`, sorted as IPython lists them: public names first, `_x` only when the
    /// prefix starts with `_`, dunders only when it starts with `__`.
    static func filtered(_ names: Set<String>, _ prefix: String) -> [String] {
        names.filter { name in
            guard name.hasPrefix(prefix) else { return false }
            if prefix.hasPrefix("__") { return true }
            if name.hasPrefix("__") { return false }
            return !name.hasPrefix("_") || prefix.hasPrefix("_")
        }.sorted()
    }
}

/// What the text before the cursor asks to complete, found by scanning the current line.
enum CompletionContext: Equatable {
    case name(String)
    case attribute([String], String)
    case dictKey([String], Character, String)
    case path(String)
    case magic(String, percents: Int)
    case nothing

    init(_ line: [Unicode.Scalar]) {
        // Inside a string literal? Find the quote that opened it.
        var openQuote: (index: Int, quote: Unicode.Scalar)?
        var i = 0
        while i < line.count {
            let c = line[i]
            if let open = openQuote {
                if c == "\\" { i += 1 } else if c == open.quote { openQuote = nil }
            } else if c == "#" {
                self = .nothing
                return
            } else if c == "\"" || c == "'" {
                openQuote = (i, c)
            }
            i += 1
        }
        if let open = openQuote {
            var typed = String.UnicodeScalarView()
            typed.append(contentsOf: line[(open.index + 1)...])
            let prefix = String(typed)
            var j = open.index
            if j > 0 && line[j - 1] == "[" {
                j -= 1
                let object = Self.dottedName(endingAt: j, in: line)
                if !object.isEmpty {
                    self = .dictKey(object, Character(open.quote), prefix)
                    return
                }
            }
            self = .path(prefix)
            return
        }
        // A word: identifier characters back from the cursor.
        var start = line.count
        while start > 0, Self.isIdentifier(line[start - 1]) { start -= 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: line[start...])
        let prefix = String(word)
        // `%name` / `%%name` at the start of the line (after indentation).
        var percents = 0
        var k = start
        while k > 0, line[k - 1] == "%" { percents += 1; k -= 1 }
        if percents > 0 && percents <= 2 && line[..<k].allSatisfy({ $0 == " " || $0 == "\t" }) {
            self = .magic(prefix, percents: percents)
            return
        }
        if start > 0 && line[start - 1] == "." {
            let object = Self.dottedName(endingAt: start - 1, in: line)
            self = object.isEmpty ? .nothing : .attribute(object, prefix)
            return
        }
        if let first = prefix.unicodeScalars.first, ("0"..."9").contains(first) {
            self = .nothing
            return
        }
        self = .name(prefix)
    }

    /// `a.b.c` ending just before `end` (exclusive), as its parts; empty when there is none.
    static func dottedName(endingAt end: Int, in line: [Unicode.Scalar]) -> [String] {
        var parts: [String] = []
        var position = end
        while true {
            var start = position
            while start > 0, isIdentifier(line[start - 1]) { start -= 1 }
            guard start < position, let first = line[start...].first, !("0"..."9").contains(first) else { return [] }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: line[start..<position])
            parts.insert(String(name), at: 0)
            if start > 0 && line[start - 1] == "." {
                position = start - 1
            } else {
                return parts
            }
        }
    }

    static func isIdentifier(_ c: Unicode.Scalar) -> Bool {
        c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
            || (c.value > 127 && c.properties.isAlphabetic)
    }
}
