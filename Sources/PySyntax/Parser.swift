/// The front door of the syntax layer: source text in, AST (or a CPython-compatible `SyntaxError`) out.
///
/// A caseless enum because parsing has no state worth keeping between calls; the actual recursive-descent
/// machinery lives in the internal `ParserState` class.
public enum Parser {
    /// Parses a whole file or notebook cell.
    public static func parseModule(_ source: String, filename: String) throws(SyntaxError) -> Module {
        let lexer = Lexer.tokenize(source, filename: filename)
        return try run(lexer, filename: filename) { state in try state.parseFile() }.get()
    }

    /// Parses the argument of `eval()`: one expression list, leading whitespace and trailing newlines allowed.
    public static func parseExpression(_ source: String, filename: String) throws(SyntaxError) -> Expr {
        var lexer = Lexer(scalars: Lexer.normalizedScalars(source), filename: filename, expressionMode: false)
        lexer.skipFirstIndent = true
        lexer.run()
        return try run(lexer, filename: filename) { state in try state.parseEvalInput() }.get()
    }

    /// Runs a parse over `lexer`'s tokens, on a big-stack thread if the input nests deeply.
    ///
    /// The parser's internals throw untyped errors (typed throws cost a large error slot in every frame of
    /// the deeply recursive descent); everything they throw is a `SyntaxError`.
    static func run<T>(
        _ lexer: Lexer, filename: String, _ body: @escaping (ParserState) throws -> T
    ) -> Result<T, SyntaxError> {
        let work = { (budget: UInt) -> Result<T, SyntaxError> in
            let state = ParserState(lexer: lexer, filename: filename)
            state.stackBase = StackGuard.currentAddress()
            state.stackBudget = budget
            do {
                return .success(try body(state))
            } catch let e as SyntaxError {
                return .failure(state.reportedError(e))
            } catch {
                return .failure(SyntaxError(message: "internal parser error: \(error)", filename: filename,
                                            line: 1, offset: 1))
            }
        }
        return StackGuard.needsBigStack(lexer) ? StackGuard.runOnBigStack(work) : work(StackGuard.inlineBudget)
    }

    /// Whether `source` is a complete unit of REPL input (see `InputCompleteness`).
    public static func checkCompleteness(_ source: String) -> InputCompleteness {
        Completeness.check(source)
    }
}

/// The verdict a REPL or Jupyter's `is_complete` needs about what the user typed so far.
public enum InputCompleteness: Sendable, Equatable {
    /// Ready to run.
    case complete
    /// More lines are expected; `indent` is the suggested indentation for the next one.
    case incomplete(indent: String)
    /// A syntax error that more input cannot fix.
    case invalid
}

/// The mutable state of one parse: the token array, the cursor, and the bookkeeping error messages need.
///
/// A class (not a struct) so that the many small parsing methods share one cursor without `inout` plumbing.
final class ParserState {
    var tokens: [Token]
    var pos = 0
    let filename: String
    let src: [Unicode.Scalar]
    let lineStarts: [Int]
    /// The lexer's error, when it should replace a generic "invalid syntax" found earlier in the file.
    let overridingLexError: SyntaxError?
    /// Nesting of recursive expression rules, bounded so deep input fails cleanly instead of overflowing the stack.
    var depth = 0
    /// Prefix for messages from f-string replacement fields ("f-string: ").
    var messagePrefix = ""
    /// Ranges of tuples written with their own parentheses (they are not valid where a bare tuple would be).
    var parenthesizedTuples = Set<SourceRange>()
    /// Index of the token an error was raised at (for the completeness check).
    var errorTokenIndex = -1
    /// Stack address at the start of the parse and how far below it recursion may go (see `StackGuard`).
    var stackBase: UInt = 0
    var stackBudget: UInt = StackGuard.inlineBudget

    static let maxDepth = 400
    static let maxChain = 5_000

    init(lexer: Lexer, filename: String) {
        self.tokens = lexer.tokens
        self.filename = filename
        self.src = lexer.src
        self.lineStarts = lexer.lineStarts
        if lexer.errorOverridesInvalidSyntax, case .error(let e)? = lexer.tokens.last?.value {
            overridingLexError = e
        } else {
            overridingLexError = nil
        }
    }

    /// A parser over tokens of an f-string field, sharing the enclosing file's text for error lines.
    init(tokens: [Token], parent: ParserState) {
        self.tokens = tokens
        self.filename = parent.filename
        self.src = parent.src
        self.lineStarts = parent.lineStarts
        self.overridingLexError = nil
        self.depth = parent.depth
        self.stackBase = parent.stackBase
        self.stackBudget = parent.stackBudget
        self.messagePrefix = "f-string: "
    }

    // MARK: Token access

    @inline(__always) var tok: Token { tokens[pos] }
    @inline(__always) var kind: TokenKind { tokens[pos].kind }

    @inline(__always) func peekKind(_ k: Int = 1) -> TokenKind {
        let j = pos + k
        return j < tokens.count ? tokens[j].kind : .endMarker
    }

    @inline(__always) @discardableResult func advance() -> Token {
        let t = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    @inline(__always) func accept(_ k: TokenKind) -> Bool {
        if tokens[pos].kind == k {
            advance()
            return true
        }
        return false
    }

    /// Consumes a token of kind `k` or fails with "invalid syntax" there.
    @discardableResult func expect(_ k: TokenKind) throws -> Token {
        if kind != k { throw invalidSyntax() }
        return advance()
    }

    /// Consumes a token that must be there, or fails with `expected 'x'` (CPython's forced tokens).
    @discardableResult func expectForced(_ k: TokenKind, _ spelling: String) throws -> Token {
        if kind != k {
            throw errorAtTokenStart("expected '\(spelling)'")
        }
        return advance()
    }

    /// The end of the last consumed token.
    var lastEnd: SourceLocation { pos > 0 ? tokens[pos - 1].end : tokens[0].start }

    func range(from startIndex: Int) -> SourceRange {
        SourceRange(start: tokens[startIndex].start, end: lastEnd)
    }

    // MARK: Errors

    func lineText(_ line: Int) -> String? {
        let n = line - 1
        guard n >= 0, n < lineStarts.count else { return nil }
        var end = lineStarts[n]
        while end < src.count && src[end] != "\n" { end += 1 }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: src[lineStarts[n]..<end])
        return String(s)
    }

    /// An error at `range` (offset and end offset are 1-based columns).
    func error(_ message: String, _ range: SourceRange, kind: SyntaxError.Kind = .syntax) -> SyntaxError {
        if let lexError = lexErrorAtCursor() { return lexError }
        errorTokenIndex = pos
        return SyntaxError(
            kind: kind, message: messagePrefix + message, filename: filename, line: Int(range.start.line),
            offset: Int(range.start.column) + 1, endLine: Int(range.end.line), endOffset: Int(range.end.column) + 1,
            text: lineText(Int(range.start.line)))
    }

    /// If the parser has run into the lexer's error token, that error is the one to report.
    func lexErrorAtCursor() -> SyntaxError? {
        if tokens[pos].kind == .lexError, case .error(let e) = tokens[pos].value {
            errorTokenIndex = pos
            return e
        }
        return nil
    }

    func errorAtTokenStart(_ message: String) -> SyntaxError {
        errorTokenIndex = pos
        let start = tok.start
        return error(message, SourceRange(start: start, end: start))
    }

    /// "invalid syntax" at the current token, unless a lexical error later in the file takes precedence.
    func invalidSyntax() -> SyntaxError {
        errorTokenIndex = pos
        if let e = lexErrorAtCursor() { return e }
        if let e = overridingLexError { return e }
        let t = tok
        if t.kind == .newline || t.kind == .endMarker || t.kind == .dedent {
            return error("invalid syntax", SourceRange(start: t.start, end: t.start))
        }
        if t.kind == .indent {
            return indentError("unexpected indent")
        }
        return error("invalid syntax", t.range)
    }

    func indentError(_ message: String) -> SyntaxError {
        errorTokenIndex = pos
        if let e = lexErrorAtCursor() { return e }
        let t = tok
        return SyntaxError(
            kind: .indentation, message: message, filename: filename, line: Int(t.end.line),
            offset: Int(t.end.column), endLine: Int(t.end.line), endOffset: -1, text: lineText(Int(t.end.line)))
    }

    /// Bounds the nesting of recursive rules.
    @inline(__always) func enter() throws {
        depth += 1
        let here = StackGuard.currentAddress()
        let used = stackBase > here ? stackBase - here : 0
        if depth > ParserState.maxDepth || used > stackBudget {
            errorTokenIndex = pos
            throw error("too many nested parentheses", tok.range)
        }
    }

    @inline(__always) func leave() { depth -= 1 }

    /// CPython tokenizes the rest of the file after a parse error: a lexical error further on wins, and an
    /// unclosed bracket wins if it was opened on an earlier line. Indentation problems found by the tokenizer
    /// and the parser's "unexpected indent" are exempt from this.
    func reportedError(_ e: SyntaxError) -> SyntaxError {
        guard let last = tokens.last, last.kind == .lexError, case .error(let lexError) = last.value,
              lexError != e, lexError.kind == .syntax else { return e }
        if e.message == "unexpected indent" { return e }
        if overridingLexError != nil { return lexError }
        let sameSpot = lexError.line == e.line && lexError.offset == e.offset
        return lexError.line < e.line || sameSpot ? lexError : e
    }

    // MARK: Entry points

    func parseFile() throws -> Module {
        var body: [Stmt] = []
        while kind != .endMarker {
            if kind == .newline {
                advance()
                continue
            }
            try parseStatement(into: &body)
        }
        return Module(body: body)
    }

    func parseEvalInput() throws -> Expr {
        while kind == .newline { advance() }
        let e = try parseStarExpressions()
        while kind == .newline { advance() }
        if kind != .endMarker { throw invalidSyntax() }
        return e
    }
}

/// REPL completeness: decides from the token stream and a trial parse whether more input is needed.
enum Completeness {
    static func check(_ source: String) -> InputCompleteness {
        let lexer = Lexer.tokenize(source, filename: "<input>")
        var normalized = String.UnicodeScalarView()
        normalized.append(contentsOf: lexer.src)
        let lines = String(normalized).split(separator: "\n", omittingEmptySubsequences: false)
        var lastLine = Substring("")
        for l in lines.reversed() where !l.allSatisfy({ $0 == " " || $0 == "\t" }) {
            lastLine = l
            break
        }
        let baseIndent = String(lastLine.prefix(while: { $0 == " " || $0 == "\t" }))
        var code = lastLine
        if let hash = code.firstIndex(of: "#") { code = code[..<hash] }
        while let last = code.last, last == " " || last == "\t" { code = code.dropLast() }
        let opensBlock = code.hasSuffix(":")
        let stripped = code.drop(while: { $0 == " " || $0 == "\t" })
        let closesBlock = ["return", "pass", "break", "continue", "raise"].contains { word in
            stripped == word || stripped.hasPrefix(word + " ") || stripped.hasPrefix(word + "(")
        }
        var suggested = opensBlock ? baseIndent + "    " : baseIndent
        if closesBlock && suggested.count >= 4 { suggested = String(suggested.dropLast(4)) }

        switch lexer.endState {
        case .insideBrackets, .insideTripleQuotedString, .afterLineContinuation:
            return .incomplete(indent: baseIndent)
        case .normal:
            break
        }
        // The parse yields the module, or whether its error was at the very end of the input.
        let outcome = Parser.run(lexer, filename: "<input>") { state -> (Module?, Bool) in
            do {
                return (try state.parseFile(), false)
            } catch {
                let index = state.errorTokenIndex
                guard index >= 0 && index < state.tokens.count else { return (nil, false) }
                let k = state.tokens[index].kind
                let atEnd = state.tokens[index...].allSatisfy { $0.kind == .dedent || $0.kind == .endMarker }
                return (nil, atEnd && (k == .endMarker || k == .dedent))
            }
        }
        guard case .success(let (parsed, errorAtEnd)) = outcome else { return .invalid }
        if errorAtEnd { return .incomplete(indent: suggested) }
        guard let module = parsed else { return .invalid }
        guard let last = module.body.last else { return .complete }
        let isBlank = { (l: Substring) in l.allSatisfy { $0 == " " || $0 == "\t" } }
        let endsWithBlankLine = lines.count >= 2 && isBlank(lines[lines.count - 1]) && isBlank(lines[lines.count - 2])
        switch last.kind {
        case .if, .while, .for, .with, .try, .functionDef, .classDef:
            return endsWithBlankLine ? .complete : .incomplete(indent: suggested)
        default:
            return .complete
        }
    }
}
