/// Statements: simple statements, compound statements and their indented blocks.
extension ParserState {
    func parseStatement(into body: inout [Stmt]) throws {
        switch kind {
        case .kwIf: body.append(try parseIf())
        case .kwWhile: body.append(try parseWhile())
        case .kwFor: body.append(try parseFor(start: pos, isAsync: false))
        case .kwTry: body.append(try parseTry())
        case .kwWith: body.append(try parseWith(start: pos, isAsync: false))
        case .kwDef: body.append(try parseFunctionDef(start: pos, decorators: [], isAsync: false))
        case .kwClass: body.append(try parseClassDef(decorators: []))
        case .at: body.append(try parseDecorated())
        case .kwAsync:
            let start = pos
            advance()
            switch kind {
            case .kwDef: body.append(try parseFunctionDef(start: start, decorators: [], isAsync: true))
            case .kwFor: body.append(try parseFor(start: start, isAsync: true))
            case .kwWith: body.append(try parseWith(start: start, isAsync: true))
            default: throw invalidSyntax()
            }
        case .indent:
            throw indentError("unexpected indent")
        default:
            try parseSimpleStatements(into: &body)
        }
    }

    func parseSimpleStatements(into body: inout [Stmt]) throws {
        while true {
            body.append(try parseSimpleStatement())
            if accept(.semi) {
                if kind == .newline {
                    advance()
                    return
                }
                continue
            }
            if kind == .newline {
                advance()
                return
            }
            try checkLegacyPrint(body.last!)
            throw invalidSyntax()
        }
    }

    /// `print "x"` gets CPython's hint about the missing parentheses.
    func checkLegacyPrint(_ stmt: Stmt) throws {
        guard case .expr(let e) = stmt.kind, case .name(let n) = e.kind, n == "print" || n == "exec",
              canStartExpression(kind), kind != .lpar else { return }
        let save = pos
        if let b = try? parseStarExpressions() {
            throw error("Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?",
                        SourceRange(start: e.range.start, end: b.range.end))
        }
        pos = save
    }

    /// Requires the `:` of a compound statement header; a line ending without it gets "expected ':'".
    func expectColon() throws {
        if kind == .colon {
            advance()
            return
        }
        if kind == .newline { throw errorAtTokenStart("expected ':'") }
        throw invalidSyntax()
    }

    /// The block after a header's colon: an indented suite, or simple statements on the same line.
    func parseBlock(_ what: String, line: Int32) throws -> [Stmt] {
        var body: [Stmt] = []
        if kind == .newline {
            advance()
            if kind != .indent {
                errorTokenIndex = pos
                if let e = lexErrorAtCursor() { throw e }
                var e = error("expected an indented block after \(what) on line \(line)", tok.range, kind: .indentation)
                if kind == .endMarker || kind == .dedent { e.endOffset = -1 }
                throw e
            }
            advance()
            while kind != .dedent && kind != .endMarker {
                if kind == .lexError { throw invalidSyntax() }
                try parseStatement(into: &body)
            }
            _ = accept(.dedent)
            return body
        }
        try parseSimpleStatements(into: &body)
        return body
    }

    func stmtRange(_ start: Int, _ blocks: [Stmt]...) -> SourceRange {
        var end = tokens[start].end
        for b in blocks.reversed() {
            if let last = b.last {
                end = last.range.end
                break
            }
        }
        return SourceRange(start: tokens[start].start, end: end)
    }

    // MARK: Compound statements

    /// `if`/`elif`/`else`: the `elif` chain is parsed in a loop (it can be thousands long) and nested after.
    func parseIf() throws -> Stmt {
        var clauses: [(start: Int, test: Expr, body: [Stmt])] = []
        var orElse: [Stmt] = []
        repeat {
            let start = pos
            let isElif = kind == .kwElif
            let line = tok.start.line
            advance()
            let test = try parseNamedExpression()
            try expectColon()
            let body = try parseBlock(isElif ? "'elif' statement" : "'if' statement", line: line)
            clauses.append((start, test, body))
        } while kind == .kwElif
        if kind == .kwElse { orElse = try parseElse() }
        for clause in clauses.reversed() {
            let stmt = Stmt(.if(test: clause.test, body: clause.body, orElse: orElse),
                            stmtRange(clause.start, clause.body, orElse))
            orElse = [stmt]
        }
        return orElse[0]
    }

    func parseElse() throws -> [Stmt] {
        let line = tok.start.line
        advance()
        try expectColon()
        return try parseBlock("'else' statement", line: line)
    }

    func parseWhile() throws -> Stmt {
        let start = pos
        let line = tok.start.line
        advance()
        let test = try parseNamedExpression()
        try expectColon()
        let body = try parseBlock("'while' statement", line: line)
        let orElse = kind == .kwElse ? try parseElse() : []
        return Stmt(.while(test: test, body: body, orElse: orElse), stmtRange(start, body, orElse))
    }

    func parseFor(start: Int, isAsync: Bool) throws -> Stmt {
        let line = tok.start.line
        advance()
        let target = try parseTargetList()
        if kind != .kwIn { throw invalidSyntax() }
        try validateTarget(target, .forTarget)
        advance()
        let iter = try parseStarExpressions()
        try expectColon()
        let body = try parseBlock("'for' statement", line: line)
        let orElse = kind == .kwElse ? try parseElse() : []
        return Stmt(.for(target: target, iter: iter, body: body, orElse: orElse, isAsync: isAsync),
                    stmtRange(start, body, orElse))
    }

    func parseTry() throws -> Stmt {
        let start = pos
        let line = tok.start.line
        advance()
        try expectColon()
        let body = try parseBlock("'try' statement", line: line)
        var handlers: [ExceptHandler] = []
        while kind == .kwExcept {
            let hStart = pos
            let hLine = tok.start.line
            advance()
            if kind == .star {
                throw error("except* (exception groups) is not supported", tok.range)
            }
            var type: Expr?
            var name: String?
            if kind != .colon {
                let t = try parseExpression()
                if kind == .comma {
                    let save = pos
                    advance()
                    if canStartExpression(kind), let more = try? parseExpression(), kind == .colon || kind == .kwAs {
                        throw error("multiple exception types must be parenthesized",
                                    SourceRange(start: t.range.start, end: more.range.end))
                    }
                    pos = save
                }
                type = t
                if accept(.kwAs) {
                    if kind != .name { throw invalidSyntax() }
                    name = advance().name
                }
            }
            try expectColon()
            let hBody = try parseBlock("'except' statement", line: hLine)
            handlers.append(ExceptHandler(type: type, name: name, body: hBody, range: stmtRange(hStart, hBody)))
        }
        var orElse: [Stmt] = []
        var finalBody: [Stmt] = []
        if !handlers.isEmpty && kind == .kwElse { orElse = try parseElse() }
        if kind == .kwFinally {
            let fLine = tok.start.line
            advance()
            try expectColon()
            finalBody = try parseBlock("'finally' statement", line: fLine)
        }
        if handlers.isEmpty && finalBody.isEmpty {
            errorTokenIndex = pos
            var e = error("expected 'except' or 'finally' block", tok.range)
            if kind == .endMarker || kind == .dedent { e.endOffset = -1 }
            throw e
        }
        let lastHandlerBody = handlers.last?.body ?? []
        return Stmt(.try(body: body, handlers: handlers, orElse: orElse, finalBody: finalBody),
                    stmtRange(start, body, lastHandlerBody, orElse, finalBody))
    }

    func parseWith(start: Int, isAsync: Bool) throws -> Stmt {
        let line = tok.start.line
        advance()
        var items: [WithItem]?
        if kind == .lpar {
            // `with (a as b, c):` — or an ordinary parenthesized expression; try the former first.
            let save = pos
            do {
                advance()
                var list: [WithItem] = [try parseWithItem()]
                while accept(.comma) {
                    if kind == .rpar { break }
                    list.append(try parseWithItem())
                }
                try expect(.rpar)
                if kind != .colon { throw invalidSyntax() }
                items = list
            } catch {
                pos = save
                errorTokenIndex = -1
            }
        }
        if items == nil {
            var list: [WithItem] = [try parseWithItem()]
            while accept(.comma) { list.append(try parseWithItem()) }
            items = list
        }
        try expectColon()
        let body = try parseBlock("'with' statement", line: line)
        return Stmt(.with(items: items!, body: body, isAsync: isAsync), stmtRange(start, body))
    }

    func parseWithItem() throws -> WithItem {
        let e = try parseExpression()
        var target: Expr?
        if accept(.kwAs) {
            let t = try parseStarTarget()
            try validateTarget(t, .star)
            target = t
        }
        return WithItem(contextExpr: e, optionalVars: target)
    }

    func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseNamedExpression())
            try expect(.newline)
        }
        switch kind {
        case .kwDef: return try parseFunctionDef(start: pos, decorators: decorators, isAsync: false)
        case .kwClass: return try parseClassDef(decorators: decorators)
        case .kwAsync where peekKind() == .kwDef:
            let start = pos
            advance()
            return try parseFunctionDef(start: start, decorators: decorators, isAsync: true)
        default: throw invalidSyntax()
        }
    }

    func parseFunctionDef(start: Int, decorators: [Expr], isAsync: Bool) throws -> Stmt {
        let line = tokens[start].start.line
        advance()
        if kind != .name { throw invalidSyntax() }
        let name = advance().name
        try expectForced(.lpar, "(")
        let args = try parseParameters(closing: .rpar, annotations: true)
        try expect(.rpar)
        var returns: Expr?
        if accept(.arrow) { returns = try parseExpression() }
        try expectColon()
        let body = try parseBlock("function definition", line: line)
        let def = FunctionDef(name: name, args: args, body: body, decorators: decorators, returns: returns,
                              isAsync: isAsync)
        return Stmt(.functionDef(def), stmtRange(start, body))
    }

    func parseClassDef(decorators: [Expr]) throws -> Stmt {
        let start = pos
        let line = tok.start.line
        advance()
        if kind != .name { throw invalidSyntax() }
        let name = advance().name
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if kind == .lpar {
            let open = pos
            advance()
            (bases, keywords) = try parseCallArguments(open: open, allowGenerator: false)
            try expect(.rpar)
        }
        try expectColon()
        let body = try parseBlock("class definition", line: line)
        let def = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(def), stmtRange(start, body))
    }

    // MARK: Simple statements

    func parseSimpleStatement() throws -> Stmt {
        let start = pos
        switch kind {
        case .kwPass:
            advance()
            return Stmt(.pass, range(from: start))
        case .kwBreak:
            advance()
            return Stmt(.break, range(from: start))
        case .kwContinue:
            advance()
            return Stmt(.continue, range(from: start))
        case .kwReturn:
            advance()
            let value = canStartExpression(kind) || kind == .star ? try parseStarExpressions() : nil
            return Stmt(.return(value), range(from: start))
        case .kwRaise:
            advance()
            var exc: Expr?
            var cause: Expr?
            if canStartExpression(kind) {
                exc = try parseExpression()
                if accept(.kwFrom) { cause = try parseExpression() }
            }
            return Stmt(.raise(exc: exc, cause: cause), range(from: start))
        case .kwGlobal, .kwNonlocal:
            let isGlobal = kind == .kwGlobal
            advance()
            var names: [String] = []
            repeat {
                if kind != .name { throw invalidSyntax() }
                names.append(advance().name)
            } while accept(.comma)
            return Stmt(isGlobal ? .global(names) : .nonlocal(names), range(from: start))
        case .kwDel:
            advance()
            let e = try parseStarExpressions()
            var targets = [e]
            if case .tuple(let elts) = e.kind, !parenthesizedTuples.contains(e.range) { targets = elts }
            for t in targets { try validateTarget(t, .delete) }
            if kind != .newline && kind != .semi { throw invalidSyntax() }
            return Stmt(.delete(targets), range(from: start))
        case .kwAssert:
            advance()
            let test = try parseExpression()
            let msg = accept(.comma) ? try parseExpression() : nil
            return Stmt(.assert(test: test, msg: msg), range(from: start))
        case .kwImport:
            advance()
            var names: [Alias] = []
            repeat {
                let aStart = pos
                let name = try parseDottedName()
                var asName: String?
                if accept(.kwAs) {
                    if kind != .name { throw invalidSyntax() }
                    asName = advance().name
                }
                names.append(Alias(name: name, asName: asName, range: range(from: aStart)))
            } while accept(.comma)
            return Stmt(.import(names), range(from: start))
        case .kwFrom:
            return try parseFromImport()
        default:
            return try parseExpressionStatement()
        }
    }

    func parseDottedName() throws -> String {
        if kind != .name { throw invalidSyntax() }
        var name = advance().name
        while kind == .dot {
            advance()
            if kind != .name { throw invalidSyntax() }
            name += "." + advance().name
        }
        return name
    }

    func parseFromImport() throws -> Stmt {
        let start = pos
        advance()
        var level = 0
        while kind == .dot || kind == .ellipsis {
            level += kind == .dot ? 1 : 3
            advance()
        }
        var module: String?
        if kind == .name || level == 0 { module = try parseDottedName() }
        if kind != .kwImport { throw invalidSyntax() }
        advance()
        var names: [Alias] = []
        if kind == .star {
            let t = advance()
            names.append(Alias(name: "*", asName: nil, range: t.range))
        } else {
            let parenthesized = accept(.lpar)
            while true {
                let aStart = pos
                if kind != .name { throw invalidSyntax() }
                let name = advance().name
                var asName: String?
                if accept(.kwAs) {
                    if kind != .name { throw invalidSyntax() }
                    asName = advance().name
                }
                names.append(Alias(name: name, asName: asName, range: range(from: aStart)))
                if !accept(.comma) { break }
                if parenthesized && kind == .rpar { break }
                if !parenthesized && (kind == .newline || kind == .semi) {
                    throw errorAtTokenStart("trailing comma not allowed without surrounding parentheses")
                }
            }
            if parenthesized { try expect(.rpar) }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), range(from: start))
    }

    /// Expression statements and the three kinds of assignment, which all begin with an expression.
    func parseExpressionStatement() throws -> Stmt {
        let start = pos
        let first = kind == .kwYield ? try parseYieldExpression() : try parseStarExpressions()
        if kind == .colonEqual {
            if case .name = first.kind { throw invalidSyntax() }
            throw error("cannot use assignment expressions with \(expressionName(first))", first.range)
        }
        if kind == .equal {
            var exprs = [first]
            while kind == .equal {
                try checkAssignmentTarget(exprs[exprs.count - 1], isFirst: exprs.count == 1, firstToken: start)
                advance()
                exprs.append(kind == .kwYield ? try parseYieldExpression() : try parseStarExpressions())
            }
            let value = exprs.removeLast()
            return Stmt(.assign(targets: exprs, value: value), range(from: start))
        }
        if let op = kind.augmentedOperator {
            switch first.kind {
            case .name, .attribute, .subscript: break
            default:
                throw error("'\(expressionName(first))' is an illegal expression for augmented assignment",
                            first.range)
            }
            advance()
            let value = kind == .kwYield ? try parseYieldExpression() : try parseStarExpressions()
            return Stmt(.augAssign(target: first, op: op, value: value), range(from: start))
        }
        if kind == .colon {
            advance()
            let annotation = try parseExpression()
            try validateAnnotationTarget(first)
            var value: Expr?
            if accept(.equal) {
                value = kind == .kwYield ? try parseYieldExpression() : try parseStarExpressions()
            }
            var simple = false
            if case .name = first.kind, tokens[start].kind == .name { simple = true }
            return Stmt(.annAssign(target: first, annotation: annotation, value: value, simple: simple),
                        range(from: start))
        }
        return Stmt(.expr(first), range(from: start))
    }
}
