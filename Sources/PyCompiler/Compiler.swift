// The PyCompiler module: from AST to code objects.
//
// Design
// ======
//
// Compilation has two passes over the AST, as in CPython:
//
// 1. Scope analysis (`SymbolTableBuilder`, Scope.swift and SymbolTable.swift) walks the whole module once,
//    records what every scope does with every name, then resolves names to local / cell / free / global.
//    Resolution needs the whole tree (a variable becomes a cell because some nested function captures it),
//    so it must finish before any code is generated. Scoping errors (`nonlocal` without binding, `global`
//    after use, duplicate parameters, `yield` in a comprehension...) are reported here.
//
// 2. Code generation (`CodeGenerator`, Compiler+*.swift) walks the AST again and emits instructions into a
//    `CodeBuilder`, one `CodeUnit` per scope, nested units being finished into `CodeObject`s that become
//    constants of their parent. The AST has no node identity, so the generator pairs scope-creating nodes
//    with `Scope.children` by position: both passes visit the AST in the same order (value before targets,
//    a comprehension's scope before its outermost iterable, a class body before its bases, ...), and each
//    unit keeps a cursor into its scope's children. A `finally` body is emitted several times; a
//    `Scope.FinallyMark` remembers where its scopes start so each emission finds the same scopes.
//
// The instruction set (Instruction.swift) is CPython 3.11's, simplified: no setup/pop-block instructions,
// an exception table instead, no `lasti` on the stack, calls without the NULL convention except for
// `loadMethod`. The translation strategies follow compile.c:
//
// * Control flow: conditions compile to jump chains (`compileJumpIf` folds `not`, `and`, `or`, conditional
//   expressions and chained comparisons); `and`/`or` values use jumpIfFalseOrPop/jumpIfTrueOrPop.
// * Leaving blocks: `return`, `break` and `continue` unwind the enclosing "frame blocks" (`FBlock`) at compile
//   time: loops pop their iterator, `with` calls `__exit__(None, None, None)`, handlers restore the previous
//   exception, and `finally` bodies are inlined at each exit.
// * Exceptions: the generator keeps a stack of active handlers; every instruction records the innermost, and
//   `CodeBuilder.finish` turns runs into exception table entries whose unwind depth is the operand stack
//   depth at the protected statement. That depth is known structurally: statements start at the depth
//   their enclosing blocks hold (a `for` holds its iterator, a `with` its exit method, an `except` body the
//   previous exception...), tracked in `CodeUnit.depth`.
// * Stack size: computed after the fact by `StackDepthAnalysis` over the control flow graph, which also
//   checks that every instruction has one consistent depth; any inconsistency is a compiler bug and is
//   reported as an internal error instead of producing code that would corrupt the VM's stack.
// * Generators: every `yieldValue` is followed by a `nop` in the same exception region; it is the resume
//   point, to which the VM attributes exceptions thrown into a suspended generator (CPython's RESUME).
//
// Code layouts the VM relies on (try/except/finally, with, async for, class bodies, comprehensions) are
// documented next to the functions that emit them, in Compiler+Exceptions.swift and Compiler+Functions.swift.
//
// Around the two passes: `FutureFeatures` reads `from __future__` statements (under `annotations`,
// annotations are stored as source text produced by `Unparser`); `LargeStack` moves the compilation of very
// deeply nested source to a thread with a large stack; `StackDepthAnalysis` is also run on deserialized
// code (Serialization.swift); Disassembly.swift renders code objects for tests and debugging.

import PySyntax

/// The public entry points of the compiler: AST in, `CodeObject` (or a `SyntaxError`) out.
///
/// A caseless enum because compiling keeps no state between calls.
public enum Compiler {
    /// Compiles a parsed module, script, REPL input or notebook cell. The code's name is `<module>`; `source`
    /// (the text that was parsed) lets syntax errors carry the offending line.
    public static func compile(
        _ module: Module, filename: String, mode: CompileMode, source: String?
    ) throws(SyntaxError) -> CodeObject {
        if LargeStack.depth(of: module.body) > LargeStack.depthThreshold {
            return try LargeStack.run {
                Result { () throws(SyntaxError) -> CodeObject in
                    try compileInPlace(module, filename: filename, mode: mode, source: source)
                }
            }
        }
        return try compileInPlace(module, filename: filename, mode: mode, source: source)
    }

    private static func compileInPlace(
        _ module: Module, filename: String, mode: CompileMode, source: String?
    ) throws(SyntaxError) -> CodeObject {
        let reporter = ErrorReporter(filename: filename, source: source)
        if mode == .eval {
            guard module.body.count == 1, case .expr(let e) = module.body[0].kind else {
                let range = module.body.first?.range ?? .unknown
                throw reporter.error("invalid syntax", at: range)
            }
            return try compileExpressionInPlace(e, filename: filename, source: source)
        }
        let future = try FutureFeatures(module.body, reporter: reporter)
        let top = try SymbolTableBuilder.build(module, reporter: reporter, future: future)
        let generator = CodeGenerator(reporter: reporter, mode: mode, future: future)
        return try generator.compileModule(module, scope: top)
    }

    /// Compiles a lone expression (the argument of `eval()`): the code returns its value.
    public static func compile(expression: Expr, filename: String, source: String?) throws(SyntaxError) -> CodeObject {
        if LargeStack.depth(of: [], expression: expression) > LargeStack.depthThreshold {
            return try LargeStack.run {
                Result { () throws(SyntaxError) -> CodeObject in
                    try compileExpressionInPlace(expression, filename: filename, source: source)
                }
            }
        }
        return try compileExpressionInPlace(expression, filename: filename, source: source)
    }

    private static func compileExpressionInPlace(
        _ expression: Expr, filename: String, source: String?
    ) throws(SyntaxError) -> CodeObject {
        let reporter = ErrorReporter(filename: filename, source: source)
        let top = try SymbolTableBuilder.build(expression: expression, reporter: reporter)
        let generator = CodeGenerator(reporter: reporter, mode: .eval, future: FutureFeatures())
        return try generator.compileExpressionUnit(expression, scope: top)
    }
}

/// The kind of code unit being generated; decides name instructions, what `return`/`yield`/`await` may do,
/// and the code flags.
enum UnitKind: Equatable {
    case module, classBody, function, asyncFunction, lambda, comprehension
}

/// The generation state of one code object under construction (CPython's `compiler_unit`).
final class CodeUnit {
    let scope: Scope
    let kind: UnitKind
    let name: String
    let qualifiedName: String
    let firstLine: Int32
    let builder = CodeBuilder()

    private(set) var varNames: [String] = []
    private var varIndex: [String: Int] = [:]
    private(set) var constants: [Constant] = []
    private var constantIndex: [ConstantKey: Int] = [:]
    private(set) var names: [String] = []
    private var nameIndex: [[UInt8]: Int] = [:]

    var argCount: Int32 = 0
    var posOnlyArgCount: Int32 = 0
    var kwOnlyArgCount: Int32 = 0
    var flags: CodeFlags = []
    var docstring: String?

    /// Blocks that `return`/`break`/`continue` must unwind, innermost last.
    var fblocks: [FBlock] = []
    /// Operand stack depth at the statement being compiled (see the module essay).
    var depth = 0
    /// Next child scope to pair with a scope-creating node.
    var childCursor = 0
    /// Next `Scope.FinallyMark` to pair with a `try` statement that has a `finally` clause.
    var markCursor = 0

    init(scope: Scope, kind: UnitKind, name: String, qualifiedName: String, firstLine: Int32) {
        self.scope = scope
        self.kind = kind
        self.name = name
        self.qualifiedName = qualifiedName
        self.firstLine = firstLine
        for p in scope.parameters { _ = slot(for: p) }
    }

    var isFunctionLike: Bool { scope.isFunctionLike }

    /// The fast-local slot of `name`, allocated on first use (parameters come first).
    func slot(for name: String) -> Int32 {
        if let i = varIndex[name] { return Int32(i) }
        varNames.append(name)
        varIndex[name] = varNames.count - 1
        return Int32(varNames.count - 1)
    }

    func constant(_ c: Constant) -> Int32 {
        let key = ConstantKey(c)
        if let i = constantIndex[key] { return Int32(i) }
        constants.append(c)
        constantIndex[key] = constants.count - 1
        return Int32(constants.count - 1)
    }

    func name(_ n: String) -> Int32 {
        let key = Array(n.utf8)
        if let i = nameIndex[key] { return Int32(i) }
        names.append(n)
        nameIndex[key] = names.count - 1
        return Int32(names.count - 1)
    }
}

/// A constant's identity for deduplication in the pool: exact (code points, float bits), unlike `==` on
/// `Constant` (where `0.0 == -0.0` and Swift strings compare by canonical equivalence).
private indirect enum ConstantKey: Hashable {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    case bigInt(String)
    case float(UInt64)
    case complex(UInt64, UInt64)
    case str([UInt8])
    case bytes([UInt8])
    case tuple([ConstantKey])
    case frozenset([ConstantKey])
    case code(ObjectIdentifier)

    init(_ c: Constant) {
        switch c {
        case .none: self = .none
        case .ellipsis: self = .ellipsis
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .bigInt(let s): self = .bigInt(s)
        case .float(let d): self = .float(d.bitPattern)
        case .complex(let r, let i): self = .complex(r.bitPattern, i.bitPattern)
        case .str(let s): self = .str(Array(s.utf8))
        case .bytes(let b): self = .bytes(b)
        case .tuple(let items): self = .tuple(items.map(ConstantKey.init))
        case .frozenset(let items): self = .frozenset(items.map(ConstantKey.init))
        case .code(let code): self = .code(ObjectIdentifier(code))
        }
    }
}

/// A block that code leaving it early must clean up (CPython's `fblockinfo`).
struct FBlock {
    enum Kind {
        /// `start` is where `continue` goes, `exit` where `break` goes.
        case whileLoop(start: Label, exit: Label)
        /// The iterator (or async iterator) is on the stack and must be popped when leaving.
        case forLoop(start: Label, exit: Label)
        /// The body of a `try` with handlers.
        case tryExcept
        /// The body of a `try` with a `finally` clause: leaving runs (inlines) the finally body.
        case finallyTry(body: [Stmt], mark: Scope.FinallyMark)
        /// A `finally` body running for an exception: `prev exc` are on the stack.
        case finallyEnd
        /// A `with` body: the exit method is on the stack.
        case with(isAsync: Bool)
        /// An `except` body: `prev` is on the stack; the name (if any) is cleared when leaving.
        case handlerCleanup(name: String?)
        /// The matching part of an `except` clause (nothing to undo).
        case exceptionHandler
        /// A return value saved on the stack while a `finally` body is inlined.
        case popValue
    }

    var kind: Kind
    /// Height of the handler stack to return to when leaving the block.
    var handlerBase: Int
    /// Operand stack depth outside the block.
    var depthBelow: Int

    var isLoop: Bool {
        switch kind {
        case .whileLoop, .forLoop: true
        default: false
        }
    }
}

/// Whether a name is being read, bound or deleted.
enum NameContext {
    case load, store, delete
}

/// The second pass: generates the code objects of a module from its AST and its analyzed scopes.
final class CodeGenerator {
    let reporter: ErrorReporter
    let mode: CompileMode
    let future: FutureFeatures
    var units: [CodeUnit] = []

    init(reporter: ErrorReporter, mode: CompileMode, future: FutureFeatures) {
        self.reporter = reporter
        self.mode = mode
        self.future = future
    }

    var unit: CodeUnit { units[units.count - 1] }
    var builder: CodeBuilder { unit.builder }

    var location: SourceRange {
        get { builder.location }
        set { builder.location = newValue }
    }

    func error(_ message: String, _ range: SourceRange) -> SyntaxError {
        reporter.error(message, at: range)
    }

    // MARK: Emission helpers

    func emit(_ instruction: Instruction) {
        builder.emit(instruction)
    }

    func emitJump(_ make: (Int32) -> Instruction, to label: Label) {
        builder.emitJump(make, to: label)
    }

    func newLabel() -> Label { builder.newLabel() }

    func bind(_ label: Label) { builder.bind(label) }

    func loadConst(_ c: Constant) {
        emit(.loadConst(unit.constant(c)))
    }

    func nameIndex(_ n: String) -> Int32 { unit.name(n) }

    func mangled(_ n: String) -> String { mangle(n, privateName: unit.scope.privateName) }

    func pushFBlock(_ kind: FBlock.Kind, handlerBase: Int, depthBelow: Int) {
        unit.fblocks.append(FBlock(kind: kind, handlerBase: handlerBase, depthBelow: depthBelow))
    }

    func popFBlock() {
        unit.fblocks.removeLast()
    }

    // MARK: Units

    /// The next child scope of the current unit, checked against the node that should create it.
    func nextChildScope(_ kind: Scope.Kind, _ range: SourceRange) throws(SyntaxError) -> Scope {
        let scope = unit.scope
        guard unit.childCursor < scope.children.count else {
            throw reporter.internalError("no scope for nested \(kind)", at: range)
        }
        let child = scope.children[unit.childCursor]
        unit.childCursor += 1
        guard child.kind == kind, child.range == range else {
            throw reporter.internalError("scope pairing mismatch (\(child.kind) \(child.name))", at: range)
        }
        return child
    }

    /// CPython's qualified names: `f.<locals>.g` under functions, `C.m` under classes, plain at module level
    /// or when the name is declared global in the parent.
    func qualifiedName(for name: String, kind: UnitKind) -> String {
        guard let parent = units.last, parent.kind != .module else { return name }
        if kind == .function || kind == .asyncFunction || kind == .classBody {
            let m = mangle(name, privateName: parent.scope.privateName)
            if parent.scope.resolution(of: m) == .globalExplicit { return name }
        }
        switch parent.kind {
        case .function, .asyncFunction, .lambda: return parent.qualifiedName + ".<locals>." + name
        default: return parent.qualifiedName + "." + name
        }
    }

    func enterUnit(_ scope: Scope, kind: UnitKind, name: String, firstLine: Int32) {
        let qualified = qualifiedName(for: name, kind: kind)
        let u = CodeUnit(scope: scope, kind: kind, name: name, qualifiedName: qualified, firstLine: firstLine)
        units.append(u)
    }

    /// Emits `return None` unless the code cannot reach its end.
    func emitImplicitReturn() {
        if builder.isReachableHere {
            loadConst(.none)
            emit(.returnValue)
        }
    }

    /// Finishes the current unit into a code object and pops it.
    func finishUnit() throws(SyntaxError) -> CodeObject {
        let u = unit
        let (instructions, positions, table) = try u.builder.finish(reporter: reporter)
        let stackSize: Int
        switch StackDepthAnalysis.analyze(instructions, exceptionTable: table) {
        case .success(let result):
            stackSize = result.maxDepth
        case .failure(let failure):
            let at = failure.pc < positions.count ? positions[failure.pc] : .unknown
            throw reporter.internalError("inconsistent stack in \(u.qualifiedName): \(failure)", at: at)
        }
        var flags = u.flags
        switch u.kind {
        case .module:
            flags.insert(.usesLocalsMapping)
        case .classBody:
            flags.formUnion([.classBody, .usesLocalsMapping])
        case .function, .lambda:
            if u.scope.isGenerator { flags.insert(.generator) }
        case .asyncFunction:
            flags.insert(u.scope.isGenerator ? .asyncGenerator : .coroutine)
        case .comprehension:
            flags.insert(.comprehension)
            if u.scope.comprehensionKind == .generator {
                flags.insert(u.scope.isCoroutine ? .asyncGenerator : .generator)
            } else if u.scope.isCoroutine {
                flags.insert(.coroutine)
            }
        }
        let parameterCount = u.scope.parameters.count
        let cellParameterSlots: [Int32] = u.scope.cellVars.map { cell in
            if let i = u.scope.parameters.firstIndex(of: cell), i < parameterCount { return Int32(i) }
            return -1
        }
        let code = CodeObject(
            name: u.name, qualifiedName: u.qualifiedName, filename: reporter.filename, firstLine: u.firstLine,
            flags: flags, argCount: u.argCount, posOnlyArgCount: u.posOnlyArgCount, kwOnlyArgCount: u.kwOnlyArgCount,
            varNames: u.varNames, cellVars: u.scope.cellVars, freeVars: u.scope.freeVars,
            cellParameterSlots: cellParameterSlots, names: u.names, constants: u.constants,
            instructions: instructions, positions: positions, exceptionTable: table, stackSize: Int32(stackSize),
            docstring: u.docstring)
        units.removeLast()
        return code
    }

    // MARK: Modules

    func compileModule(_ module: Module, scope: Scope) throws(SyntaxError) -> CodeObject {
        enterUnit(scope, kind: .module, name: "<module>", firstLine: 1)
        var body = module.body[...]
        location = body.first?.range ?? .unknown
        if findAnnotations(module.body) { emit(.setupAnnotations) }
        if mode == .exec, let doc = docstring(of: module.body) {
            unit.docstring = doc
            location = body[body.startIndex].range
            loadConst(.str(doc))
            emit(.storeName(nameIndex("__doc__")))
            body = body.dropFirst()
        }
        if mode == .cell, let last = body.last, case .expr(let value) = last.kind {
            try compileBody(Array(body.dropLast()))
            location = last.range
            try compileExpr(value)
            emit(.returnValue)
        } else {
            try compileBody(Array(body))
            if let last = body.last { location = last.range }
            loadConst(.none)
            emit(.returnValue)
        }
        return try finishUnit()
    }

    func compileExpressionUnit(_ e: Expr, scope: Scope) throws(SyntaxError) -> CodeObject {
        enterUnit(scope, kind: .module, name: "<module>", firstLine: max(1, e.range.start.line))
        try compileExpr(e)
        location = e.range
        emit(.returnValue)
        return try finishUnit()
    }

    /// The docstring of a body: its first statement when that is a plain string literal.
    func docstring(of body: [Stmt]) -> String? {
        guard let first = body.first, case .expr(let e) = first.kind, case .constant(.str(let s)) = e.kind else {
            return nil
        }
        return s
    }

    /// Whether a module or class body contains an annotated assignment outside nested scopes (CPython emits
    /// `setupAnnotations` then).
    func findAnnotations(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s.kind {
            case .annAssign:
                return true
            case .for(_, _, let b, let o, _), .while(_, let b, let o), .if(_, let b, let o):
                if findAnnotations(b) || findAnnotations(o) { return true }
            case .with(_, let b, _):
                if findAnnotations(b) { return true }
            case .try(let b, let handlers, let o, let f):
                if findAnnotations(b) || findAnnotations(o) || findAnnotations(f) { return true }
                for h in handlers where findAnnotations(h.body) { return true }
            default:
                break
            }
        }
        return false
    }
}
