import PySyntax

/// Exception handling, context managers, `async for`, and the statements that leave blocks early.
///
/// Notation in the layouts below: `D` is the operand stack depth at the statement; `[a b]` is what the
/// statement keeps above `D`; "protected by H (d)" means the exception table sends exceptions raised there to
/// `H`, unwinding the stack to depth `d` and pushing the exception.
extension CodeGenerator {
    // MARK: try / except

    /// ```
    ///          <body>                         protected by except (D)
    ///          <else body>
    ///          jump end
    /// except:  [exc]
    ///          pushExcInfo                    [prev exc]; protected by cleanup (D+1) from here
    ///          for each clause:
    ///            <type>; checkExcMatch; popJumpIfFalse next      (when the clause has a type)
    ///            as name:  store name         [prev]
    ///                      <body>             protected by cleanupEnd (D+1)
    ///                      popExcept; name = None; del name; jump end        (not protected)
    ///            cleanupEnd: [prev exc2]  name = None; del name; reraise     (protected by cleanup)
    ///            no name:  popTop             [prev]
    ///                      <body>
    ///                      popExcept; jump end                               (not protected)
    ///          next:
    ///          reraise                        no clause matched: [prev] remains, exc goes to cleanup
    /// cleanup: [prev exc2]  swap 2; popExcept; reraise    (restores the previously handled exception)
    /// end:
    /// ```
    func compileTryExcept(_ s: Stmt, body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt]) throws(SyntaxError) {
        let depth = unit.depth
        let except = newLabel(), end = newLabel(), cleanup = newLabel()
        let base = builder.handlerStack.count
        builder.pushHandler(except, depth: depth)
        pushFBlock(.tryExcept, handlerBase: base, depthBelow: depth)
        try compileBody(body)
        popFBlock()
        builder.popHandler()
        try compileBody(orElse)
        location = s.range
        emitJump(Instruction.jump, to: end)

        bind(except)
        let cleanupID = builder.pushHandler(cleanup, depth: depth + 1)
        emit(.pushExcInfo)
        pushFBlock(.exceptionHandler, handlerBase: base, depthBelow: depth)
        for (i, handler) in handlers.enumerated() {
            location = handler.range
            if handler.type == nil && i != handlers.count - 1 {
                throw error("default 'except:' must be last", handler.range)
            }
            let next = newLabel()
            if let type = handler.type {
                try compileExpr(type)
                emit(.checkExcMatch)
                emitJump(Instruction.popJumpIfFalse, to: next)
            }
            unit.depth = depth + 1
            if let name = handler.name {
                try emitName(name, .store)
                let cleanupEnd = newLabel()
                builder.pushHandler(cleanupEnd, depth: depth + 1)
                pushFBlock(.handlerCleanup(name: name), handlerBase: base, depthBelow: depth)
                try compileBody(handler.body)
                popFBlock()
                builder.popHandler()
                builder.popHandler()
                location = handler.range
                emit(.popExcept)
                loadConst(.none)
                try emitName(name, .store)
                try emitName(name, .delete)
                emitJump(Instruction.jump, to: end)

                builder.pushHandler(id: cleanupID)
                bind(cleanupEnd)
                loadConst(.none)
                try emitName(name, .store)
                try emitName(name, .delete)
                emit(.reraise)
            } else {
                emit(.popTop)
                pushFBlock(.handlerCleanup(name: nil), handlerBase: base, depthBelow: depth)
                try compileBody(handler.body)
                popFBlock()
                builder.popHandler()
                location = handler.range
                emit(.popExcept)
                emitJump(Instruction.jump, to: end)
                builder.pushHandler(id: cleanupID)
            }
            bind(next)
            unit.depth = depth
        }
        popFBlock()
        location = s.range
        emit(.reraise)
        builder.popHandler()
        bind(cleanup)
        emitCleanupReraise()
        bind(end)
        unit.depth = depth
    }

    /// The handler that restores the previously handled exception when an exception escapes a handler:
    /// `[prev exc] -> swap 2; popExcept; reraise`.
    private func emitCleanupReraise() {
        emit(.swap(2))
        emit(.popExcept)
        emit(.reraise)
    }

    // MARK: try / finally

    /// ```
    ///          <body>  (or the try/except above)  protected by end (D)
    ///          <finally body>                     normal exit
    ///          jump exit
    /// end:     [exc]
    ///          pushExcInfo                        [prev exc]; protected by cleanup (D+1)
    ///          <finally body>
    ///          reraise                            exc goes to cleanup
    /// cleanup: [prev exc2]  swap 2; popExcept; reraise
    /// exit:
    /// ```
    /// `return`, `break` and `continue` inside the body inline the finally body before leaving (see
    /// `unwindFBlock`); so a finally body is compiled two or more times.
    func compileTryFinally(
        _ s: Stmt, body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finalBody: [Stmt]
    ) throws(SyntaxError) {
        guard unit.markCursor < unit.scope.finallyMarks.count else {
            throw reporter.internalError("no finally mark", at: s.range)
        }
        let mark = unit.scope.finallyMarks[unit.markCursor]
        unit.markCursor += 1
        let depth = unit.depth
        let end = newLabel(), exit = newLabel(), cleanup = newLabel()
        let base = builder.handlerStack.count
        builder.pushHandler(end, depth: depth)
        pushFBlock(.finallyTry(body: finalBody, mark: mark), handlerBase: base, depthBelow: depth)
        if handlers.isEmpty {
            try compileBody(body)
            try compileBody(orElse)
        } else {
            try compileTryExcept(s, body: body, handlers: handlers, orElse: orElse)
        }
        popFBlock()
        builder.popHandler()
        guard unit.childCursor == mark.childStart, unit.markCursor == mark.markStart else {
            throw reporter.internalError("finally pairing mismatch", at: s.range)
        }
        try compileBody(finalBody)
        let childEnd = unit.childCursor, markEnd = unit.markCursor
        location = s.range
        emitJump(Instruction.jump, to: exit)

        bind(end)
        builder.pushHandler(cleanup, depth: depth + 1)
        emit(.pushExcInfo)
        unit.depth = depth + 2
        pushFBlock(.finallyEnd, handlerBase: base, depthBelow: depth)
        unit.childCursor = mark.childStart
        unit.markCursor = mark.markStart
        try compileBody(finalBody)
        guard unit.childCursor == childEnd, unit.markCursor == markEnd else {
            throw reporter.internalError("finally pairing mismatch", at: s.range)
        }
        popFBlock()
        location = s.range
        emit(.reraise)
        builder.popHandler()
        bind(cleanup)
        emitCleanupReraise()
        bind(exit)
        unit.depth = depth
    }

    /// Compiles a finally body again (for an early exit), pairing its nested scopes from its mark.
    private func compileFinallyCopy(_ body: [Stmt], mark: Scope.FinallyMark) throws(SyntaxError) {
        let savedChild = unit.childCursor, savedMark = unit.markCursor
        unit.childCursor = mark.childStart
        unit.markCursor = mark.markStart
        try compileBody(body)
        unit.childCursor = savedChild
        unit.markCursor = savedMark
    }

    // MARK: with

    /// ```
    ///           <context expr>
    ///           beforeWith                    [exit enterResult]
    ///                (async: beforeAsyncWith; loadConst None; yieldFrom)
    ///           <store target> or popTop      [exit]; protected by handler (D+1) through the body
    ///           <body>                        (nested items: the next with, inside this one)
    ///           loadConst None x3; call 3; popTop      exit(None, None, None)
    ///                (async: ...; call 3; getAwaitable; loadConst None; yieldFrom; popTop)
    ///           jump exitLabel
    /// handler:  [exit exc]
    ///           pushExcInfo                   [exit prev exc]; protected by cleanup (D+2)
    ///           withExceptStart               [exit prev exc result]
    ///                (async: getAwaitable; loadConst None; yieldFrom)
    ///           popJumpIfTrue suppress
    ///           reraise                       exc goes to cleanup
    /// suppress: popTop                        [exit prev]   (not protected from here)
    ///           popExcept; popTop             []
    ///           jump exitLabel
    /// cleanup:  [exit prev exc2]  swap 2; popExcept; reraise
    /// exitLabel:
    /// ```
    func compileWith(_ s: Stmt, items: [WithItem], index: Int, body: [Stmt], isAsync: Bool) throws(SyntaxError) {
        guard index < items.count else {
            try compileBody(body)
            return
        }
        let item = items[index]
        let depth = unit.depth
        try compileExpr(item.contextExpr)
        location = s.range
        if isAsync {
            emit(.beforeAsyncWith)
            loadConst(.none)
            emit(.yieldFrom)
        } else {
            emit(.beforeWith)
        }
        let handler = newLabel(), exitLabel = newLabel(), cleanup = newLabel(), suppress = newLabel()
        let base = builder.handlerStack.count
        builder.pushHandler(handler, depth: depth + 1)
        pushFBlock(.with(isAsync: isAsync), handlerBase: base, depthBelow: depth)
        unit.depth = depth + 1
        if let vars = item.optionalVars {
            try compileStore(vars)
        } else {
            emit(.popTop)
        }
        try compileWith(s, items: items, index: index + 1, body: body, isAsync: isAsync)
        popFBlock()
        builder.popHandler()
        location = s.range
        emitExitCall(isAsync: isAsync)
        emitJump(Instruction.jump, to: exitLabel)

        bind(handler)
        builder.pushHandler(cleanup, depth: depth + 2)
        emit(.pushExcInfo)
        emit(.withExceptStart)
        if isAsync { emitAwait() }
        emitJump(Instruction.popJumpIfTrue, to: suppress)
        emit(.reraise)
        bind(suppress)
        emit(.popTop)
        builder.popHandler()
        emit(.popExcept)
        emit(.popTop)
        emitJump(Instruction.jump, to: exitLabel)
        bind(cleanup)
        emitCleanupReraise()
        bind(exitLabel)
        unit.depth = depth
    }

    /// `exit(None, None, None)` with the exit method on top of the stack; the result is discarded.
    private func emitExitCall(isAsync: Bool) {
        loadConst(.none)
        loadConst(.none)
        loadConst(.none)
        emit(.call(argc: 3))
        if isAsync { emitAwait() }
        emit(.popTop)
    }

    /// `... x -> ... result of awaiting x`.
    func emitAwait() {
        emit(.getAwaitable)
        loadConst(.none)
        emit(.yieldFrom)
    }

    // MARK: async for

    /// ```
    ///         <iter>; getAIter
    /// start:  getANext; loadConst None; yieldFrom      [aiter next]; protected by except (D+1)
    ///         <store target>; <body>                   (continue -> start, break -> pop aiter, jump end)
    ///         jump start
    /// except: [aiter exc]  endAsyncFor                 StopAsyncIteration ends the loop, others re-raise
    ///         <else body>
    /// end:
    /// ```
    func compileAsyncFor(_ s: Stmt, target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt]) throws(SyntaxError) {
        if unit.kind != .asyncFunction { throw error("'async for' outside async function", s.range) }
        let depth = unit.depth
        let start = newLabel(), except = newLabel(), end = newLabel()
        try compileExpr(iter)
        emit(.getAIter)
        bind(start)
        builder.pushHandler(except, depth: depth + 1)
        emit(.getANext)
        loadConst(.none)
        emit(.yieldFrom)
        builder.popHandler()
        unit.depth = depth + 1
        pushFBlock(.forLoop(start: start, exit: end), handlerBase: builder.handlerStack.count, depthBelow: depth)
        try compileStore(target)
        try compileBody(body)
        popFBlock()
        location = s.range
        emitJump(Instruction.jump, to: start)
        bind(except)
        location = iter.range
        emit(.endAsyncFor)
        unit.depth = depth
        try compileBody(orElse)
        bind(end)
    }

    // MARK: Leaving blocks

    /// Emits the cleanup of one block for a `return`/`break`/`continue` leaving it. With `preserveTOS`, a
    /// value (the return value) sits on top of the stack and must stay there.
    private func unwindFBlock(_ block: FBlock, preserveTOS: Bool) throws(SyntaxError) {
        switch block.kind {
        case .whileLoop, .exceptionHandler:
            break
        case .forLoop, .popValue:
            if preserveTOS { emit(.swap(2)) }
            emit(.popTop)
        case .tryExcept:
            builder.handlerStack.removeSubrange(block.handlerBase...)
        case .finallyTry(let body, let mark):
            builder.handlerStack.removeSubrange(block.handlerBase...)
            unit.depth = block.depthBelow + (preserveTOS ? 1 : 0)
            if preserveTOS { pushFBlock(.popValue, handlerBase: block.handlerBase, depthBelow: block.depthBelow) }
            try compileFinallyCopy(body, mark: mark)
            if preserveTOS { popFBlock() }
        case .finallyEnd:
            builder.handlerStack.removeSubrange(block.handlerBase...)
            if preserveTOS { emit(.swap(2)) }
            emit(.popTop)
            if preserveTOS { emit(.swap(2)) }
            emit(.popExcept)
        case .with(let isAsync):
            builder.handlerStack.removeSubrange(block.handlerBase...)
            if preserveTOS { emit(.swap(2)) }
            emitExitCall(isAsync: isAsync)
        case .handlerCleanup(let name):
            builder.handlerStack.removeSubrange(block.handlerBase...)
            if preserveTOS { emit(.swap(2)) }
            emit(.popExcept)
            if let name {
                loadConst(.none)
                try emitName(name, .store)
                try emitName(name, .delete)
            }
        }
        unit.depth = block.depthBelow + (preserveTOS ? 1 : 0)
    }

    /// Unwinds blocks from the innermost outwards, stopping at the innermost loop when `toLoop` (which is
    /// returned, not unwound). The handler stack and depth are left as the emitted code leaves them; the
    /// caller restores them after its final jump or return.
    private func unwindFBlockStack(preserveTOS: Bool, toLoop: Bool) throws(SyntaxError) -> FBlock? {
        guard let top = unit.fblocks.last else { return nil }
        if toLoop && top.isLoop { return top }
        unit.fblocks.removeLast()
        try unwindFBlock(top, preserveTOS: preserveTOS)
        let loop = try unwindFBlockStack(preserveTOS: preserveTOS, toLoop: toLoop)
        unit.fblocks.append(top)
        return loop
    }

    func compileReturn(_ value: Expr?, _ range: SourceRange) throws(SyntaxError) {
        guard unit.isFunctionLike else { throw error("'return' outside function", range) }
        if value != nil && unit.kind == .asyncFunction && unit.scope.isGenerator {
            throw error("'return' with value in async generator", range)
        }
        let savedHandlers = builder.handlerStack, savedDepth = unit.depth
        var preserve = false
        if let value {
            if case .constant = value.kind {} else { preserve = true }
        }
        if preserve, let value { try compileExpr(value) }
        _ = try unwindFBlockStack(preserveTOS: preserve, toLoop: false)
        location = range
        if let value {
            if !preserve { try compileExpr(value) }
        } else {
            loadConst(.none)
        }
        location = range
        emit(.returnValue)
        builder.handlerStack = savedHandlers
        unit.depth = savedDepth
    }

    func compileBreak(_ range: SourceRange) throws(SyntaxError) {
        let savedHandlers = builder.handlerStack, savedDepth = unit.depth
        guard let loop = try unwindFBlockStack(preserveTOS: false, toLoop: true) else {
            throw error("'break' outside loop", range)
        }
        location = range
        try unwindFBlock(loop, preserveTOS: false)
        switch loop.kind {
        case .forLoop(_, let exit), .whileLoop(_, let exit):
            emitJump(Instruction.jump, to: exit)
        default:
            break
        }
        builder.handlerStack = savedHandlers
        unit.depth = savedDepth
    }

    func compileContinue(_ range: SourceRange) throws(SyntaxError) {
        let savedHandlers = builder.handlerStack, savedDepth = unit.depth
        guard let loop = try unwindFBlockStack(preserveTOS: false, toLoop: true) else {
            throw error("'continue' not properly in loop", range)
        }
        location = range
        switch loop.kind {
        case .forLoop(let start, _), .whileLoop(let start, _):
            emitJump(Instruction.jump, to: start)
        default:
            break
        }
        builder.handlerStack = savedHandlers
        unit.depth = savedDepth
    }
}
