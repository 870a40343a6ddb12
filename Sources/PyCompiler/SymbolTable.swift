import PySyntax

/// The first compiler pass: walks a module once, building the `Scope` tree and the per-scope facts about every
/// name (bound, used, declared global/nonlocal, parameter...), then resolves each name to a `NameScope`.
///
/// It mirrors CPython's `symtable.c` so that programs see the same scoping rules: class scopes do not
/// enclose their methods, comprehensions are function scopes whose outermost iterable belongs to the
/// enclosing scope, a comprehension's walrus binds in the enclosing function, `super` implies `__class__`,
/// and the same `SyntaxError`s are raised. It visits nodes in the order the code generator compiles them,
/// because the generator pairs scope-creating nodes with `Scope.children` by position.
final class SymbolTableBuilder {
    let reporter: ErrorReporter
    /// Under `from __future__ import annotations`, annotations are never evaluated, so they are not visited.
    let annotationsAreStrings: Bool
    let top: Scope
    private var stack: [Scope]
    /// Visiting the target of a comprehension's `for` clause.
    private var compIterTarget = false
    /// Depth of comprehension iterable expressions being visited (walrus is forbidden there).
    private var compIterExpr = 0

    private init(reporter: ErrorReporter, annotationsAreStrings: Bool = false) {
        self.reporter = reporter
        self.annotationsAreStrings = annotationsAreStrings
        top = Scope(
            kind: .module, name: "top", range: .unknown, isAsync: false, comprehensionKind: nil, privateName: nil,
            isNested: false)
        stack = [top]
    }

    /// Builds and analyzes the scopes of a module.
    static func build(
        _ module: Module, reporter: ErrorReporter, future: FutureFeatures = FutureFeatures()
    ) throws(SyntaxError) -> Scope {
        let builder = SymbolTableBuilder(reporter: reporter, annotationsAreStrings: future.annotations)
        try builder.visitBody(module.body)
        try builder.analyze()
        return builder.top
    }

    /// Builds and analyzes the scopes of a lone expression (`eval` input).
    static func build(expression: Expr, reporter: ErrorReporter) throws(SyntaxError) -> Scope {
        let builder = SymbolTableBuilder(reporter: reporter)
        try builder.visitExpr(expression)
        try builder.analyze()
        return builder.top
    }

    private var current: Scope { stack[stack.count - 1] }

    private func error(_ message: String, _ range: SourceRange) -> SyntaxError {
        reporter.error(message, at: range)
    }

    // MARK: Scopes and definitions

    private func enterScope(
        _ kind: Scope.Kind, name: String, range: SourceRange, isAsync: Bool = false,
        comprehension: Scope.ComprehensionKind? = nil
    ) {
        let parent = current
        let scope = Scope(
            kind: kind, name: name, range: range, isAsync: isAsync, comprehensionKind: comprehension,
            privateName: kind == .classBody ? name : parent.privateName,
            isNested: parent.isNested || parent.isFunctionLike)
        parent.children.append(scope)
        stack.append(scope)
    }

    private func exitScope() {
        stack.removeLast()
    }

    /// Records `flag` for `name` in `scope` (the current scope by default), mangling with the current class.
    private func addDef(
        _ name: String, _ flag: SymbolFlags, _ range: SourceRange, in scope: Scope? = nil
    ) throws(SyntaxError) {
        let target = scope ?? current
        let mangled = mangle(name, privateName: current.privateName)
        var flags = target.flags(of: mangled)
        if flag.contains(.defParam) && flags.contains(.defParam) {
            throw error("duplicate argument '\(name)' in function definition", range)
        }
        flags.formUnion(flag)
        if compIterTarget {
            if !flags.isDisjoint(with: [.defGlobal, .defNonlocal]) {
                throw error(
                    "comprehension inner loop cannot rebind assignment expression target '\(name)'", range)
            }
            flags.insert(.defCompIter)
        }
        target.setFlags(flags, of: mangled)
        if flag.contains(.defParam) {
            target.parameters.append(mangled)
        } else if flag.contains(.defGlobal) {
            top.setFlags(top.flags(of: mangled).union(flag), of: mangled)
        }
    }

    private func recordDirective(_ name: String, _ range: SourceRange) {
        let mangled = mangle(name, privateName: current.privateName)
        if current.directives[mangled] == nil { current.directives[mangled] = range }
    }

    // MARK: Statements

    private func visitBody(_ body: [Stmt]) throws(SyntaxError) {
        for stmt in body { try visitStmt(stmt) }
    }

    private func visitStmt(_ s: Stmt) throws(SyntaxError) {
        switch s.kind {
        case .expr(let e):
            try visitExpr(e)
        case .assign(let targets, let value):
            try visitExpr(value)
            for t in targets { try visitTarget(t) }
        case .augAssign(let target, _, let value):
            try visitTarget(target)
            try visitExpr(value)
        case .annAssign(let target, let annotation, let value, let simple):
            try visitAnnAssign(s, target: target, annotation: annotation, value: value, simple: simple)
        case .functionDef(let def):
            try addDef(def.name, .defLocal, s.range)
            for d in def.decorators { try visitExpr(d) }
            try visitDefaults(def.args)
            try visitAnnotations(def.args, returns: def.returns)
            enterScope(.function, name: def.name, range: s.range, isAsync: def.isAsync)
            try visitParameters(def.args)
            try visitBody(def.body)
            exitScope()
        case .classDef(let def):
            try addDef(def.name, .defLocal, s.range)
            for d in def.decorators { try visitExpr(d) }
            enterScope(.classBody, name: def.name, range: s.range)
            try visitBody(def.body)
            exitScope()
            for b in def.bases { try visitExpr(b) }
            for k in def.keywords { try visitExpr(k.value) }
        case .return(let value):
            if let value {
                try visitExpr(value)
                if current.returnWithValue == nil { current.returnWithValue = s.range }
            }
        case .delete(let targets):
            for t in targets { try visitTarget(t) }
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            try visitExpr(test)
            try visitBody(body)
            try visitBody(orElse)
        case .for(let target, let iter, let body, let orElse, _):
            try visitExpr(iter)
            try visitTarget(target)
            try visitBody(body)
            try visitBody(orElse)
        case .with(let items, let body, _):
            for item in items {
                try visitExpr(item.contextExpr)
                if let vars = item.optionalVars { try visitTarget(vars) }
            }
            try visitBody(body)
        case .raise(let exc, let cause):
            if let exc { try visitExpr(exc) }
            if let cause { try visitExpr(cause) }
        case .try(let body, let handlers, let orElse, let finalBody):
            // Compiler order: body, else, handlers, finally.
            var markIndex = -1
            if !finalBody.isEmpty {
                markIndex = current.finallyMarks.count
                current.finallyMarks.append(Scope.FinallyMark(childStart: 0, markStart: 0))
            }
            try visitBody(body)
            try visitBody(orElse)
            for h in handlers {
                if let type = h.type { try visitExpr(type) }
                if let name = h.name { try addDef(name, .defLocal, h.range) }
                try visitBody(h.body)
            }
            if markIndex >= 0 {
                current.finallyMarks[markIndex] = Scope.FinallyMark(
                    childStart: current.children.count, markStart: current.finallyMarks.count)
                try visitBody(finalBody)
            }
        case .assert(let test, let msg):
            try visitExpr(test)
            if let msg { try visitExpr(msg) }
        case .import(let aliases):
            for alias in aliases {
                let stored = alias.asName ?? String(alias.name.split(separator: ".", maxSplits: 1).first ?? "")
                try addDef(stored, .defImport, alias.range)
            }
        case .importFrom(_, let aliases, _):
            for alias in aliases {
                if alias.name == "*" {
                    if current !== top { throw error("import * only allowed at module level", alias.range) }
                    continue
                }
                try addDef(alias.asName ?? alias.name, .defImport, alias.range)
            }
        case .global(let names):
            try visitDeclaration(names, s.range, flag: .defGlobal, word: "global")
        case .nonlocal(let names):
            try visitDeclaration(names, s.range, flag: .defNonlocal, word: "nonlocal")
        case .pass, .break, .continue:
            break
        }
    }

    private func visitDeclaration(
        _ names: [String], _ range: SourceRange, flag: SymbolFlags, word: String
    ) throws(SyntaxError) {
        for name in names {
            let flags = current.flags(of: mangle(name, privateName: current.privateName))
            if !flags.isDisjoint(with: [.defParam, .defLocal, .use, .defAnnot]) {
                let message: String
                if flags.contains(.defParam) {
                    message = "name '\(name)' is parameter and \(word)"
                } else if flags.contains(.use) {
                    message = "name '\(name)' is used prior to \(word) declaration"
                } else if flags.contains(.defAnnot) {
                    message = "annotated name '\(name)' can't be \(word)"
                } else {
                    message = "name '\(name)' is assigned to before \(word) declaration"
                }
                throw error(message, range)
            }
            try addDef(name, flag, range)
            recordDirective(name, range)
        }
    }

    /// Mirrors what the compiler evaluates for `target: annotation = value` (see `compileAnnAssign`).
    private func visitAnnAssign(
        _ s: Stmt, target: Expr, annotation: Expr, value: Expr?, simple: Bool
    ) throws(SyntaxError) {
        if let value { try visitExpr(value) }
        var evaluatesAnnotation = true
        if case .name(let id) = target.kind {
            let flags = current.flags(of: mangle(id, privateName: current.privateName))
            if !flags.isDisjoint(with: [.defGlobal, .defNonlocal]) && current !== top && simple {
                let word = flags.contains(.defGlobal) ? "global" : "nonlocal"
                throw error("annotated name '\(id)' can't be \(word)", s.range)
            }
            if simple {
                try addDef(id, [.defAnnot, .defLocal], target.range)
            } else if value != nil {
                try addDef(id, .defLocal, target.range)
            }
            evaluatesAnnotation = simple
        } else {
            try visitTarget(target)
        }
        if evaluatesAnnotation && !annotationsAreStrings && (current.kind == .module || current.kind == .classBody) {
            try visitExpr(annotation)
        }
    }

    private func visitDefaults(_ args: Arguments) throws(SyntaxError) {
        for d in args.defaults { try visitExpr(d) }
        for d in args.kwDefaults { if let d { try visitExpr(d) } }
    }

    /// In the order CPython evaluates them: regular, positional-only, `*args`, keyword-only, `**kwargs`, return.
    private func visitAnnotations(_ args: Arguments, returns: Expr?) throws(SyntaxError) {
        if annotationsAreStrings { return }
        for arg in Self.annotatedParameters(args) { if let a = arg.annotation { try visitExpr(a) } }
        if let returns { try visitExpr(returns) }
    }

    static func annotatedParameters(_ args: Arguments) -> [Arg] {
        var all = args.args + args.posOnly
        if let v = args.vararg { all.append(v) }
        all += args.kwOnly
        if let k = args.kwarg { all.append(k) }
        return all
    }

    private func visitParameters(_ args: Arguments) throws(SyntaxError) {
        for a in args.posOnly { try addDef(a.name, .defParam, a.range) }
        for a in args.args { try addDef(a.name, .defParam, a.range) }
        for a in args.kwOnly { try addDef(a.name, .defParam, a.range) }
        if let v = args.vararg { try addDef(v.name, .defParam, v.range) }
        if let k = args.kwarg { try addDef(k.name, .defParam, k.range) }
    }

    /// Assignment and deletion targets: names are bound; the parts of attributes and subscripts are evaluated.
    private func visitTarget(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .name(let id):
            try addDef(id, .defLocal, e.range)
        case .attribute(let value, _):
            try visitExpr(value)
        case .subscript(let value, let index):
            try visitExpr(value)
            try visitExpr(index)
        case .tuple(let elts), .list(let elts):
            for x in elts { try visitTarget(x) }
        case .starred(let value):
            try visitTarget(value)
        default:
            try visitExpr(e)
        }
    }

    // MARK: Expressions

    private func visitExpr(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .name(let id):
            try addDef(id, .use, e.range)
            if id == "super" && current.isFunctionLike { try addDef("__class__", .use, e.range) }
        case .constant:
            break
        case .joinedStr(let parts):
            for p in parts { try visitExpr(p) }
        case .formattedValue(let value, _, let spec):
            try visitExpr(value)
            if let spec { try visitExpr(spec) }
        case .tuple(let elts), .list(let elts), .set(let elts):
            for x in elts { try visitExpr(x) }
        case .dict(let keys, let values):
            for (i, v) in values.enumerated() {
                if i < keys.count, let k = keys[i] { try visitExpr(k) }
                try visitExpr(v)
            }
        case .starred(let value):
            try visitExpr(value)
        case .attribute(let value, _):
            try visitExpr(value)
        case .subscript(let value, let index):
            try visitExpr(value)
            try visitExpr(index)
        case .slice(let lower, let upper, let step):
            if let lower { try visitExpr(lower) }
            if let upper { try visitExpr(upper) }
            if let step { try visitExpr(step) }
        case .call(let function, let args, let keywords):
            try visitExpr(function)
            for a in args { try visitExpr(a) }
            for k in keywords { try visitExpr(k.value) }
        case .binOp(let l, _, let r):
            try visitExpr(l)
            try visitExpr(r)
        case .unaryOp(_, let operand):
            try visitExpr(operand)
        case .boolOp(_, let values):
            for v in values { try visitExpr(v) }
        case .compare(let left, _, let comparators):
            try visitExpr(left)
            for c in comparators { try visitExpr(c) }
        case .ifExp(let test, let body, let orElse):
            try visitExpr(test)
            try visitExpr(body)
            try visitExpr(orElse)
        case .lambda(let args, let body):
            try visitDefaults(args)
            enterScope(.lambda, name: "<lambda>", range: e.range)
            try visitParameters(args)
            try visitExpr(body)
            exitScope()
        case .listComp(let elt, let gens):
            try visitComprehension(e, .list, gens, elt, nil)
        case .setComp(let elt, let gens):
            try visitComprehension(e, .set, gens, elt, nil)
        case .dictComp(let key, let value, let gens):
            try visitComprehension(e, .dict, gens, key, value)
        case .generatorExp(let elt, let gens):
            try visitComprehension(e, .generator, gens, elt, nil)
        case .await(let value):
            try visitExpr(value)
            if current.kind == .comprehension { current.isCoroutine = true }
        case .yield(let value):
            if let value { try visitExpr(value) }
            try noteYield(e)
        case .yieldFrom(let value):
            try visitExpr(value)
            try noteYield(e)
        case .namedExpr(let target, let value):
            try visitNamedExpr(e, target: target, value: value)
        }
    }

    private func noteYield(_ e: Expr) throws(SyntaxError) {
        current.isGenerator = true
        if let kind = current.comprehensionKind {
            throw error("'yield' inside \(kind.description)", e.range)
        }
    }

    private func visitNamedExpr(_ e: Expr, target: Expr, value: Expr) throws(SyntaxError) {
        if compIterExpr > 0 {
            throw error("assignment expression cannot be used in a comprehension iterable expression", e.range)
        }
        guard case .name(let id) = target.kind else {
            // The parser rejects other targets; evaluate like an ordinary expression so the compiler reports it.
            try visitExpr(value)
            try visitExpr(target)
            return
        }
        if current.kind == .comprehension { try extendNamedExprScope(id, target.range) }
        try visitExpr(value)
        try addDef(id, .defLocal, target.range)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function (or the module).
    private func extendNamedExprScope(_ id: String, _ range: SourceRange) throws(SyntaxError) {
        for scope in stack.reversed() {
            switch scope.kind {
            case .comprehension:
                if scope.flags(of: mangle(id, privateName: current.privateName)).contains(.defCompIter) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '\(id)'", range)
                }
            case .function, .lambda:
                if scope.flags(of: mangle(id, privateName: current.privateName)).contains(.defGlobal) {
                    try addDef(id, .defGlobal, range)
                } else {
                    try addDef(id, .defNonlocal, range)
                }
                recordDirective(id, range)
                try addDef(id, .defLocal, range, in: scope)
                return
            case .module:
                try addDef(id, .defGlobal, range)
                recordDirective(id, range)
                try addDef(id, .defGlobal, range, in: scope)
                return
            case .classBody:
                throw error("assignment expression within a comprehension cannot be used in a class body", range)
            }
        }
    }

    /// The comprehension scope is entered first (the compiler builds its code object before evaluating the
    /// outermost iterable), then the outermost iterable is visited in the enclosing scope.
    private func visitComprehension(
        _ e: Expr, _ kind: Scope.ComprehensionKind, _ gens: [Comprehension], _ elt: Expr, _ value: Expr?
    ) throws(SyntaxError) {
        guard let outermost = gens.first else { return }
        enterScope(.comprehension, name: kind.codeName, range: e.range, comprehension: kind)
        let comp = current
        if outermost.isAsync { comp.isCoroutine = true }
        if kind == .generator { comp.isGenerator = true }
        try addDef(".0", .defParam, e.range)
        try visitCompTarget(outermost.target)
        for cond in outermost.ifs { try visitExpr(cond) }
        for gen in gens.dropFirst() {
            compIterExpr += 1
            try visitExpr(gen.iter)
            compIterExpr -= 1
            try visitCompTarget(gen.target)
            for cond in gen.ifs { try visitExpr(cond) }
            if gen.isAsync { comp.isCoroutine = true }
        }
        try visitExpr(elt)
        if let value { try visitExpr(value) }
        exitScope()
        compIterExpr += 1
        try visitExpr(outermost.iter)
        compIterExpr -= 1
        // A list/set/dict comprehension that awaits is itself awaited by the enclosing scope.
        if comp.isCoroutine && kind != .generator && current.kind == .comprehension { current.isCoroutine = true }
    }

    private func visitCompTarget(_ target: Expr) throws(SyntaxError) {
        compIterTarget = true
        defer { compIterTarget = false }
        try visitTarget(target)
    }

    // MARK: Analysis

    private func analyze() throws(SyntaxError) {
        _ = try analyze(top, bound: nil, global: [])
    }

    /// Resolves every name of `scope` (CPython's `analyze_block`) and returns the scope's free variables,
    /// including those of its children that it does not bind itself.
    private func analyze(_ scope: Scope, bound: Set<String>?, global: Set<String>) throws(SyntaxError) -> Set<String> {
        var bound = bound
        var global = global
        var local = Set<String>()
        var free = Set<String>()
        var newBound = Set<String>()
        var newGlobal = Set<String>()
        var scopes: [String: NameScope] = [:]

        // Class namespaces are invisible to nested scopes: what children see is fixed before the class's own
        // names are analyzed.
        if scope.kind == .classBody {
            newGlobal = global
            if let bound { newBound = bound }
        }
        for name in scope.symbolOrder {
            let flags = scope.flags(of: name)
            let at = scope.directives[name] ?? scope.range
            if flags.contains(.defGlobal) {
                if flags.contains(.defNonlocal) { throw error("name '\(name)' is nonlocal and global", at) }
                scopes[name] = .globalExplicit
                global.insert(name)
                bound?.remove(name)
            } else if flags.contains(.defNonlocal) {
                guard let bound else { throw error("nonlocal declaration not allowed at module level", at) }
                guard bound.contains(name) else { throw error("no binding for nonlocal '\(name)' found", at) }
                scopes[name] = .free
                free.insert(name)
            } else if !flags.isDisjoint(with: .bound) {
                scopes[name] = .local
                local.insert(name)
                global.remove(name)
            } else if let bound, bound.contains(name) {
                scopes[name] = .free
                free.insert(name)
            } else {
                scopes[name] = .globalImplicit
            }
        }
        if scope.kind != .classBody {
            if scope.isFunctionLike { newBound.formUnion(local) }
            if let bound { newBound.formUnion(bound) }
            newGlobal.formUnion(global)
        } else {
            newBound.insert("__class__")
        }

        var newFree = Set<String>()
        for child in scope.children {
            newFree.formUnion(try analyze(child, bound: newBound, global: newGlobal))
        }

        if scope.isFunctionLike {
            for (name, resolution) in scopes where resolution == .local && newFree.contains(name) {
                scopes[name] = .cell
                newFree.remove(name)
            }
        } else if scope.kind == .classBody {
            if newFree.remove("__class__") != nil { scope.needsClassClosure = true }
        }

        // Free variables of children pass through this scope on their way to the binding function.
        for name in newFree.sorted(by: Scope.codePointOrder) {
            if scope.symbols[name] != nil {
                let flags = scope.flags(of: name)
                if scope.kind == .classBody && !flags.isDisjoint(with: SymbolFlags.bound.union(.defGlobal)) {
                    scope.setFlags(flags.union(.defFreeClass), of: name)
                }
                continue
            }
            if let bound, !bound.contains(name) { continue }
            scope.setFlags([], of: name)
            scopes[name] = .free
        }
        scope.recordResults(resolutions: scopes)
        free.formUnion(newFree)
        return free
    }
}
