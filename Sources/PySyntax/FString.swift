/// Accumulates the parts of a `.joinedStr`: adjacent literal text is merged into one `.constant(.str)`.
///
/// Exists because literal text arrives in pieces (plain literals, f-string text between fields, `{{`
/// escapes, the `x=` of self-documenting fields) that CPython merges into a single constant.
struct FStringBuilder {
    var parts: [Expr] = []
    var literal = String.UnicodeScalarView()
    let range: SourceRange

    init(range: SourceRange) {
        self.range = range
    }

    mutating func flush() {
        if !literal.isEmpty {
            parts.append(Expr(.constant(.str(String(literal))), range))
            literal = String.UnicodeScalarView()
        }
    }
}

/// A position inside an f-string body that keeps its source location (line and column) up to date.
struct FStringCursor {
    let body: [Unicode.Scalar]
    var k = 0
    var location: SourceLocation

    var atEnd: Bool { k >= body.count }
    var current: Unicode.Scalar { k < body.count ? body[k] : "\0" }

    func peek(_ n: Int) -> Unicode.Scalar {
        k + n < body.count ? body[k + n] : "\0"
    }

    mutating func advance(_ n: Int = 1) {
        for _ in 0..<n where k < body.count {
            if body[k] == "\n" {
                location.line += 1
                location.column = 0
            } else {
                location.column += 1
            }
            k += 1
        }
    }
}

/// String literal concatenation and f-string parsing: splitting bodies into text and replacement fields and
/// parsing each field's expression with its true source position.
extension ParserState {
    /// One or more adjacent string tokens: a constant, or a `.joinedStr` if any of them is an f-string.
    func parseStrings() throws -> Expr {
        let start = pos
        var pieces: [(Token, StringLiteral)] = []
        while kind == .string {
            let t = advance()
            if case .string(let lit) = t.value { pieces.append((t, lit)) }
        }
        let whole = range(from: start)
        // CPython decodes literals only after seeing the token that follows them.
        if let e = lexErrorAtCursor() { throw e }
        for (_, lit) in pieces {
            if let e = lit.decodeError { throw e }
        }
        let anyBytes = pieces.contains { $0.1.isBytes }
        let anyText = pieces.contains { !$0.1.isBytes }
        if anyBytes && anyText { throw fstringError("cannot mix bytes and nonbytes literals", pieces.last!.0) }
        if anyBytes {
            var bytes: [UInt8] = []
            for (_, lit) in pieces {
                if case .bytes(let b) = lit.value { bytes += b }
            }
            return Expr(.constant(.bytes(bytes)), whole)
        }
        if !pieces.contains(where: { $0.1.isFormatted }) {
            if pieces.count == 1, case .str = pieces[0].1.value { return Expr(.constant(pieces[0].1.value), whole) }
            var text = ""
            for (_, lit) in pieces {
                if case .str(let s) = lit.value { text += s }
            }
            return Expr(.constant(.str(text)), whole)
        }
        var builder = FStringBuilder(range: whole)
        for (t, lit) in pieces {
            if !lit.isFormatted {
                if case .str(let s) = lit.value { builder.literal.append(contentsOf: s.unicodeScalars) }
                continue
            }
            var cursor = FStringCursor(body: lit.body, location: lit.bodyStart)
            try parseFStringText(&cursor, lit, token: t, into: &builder, nesting: 0, inSpec: false)
        }
        builder.flush()
        return Expr(.joinedStr(builder.parts), whole)
    }

    /// f-string structural errors are placed just past the string token, as CPython 3.11 does.
    func fstringError(_ message: String, _ token: Token) -> SyntaxError {
        let loc = SourceLocation(line: token.end.line, column: token.end.column + 1)
        return SyntaxError(
            kind: .syntax, message: message, filename: filename, line: Int(loc.line), offset: Int(loc.column),
            endLine: Int(loc.line), endOffset: Int(loc.column), text: lineText(Int(loc.line)))
    }

    /// Literal text and replacement fields, up to the end of the body or (in a format spec) an unmatched `}`.
    func parseFStringText(
        _ cur: inout FStringCursor, _ lit: StringLiteral, token: Token, into b: inout FStringBuilder,
        nesting: Int, inSpec: Bool
    ) throws {
        var raw: [Unicode.Scalar] = []
        func flushRaw(_ b: inout FStringBuilder) throws {
            if raw.isEmpty { return }
            var trailingBackslashes = 0
            while trailingBackslashes < raw.count && raw[raw.count - 1 - trailingBackslashes] == "\\" {
                trailingBackslashes += 1
            }
            let loneBackslash = !lit.isRaw && trailingBackslashes % 2 == 1
            if loneBackslash { raw.removeLast() }
            switch StringDecoder.decode(raw[...], isBytes: false, isRaw: lit.isRaw) {
            case .success(.str(let s)): b.literal.append(contentsOf: s.unicodeScalars)
            case .failure(let message): throw fstringError(message, token)
            default: break
            }
            if loneBackslash { b.literal.append("\\") }
            raw.removeAll()
        }
        while !cur.atEnd {
            let c = cur.current
            if c == "{" {
                if cur.peek(1) == "{" && !inSpec {
                    raw.append("{")
                    cur.advance(2)
                    continue
                }
                try flushRaw(&b)
                try parseFStringField(&cur, lit, token: token, into: &b, nesting: nesting)
                continue
            }
            if c == "}" {
                if inSpec { break }
                if cur.peek(1) == "}" {
                    raw.append("}")
                    cur.advance(2)
                    continue
                }
                throw fstringError("f-string: single '}' is not allowed", token)
            }
            if c == "\\" && !lit.isRaw {
                let e = cur.peek(1)
                if e == "{" || e == "}" {
                    raw.append(c)
                    cur.advance()
                    continue
                }
                raw.append(c)
                cur.advance()
                if !cur.atEnd {
                    raw.append(e)
                    cur.advance()
                    if e == "N" && cur.current == "{" {
                        while !cur.atEnd && cur.current != "}" {
                            raw.append(cur.current)
                            cur.advance()
                        }
                        if !cur.atEnd {
                            raw.append("}")
                            cur.advance()
                        }
                    }
                }
                continue
            }
            raw.append(c)
            cur.advance()
        }
        try flushRaw(&b)
    }

    /// `{expression=!c:spec}` starting at the `{`.
    func parseFStringField(
        _ cur: inout FStringCursor, _ lit: StringLiteral, token: Token, into b: inout FStringBuilder, nesting: Int
    ) throws {
        if nesting >= 2 { throw fstringError("f-string: expressions nested too deeply", token) }
        cur.advance()
        let exprStart = cur.k
        let exprLocation = cur.location
        var depth = 0
        var quote: Unicode.Scalar?
        var triple = false
        scan: while true {
            if cur.atEnd {
                throw fstringError(quote == nil ? "f-string: expecting '}'" : "f-string: unterminated string", token)
            }
            let c = cur.current
            if let q = quote {
                if c == "\\" { throw fstringError("f-string expression part cannot include a backslash", token) }
                if c == q && (!triple || (cur.peek(1) == q && cur.peek(2) == q)) {
                    quote = nil
                    cur.advance(triple ? 3 : 1)
                } else {
                    cur.advance()
                }
                continue
            }
            switch c {
            case "\\":
                throw fstringError("f-string expression part cannot include a backslash", token)
            case "'", "\"":
                quote = c
                triple = cur.peek(1) == c && cur.peek(2) == c
                cur.advance(triple ? 3 : 1)
                continue
            case "(", "[", "{":
                depth += 1
            case ")", "]":
                if depth == 0 { throw fstringError("f-string: unmatched '\(c)'", token) }
                depth -= 1
            case "}":
                if depth == 0 { break scan }
                depth -= 1
            case "#":
                throw fstringError("f-string expression part cannot include '#'", token)
            case "!":
                if cur.peek(1) == "=" {
                    cur.advance(2)
                    continue
                }
                if depth == 0 { break scan }
            case ":":
                if depth == 0 { break scan }
            case "=", "<", ">":
                if cur.peek(1) == "=" {
                    cur.advance(2)
                    continue
                }
                if c == "=" && depth == 0 { break scan }
            default:
                break
            }
            cur.advance()
        }
        let text = Array(cur.body[exprStart..<cur.k])
        if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" }) {
            let c = cur.current
            if c == "!" || c == ":" || c == "=" {
                throw fstringError("f-string: expression required before '\(c)'", token)
            }
            throw fstringError("f-string: empty expression not allowed", token)
        }
        let value = try parseFieldExpression(text, at: exprLocation)
        var selfDocumenting = false
        if cur.current == "=" {
            cur.advance()
            while cur.current == " " || cur.current == "\t" || cur.current == "\n" { cur.advance() }
            selfDocumenting = true
            b.literal.append(contentsOf: cur.body[exprStart..<cur.k])
        }
        var conversion: Character?
        if cur.current == "!" {
            cur.advance()
            let c = cur.current
            if cur.atEnd { throw fstringError("f-string: expecting '}'", token) }
            guard c == "s" || c == "r" || c == "a" else {
                throw fstringError("f-string: invalid conversion character: expected 's', 'r', or 'a'", token)
            }
            conversion = Character(c)
            cur.advance()
            if cur.current != ":" && cur.current != "}" { throw fstringError("f-string: expecting '}'", token) }
        }
        var spec: Expr?
        if cur.current == ":" {
            cur.advance()
            var specBuilder = FStringBuilder(range: token.range)
            try parseFStringText(&cur, lit, token: token, into: &specBuilder, nesting: nesting + 1, inSpec: true)
            specBuilder.flush()
            spec = Expr(.joinedStr(specBuilder.parts), token.range)
        }
        if cur.atEnd || cur.current != "}" { throw fstringError("f-string: expecting '}'", token) }
        cur.advance()
        if selfDocumenting && conversion == nil && spec == nil { conversion = "r" }
        b.flush()
        b.parts.append(Expr(.formattedValue(value: value, conversion: conversion, formatSpec: spec), b.range))
    }

    /// Parses a replacement field's expression with its true source position (as if parenthesized).
    func parseFieldExpression(_ text: [Unicode.Scalar], at location: SourceLocation) throws -> Expr {
        var lexer = Lexer(scalars: text, filename: filename, expressionMode: true, firstLine: location.line,
                          firstColumn: location.column)
        lexer.run()
        let sub = ParserState(tokens: lexer.tokens, parent: self)
        let e: Expr
        if sub.kind == .kwYield {
            e = try sub.parseYieldExpression()
        } else {
            e = try sub.parseStarExpressions()
        }
        if case .starred = e.kind { throw sub.error("cannot use starred expression here", e.range) }
        if sub.kind != .endMarker {
            if sub.kind == .lexError, case .error(let err) = sub.tok.value { throw err }
            throw sub.missingCommaOrInvalid()
        }
        return e
    }
}

/// Error selection for the end of an f-string field's expression.
extension ParserState {
    /// At a token that cannot continue an f-string field: the comma hint if an expression follows.
    func missingCommaOrInvalid() -> SyntaxError {
        if canStartExpression(kind) {
            return missingCommaError(elementStart: 0)
        }
        return invalidSyntax()
    }
}
