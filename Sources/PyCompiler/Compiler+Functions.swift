import PySyntax

/// Scopes that become code objects of their own: functions, lambdas, classes and comprehensions.
extension CodeGenerator {
    // MARK: Functions

    /// `@d1 @d2 def f(...)`: `d1; d2; [defaults] [kwdefaults] [annotations] [closure] code; makeFunction;
    /// call 1 (d2); call 1 (d1); store f`.
    func compileFunctionDef(_ def: FunctionDef, _ range: SourceRange) throws(SyntaxError) {
        try checkParameters(def.args, range)
        for d in def.decorators { try compileExpr(d) }
        let firstLine = def.decorators.first?.range.start.line ?? range.start.line
        var flags = try compileDefaults(def.args)
        if try compileAnnotations(def.args, returns: def.returns) { flags |= 0x04 }
        let scope = try nextChildScope(.function, range)
        enterUnit(scope, kind: def.isAsync ? .asyncFunction : .function, name: def.name, firstLine: firstLine)
        setParameterCounts(def.args)
        var body = def.body[...]
        if let doc = docstring(of: def.body) {
            unit.docstring = doc
            body = body.dropFirst()
        }
        try compileBody(Array(body))
        location = def.body.last?.range ?? range
        emitImplicitReturn()
        let code = try finishUnit()
        location = range
        try emitMakeFunction(code, flags: flags)
        for d in def.decorators.reversed() {
            location = d.range
            emit(.call(argc: 1))
        }
        location = range
        try emitName(def.name, .store)
    }

    /// A lambda is a function whose body is `return <expr>`.
    func compileLambda(_ e: Expr, args: Arguments, body: Expr) throws(SyntaxError) {
        try checkParameters(args, e.range)
        let flags = try compileDefaults(args)
        let scope = try nextChildScope(.lambda, e.range)
        enterUnit(scope, kind: .lambda, name: "<lambda>", firstLine: e.range.start.line)
        setParameterCounts(args)
        try compileExpr(body)
        location = body.range
        emit(.returnValue)
        let code = try finishUnit()
        location = e.range
        try emitMakeFunction(code, flags: flags)
    }

    private func checkParameters(_ args: Arguments, _ range: SourceRange) throws(SyntaxError) {
        var all = args.posOnly + args.args + args.kwOnly
        if let v = args.vararg { all.append(v) }
        if let k = args.kwarg { all.append(k) }
        for a in all where a.name == "__debug__" { throw error("cannot assign to __debug__", range) }
    }

    private func setParameterCounts(_ args: Arguments) {
        unit.posOnlyArgCount = Int32(args.posOnly.count)
        unit.argCount = Int32(args.posOnly.count + args.args.count)
        unit.kwOnlyArgCount = Int32(args.kwOnly.count)
        if args.vararg != nil { unit.flags.insert(.varArgs) }
        if args.kwarg != nil { unit.flags.insert(.varKeywords) }
    }

    /// Pushes the defaults tuple and the keyword-only defaults dict (`{name: value}`) when present; returns
    /// the matching `makeFunction` flags.
    private func compileDefaults(_ args: Arguments) throws(SyntaxError) -> UInt8 {
        var flags: UInt8 = 0
        if !args.defaults.isEmpty {
            try compileSequence(args.defaults, .tuple)
            flags |= 0x01
        }
        var count = 0
        for (i, arg) in args.kwOnly.enumerated() {
            guard i < args.kwDefaults.count, let value = args.kwDefaults[i] else { continue }
            loadConst(.str(mangled(arg.name)))
            try compileExpr(value)
            count += 1
        }
        if count > 0 {
            emit(.buildMap(Int32(count)))
            flags |= 0x02
        }
        return flags
    }

    /// Pushes `{name: annotation, ..., 'return': annotation}` (evaluated now, in CPython's order) when any
    /// parameter or the return is annotated.
    private func compileAnnotations(_ args: Arguments, returns: Expr?) throws(SyntaxError) -> Bool {
        var count = 0
        for arg in SymbolTableBuilder.annotatedParameters(args) {
            guard let annotation = arg.annotation else { continue }
            loadConst(.str(mangled(arg.name)))
            try compileAnnotation(annotation)
            count += 1
        }
        if let returns {
            loadConst(.str("return"))
            try compileAnnotation(returns)
            count += 1
        }
        if count > 0 { emit(.buildMap(Int32(count))) }
        return count > 0
    }

    /// An annotation's value: evaluated, or its source text under `from __future__ import annotations`.
    func compileAnnotation(_ annotation: Expr) throws(SyntaxError) {
        if future.annotations {
            loadConst(.str(Unparser.unparse(annotation)))
        } else {
            try compileExpr(annotation)
        }
    }

    /// `[closure] loadConst code; makeFunction flags`, the closure being a tuple of this unit's cells for the
    /// code's free variables.
    func emitMakeFunction(_ code: CodeObject, flags: UInt8) throws(SyntaxError) {
        var flags = flags
        if !code.freeVars.isEmpty {
            for name in code.freeVars { emit(.loadClosure(try cellIndex(name))) }
            emit(.buildTuple(Int32(code.freeVars.count)))
            flags |= 0x08
        }
        loadConst(.code(code))
        emit(.makeFunction(flags: flags))
    }

    // MARK: Classes

    /// `@d class C(B, metaclass=M)`:
    /// `d; loadBuildClass; [closure] <body code>; makeFunction; loadConst 'C'; B; M; callKw 4 ('metaclass',);
    /// call 1 (d); store C`. With `*`/`**` in the bases, the arguments go through `callEx`.
    ///
    /// The body code (flags `classBody | usesLocalsMapping`) runs with the new namespace as its locals:
    /// ```
    /// loadName __name__; storeName __module__
    /// loadConst '<qualname>'; storeName __qualname__
    /// [setupAnnotations]                      when the body has annotated assignments
    /// [loadConst '<doc>'; storeName __doc__]  when the body starts with a string literal
    /// <body>
    /// loadClosure __class__; copy 1; storeName __classcell__; returnValue   (methods use super/__class__)
    /// or: loadConst None; returnValue
    /// ```
    func compileClassDef(_ def: ClassDef, _ range: SourceRange) throws(SyntaxError) {
        for d in def.decorators { try compileExpr(d) }
        let firstLine = def.decorators.first?.range.start.line ?? range.start.line
        let scope = try nextChildScope(.classBody, range)
        enterUnit(scope, kind: .classBody, name: def.name, firstLine: firstLine)
        location = range
        emit(.loadName(nameIndex("__name__")))
        emit(.storeName(nameIndex("__module__")))
        loadConst(.str(unit.qualifiedName))
        emit(.storeName(nameIndex("__qualname__")))
        var body = def.body[...]
        if findAnnotations(def.body) { emit(.setupAnnotations) }
        if let doc = docstring(of: def.body) {
            unit.docstring = doc
            location = def.body[0].range
            loadConst(.str(doc))
            emit(.storeName(nameIndex("__doc__")))
            body = body.dropFirst()
        }
        try compileBody(Array(body))
        location = range
        if scope.needsClassClosure {
            emit(.loadClosure(try cellIndex("__class__")))
            emit(.copy(1))
            emit(.storeName(nameIndex("__classcell__")))
            emit(.returnValue)
        } else {
            loadConst(.none)
            emit(.returnValue)
        }
        let code = try finishUnit()
        location = range
        emit(.loadBuildClass)
        try emitMakeFunction(code, flags: 0)
        loadConst(.str(def.name))
        try validateClassKeywords(def.keywords)
        try compileCallArguments(pushed: 2, args: def.bases, keywords: def.keywords)
        for d in def.decorators.reversed() {
            location = d.range
            emit(.call(argc: 1))
        }
        location = range
        try emitName(def.name, .store)
    }

    private func validateClassKeywords(_ keywords: [Keyword]) throws(SyntaxError) {
        var seen = Set<[UInt8]>()
        for k in keywords {
            guard let name = k.name else { continue }
            if !seen.insert(Array(name.utf8)).inserted {
                throw error("keyword argument repeated: \(name)", k.range)
            }
        }
    }

    // MARK: Comprehensions

    /// A comprehension is a nested function taking the outermost iterator as its only argument `.0`:
    /// `[closure] loadConst <listcomp>; makeFunction; <outermost iterable>; getIter (getAIter when async);
    /// call 1`, followed by `getAwaitable; loadConst None; yieldFrom` for an awaiting list/set/dict
    /// comprehension. The body code (flags `comprehension`, plus `generator`/`asyncGenerator` for
    /// generator expressions, `coroutine` for awaiting comprehensions) is:
    /// ```
    ///         buildList 0 (buildSet 0, buildMap 0; nothing for a generator expression)
    ///         loadFast .0
    /// start:  forIter end                 (async: getANext; loadConst None; yieldFrom, protected by
    ///                                      an endAsyncFor handler at `end`)
    ///         <store target>; <if tests, jumping back to start>
    ///         <inner for clauses, each `<iter>; getIter` and the same loop shape>
    ///         <elt>; listAppend n (setAdd n; <key> <value> mapAdd n; yieldValue; nop; popTop)
    ///         jump start                  n = number of for clauses + 1 (the accumulator's position)
    /// end:    returnValue                 (loadConst None; returnValue for generator expressions)
    /// ```
    func compileComprehension(
        _ e: Expr, _ kind: Scope.ComprehensionKind, _ gens: [Comprehension], _ elt: Expr, _ value: Expr?
    ) throws(SyntaxError) {
        guard let outermost = gens.first else { throw error("comprehension without a for clause", e.range) }
        let scope = try nextChildScope(.comprehension, e.range)
        let awaits = scope.isCoroutine && kind != .generator
        if awaits && unit.kind != .asyncFunction && unit.kind != .comprehension {
            throw error("asynchronous comprehension outside of an asynchronous function", e.range)
        }
        enterUnit(scope, kind: .comprehension, name: kind.codeName, firstLine: e.range.start.line)
        unit.argCount = 1
        location = e.range
        switch kind {
        case .list: emit(.buildList(0))
        case .set: emit(.buildSet(0))
        case .dict: emit(.buildMap(0))
        case .generator: break
        }
        unit.depth = kind == .generator ? 0 : 1
        try compileComprehensionLoop(gens, 0, kind, elt, value)
        location = e.range
        if kind == .generator { loadConst(.none) }
        emit(.returnValue)
        let code = try finishUnit()

        location = e.range
        try emitMakeFunction(code, flags: 0)
        try compileExpr(outermost.iter)
        location = e.range
        emit(outermost.isAsync ? .getAIter : .getIter)
        emit(.call(argc: 1))
        if awaits { emitAwait() }
    }

    private func compileComprehensionLoop(
        _ gens: [Comprehension], _ index: Int, _ kind: Scope.ComprehensionKind, _ elt: Expr, _ value: Expr?
    ) throws(SyntaxError) {
        let gen = gens[index]
        let depth = unit.depth
        let rangeOfLoop = location
        if index == 0 {
            emit(.loadFast(unit.slot(for: ".0")))
        } else {
            try compileExpr(gen.iter)
            emit(gen.isAsync ? .getAIter : .getIter)
        }
        let start = newLabel(), end = newLabel()
        bind(start)
        if gen.isAsync {
            builder.pushHandler(end, depth: depth + 1)
            emit(.getANext)
            loadConst(.none)
            emit(.yieldFrom)
            builder.popHandler()
        } else {
            emitJump(Instruction.forIter, to: end)
        }
        unit.depth = depth + 1
        try compileStore(gen.target)
        for cond in gen.ifs { try compileJumpIf(cond, false, start) }
        if index + 1 < gens.count {
            try compileComprehensionLoop(gens, index + 1, kind, elt, value)
        } else {
            let position = Int32(gens.count + 1)
            switch kind {
            case .generator:
                try compileExpr(elt)
                emit(.yieldValue)
                emit(.nop)
                emit(.popTop)
            case .list:
                try compileExpr(elt)
                emit(.listAppend(position))
            case .set:
                try compileExpr(elt)
                emit(.setAdd(position))
            case .dict:
                try compileExpr(elt)
                if let value { try compileExpr(value) }
                emit(.mapAdd(position))
            }
        }
        location = rangeOfLoop
        emitJump(Instruction.jump, to: start)
        bind(end)
        if gen.isAsync { emit(.endAsyncFor) }
        unit.depth = depth
    }
}
