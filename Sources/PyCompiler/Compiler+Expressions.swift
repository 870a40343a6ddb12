import PySyntax

/// Expressions: values, displays, operators, conditional jumps and calls.
extension CodeGenerator {
    func compileExpr(_ e: Expr) throws(SyntaxError) {
        let saved = location
        location = e.range
        defer { location = saved }
        if let folded = constantValue(e) {
            loadConst(folded)
            return
        }
        switch e.kind {
        case .name(let id):
            try emitName(id, .load)
        case .constant(let value):
            loadConst(Self.constant(value))
        case .joinedStr(let parts):
            try compileJoinedStr(parts)
        case .formattedValue(let value, let conversion, let spec):
            try compileExpr(value)
            if let spec { try compileExpr(spec) }
            location = e.range
            let code: UInt8 =
                switch conversion {
                case "s": 1
                case "r": 2
                case "a": 3
                default: 0
                }
            emit(.formatValue(conversion: code, hasSpec: spec != nil))
        case .tuple(let elts):
            try compileSequence(elts, .tuple)
        case .list(let elts):
            try compileSequence(elts, .list)
        case .set(let elts):
            try compileSequence(elts, .set)
        case .dict(let keys, let values):
            try compileDict(keys, values)
        case .starred:
            throw error("can't use starred expression here", e.range)
        case .attribute(let value, let attr):
            try compileExpr(value)
            emit(.loadAttr(nameIndex(mangled(attr))))
        case .subscript(let value, let index):
            try compileExpr(value)
            try compileExpr(index)
            emit(.binarySubscr)
        case .slice(let lower, let upper, let step):
            if let lower { try compileExpr(lower) } else { loadConst(.none) }
            if let upper { try compileExpr(upper) } else { loadConst(.none) }
            if let step { try compileExpr(step) }
            emit(.buildSlice(step == nil ? 2 : 3))
        case .call(let function, let args, let keywords):
            try compileCall(e, function: function, args: args, keywords: keywords)
        case .binOp(let left, let op, let right):
            try compileExpr(left)
            try compileExpr(right)
            emit(.binary(op))
        case .unaryOp(let op, let operand):
            try compileExpr(operand)
            emit(.unary(op))
        case .boolOp(let op, let values):
            let end = newLabel()
            for v in values.dropLast() {
                try compileExpr(v)
                emitJump(op == .and ? Instruction.jumpIfFalseOrPop : Instruction.jumpIfTrueOrPop, to: end)
            }
            if let last = values.last { try compileExpr(last) }
            bind(end)
        case .compare(let left, let ops, let comparators):
            try compileCompare(left, ops, comparators)
        case .ifExp(let test, let body, let orElse):
            let end = newLabel(), next = newLabel()
            try compileJumpIf(test, false, next)
            try compileExpr(body)
            emitJump(Instruction.jump, to: end)
            bind(next)
            try compileExpr(orElse)
            bind(end)
        case .lambda(let args, let body):
            try compileLambda(e, args: args, body: body)
        case .listComp(let elt, let gens):
            try compileComprehension(e, .list, gens, elt, nil)
        case .setComp(let elt, let gens):
            try compileComprehension(e, .set, gens, elt, nil)
        case .dictComp(let key, let value, let gens):
            try compileComprehension(e, .dict, gens, key, value)
        case .generatorExp(let elt, let gens):
            try compileComprehension(e, .generator, gens, elt, nil)
        case .await(let value):
            switch unit.kind {
            case .asyncFunction, .comprehension: break
            case .function, .lambda: throw error("'await' outside async function", e.range)
            case .module, .classBody: throw error("'await' outside function", e.range)
            }
            try compileExpr(value)
            emitAwait()
        case .yield(let value):
            guard unit.isFunctionLike else { throw error("'yield' outside function", e.range) }
            if let value { try compileExpr(value) } else { loadConst(.none) }
            emit(.yieldValue)
            // The resume point: a `throw()` into the suspended frame is attributed to the instruction after
            // the yield (as CPython's RESUME), which must be protected by the same handlers.
            emit(.nop)
        case .yieldFrom(let value):
            guard unit.isFunctionLike else { throw error("'yield' outside function", e.range) }
            if unit.kind == .asyncFunction { throw error("'yield from' inside async function", e.range) }
            try compileExpr(value)
            emit(.getYieldFromIter)
            loadConst(.none)
            emit(.yieldFrom)
        case .namedExpr(let target, let value):
            try compileExpr(value)
            emit(.copy(1))
            try compileStore(target)
        }
    }

    // MARK: Constants

    static func constant(_ value: ConstantValue) -> Constant {
        switch value {
        case .none: .none
        case .bool(let b): .bool(b)
        case .ellipsis: .ellipsis
        case .int(let i): .int(i)
        case .bigInt(let s): .bigInt(s)
        case .float(let d): .float(d)
        case .imaginary(let d): .complex(real: 0, imag: d)
        case .str(let s): .str(s)
        case .bytes(let b): .bytes(b)
        }
    }

    /// The value of a literal, a negated numeric literal, or a tuple of those (folded like CPython's AST
    /// optimizer, which makes `-1` and `(1, 2)` constants).
    func constantValue(_ e: Expr) -> Constant? {
        switch e.kind {
        case .constant(let v):
            return Self.constant(v)
        case .unaryOp(.minus, let operand):
            guard case .constant(let v) = operand.kind else { return nil }
            switch v {
            case .int(let i): return i == Int.min ? nil : .int(-i)
            case .float(let d): return .float(-d)
            case .imaginary(let d): return .complex(real: -0.0, imag: -d)
            case .bigInt(let digits):
                if digits == "9223372036854775808" { return .int(Int.min) }
                return digits.hasPrefix("-") ? .bigInt(String(digits.dropFirst())) : .bigInt("-" + digits)
            default: return nil
            }
        case .tuple(let elts):
            var items: [Constant] = []
            for x in elts {
                guard let c = constantValue(x) else { return nil }
                items.append(c)
            }
            return .tuple(items)
        default:
            return nil
        }
    }

    /// Truthiness of a literal, when known at compile time.
    func constantTruth(_ e: Expr) -> Bool? {
        guard case .constant(let v) = e.kind else { return nil }
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .ellipsis: return true
        case .int(let i): return i != 0
        case .bigInt: return true
        case .float(let d): return d != 0
        case .imaginary(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        }
    }

    // MARK: Displays

    enum SequenceKind { case tuple, list, set }

    /// Tuples, lists and sets. Small displays build from the stack; displays with `*x` or more than 30 items
    /// build incrementally (`buildList`/`buildSet`, then append/extend), as CPython does to bound stack use.
    func compileSequence(_ elts: [Expr], _ kind: SequenceKind) throws(SyntaxError) {
        let hasStar = elts.contains { if case .starred = $0.kind { true } else { false } }
        let isSet = kind == .set
        func build(_ n: Int32) -> Instruction { isSet ? .buildSet(n) : .buildList(n) }
        func add(_ n: Int32) -> Instruction { isSet ? .setAdd(n) : .listAppend(n) }
        func extend(_ n: Int32) -> Instruction { isSet ? .setUpdate(n) : .listExtend(n) }
        if !hasStar, case .tuple(let items)? = constantValue(Expr(.tuple(elts), location)) {
            if kind == .tuple {
                loadConst(.tuple(items))
                return
            }
            if elts.count > 2 {
                emit(build(0))
                loadConst(isSet ? .frozenset(items) : .tuple(items))
                emit(extend(1))
                return
            }
        }
        if !hasStar {
            if elts.count <= 30 {
                for x in elts { try compileExpr(x) }
                emit(kind == .tuple ? .buildTuple(Int32(elts.count)) : build(Int32(elts.count)))
                return
            }
        }
        var built = false
        if !hasStar {
            emit(build(0))
            built = true
        }
        for (i, x) in elts.enumerated() {
            if case .starred(let inner) = x.kind {
                if !built {
                    emit(build(Int32(i)))
                    built = true
                }
                try compileExpr(inner)
                emit(extend(1))
            } else {
                try compileExpr(x)
                if built { emit(add(1)) }
            }
        }
        if kind == .tuple { emit(.listToTuple) }
    }

    /// `{k: v, **m}`: pairs are built 16 at a time with `buildMap`; `**m` merges with `dictUpdate`.
    func compileDict(_ keys: [Expr?], _ values: [Expr]) throws(SyntaxError) {
        var haveDict = false
        var pending = 0
        func flush() {
            guard pending > 0 else { return }
            emit(.buildMap(Int32(pending)))
            if haveDict { emit(.dictUpdate(1)) }
            haveDict = true
            pending = 0
        }
        for (i, value) in values.enumerated() {
            if i < keys.count, let key = keys[i] {
                if pending == 16 { flush() }
                try compileExpr(key)
                try compileExpr(value)
                pending += 1
            } else {
                flush()
                if !haveDict {
                    emit(.buildMap(0))
                    haveDict = true
                }
                try compileExpr(value)
                emit(.dictUpdate(1))
            }
        }
        flush()
        if !haveDict { emit(.buildMap(0)) }
    }

    /// An f-string: each piece is a str (literal, or `formatValue` result) and `buildString` joins them.
    func compileJoinedStr(_ parts: [Expr]) throws(SyntaxError) {
        if parts.isEmpty {
            loadConst(.str(""))
            return
        }
        for p in parts { try compileExpr(p) }
        if parts.count > 1 { emit(.buildString(Int32(parts.count))) }
    }

    // MARK: Comparisons and conditions

    /// `a < b < c` evaluates `b` once: `a b; swap 2; copy 2; compare; jumpIfFalseOrPop cleanup; c; compare;
    /// jump end; cleanup: swap 2; popTop; end:`.
    func compileCompare(_ left: Expr, _ ops: [CompareOperator], _ comparators: [Expr]) throws(SyntaxError) {
        try compileExpr(left)
        guard ops.count > 1 else {
            if let c = comparators.first, let op = ops.first {
                try compileExpr(c)
                emit(.compare(op))
            }
            return
        }
        let cleanup = newLabel(), end = newLabel()
        for i in 0..<(ops.count - 1) {
            try compileExpr(comparators[i])
            emit(.swap(2))
            emit(.copy(2))
            emit(.compare(ops[i]))
            emitJump(Instruction.jumpIfFalseOrPop, to: cleanup)
        }
        try compileExpr(comparators[ops.count - 1])
        emit(.compare(ops[ops.count - 1]))
        emitJump(Instruction.jump, to: end)
        bind(cleanup)
        emit(.swap(2))
        emit(.popTop)
        bind(end)
    }

    /// Jumps to `target` when the truth of `e` equals `condition`, otherwise falls through; `not`, `and`,
    /// `or`, conditional expressions, chained comparisons and literals become jump chains (no bool is built).
    func compileJumpIf(_ e: Expr, _ condition: Bool, _ target: Label) throws(SyntaxError) {
        let saved = location
        location = e.range
        defer { location = saved }
        switch e.kind {
        case .unaryOp(.not, let operand):
            try compileJumpIf(operand, !condition, target)
        case .boolOp(let op, let values):
            let isOr = op == .or
            let next = isOr != condition ? newLabel() : target
            for v in values.dropLast() { try compileJumpIf(v, isOr, next) }
            if let last = values.last { try compileJumpIf(last, condition, target) }
            if next != target { bind(next) }
        case .ifExp(let test, let body, let orElse):
            let end = newLabel(), next = newLabel()
            try compileJumpIf(test, false, next)
            try compileJumpIf(body, condition, target)
            emitJump(Instruction.jump, to: end)
            bind(next)
            try compileJumpIf(orElse, condition, target)
            bind(end)
        case .compare(let left, let ops, let comparators) where ops.count > 1:
            try compileExpr(left)
            let cleanup = newLabel(), end = newLabel()
            for i in 0..<(ops.count - 1) {
                try compileExpr(comparators[i])
                emit(.swap(2))
                emit(.copy(2))
                emit(.compare(ops[i]))
                emitJump(Instruction.popJumpIfFalse, to: cleanup)
            }
            try compileExpr(comparators[ops.count - 1])
            emit(.compare(ops[ops.count - 1]))
            emitJump(condition ? Instruction.popJumpIfTrue : Instruction.popJumpIfFalse, to: target)
            emitJump(Instruction.jump, to: end)
            bind(cleanup)
            emit(.popTop)
            if !condition { emitJump(Instruction.jump, to: target) }
            bind(end)
        default:
            if let truth = constantTruth(e) {
                if truth == condition { emitJump(Instruction.jump, to: target) }
                return
            }
            try compileExpr(e)
            emitJump(condition ? Instruction.popJumpIfTrue : Instruction.popJumpIfFalse, to: target)
        }
    }

    // MARK: Calls

    /// `obj.m(args)` (no `*`/`**`) becomes `obj; loadMethod m; args; callMethod`; other calls are
    /// `function; args; call/callKw`, or `callEx` with a tuple and a dict when there is unpacking.
    func compileCall(_ e: Expr, function: Expr, args: [Expr], keywords: [Keyword]) throws(SyntaxError) {
        try validateKeywords(keywords, e.range)
        let unpacks =
            args.contains { if case .starred = $0.kind { true } else { false } }
            || keywords.contains { $0.name == nil }
        if case .attribute(let object, let attr) = function.kind, !unpacks {
            try compileExpr(object)
            location = methodRange(function, attr, call: e.range)
            emit(.loadMethod(nameIndex(mangled(attr))))
            for a in args { try compileExpr(a) }
            for k in keywords { try compileExpr(k.value) }
            let argc = Int32(args.count + keywords.count)
            if keywords.isEmpty {
                emit(.callMethod(argc: argc))
            } else {
                emit(.callMethodKw(argc: argc, kwNames: keywordNames(keywords)))
            }
            return
        }
        try compileExpr(function)
        try compileCallArguments(pushed: 0, args: args, keywords: keywords)
    }

    /// The range of a method call as tracebacks show it: from the method name to the end of the call.
    private func methodRange(_ attribute: Expr, _ attr: String, call: SourceRange) -> SourceRange {
        let end = attribute.range.end
        let length = Int32(attr.unicodeScalars.count)
        guard end.line > 0, end.column >= length else { return call }
        return SourceRange(start: SourceLocation(line: end.line, column: end.column - length), end: call.end)
    }

    private func keywordNames(_ keywords: [Keyword]) -> Int32 {
        unit.constant(.tuple(keywords.map { .str($0.name ?? "") }))
    }

    private func validateKeywords(_ keywords: [Keyword], _ callRange: SourceRange) throws(SyntaxError) {
        var seen = Set<[UInt8]>()
        for k in keywords {
            guard let name = k.name else { continue }
            if name == "__debug__" { throw error("cannot assign to __debug__", callRange) }
            if !seen.insert(Array(name.utf8)).inserted {
                throw error("keyword argument repeated: \(name)", k.range)
            }
        }
    }

    /// Arguments of a call whose callable (and `pushed` leading positional arguments) are already on the
    /// stack. With `*`/`**`: positional arguments go into a list (`listAppend`/`listExtend`) turned into a
    /// tuple, keywords into a dict (`buildMap` for runs of `name=value`, `dictMerge` for `**m`), then `callEx`.
    func compileCallArguments(pushed: Int, args: [Expr], keywords: [Keyword]) throws(SyntaxError) {
        let callRange = location
        let hasStar = args.contains { if case .starred = $0.kind { true } else { false } }
        let hasDoubleStar = keywords.contains { $0.name == nil }
        if !hasStar && !hasDoubleStar {
            for a in args { try compileExpr(a) }
            for k in keywords { try compileExpr(k.value) }
            location = callRange
            let argc = Int32(pushed + args.count + keywords.count)
            if keywords.isEmpty {
                emit(.call(argc: argc))
            } else {
                emit(.callKw(argc: argc, kwNames: keywordNames(keywords)))
            }
            return
        }
        if hasStar {
            var built = false
            for (i, a) in args.enumerated() {
                if case .starred(let inner) = a.kind {
                    if !built {
                        emit(.buildList(Int32(pushed + i)))
                        built = true
                    }
                    try compileExpr(inner)
                    emit(.listExtend(1))
                } else {
                    try compileExpr(a)
                    if built { emit(.listAppend(1)) }
                }
            }
            emit(.listToTuple)
        } else {
            for a in args { try compileExpr(a) }
            emit(.buildTuple(Int32(pushed + args.count)))
        }
        if !keywords.isEmpty {
            var haveDict = false
            var run: [Keyword] = []
            func flushRun() throws(SyntaxError) {
                guard !run.isEmpty else { return }
                for k in run {
                    loadConst(.str(k.name ?? ""))
                    try compileExpr(k.value)
                }
                emit(.buildMap(Int32(run.count)))
                if haveDict { emit(.dictMerge(1)) }
                haveDict = true
                run.removeAll()
            }
            for k in keywords {
                if k.name == nil {
                    try flushRun()
                    if !haveDict {
                        emit(.buildMap(0))
                        haveDict = true
                    }
                    try compileExpr(k.value)
                    emit(.dictMerge(1))
                } else {
                    run.append(k)
                }
            }
            try flushRun()
        }
        location = callRange
        emit(.callEx(hasKwargs: !keywords.isEmpty))
    }
}
