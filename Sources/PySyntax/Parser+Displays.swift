/// Bracketed displays (tuples, lists, sets, dicts and their comprehensions), `yield`, assignment-target
/// lists, and the parameter lists shared by `def` and `lambda`.
extension ParserState {
    func parseParenthesized() throws -> Expr {
        let start = pos
        try enter()
        defer { leave() }
        advance()
        if kind == .rpar {
            advance()
            let e = Expr(.tuple([]), range(from: start))
            parenthesizedTuples.insert(e.range)
            return e
        }
        if kind == .kwYield {
            let y = try parseYieldExpression()
            try expect(.rpar)
            return y
        }
        let first = try parseStarNamedExpression()
        if atCompFor {
            try checkComprehensionElement(first)
            let generators = try parseComprehensions()
            try expect(.rpar)
            return Expr(.generatorExp(first, generators), range(from: start))
        }
        if kind == .rpar {
            advance()
            if case .starred = first.kind { throw error("cannot use starred expression here", first.range) }
            return first
        }
        try expectSeparator(.rpar, elementStart: start + 1)
        var elts = [first]
        while accept(.comma) {
            if kind == .rpar { break }
            let s = pos
            elts.append(try parseStarNamedExpression())
            try expectSeparator(.rpar, elementStart: s)
        }
        try expect(.rpar)
        let e = Expr(.tuple(elts), range(from: start))
        parenthesizedTuples.insert(e.range)
        return e
    }

    func parseListDisplay() throws -> Expr {
        let start = pos
        try enter()
        defer { leave() }
        advance()
        var elts: [Expr] = []
        if kind != .rsqb {
            let first = try parseStarNamedExpression()
            if atCompFor {
                try checkComprehensionElement(first)
                let generators = try parseComprehensions()
                try expect(.rsqb)
                return Expr(.listComp(first, generators), range(from: start))
            }
            try expectSeparator(.rsqb, elementStart: start + 1)
            elts.append(first)
            while accept(.comma) {
                if kind == .rsqb { break }
                let s = pos
                elts.append(try parseStarNamedExpression())
                try expectSeparator(.rsqb, elementStart: s)
            }
        }
        try expect(.rsqb)
        return Expr(.list(elts), range(from: start))
    }

    func parseBraceDisplay() throws -> Expr {
        let start = pos
        try enter()
        defer { leave() }
        advance()
        if accept(.rbrace) { return Expr(.dict(keys: [], values: []), range(from: start)) }
        var keys: [Expr?] = []
        var values: [Expr] = []
        var valueStart = pos
        if kind == .doubleStar {
            advance()
            values.append(try parseBitwiseOr())
            keys.append(nil)
            if atCompFor {
                throw error("dict unpacking cannot be used in dict comprehension", range(from: start + 1))
            }
        } else {
            let first = try parseStarNamedExpression()
            if kind != .colon {
                // A set.
                if atCompFor {
                    try checkComprehensionElement(first)
                    let generators = try parseComprehensions()
                    try expect(.rbrace)
                    return Expr(.setComp(first, generators), range(from: start))
                }
                try expectSeparator(.rbrace, elementStart: start + 1)
                var elts = [first]
                while accept(.comma) {
                    if kind == .rbrace { break }
                    let s = pos
                    elts.append(try parseStarNamedExpression())
                    try expectSeparator(.rbrace, elementStart: s)
                }
                try expect(.rbrace)
                return Expr(.set(elts), range(from: start))
            }
            advance()
            valueStart = pos
            let value = try parseExpression()
            if atCompFor {
                let generators = try parseComprehensions()
                try expect(.rbrace)
                return Expr(.dictComp(key: first, value: value, generators), range(from: start))
            }
            keys.append(first)
            values.append(value)
        }
        try expectSeparator(.rbrace, elementStart: valueStart)
        while accept(.comma) {
            if kind == .rbrace { break }
            let s = pos
            if accept(.doubleStar) {
                values.append(try parseBitwiseOr())
                keys.append(nil)
            } else {
                let key = try parseExpression()
                if kind != .colon {
                    if kind == .comma || kind == .rbrace {
                        var e = error("':' expected after dictionary key", key.range)
                        e.endOffset = 0
                        throw e
                    }
                    throw missingCommaError(elementStart: s)
                }
                advance()
                keys.append(key)
                valueStart = pos
                values.append(try parseExpression())
            }
            try expectSeparator(.rbrace, elementStart: s == pos ? s : valueStart)
        }
        try expect(.rbrace)
        return Expr(.dict(keys: keys, values: values), range(from: start))
    }

    func parseComprehensions() throws -> [Comprehension] {
        var generators: [Comprehension] = []
        while atCompFor {
            let isAsync = accept(.kwAsync)
            advance()
            let target = try parseTargetList()
            if kind != .kwIn { throw invalidSyntax() }
            try validateTarget(target, .forTarget)
            advance()
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while accept(.kwIf) { ifs.append(try parseDisjunction()) }
            generators.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return generators
    }

    func parseYieldExpression() throws -> Expr {
        let start = pos
        advance()
        if accept(.kwFrom) {
            let v = try parseExpression()
            return Expr(.yieldFrom(v), range(from: start))
        }
        if canStartExpression(kind) || kind == .star {
            let v = try parseStarExpressions()
            return Expr(.yield(v), range(from: start))
        }
        return Expr(.yield(nil), range(from: start))
    }

    /// Assignment targets of `for` and comprehensions: like star-expressions, but stopping before `in`.
    func parseTargetList() throws -> Expr {
        let start = pos
        let first = try parseStarTarget()
        if kind != .comma { return first }
        var elts = [first]
        while accept(.comma) {
            if !(canStartExpression(kind) || kind == .star) { break }
            elts.append(try parseStarTarget())
        }
        return Expr(.tuple(elts), range(from: start))
    }

    func parseStarTarget() throws -> Expr {
        if kind == .star {
            let start = pos
            advance()
            let v = try parseStarTarget()
            return Expr(.starred(v), range(from: start))
        }
        return try parseBitwiseOr()
    }

    /// Parameter lists of `def` (closing `)`, annotations allowed) and `lambda` (closing `:`).
    func parseParameters(closing: TokenKind, annotations: Bool) throws -> Arguments {
        var a = Arguments()
        var sawDefault = false
        var sawStar = false
        var sawSlash = false
        var sawKwarg = false
        while kind != closing {
            if sawKwarg { throw error("arguments cannot follow var-keyword argument", tok.range) }
            switch kind {
            case .slash:
                if sawSlash { throw error("/ may appear only once", tok.range) }
                if sawStar { throw error("/ must be ahead of *", tok.range) }
                if a.args.isEmpty { throw error("at least one argument must precede /", tok.range) }
                advance()
                a.posOnly = a.args
                a.args = []
                sawSlash = true
            case .star:
                if sawStar { throw error("* argument may appear only once", tok.range) }
                let starIndex = pos
                advance()
                sawStar = true
                if kind == .comma || kind == closing {
                    if kind == closing || peekKind() == .doubleStar || peekKind() == closing {
                        throw error("named arguments must follow bare *", tokens[starIndex].range)
                    }
                } else {
                    a.vararg = try parseParameter(annotations: annotations)
                    if kind == .equal { throw error("var-positional argument cannot have default value", tok.range) }
                }
            case .doubleStar:
                advance()
                a.kwarg = try parseParameter(annotations: annotations)
                if kind == .equal { throw error("var-keyword argument cannot have default value", tok.range) }
                sawKwarg = true
            case .name:
                let p = try parseParameter(annotations: annotations)
                if accept(.equal) {
                    let d = try parseExpression()
                    if sawStar {
                        a.kwOnly.append(p)
                        a.kwDefaults.append(d)
                    } else {
                        a.args.append(p)
                        a.defaults.append(d)
                        sawDefault = true
                    }
                } else if sawStar {
                    a.kwOnly.append(p)
                    a.kwDefaults.append(nil)
                } else {
                    if sawDefault { throw error("non-default argument follows default argument", p.range) }
                    a.args.append(p)
                }
            default:
                throw invalidSyntax()
            }
            if !accept(.comma) { break }
        }
        return a
    }

    func parseParameter(annotations: Bool) throws -> Arg {
        let start = pos
        if kind != .name { throw invalidSyntax() }
        let name = advance().name
        var annotation: Expr?
        if annotations && accept(.colon) { annotation = try parseExpression() }
        return Arg(name: name, annotation: annotation, range: range(from: start))
    }
}
