/// Expressions, from star-expression lists down to atoms, by recursive descent with precedence climbing for
/// the binary operators. Node ranges follow CPython: from the first token a rule consumed to the last, so a
/// parenthesized operand's parentheses are inside its parent's range but not its own.
extension ParserState {
    func canStartExpression(_ k: TokenKind) -> Bool {
        switch k {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .kwNot, .kwLambda, .kwAwait,
             .kwNone, .kwTrue, .kwFalse, .ellipsis:
            return true
        default:
            return false
        }
    }

    var atCompFor: Bool { kind == .kwFor || (kind == .kwAsync && peekKind() == .kwFor) }

    /// The element of a comprehension cannot be `*x`.
    func checkComprehensionElement(_ e: Expr) throws {
        if case .starred = e.kind { throw error("iterable unpacking cannot be used in comprehension", e.range) }
    }

    /// `a, *b, c` as in an expression statement or `return`: a tuple when there is a comma.
    func parseStarExpressions() throws -> Expr {
        let start = pos
        let first = try parseStarExpression()
        if kind != .comma { return first }
        var elts = [first]
        while accept(.comma) {
            if !(canStartExpression(kind) || kind == .star) { break }
            elts.append(try parseStarExpression())
        }
        return Expr(.tuple(elts), range(from: start))
    }

    func parseStarExpression() throws -> Expr {
        if kind == .star {
            let start = pos
            advance()
            let v = try parseBitwiseOr()
            return Expr(.starred(v), range(from: start))
        }
        return try parseExpression()
    }

    /// An element of a display: `*x`, `x := v` or an expression.
    func parseStarNamedExpression() throws -> Expr {
        if kind == .star {
            let start = pos
            advance()
            let v = try parseBitwiseOr()
            return Expr(.starred(v), range(from: start))
        }
        return try parseNamedExpression()
    }

    func parseNamedExpression(checkAssignment: Bool = true) throws -> Expr {
        let start = pos
        if kind == .name && peekKind() == .colonEqual {
            let nameTok = advance()
            advance()
            let value = try parseExpression()
            return Expr(.namedExpr(target: Expr(.name(nameTok.name), nameTok.range), value: value), range(from: start))
        }
        let e = try parseExpression()
        if kind == .colonEqual {
            throw error("cannot use assignment expressions with \(expressionName(e))", e.range)
        }
        if kind == .equal && checkAssignment { try checkMistakenAssignment(e, start: start) }
        return e
    }

    /// `if x = 1:` and friends: CPython suggests `==` (or `:=`).
    func checkMistakenAssignment(_ e: Expr, start: Int) throws {
        let save = pos
        advance()
        guard canStartExpression(kind), kind != .kwNot, kind != .kwLambda,
              let b = try? parseBitwiseOr(), kind != .equal, kind != .colonEqual else {
            pos = save
            return
        }
        if case .name = e.kind, e.range.start == tokens[start].start {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        SourceRange(start: e.range.start, end: b.range.end))
        }
        if isBitwiseOrLevel(e, firstToken: start) && !startsWithExcludedAtom(e, firstToken: start) {
            throw error("cannot assign to \(expressionName(e)) here. Maybe you meant '==' instead of '='?", e.range)
        }
        pos = save
    }

    func parseExpression() throws -> Expr {
        try enter()
        defer { leave() }
        if kind == .kwLambda { return try parseLambda() }
        let start = pos
        let body = try parseDisjunction()
        if kind == .kwIf {
            advance()
            let test = try parseDisjunction()
            if kind != .kwElse {
                if kind == .colon { throw invalidSyntax() }
                throw error("expected 'else' after 'if' expression",
                            SourceRange(start: body.range.start, end: test.range.end))
            }
            advance()
            let orElse = try parseExpression()
            return Expr(.ifExp(test: test, body: body, orElse: orElse), range(from: start))
        }
        return body
    }

    func parseLambda() throws -> Expr {
        let start = pos
        advance()
        let args = try parseParameters(closing: .colon, annotations: false)
        try expect(.colon)
        let body = try parseExpression()
        return Expr(.lambda(args, body: body), range(from: start))
    }

    func parseDisjunction() throws -> Expr {
        let start = pos
        let first = try parseConjunction()
        if kind != .kwOr { return first }
        var values = [first]
        while accept(.kwOr) { values.append(try parseConjunction()) }
        return Expr(.boolOp(.or, values), range(from: start))
    }

    func parseConjunction() throws -> Expr {
        let start = pos
        let first = try parseInversion()
        if kind != .kwAnd { return first }
        var values = [first]
        while accept(.kwAnd) { values.append(try parseInversion()) }
        return Expr(.boolOp(.and, values), range(from: start))
    }

    func parseInversion() throws -> Expr {
        if kind != .kwNot { return try parseComparison() }
        var starts: [Int] = []
        while kind == .kwNot {
            starts.append(pos)
            advance()
        }
        if starts.count > 1000 { throw error("expression too complex", tokens[starts[0]].range) }
        var e = try parseComparison()
        let end = lastEnd
        for s in starts.reversed() {
            e = Expr(.unaryOp(.not, e), SourceRange(start: tokens[s].start, end: end))
        }
        return e
    }

    func parseComparison() throws -> Expr {
        let start = pos
        let left = try parseBitwiseOr()
        var ops: [CompareOperator] = []
        var comparators: [Expr] = []
        loop: while true {
            let op: CompareOperator
            switch kind {
            case .eqEqual: op = .eq
            case .notEqual: op = .notEq
            case .less: op = .lt
            case .lessEqual: op = .ltE
            case .greater: op = .gt
            case .greaterEqual: op = .gtE
            case .kwIn: op = .in
            case .kwNot:
                guard peekKind() == .kwIn else { break loop }
                advance()
                op = .notIn
            case .kwIs:
                if peekKind() == .kwNot {
                    advance()
                    op = .isNot
                } else {
                    op = .is
                }
            default: break loop
            }
            advance()
            ops.append(op)
            comparators.append(try parseBitwiseOr())
        }
        if ops.isEmpty { return left }
        return Expr(.compare(left, ops: ops, comparators: comparators), range(from: start))
    }

    @inline(__always) func binaryOperator(_ k: TokenKind) -> (BinaryOperator, Int)? {
        switch k {
        case .vbar: (.bitOr, 1)
        case .circumflex: (.bitXor, 2)
        case .amper: (.bitAnd, 3)
        case .leftShift: (.lShift, 4)
        case .rightShift: (.rShift, 4)
        case .plus: (.add, 5)
        case .minus: (.sub, 5)
        case .star: (.mul, 6)
        case .slash: (.trueDiv, 6)
        case .doubleSlash: (.floorDiv, 6)
        case .percent: (.mod, 6)
        case .at: (.matMul, 6)
        default: nil
        }
    }

    func parseBitwiseOr() throws -> Expr { try parseBinary(1) }

    /// Precedence climbing over the left-associative binary operators (`|` lowest ... `*` highest).
    func parseBinary(_ minPrecedence: Int) throws -> Expr {
        let start = pos
        var left = try parseFactor()
        var count = 0
        while let (op, prec) = binaryOperator(kind), prec >= minPrecedence {
            advance()
            let right = prec < 6 ? try parseBinary(prec + 1) : try parseFactor()
            left = Expr(.binOp(left, op, right), range(from: start))
            count += 1
            if count > ParserState.maxChain { throw error("expression too complex", tok.range) }
        }
        return left
    }

    /// Unary `+ - ~`, applied right to left, binding looser than `**` on their right.
    func parseFactor() throws -> Expr {
        let k = kind
        guard k == .minus || k == .plus || k == .tilde else { return try parsePower() }
        var ops: [(UnaryOperator, Int)] = []
        while true {
            switch kind {
            case .minus: ops.append((.minus, pos))
            case .plus: ops.append((.plus, pos))
            case .tilde: ops.append((.invert, pos))
            default: break
            }
            if kind != .minus && kind != .plus && kind != .tilde { break }
            advance()
        }
        if ops.count > 1000 { throw error("expression too complex", tokens[ops[0].1].range) }
        var e = try parsePower()
        let end = lastEnd
        for (op, s) in ops.reversed() {
            e = Expr(.unaryOp(op, e), SourceRange(start: tokens[s].start, end: end))
        }
        return e
    }

    func parsePower() throws -> Expr {
        let start = pos
        let base: Expr
        if kind == .kwAwait {
            advance()
            let p = try parsePrimary()
            base = Expr(.await(p), range(from: start))
        } else {
            base = try parsePrimary()
        }
        if kind == .doubleStar {
            advance()
            try enter()
            defer { leave() }
            let exponent = try parseFactor()
            return Expr(.binOp(base, .pow, exponent), range(from: start))
        }
        return base
    }

    /// An atom followed by any number of `.name`, `(args)` and `[index]` trailers.
    func parsePrimary() throws -> Expr {
        let start = pos
        var e = try parseAtom()
        var count = 0
        while true {
            switch kind {
            case .dot:
                advance()
                if kind != .name { throw invalidSyntax() }
                let n = advance().name
                e = Expr(.attribute(e, n), range(from: start))
            case .lpar:
                let open = pos
                advance()
                let (args, keywords) = try parseCallArguments(open: open, allowGenerator: true)
                try expect(.rpar)
                e = Expr(.call(function: e, args: args, keywords: keywords), range(from: start))
            case .lsqb:
                advance()
                let index = try parseSlices()
                try expect(.rsqb)
                e = Expr(.subscript(e, index), range(from: start))
            default:
                return e
            }
            count += 1
            if count > ParserState.maxChain { throw error("expression too complex", tok.range) }
        }
    }

    /// After an element inside brackets: a comma, the closing bracket, or a CPython-style hint.
    func expectSeparator(_ closing: TokenKind, elementStart: Int) throws {
        if kind == .comma || kind == closing { return }
        throw missingCommaError(elementStart: elementStart)
    }

    func missingCommaError(elementStart: Int) -> SyntaxError {
        let first = tokens[elementStart]
        let excluded = (first.kind == .name && elementStart + 1 < tokens.count && tokens[elementStart + 1].kind == .string)
            || (first.kind == .name && ["match", "case", "_"].contains(first.name))
        if canStartExpression(kind) && !excluded && kind != .kwNot {
            let save = pos
            let savedIndex = errorTokenIndex
            let b = try? parseExpression()
            if kind == .lexError, let e = lexErrorAtCursor() {
                pos = save
                return e
            }
            if let b {
                pos = save
                return error("invalid syntax. Perhaps you forgot a comma?",
                             SourceRange(start: first.start, end: b.range.end))
            }
            pos = save
            errorTokenIndex = savedIndex
        }
        return invalidSyntax()
    }

    func parseCallArguments(open: Int, allowGenerator: Bool) throws -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var misplacedPositional: String?
        var sawDoubleStar = false
        while kind != .rpar {
            let aStart = pos
            if kind == .star {
                let starRange = tok.range
                advance()
                let v = try parseExpression()
                let e = Expr(.starred(v), range(from: aStart))
                if atCompFor { try checkComprehensionElement(e) }
                if sawDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking", starRange)
                }
                args.append(e)
            } else if kind == .doubleStar {
                advance()
                let v = try parseExpression()
                keywords.append(Keyword(name: nil, value: v, range: range(from: aStart)))
                sawDoubleStar = true
            } else if kind == .name && peekKind() == .equal {
                let n = advance().name
                advance()
                let v = try parseExpression()
                keywords.append(Keyword(name: n, value: v, range: range(from: aStart)))
                sawKeyword = true
            } else {
                if !canStartExpression(kind) && kind != .kwYield { throw invalidSyntax() }
                let e = try parseNamedExpression(checkAssignment: false)
                if atCompFor {
                    if !allowGenerator { throw invalidSyntax() }
                    let generators = try parseComprehensions()
                    let sole = args.isEmpty && keywords.isEmpty && kind == .rpar
                    if !sole {
                        throw error("Generator expression must be parenthesized", range(from: aStart))
                    }
                    let r = SourceRange(start: tokens[open].start, end: tok.end)
                    args.append(Expr(.generatorExp(e, generators), r))
                    continue
                }
                if kind == .equal {
                    let equalEnd = tok.end
                    advance()
                    _ = try parseExpression()
                    if case .constant(let c) = e.kind, c == .none || c == .bool(true) || c == .bool(false) {
                        throw error("cannot assign to \(expressionName(e))", SourceRange(start: e.range.start, end: equalEnd))
                    }
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                SourceRange(start: e.range.start, end: equalEnd))
                }
                if (sawDoubleStar || sawKeyword) && misplacedPositional == nil {
                    // CPython reports this at the call's closing parenthesis, once the arguments are parsed.
                    misplacedPositional = sawDoubleStar ? "keyword argument unpacking" : "keyword argument"
                }
                args.append(e)
            }
            try expectSeparator(.rpar, elementStart: aStart)
            if !accept(.comma) { break }
        }
        if let what = misplacedPositional {
            throw error("positional argument follows \(what)", tok.range)
        }
        return (args, keywords)
    }

    /// The inside of `a[...]`: one index or slice, or a tuple of them.
    func parseSlices() throws -> Expr {
        let start = pos
        let first = try parseSlice()
        if kind != .comma {
            try expectSeparator(.rsqb, elementStart: start)
            if case .starred = first.kind { return Expr(.tuple([first]), first.range) }
            return first
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rsqb { break }
            let s = pos
            elts.append(try parseSlice())
            try expectSeparator(.rsqb, elementStart: s)
        }
        return Expr(.tuple(elts), range(from: start))
    }

    func parseSlice() throws -> Expr {
        let start = pos
        if kind == .star {
            advance()
            let v = try parseBitwiseOr()
            return Expr(.starred(v), range(from: start))
        }
        var lower: Expr?
        if kind != .colon {
            let e = try parseNamedExpression()
            if kind != .colon { return e }
            lower = e
        }
        advance()
        var upper: Expr?
        var step: Expr?
        if kind != .colon && kind != .rsqb && kind != .comma { upper = try parseExpression() }
        if accept(.colon) {
            if kind != .rsqb && kind != .comma { step = try parseExpression() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
    }

    func parseAtom() throws -> Expr {
        let t = tok
        switch t.kind {
        case .name:
            advance()
            return Expr(.name(t.name), t.range)
        case .number:
            advance()
            if case .number(let v) = t.value { return Expr(.constant(v), t.range) }
            return Expr(.constant(.none), t.range)
        case .string:
            return try parseStrings()
        case .kwNone:
            advance()
            return Expr(.constant(.none), t.range)
        case .kwTrue:
            advance()
            return Expr(.constant(.bool(true)), t.range)
        case .kwFalse:
            advance()
            return Expr(.constant(.bool(false)), t.range)
        case .ellipsis:
            advance()
            return Expr(.constant(.ellipsis), t.range)
        case .lpar:
            return try parseParenthesized()
        case .lsqb:
            return try parseListDisplay()
        case .lbrace:
            return try parseBraceDisplay()
        default:
            throw invalidSyntax()
        }
    }
}
