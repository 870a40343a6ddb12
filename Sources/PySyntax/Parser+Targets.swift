/// Validation of assignment, `for`, `with` and `del` targets, with CPython 3.11's wording.
///
/// Targets are parsed as ordinary expressions and checked afterwards; this file holds those checks and the
/// names CPython uses for each kind of expression in its messages ("function call", "literal"...).
extension ParserState {
    /// Where a target appears: the rules (and message verbs) differ slightly for `for` and `del`.
    enum TargetContext {
        case star, forTarget, delete
    }

    /// What CPython calls an expression in "cannot assign to ..." messages.
    func expressionName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: "attribute"
        case .subscript: "subscript"
        case .starred: "starred"
        case .name: "name"
        case .list: "list"
        case .tuple: "tuple"
        case .lambda: "lambda"
        case .call: "function call"
        case .boolOp, .binOp, .unaryOp: "expression"
        case .generatorExp: "generator expression"
        case .yield, .yieldFrom: "yield expression"
        case .await: "await expression"
        case .listComp: "list comprehension"
        case .setComp: "set comprehension"
        case .dictComp: "dict comprehension"
        case .dict: "dict literal"
        case .set: "set display"
        case .joinedStr, .formattedValue: "f-string expression"
        case .constant(let c):
            switch c {
            case .none: "None"
            case .bool(true): "True"
            case .bool(false): "False"
            case .ellipsis: "ellipsis"
            default: "literal"
            }
        case .compare: "comparison"
        case .ifExp: "conditional expression"
        case .namedExpr: "named expression"
        case .slice: "slice"
        }
    }

    /// The first sub-expression that cannot be a target in `context`, or nil if `e` is a valid target.
    func invalidTarget(_ e: Expr, _ context: TargetContext) -> Expr? {
        switch e.kind {
        case .name, .attribute, .subscript:
            return nil
        case .tuple(let elts), .list(let elts):
            for elt in elts {
                if let bad = invalidTarget(elt, context) { return bad }
            }
            return nil
        case .starred(let v):
            return context == .delete ? e : invalidTarget(v, context)
        case .compare(let left, let ops, _):
            if context == .forTarget && ops[0] == .in { return invalidTarget(left, context) }
            return e
        default:
            return e
        }
    }

    func validateTarget(_ e: Expr, _ context: TargetContext) throws {
        guard let bad = invalidTarget(e, context) else { return }
        if context == .delete {
            throw error("cannot delete \(expressionName(bad))", bad.range)
        }
        throw error("cannot assign to \(expressionName(bad))", bad.range)
    }

    /// Index of the token starting at `location` (binary search; tokens are in source order).
    func tokenIndex(at location: SourceLocation) -> Int? {
        var lo = 0
        var hi = tokens.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = tokens[mid].start
            if s == location {
                var k = mid
                while k > 0 && tokens[k - 1].start == location { k -= 1 }
                return k
            }
            if s < location { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }

    /// Whether `e` (whose first token is `firstToken`) would parse as CPython's `bitwise_or` rule, i.e. has no
    /// unparenthesized comparison, boolean operator, `not`, conditional, lambda, star or tuple at its top.
    func isBitwiseOrLevel(_ e: Expr, firstToken: Int) -> Bool {
        if tokens[firstToken].kind == .lpar && e.range.start != tokens[firstToken].start { return true }
        switch e.kind {
        case .compare, .boolOp, .ifExp, .lambda, .starred, .yield, .yieldFrom, .namedExpr:
            return false
        case .unaryOp(let op, _):
            return op != .not
        case .tuple:
            return parenthesizedTuples.contains(e.range)
        default:
            return true
        }
    }

    /// CPython does not give its "Maybe you meant '=='" hint when the target starts with a list display,
    /// a tuple, a generator expression, or `True`/`None`/`False`.
    func startsWithExcludedAtom(_ e: Expr, firstToken: Int) -> Bool {
        switch tokens[firstToken].kind {
        case .kwTrue, .kwFalse, .kwNone: return true
        case .lpar, .lsqb: break
        default: return false
        }
        var node = e
        while true {
            let next: Expr
            switch node.kind {
            case .binOp(let l, _, _): next = l
            case .call(let f, _, _): next = f
            case .attribute(let v, _): next = v
            case .subscript(let v, _): next = v
            case .compare(let l, _, _): next = l
            default:
                switch node.kind {
                case .list, .generatorExp: return true
                case .tuple: return parenthesizedTuples.contains(node.range)
                default: return false
                }
            }
            node = next
        }
    }

    /// Checks an assignment target when the `=` after it is the current token, before the value is parsed
    /// (as CPython does, so a later problem in the value does not mask a bad target). For the first target,
    /// CPython prefers a "Maybe you meant '=='" hint when the statement reads like a comparison.
    func checkAssignmentTarget(_ t: Expr, isFirst: Bool, firstToken: Int) throws {
        guard invalidTarget(t, .star) != nil else { return }
        if case .yield = t.kind { throw error("assignment to yield expression not possible", t.range) }
        if case .yieldFrom = t.kind { throw error("assignment to yield expression not possible", t.range) }
        if isFirst {
            var candidate = t
            var candidateToken = firstToken
            if case .tuple(let elts) = t.kind, !parenthesizedTuples.contains(t.range), let last = elts.last {
                candidate = last
                candidateToken = tokenIndex(at: last.range.start) ?? firstToken
            }
            let isName: Bool
            if case .name = candidate.kind { isName = candidate.range.start == tokens[candidateToken].start } else { isName = false }
            let hinted = isName || (invalidTarget(candidate, .star) != nil
                && isBitwiseOrLevel(candidate, firstToken: candidateToken)
                && !startsWithExcludedAtom(candidate, firstToken: candidateToken))
            let next = peekKind()
            if hinted && next != .kwNot && next != .kwLambda && next != .kwYield && next != .star {
                let save = pos
                advance()
                let value = try? parseBitwiseOr()
                if let e = lexErrorAtCursor() { throw e }
                let follower = kind
                pos = save
                if let value, follower != .equal, follower != .colonEqual {
                    if isName {
                        throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                    SourceRange(start: candidate.range.start, end: value.range.end))
                    }
                    throw error("cannot assign to \(expressionName(candidate)) here. Maybe you meant '==' instead of '='?",
                                candidate.range)
                }
            }
        }
        try validateTarget(t, .star)
    }

    func validateAnnotationTarget(_ e: Expr) throws {
        switch e.kind {
        case .name, .attribute, .subscript:
            return
        case .tuple(let elts):
            if parenthesizedTuples.contains(e.range) || elts.isEmpty {
                throw error("only single target (not tuple) can be annotated", e.range)
            }
            throw error("only single target (not tuple) can be annotated", elts[0].range)
        case .list:
            throw error("only single target (not list) can be annotated", e.range)
        default:
            throw error("illegal target for annotation", e.range)
        }
    }
}
