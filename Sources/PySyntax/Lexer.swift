/// The tokenizer: source text to a flat array of tokens, with INDENT/DEDENT synthesized from leading whitespace.
///
/// It works over an array of Unicode scalars so that columns come out in code points (as CPython reports them)
/// without any `String.Index` arithmetic. The whole file is tokenized up front; a lexical error does not throw
/// here but ends the array with a `.lexError` token, so the parser can report whichever problem CPython would
/// report first (an earlier syntax error, or the lexical error once the parser reaches it).
public struct Lexer: Sendable {
    /// How the end of input was reached, for the REPL's completeness check.
    public enum EndState: Sendable, Equatable {
        case normal
        case insideBrackets
        case insideTripleQuotedString
        case afterLineContinuation
    }

    let src: [Unicode.Scalar]
    let filename: String
    var i = 0
    var line: Int32 = 1
    var lineStart = 0
    var firstLineColumnOffset: Int32 = 0
    public internal(set) var tokens: [Token] = []
    /// Index in `src` where each line starts (line N starts at `lineStarts[N - 1]`).
    public internal(set) var lineStarts: [Int] = [0]
    public internal(set) var endState: EndState = .normal
    /// True when the lexical error (if any) should win over a generic "invalid syntax" found earlier.
    public internal(set) var errorOverridesInvalidSyntax = false
    /// Deepest bracket nesting seen, and a count of tokens that start nested expressions (`lambda`, `if`,
    /// `**`, `await`): together they tell whether parsing needs a big stack.
    public internal(set) var maxBracketDepth = 0
    public internal(set) var nestingRiskTokens = 0

    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var brackets: [(char: Unicode.Scalar, line: Int32, col: Int32)] = []
    var atLineStart = true
    /// Tokens on the current logical line so far (decides whether a NEWLINE is due at the end of input).
    var lineHasTokens = false
    /// Expression mode (f-string replacement fields): no indentation, newlines are whitespace.
    let expressionMode: Bool
    /// For `eval` input: leading whitespace on the first line is not indentation.
    var skipFirstIndent = false

    /// CPython's limits: 200 nested brackets, 100 indentation levels.
    static let bracketLimit = 200
    static let indentLimit = 100

    /// Tokenizes a module.
    public static func tokenize(_ source: String, filename: String) -> Lexer {
        var lexer = Lexer(scalars: normalizedScalars(source), filename: filename, expressionMode: false)
        lexer.run()
        return lexer
    }

    init(scalars: [Unicode.Scalar], filename: String, expressionMode: Bool,
         firstLine: Int32 = 1, firstColumn: Int32 = 0) {
        self.src = scalars
        self.filename = filename
        self.expressionMode = expressionMode
        self.line = firstLine
        self.firstLineColumnOffset = firstColumn
    }

    /// The scalars of `source` with `\r\n` and lone `\r` turned into `\n` and a leading BOM dropped.
    static func normalizedScalars(_ source: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(source.utf8.count)
        var previousWasCR = false
        for s in source.unicodeScalars {
            if s == "\r" {
                out.append("\n")
                previousWasCR = true
                continue
            }
            if s == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(s)
        }
        if out.first == "\u{FEFF}" { out.removeFirst() }
        return out
    }

    // MARK: Positions and errors

    @inline(__always) func column(_ index: Int) -> Int32 {
        Int32(index - lineStart) + columnOffset
    }

    /// The first line of an expression-mode lexer starts partway into a source line.
    var columnOffset: Int32 { lineStarts.count == 1 ? firstLineColumnOffset : 0 }

    @inline(__always) func location(_ index: Int) -> SourceLocation {
        SourceLocation(line: line, column: column(index))
    }

    /// The text of source line `n` (1-based), without its newline.
    func lineText(_ lineNumber: Int32) -> String? {
        let n = Int(lineNumber) - 1
        guard n >= 0, n < lineStarts.count, !expressionMode else { return nil }
        var end = lineStarts[n]
        while end < src.count && src[end] != "\n" { end += 1 }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: src[lineStarts[n]..<end])
        return String(s)
    }

    func error(_ message: String, line: Int32, offset: Int32, endLine: Int32? = nil, endOffset: Int32? = nil,
               kind: SyntaxError.Kind = .syntax) -> SyntaxError {
        SyntaxError(
            kind: kind, message: message, filename: filename, line: Int(line), offset: Int(offset),
            endLine: Int(endLine ?? line), endOffset: Int(endOffset ?? offset), text: lineText(line))
    }

    /// An error whose caret is at `index` on the current line (`offset` is the 1-based column).
    func errorAt(_ message: String, index: Int, endIndex: Int? = nil) -> SyntaxError {
        error(message, line: line, offset: column(index) + 1, endOffset: column(endIndex ?? index) + 1)
    }

    @inline(__always) func peek(_ k: Int = 0) -> Unicode.Scalar {
        let j = i + k
        return j < src.count ? src[j] : "\0"
    }

    mutating func newline(at index: Int) {
        line += 1
        lineStart = index + 1
        lineStarts.append(lineStart)
    }

    mutating func add(_ kind: TokenKind, _ start: Int, value: TokenValue = .none) {
        tokens.append(Token(kind: kind, start: location(start), end: location(i), value: value))
        lineHasTokens = true
    }

    // MARK: Main loop

    mutating func run() {
        do throws(SyntaxError) {
            if src.contains("\0") {
                throw error("source code cannot contain null bytes", line: 1, offset: 1)
            }
            tokens.reserveCapacity(src.count / 4)
            while try next() {}
        } catch {
            tokens.append(Token(kind: .lexError, start: SourceLocation(line: Int32(error.line), column: Int32(error.offset - 1)),
                                end: SourceLocation(line: Int32(error.line), column: Int32(error.offset - 1)),
                                value: .error(error)))
        }
    }

    /// Scans one token (or a line's indentation); returns false after the end marker.
    mutating func next() throws(SyntaxError) -> Bool {
        if atLineStart && brackets.isEmpty && !expressionMode {
            if try indentation() { return true }
        }
        // Whitespace and comments.
        while i < src.count {
            let c = src[i]
            if c == " " || c == "\t" || c == "\u{0C}" {
                i += 1
            } else if c == "#" {
                while i < src.count && src[i] != "\n" { i += 1 }
            } else if c == "\\" {
                if i + 1 >= src.count {
                    endState = .afterLineContinuation
                    throw error("unexpected EOF while parsing", line: line, offset: column(i) + 2, endOffset: -1)
                }
                if src[i + 1] != "\n" {
                    throw error("unexpected character after line continuation character", line: line,
                                offset: column(i) + 2, endOffset: 0)
                }
                if i + 2 >= src.count {
                    endState = .afterLineContinuation
                    throw error("unexpected EOF while parsing", line: line, offset: column(i) + 2, endOffset: -1)
                }
                i += 1
                newline(at: i)
                i += 1
            } else {
                break
            }
        }
        if i >= src.count {
            try finish()
            return false
        }
        let c = src[i]
        let start = i
        if c == "\n" {
            if brackets.isEmpty && !expressionMode {
                i += 1
                add(.newline, start)
                newline(at: start)
                atLineStart = true
                lineHasTokens = false
            } else {
                newline(at: i)
                i += 1
            }
            return true
        }
        if isIdentifierStart(c) {
            try identifierOrString(start)
            return true
        }
        if isDigit(c) || (c == "." && isDigit(peek(1))) {
            let value = try number(start)
            add(.number, start, value: .number(value))
            return true
        }
        if c == "'" || c == "\"" {
            try string(start, prefixLength: 0)
            return true
        }
        try operatorToken(c, start)
        return true
    }

    /// Measures a line's indentation and emits INDENT/DEDENT; returns true if the line was blank (consumed).
    mutating func indentation() throws(SyntaxError) -> Bool {
        var col = 0
        var alt = 0
        var continuationColumn = 0
        var continuationAlt = 0
        var j = i
        while j < src.count {
            let c = src[j]
            if c == " " {
                col += 1
                alt += 1
            } else if c == "\t" {
                col = (col / 8 + 1) * 8
                alt += 1
            } else if c == "\u{0C}" {
                col = 0
                alt = 0
            } else if c == "\\" {
                // Indentation cannot be split by a continuation: the column of the first backslash (if not
                // zero) is the line's indentation.
                if continuationColumn == 0 {
                    continuationColumn = col
                    continuationAlt = alt
                }
                if j + 1 >= src.count || src[j + 1] != "\n" {
                    i = j
                    return false  // next() reports the stray backslash
                }
                if j + 2 >= src.count {
                    i = j
                    return false
                }
                newline(at: j + 1)
                j += 2
                continue
            } else {
                break
            }
            j += 1
        }
        if j >= src.count {
            i = j
            return false  // end of input: finish() emits what is due
        }
        if skipFirstIndent && line == 1 && src[j] != "#" && src[j] != "\n" {
            i = j
            atLineStart = false
            return false
        }
        let c = src[j]
        if c == "#" || c == "\n" {
            // Blank or comment-only line: no indentation change, no NEWLINE.
            while j < src.count && src[j] != "\n" { j += 1 }
            if j < src.count {
                newline(at: j)
                j += 1
            }
            i = j
            return true
        }
        i = j
        atLineStart = false
        if continuationColumn != 0 {
            col = continuationColumn
            alt = continuationAlt
        }
        let top = indents[indents.count - 1]
        if col == top {
            if alt != altIndents[altIndents.count - 1] { throw tabError() }
        } else if col > top {
            if alt <= altIndents[altIndents.count - 1] { throw tabError() }
            if indents.count >= Lexer.indentLimit {
                throw error("too many levels of indentation", line: line, offset: 1, endOffset: 0, kind: .indentation)
            }
            indents.append(col)
            altIndents.append(alt)
            tokens.append(Token(kind: .indent, start: location(lineStart), end: location(j)))
        } else {
            while indents.count > 1 && col < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                tokens.append(Token(kind: .dedent, start: location(j), end: location(j)))
            }
            if col != indents[indents.count - 1] {
                var end = j
                while end < src.count && src[end] != "\n" { end += 1 }
                let length = Int32(end - lineStart) + 1
                throw error("unindent does not match any outer indentation level", line: line, offset: length,
                            endOffset: -1, kind: .indentation)
            }
            if alt != altIndents[altIndents.count - 1] { throw tabError() }
        }
        return false
    }

    mutating func tabError() -> SyntaxError {
        return error("inconsistent use of tabs and spaces in indentation", line: line, offset: 1, endOffset: 0,
                     kind: .tab)
    }

    /// End of input: a NEWLINE if the last line had tokens, DEDENTs back to column 0, then the end marker.
    mutating func finish() throws(SyntaxError) {
        if let open = brackets.last, !expressionMode {
            endState = .insideBrackets
            throw error("'\(open.char)' was never closed", line: open.line, offset: open.col + 1, endOffset: 0)
        }
        if lineHasTokens && !expressionMode {
            add(.newline, i)
            tokens[tokens.count - 1].end.column += 1
        }
        // Tokens at the end sit just past the last character of the last non-empty line.
        var endLoc = location(i)
        if i > 0 && src[i - 1] == "\n" && lineStarts.count >= 2 && !expressionMode {
            let prevStart = lineStarts[lineStarts.count - 2]
            endLoc = SourceLocation(line: line - 1, column: Int32(i - 1 - prevStart))
        }
        if !expressionMode {
            for _ in 1..<indents.count {
                tokens.append(Token(kind: .dedent, start: endLoc, end: endLoc))
            }
        }
        tokens.append(Token(kind: .endMarker, start: endLoc, end: endLoc))
    }

    // MARK: Names and strings

    @inline(__always) func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 || v >= 128
    }

    @inline(__always) func isIdentifierChar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 || (v >= 48 && v <= 57) || v >= 128
    }

    @inline(__always) func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    mutating func identifierOrString(_ start: Int) throws(SyntaxError) {
        var asciiOnly = true
        while i < src.count && isIdentifierChar(src[i]) {
            if src[i].value >= 128 { asciiOnly = false }
            i += 1
        }
        let length = i - start
        if length <= 2 && i < src.count && (src[i] == "'" || src[i] == "\"") && isStringPrefix(start, length) {
            try string(start, prefixLength: length)
            return
        }
        var text: String
        if asciiOnly {
            var bytes = [UInt8]()
            bytes.reserveCapacity(length)
            for k in start..<i { bytes.append(UInt8(truncatingIfNeeded: src[k].value)) }
            text = String(decoding: bytes, as: UTF8.self)
            if length >= 2 && length <= 8, let kw = TokenKind.keywords[text] {
                if kw == .kwLambda || kw == .kwIf || kw == .kwAwait { nestingRiskTokens += 1 }
                add(kw, start)
                return
            }
        } else {
            for k in start..<i {
                let c = src[k]
                let ok = k == start ? (c.properties.isXIDStart || c == "_") : c.properties.isXIDContinue
                if !ok {
                    errorOverridesInvalidSyntax = true
                    throw errorAt("invalid character '\(c)' (U+\(hex4(c.value)))", index: k)
                }
            }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: src[start..<i])
            text = normalizeIdentifier(String(s))
        }
        add(.name, start, value: .name(text))
    }

    func isStringPrefix(_ start: Int, _ length: Int) -> Bool {
        var r = 0, b = 0, u = 0, f = 0
        for k in start..<start + length {
            switch src[k] {
            case "r", "R": r += 1
            case "b", "B": b += 1
            case "u", "U": u += 1
            case "f", "F": f += 1
            default: return false
            }
        }
        if r > 1 || b > 1 || u > 1 || f > 1 { return false }
        if u == 1 { return length == 1 }
        return !(b == 1 && f == 1)
    }

    mutating func string(_ start: Int, prefixLength: Int) throws(SyntaxError) {
        var isRaw = false, isBytes = false, isFormatted = false
        for k in start..<start + prefixLength {
            switch src[k] {
            case "r", "R": isRaw = true
            case "b", "B": isBytes = true
            case "f", "F": isFormatted = true
            default: break
            }
        }
        let startLoc = location(start)
        let quote = src[i]
        let triple = peek(1) == quote && peek(2) == quote
        i += triple ? 3 : 1
        let bodyStart = i
        let bodyStartLoc = location(i)
        var bodyEnd = i
        while true {
            if i >= src.count {
                i = src.count
                var detected = line
                if triple && i > 0 && src[i - 1] == "\n" { detected -= 1 }
                errorOverridesInvalidSyntax = true
                if triple { endState = .insideTripleQuotedString }
                let what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
                throw error("\(what) (detected at line \(detected))", line: startLoc.line,
                            offset: startLoc.column + 1)
            }
            let c = src[i]
            if c == quote {
                if !triple {
                    bodyEnd = i
                    i += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    bodyEnd = i
                    i += 3
                    break
                }
            } else if c == "\n" {
                if !triple {
                    errorOverridesInvalidSyntax = true
                    throw error("unterminated string literal (detected at line \(line))", line: startLoc.line,
                                offset: startLoc.column + 1)
                }
                newline(at: i)
            } else if c == "\\" {
                i += 1
                if i < src.count && src[i] == "\n" { newline(at: i) }
            }
            i += 1
        }
        let endLoc = location(i)
        let body = Array(src[bodyStart..<bodyEnd])
        var literal = StringLiteral(isBytes: isBytes, isRaw: isRaw, isFormatted: isFormatted, value: .none,
                                    quote: quote, isTriple: triple)
        if isFormatted {
            literal.body = body
            literal.bodyStart = bodyStartLoc
        } else {
            if isBytes && body.contains(where: { $0.value >= 128 }) {
                literal.value = .bytes([])
                literal.decodeError = error("bytes can only contain ASCII literal characters", line: startLoc.line,
                                            offset: startLoc.column + 1, endLine: endLoc.line,
                                            endOffset: endLoc.column + 1)
            } else {
                switch StringDecoder.decode(body[...], isBytes: isBytes, isRaw: isRaw) {
                case .success(let v): literal.value = v
                case .failure(let message):
                    literal.value = isBytes ? .bytes([]) : .str("")
                    literal.decodeError = error(message, line: endLoc.line, offset: endLoc.column + 1)
                }
            }
        }
        tokens.append(Token(kind: .string, start: startLoc, end: endLoc, value: .string(literal)))
        lineHasTokens = true
    }

    // MARK: Operators

    mutating func operatorToken(_ c: Unicode.Scalar, _ start: Int) throws(SyntaxError) {
        let c1 = peek(1)
        let c2 = peek(2)
        var kind: TokenKind
        var length = 1
        switch c {
        case "(", "[", "{":
            if brackets.count >= Lexer.bracketLimit {
                errorOverridesInvalidSyntax = true
                throw errorAt("too many nested parentheses", index: start)
            }
            brackets.append((c, line, column(start)))
            if brackets.count > maxBracketDepth { maxBracketDepth = brackets.count }
            kind = c == "(" ? .lpar : c == "[" ? .lsqb : .lbrace
        case ")", "]", "}":
            kind = c == ")" ? .rpar : c == "]" ? .rsqb : .rbrace
            guard let open = brackets.popLast() else {
                errorOverridesInvalidSyntax = true
                throw errorAt("unmatched '\(c)'", index: start)
            }
            let expected: Unicode.Scalar = open.char == "(" ? ")" : open.char == "[" ? "]" : "}"
            if c != expected {
                errorOverridesInvalidSyntax = true
                let suffix = open.line == line ? "" : " on line \(open.line)"
                throw errorAt("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)'\(suffix)",
                              index: start)
            }
        case ":": (kind, length) = c1 == "=" ? (.colonEqual, 2) : (.colon, 1)
        case ",": kind = .comma
        case ";": kind = .semi
        case ".":
            (kind, length) = c1 == "." && c2 == "." ? (.ellipsis, 3) : (.dot, 1)
        case "+": (kind, length) = c1 == "=" ? (.plusEqual, 2) : (.plus, 1)
        case "-":
            (kind, length) = c1 == "=" ? (.minusEqual, 2) : c1 == ">" ? (.arrow, 2) : (.minus, 1)
        case "*":
            if c1 == "*" {
                (kind, length) = c2 == "=" ? (.doubleStarEqual, 3) : (.doubleStar, 2)
                nestingRiskTokens += 1
            } else {
                (kind, length) = c1 == "=" ? (.starEqual, 2) : (.star, 1)
            }
        case "/":
            if c1 == "/" {
                (kind, length) = c2 == "=" ? (.doubleSlashEqual, 3) : (.doubleSlash, 2)
            } else {
                (kind, length) = c1 == "=" ? (.slashEqual, 2) : (.slash, 1)
            }
        case "%": (kind, length) = c1 == "=" ? (.percentEqual, 2) : (.percent, 1)
        case "@": (kind, length) = c1 == "=" ? (.atEqual, 2) : (.at, 1)
        case "|": (kind, length) = c1 == "=" ? (.vbarEqual, 2) : (.vbar, 1)
        case "&": (kind, length) = c1 == "=" ? (.amperEqual, 2) : (.amper, 1)
        case "^": (kind, length) = c1 == "=" ? (.circumflexEqual, 2) : (.circumflex, 1)
        case "~": kind = .tilde
        case "=": (kind, length) = c1 == "=" ? (.eqEqual, 2) : (.equal, 1)
        case "!": (kind, length) = c1 == "=" ? (.notEqual, 2) : (.errorToken, 1)
        case "<":
            if c1 == "<" {
                (kind, length) = c2 == "=" ? (.leftShiftEqual, 3) : (.leftShift, 2)
            } else {
                (kind, length) = c1 == "=" ? (.lessEqual, 2) : (.less, 1)
            }
        case ">":
            if c1 == ">" {
                (kind, length) = c2 == "=" ? (.rightShiftEqual, 3) : (.rightShift, 2)
            } else {
                (kind, length) = c1 == "=" ? (.greaterEqual, 2) : (.greater, 1)
            }
        default:
            if c.value >= 128 || c.value < 32 && c != "\u{0C}" {
                errorOverridesInvalidSyntax = true
                throw errorAt("invalid character '\(c)' (U+\(hex4(c.value)))", index: start)
            }
            kind = .errorToken
        }
        i += length
        add(kind, start)
    }
}

/// `U+20AC`-style hex: at least four uppercase digits.
func hex4(_ v: UInt32) -> String {
    var s = String(v, radix: 16, uppercase: true)
    while s.count < 4 { s = "0" + s }
    return s
}
