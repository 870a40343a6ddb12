import PySyntax

/// Statements other than exception handling and definitions, plus name and target handling.
extension CodeGenerator {
    func compileBody(_ body: [Stmt]) throws(SyntaxError) {
        for s in body { try compileStmt(s) }
    }

    func compileStmt(_ s: Stmt) throws(SyntaxError) {
        let saved = location
        location = s.range
        switch s.kind {
        case .expr(let e):
            try compileExprStatement(e)
        case .assign(let targets, let value):
            try compileExpr(value)
            for (i, target) in targets.enumerated() {
                if i < targets.count - 1 { emit(.copy(1)) }
                try compileStore(target)
            }
        case .augAssign(let target, let op, let value):
            try compileAugAssign(s, target: target, op: op, value: value)
        case .annAssign(let target, let annotation, let value, let simple):
            try compileAnnAssign(target: target, annotation: annotation, value: value, simple: simple)
        case .functionDef(let def):
            try compileFunctionDef(def, s.range)
        case .classDef(let def):
            try compileClassDef(def, s.range)
        case .return(let value):
            try compileReturn(value, s.range)
        case .delete(let targets):
            for t in targets { try compileDelete(t) }
        case .if(let test, let body, let orElse):
            let next = newLabel()
            try compileJumpIf(test, false, next)
            try compileBody(body)
            if orElse.isEmpty {
                bind(next)
            } else {
                let end = newLabel()
                location = s.range
                emitJump(Instruction.jump, to: end)
                bind(next)
                try compileBody(orElse)
                bind(end)
            }
        case .while(let test, let body, let orElse):
            try compileWhile(s, test: test, body: body, orElse: orElse)
        case .for(let target, let iter, let body, let orElse, let isAsync):
            if isAsync {
                try compileAsyncFor(s, target: target, iter: iter, body: body, orElse: orElse)
            } else {
                try compileFor(s, target: target, iter: iter, body: body, orElse: orElse)
            }
        case .with(let items, let body, let isAsync):
            if isAsync && unit.kind != .asyncFunction {
                throw error("'async with' outside async function", s.range)
            }
            try compileWith(s, items: items, index: 0, body: body, isAsync: isAsync)
        case .raise(let exc, let cause):
            if let exc {
                try compileExpr(exc)
                if let cause {
                    try compileExpr(cause)
                    emit(.raise(2))
                } else {
                    emit(.raise(1))
                }
            } else {
                emit(.raise(0))
            }
        case .try(let body, let handlers, let orElse, let finalBody):
            if finalBody.isEmpty {
                try compileTryExcept(s, body: body, handlers: handlers, orElse: orElse)
            } else {
                try compileTryFinally(s, body: body, handlers: handlers, orElse: orElse, finalBody: finalBody)
            }
        case .assert(let test, let msg):
            let end = newLabel()
            try compileJumpIf(test, true, end)
            emit(.loadAssertionError)
            if let msg {
                try compileExpr(msg)
                emit(.call(argc: 1))
            }
            emit(.raise(1))
            bind(end)
        case .import(let aliases):
            try compileImport(aliases)
        case .importFrom(let module, let aliases, let level):
            try compileImportFrom(module: module, aliases: aliases, level: level)
        case .global, .nonlocal, .pass:
            break
        case .break:
            try compileBreak(s.range)
        case .continue:
            try compileContinue(s.range)
        }
        location = saved
    }

    /// An expression statement: displayed in `single` mode at module level, discarded otherwise (constant
    /// statements such as stray strings compile to nothing).
    func compileExprStatement(_ e: Expr) throws(SyntaxError) {
        if mode == .single && unit.kind == .module {
            try compileExpr(e)
            emit(.printExpr)
            return
        }
        if case .constant = e.kind { return }
        try compileExpr(e)
        emit(.popTop)
    }

    // MARK: Loops

    /// ```
    /// start: <test, jump if false to orelse>
    ///        <body>                          (continue -> start, break -> end)
    ///        jump start
    /// orelse: <else body>
    /// end:
    /// ```
    func compileWhile(_ s: Stmt, test: Expr, body: [Stmt], orElse: [Stmt]) throws(SyntaxError) {
        let start = newLabel(), orElseLabel = newLabel(), end = newLabel()
        bind(start)
        try compileJumpIf(test, false, orElseLabel)
        pushFBlock(.whileLoop(start: start, exit: end), handlerBase: builder.handlerStack.count, depthBelow: unit.depth)
        try compileBody(body)
        popFBlock()
        location = s.range
        emitJump(Instruction.jump, to: start)
        bind(orElseLabel)
        try compileBody(orElse)
        bind(end)
    }

    /// ```
    ///        <iter>; getIter
    /// start: forIter cleanup               (iterator stays on the stack during the body)
    ///        <store target>; <body>        (continue -> start, break -> pop iterator, jump end)
    ///        jump start
    /// cleanup: <else body>                 (forIter popped the iterator)
    /// end:
    /// ```
    func compileFor(_ s: Stmt, target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt]) throws(SyntaxError) {
        let depth = unit.depth
        let start = newLabel(), cleanup = newLabel(), end = newLabel()
        try compileExpr(iter)
        emit(.getIter)
        bind(start)
        emitJump(Instruction.forIter, to: cleanup)
        unit.depth = depth + 1
        pushFBlock(.forLoop(start: start, exit: end), handlerBase: builder.handlerStack.count, depthBelow: depth)
        try compileStore(target)
        try compileBody(body)
        popFBlock()
        location = s.range
        emitJump(Instruction.jump, to: start)
        bind(cleanup)
        unit.depth = depth
        try compileBody(orElse)
        bind(end)
    }

    // MARK: Assignments

    func compileAugAssign(_ s: Stmt, target: Expr, op: BinaryOperator, value: Expr) throws(SyntaxError) {
        switch target.kind {
        case .name(let id):
            location = target.range
            try emitName(id, .load)
            try compileExpr(value)
            location = s.range
            emit(.inplace(op))
            location = target.range
            try emitName(id, .store)
        case .attribute(let object, let attr):
            let n = nameIndex(mangled(attr))
            try compileExpr(object)
            location = target.range
            emit(.copy(1))
            emit(.loadAttr(n))
            try compileExpr(value)
            location = s.range
            emit(.inplace(op))
            location = target.range
            emit(.swap(2))
            emit(.storeAttr(n))
        case .subscript(let object, let index):
            try compileExpr(object)
            try compileExpr(index)
            location = target.range
            emit(.copy(2))
            emit(.copy(2))
            emit(.binarySubscr)
            try compileExpr(value)
            location = s.range
            emit(.inplace(op))
            location = target.range
            emit(.swap(3))
            emit(.swap(2))
            emit(.storeSubscr)
        default:
            throw error("'\(describe(target))' is an illegal expression for augmented assignment", target.range)
        }
    }

    /// Annotations are evaluated and stored in `__annotations__` only in module and class bodies, and only for
    /// simple names; for attribute and subscript targets they are evaluated and discarded.
    func compileAnnAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool) throws(SyntaxError) {
        if let value {
            try compileExpr(value)
            try compileStore(target)
        }
        let storesAnnotations = unit.kind == .module || unit.kind == .classBody
        let evaluates = storesAnnotations && !future.annotations
        switch target.kind {
        case .name(let id):
            try checkForbiddenName(id, .store, target.range)
            if simple && storesAnnotations {
                try compileAnnotation(annotation)
                location = target.range
                emit(.loadName(nameIndex("__annotations__")))
                loadConst(.str(mangled(id)))
                emit(.storeSubscr)
            }
        case .attribute(let object, _):
            if value == nil {
                try compileExpr(object)
                emit(.popTop)
            }
            if evaluates {
                try compileExpr(annotation)
                emit(.popTop)
            }
        case .subscript(let object, let index):
            if value == nil {
                try compileExpr(object)
                emit(.popTop)
                try compileExpr(index)
                emit(.popTop)
            }
            if evaluates {
                try compileExpr(annotation)
                emit(.popTop)
            }
        case .tuple:
            throw error("only single target (not tuple) can be annotated", target.range)
        case .list:
            throw error("only single target (not list) can be annotated", target.range)
        default:
            throw error("illegal target for annotation", target.range)
        }
    }

    /// Stores the value on top of the stack into an assignment target.
    func compileStore(_ target: Expr) throws(SyntaxError) {
        let saved = location
        location = target.range
        switch target.kind {
        case .name(let id):
            try emitName(id, .store)
        case .attribute(let object, let attr):
            try compileExpr(object)
            location = target.range
            emit(.storeAttr(nameIndex(mangled(attr))))
        case .subscript(let object, let index):
            try compileExpr(object)
            try compileExpr(index)
            location = target.range
            emit(.storeSubscr)
        case .tuple(let elts), .list(let elts):
            try compileUnpack(target, elts)
        case .starred:
            throw error("starred assignment target must be in a list or tuple", target.range)
        default:
            throw error("cannot assign to \(describe(target))", target.range)
        }
        location = saved
    }

    private func compileUnpack(_ target: Expr, _ elts: [Expr]) throws(SyntaxError) {
        var starIndex: Int?
        for (i, e) in elts.enumerated() {
            guard case .starred = e.kind else { continue }
            if starIndex != nil { throw error("multiple starred expressions in assignment", target.range) }
            starIndex = i
        }
        if let starIndex {
            let after = elts.count - starIndex - 1
            if starIndex >= 256 || after >= (1 << 24) {
                throw error("too many expressions in star-unpacking assignment", target.range)
            }
            emit(.unpackEx(before: Int32(starIndex), after: Int32(after)))
        } else {
            emit(.unpackSequence(Int32(elts.count)))
        }
        for e in elts {
            if case .starred(let inner) = e.kind {
                try compileStore(inner)
            } else {
                try compileStore(e)
            }
        }
    }

    func compileDelete(_ target: Expr) throws(SyntaxError) {
        let saved = location
        location = target.range
        switch target.kind {
        case .name(let id):
            try emitName(id, .delete)
        case .attribute(let object, let attr):
            try compileExpr(object)
            location = target.range
            emit(.deleteAttr(nameIndex(mangled(attr))))
        case .subscript(let object, let index):
            try compileExpr(object)
            try compileExpr(index)
            location = target.range
            emit(.deleteSubscr)
        case .tuple(let elts), .list(let elts):
            for e in elts { try compileDelete(e) }
        default:
            throw error("cannot delete \(describe(target))", target.range)
        }
        location = saved
    }

    /// How CPython names an expression that cannot be a target.
    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .call: "function call"
        case .constant(.none): "None"
        case .constant(.bool(let b)): b ? "True" : "False"
        case .constant(.ellipsis): "ellipsis"
        case .constant: "literal"
        case .joinedStr, .formattedValue: "f-string expression"
        case .lambda: "lambda"
        case .compare: "comparison"
        case .ifExp: "conditional expression"
        case .namedExpr: "named expression"
        case .await: "await expression"
        case .yield, .yieldFrom: "yield expression"
        case .listComp: "list comprehension"
        case .setComp: "set comprehension"
        case .dictComp: "dict comprehension"
        case .generatorExp: "generator expression"
        case .dict: "dict literal"
        case .set: "set display"
        case .tuple: "tuple"
        case .list: "list"
        case .starred: "starred"
        default: "expression"
        }
    }

    // MARK: Names

    func checkForbiddenName(_ id: String, _ context: NameContext, _ range: SourceRange) throws(SyntaxError) {
        guard id == "__debug__", context != .load else { return }
        throw error(context == .delete ? "cannot delete __debug__" : "cannot assign to __debug__", range)
    }

    /// Emits the load, store or delete of a name according to its resolution in the current scope.
    func emitName(_ id: String, _ context: NameContext) throws(SyntaxError) {
        if id == "__debug__" && context == .load {
            loadConst(.bool(true))
            return
        }
        try checkForbiddenName(id, context, location)
        let name = mangled(id)
        let scope = unit.scope
        switch scope.resolution(of: name) {
        case .free, .cell:
            let index = try cellIndex(name)
            switch context {
            case .load: emit(unit.kind == .classBody ? .loadClassDeref(index) : .loadDeref(index))
            case .store: emit(.storeDeref(index))
            case .delete: emit(.deleteDeref(index))
            }
        case .local where scope.isFunctionLike:
            let slot = unit.slot(for: name)
            switch context {
            case .load: emit(.loadFast(slot))
            case .store: emit(.storeFast(slot))
            case .delete: emit(.deleteFast(slot))
            }
        case .globalExplicit,
            .globalImplicit where scope.isFunctionLike:
            let i = nameIndex(name)
            switch context {
            case .load: emit(.loadGlobal(i))
            case .store: emit(.storeGlobal(i))
            case .delete: emit(.deleteGlobal(i))
            }
        default:
            let i = nameIndex(name)
            switch context {
            case .load: emit(.loadName(i))
            case .store: emit(.storeName(i))
            case .delete: emit(.deleteName(i))
            }
        }
    }

    /// The deref index of a cell or free variable of the current unit (cells first, then free variables).
    func cellIndex(_ name: String) throws(SyntaxError) -> Int32 {
        let scope = unit.scope
        if scope.resolution(of: name) == .cell || (unit.kind == .classBody && name == "__class__"),
            let i = scope.cellVars.firstIndex(of: name)
        {
            return Int32(i)
        }
        if let i = scope.freeVars.firstIndex(of: name) { return Int32(scope.cellVars.count + i) }
        throw reporter.internalError("no cell for '\(name)'", at: location)
    }

    // MARK: Imports

    /// `import a.b.c` binds `a`; `import a.b.c as d` walks to the submodule with `importFrom` and binds it.
    func compileImport(_ aliases: [Alias]) throws(SyntaxError) {
        for alias in aliases {
            loadConst(.int(0))
            loadConst(.none)
            emit(.importName(nameIndex(alias.name)))
            let parts = alias.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if let asName = alias.asName {
                if parts.count > 1 {
                    for (i, part) in parts.dropFirst().enumerated() {
                        emit(.importFrom(nameIndex(part)))
                        if i < parts.count - 2 {
                            emit(.swap(2))
                            emit(.popTop)
                        }
                    }
                    try emitName(asName, .store)
                    emit(.popTop)
                } else {
                    try emitName(asName, .store)
                }
            } else {
                try emitName(parts[0], .store)
            }
        }
    }

    /// `from m import a, b as c`: `level; ('a', 'b'); importName m; importFrom a; store a; importFrom b;
    /// store c; popTop`. `from m import *` ends with `importStar` instead.
    func compileImportFrom(module: String?, aliases: [Alias], level: Int) throws(SyntaxError) {
        if module == "__future__" && level == 0 && location.start.line > future.lastLine {
            throw error("from __future__ imports must occur at the beginning of the file", location)
        }
        loadConst(.int(level))
        if aliases.count == 1 && aliases[0].name == "*" {
            loadConst(.tuple([.str("*")]))
            emit(.importName(nameIndex(module ?? "")))
            emit(.importStar)
            return
        }
        loadConst(.tuple(aliases.map { .str($0.name) }))
        emit(.importName(nameIndex(module ?? "")))
        for alias in aliases {
            emit(.importFrom(nameIndex(alias.name)))
            try emitName(alias.asName ?? alias.name, .store)
        }
        emit(.popTop)
    }
}
