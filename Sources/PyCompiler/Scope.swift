import PySyntax

/// Where a name lives at run time, as decided by scope analysis once every scope of a module has been seen.
///
/// These are CPython's `LOCAL`, `CELL`, `FREE`, `GLOBAL_IMPLICIT` and `GLOBAL_EXPLICIT`: the code generator
/// picks the load/store/delete instruction family from this value and from the kind of scope it is compiling.
enum NameScope: Equatable, Sendable {
    /// Bound in this scope and not captured: a fast local slot in functions, the locals mapping elsewhere.
    case local
    /// Bound in this function and captured by an inner scope: lives in a cell of this frame.
    case cell
    /// Bound in an enclosing function: reached through a cell received in the closure tuple.
    case free
    /// Not bound anywhere visible: looked up in globals then builtins (by name in module and class bodies).
    case globalImplicit
    /// Declared `global` (or bound by a comprehension's walrus at module level).
    case globalExplicit
}

/// What one scope does with a name, accumulated while walking the scope's body (CPython's `DEF_*` and `USE`
/// flags). The analysis pass turns these facts into a `NameScope`.
struct SymbolFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    static let defGlobal = SymbolFlags(rawValue: 1 << 0)
    static let defLocal = SymbolFlags(rawValue: 1 << 1)
    static let defParam = SymbolFlags(rawValue: 1 << 2)
    static let defNonlocal = SymbolFlags(rawValue: 1 << 3)
    static let use = SymbolFlags(rawValue: 1 << 4)
    /// A class-body name that a method also uses as a free variable of an enclosing function: the class code
    /// must carry the cell through (as a free variable) even though its own uses go to the namespace.
    static let defFreeClass = SymbolFlags(rawValue: 1 << 5)
    static let defImport = SymbolFlags(rawValue: 1 << 6)
    static let defAnnot = SymbolFlags(rawValue: 1 << 7)
    /// An iteration variable of a comprehension (a walrus may not rebind it).
    static let defCompIter = SymbolFlags(rawValue: 1 << 8)

    /// The flags that make a name local to the scope.
    static let bound: SymbolFlags = [.defLocal, .defParam, .defImport]
}

/// The scope-analysis record of one code unit: module, class body, function, lambda or comprehension.
///
/// It exists so that code generation can ask, for any name used in a unit, where that name lives (see
/// `NameScope`), and which cells the unit creates or receives. A tree of scopes is built by
/// `SymbolTableBuilder` in exactly the order in which the compiler later meets the scope-creating nodes, so
/// the compiler can pair AST nodes with scopes by position (the AST has no node identity).
final class Scope {
    enum Kind: Equatable, Sendable {
        case module, classBody, function, lambda, comprehension
    }

    /// Which display a comprehension scope builds (its code name and the wording of its errors).
    enum ComprehensionKind: Equatable, Sendable {
        case list, set, dict, generator

        var codeName: String {
            switch self {
            case .list: "<listcomp>"
            case .set: "<setcomp>"
            case .dict: "<dictcomp>"
            case .generator: "<genexpr>"
            }
        }

        var description: String {
            switch self {
            case .list: "list comprehension"
            case .set: "set comprehension"
            case .dict: "dict comprehension"
            case .generator: "generator expression"
            }
        }
    }

    /// Where a `try` statement with a `finally` clause stands in the scope's traversal: the index of the first
    /// child scope created by its `finally` body and the index of the first `FinallyMark` nested in it. The
    /// compiler emits a `finally` body several times (normal exit, exception path, each `return`/`break`
    /// that crosses it); these indexes let it re-pair the body's nested scopes every time.
    struct FinallyMark: Equatable, Sendable {
        var childStart: Int
        var markStart: Int
    }

    let kind: Kind
    /// `f`, `C`, `<lambda>`, `<listcomp>`..., or `top` for the module.
    let name: String
    /// The range of the node that created the scope (used to check the compiler's pairing).
    let range: SourceRange
    /// `async def`.
    let isAsync: Bool
    let comprehensionKind: ComprehensionKind?
    /// The class name used for private-name mangling inside this scope (inherited by nested functions).
    let privateName: String?
    /// Inside some function (so an unresolved name could have been free).
    let isNested: Bool

    private(set) var symbols: [String: SymbolFlags] = [:]
    /// Names in first-seen order (CPython walks its symbol dict in insertion order; errors depend on it).
    private(set) var symbolOrder: [String] = []
    /// Parameter names (mangled) in slot order: positional, keyword-only, `*args`, `**kwargs`.
    var parameters: [String] = []
    /// Nested scopes in compiler order.
    var children: [Scope] = []
    var finallyMarks: [FinallyMark] = []
    /// The first `global`/`nonlocal` directive (or comprehension walrus) for each name, for error locations.
    var directives: [String: SourceRange] = [:]

    /// Contains `yield` (or is a generator expression).
    var isGenerator = false
    /// `async def`, or a comprehension that awaits (making it a coroutine or an async generator).
    var isCoroutine = false
    /// The range of the first `return value` statement, if any.
    var returnWithValue: SourceRange?
    /// A class body whose methods use `super` or `__class__`: it creates the implicit `__class__` cell.
    var needsClassClosure = false

    // Results of the analysis.
    private(set) var resolutions: [String: NameScope] = [:]
    private(set) var cellVars: [String] = []
    private(set) var freeVars: [String] = []

    init(
        kind: Kind, name: String, range: SourceRange, isAsync: Bool, comprehensionKind: ComprehensionKind?,
        privateName: String?, isNested: Bool
    ) {
        self.kind = kind
        self.name = name
        self.range = range
        self.isAsync = isAsync
        self.comprehensionKind = comprehensionKind
        self.privateName = privateName
        self.isNested = isNested
        self.isCoroutine = isAsync
    }

    /// Function, lambda and comprehension scopes (CPython's `FunctionBlock`): fast locals, cells, closures.
    var isFunctionLike: Bool {
        kind == .function || kind == .lambda || kind == .comprehension
    }

    func flags(of name: String) -> SymbolFlags { symbols[name] ?? [] }

    func setFlags(_ flags: SymbolFlags, of name: String) {
        if symbols.updateValue(flags, forKey: name) == nil { symbolOrder.append(name) }
    }

    /// Where `name` (already mangled) lives in this scope; names the analysis never saw are implicit globals.
    func resolution(of name: String) -> NameScope {
        resolutions[name] ?? .globalImplicit
    }

    func recordResults(resolutions: [String: NameScope]) {
        self.resolutions = resolutions
        var cells = resolutions.filter { $0.value == .cell }.map(\.key)
        if needsClassClosure { cells.append("__class__") }
        cellVars = cells.sorted(by: Scope.codePointOrder)
        freeVars = symbols.filter { resolutions[$0.key] == .free || $0.value.contains(.defFreeClass) }
            .map(\.key).sorted(by: Scope.codePointOrder)
    }

    /// CPython sorts cell and free variable names by code point.
    static func codePointOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}

/// Private name mangling: inside class `C`, `__x` becomes `_C__x` (not dunder names nor dotted names), as
/// CPython does for names, attributes, parameters and keyword-only default keys.
func mangle(_ name: String, privateName: String?) -> String {
    guard let privateName, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
    let stripped = privateName.drop(while: { $0 == "_" })
    if stripped.isEmpty { return name }
    return "_" + stripped + name
}
