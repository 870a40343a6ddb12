/// The abstract syntax tree of the Python dialect, as the parser produces it and the compiler consumes it.
///
/// The shapes follow CPython's `ast` module closely (same node names, same fields) so that anyone who knows
/// `ast.dump` can read them, and so that the compiler can follow CPython's code generation where users could
/// observe a difference (evaluation order, scoping of comprehensions, `__class__` cells...).
///
/// Nodes are value types: an `Expr` or `Stmt` is a kind plus the source range it came from. Ranges are what
/// tracebacks, syntax errors and the kernel's inspection point at.

/// A position in source text: `line` is 1-based, `column` is a 0-based offset in Unicode scalars (code points),
/// as CPython's tracebacks and SyntaxError carets count them.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var line: Int32
    public var column: Int32

    public init(line: Int32, column: Int32) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        a.line != b.line ? a.line < b.line : a.column < b.column
    }
}

/// A half-open range of source text (`end` is just past the last character).
public struct SourceRange: Hashable, Sendable {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The range covering both `self` and `other`.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public static let unknown = SourceRange(
        start: SourceLocation(line: 0, column: 0), end: SourceLocation(line: 0, column: 0))
}

/// A literal value written in source.
public enum ConstantValue: Sendable, Equatable {
    case none
    case bool(Bool)
    case ellipsis
    /// An integer that fits in 64 bits.
    case int(Int)
    /// An integer literal too large for 64 bits, as its decimal digits (with a leading `-` if negative).
    case bigInt(String)
    case float(Double)
    /// An imaginary literal such as `2j`: the value is `complex(0, imag)`.
    case imaginary(Double)
    case str(String)
    case bytes([UInt8])
}

public enum BinaryOperator: UInt8, Sendable, CaseIterable {
    case add, sub, mul, matMul, trueDiv, floorDiv, mod, pow, lShift, rShift, bitOr, bitXor, bitAnd

    /// The operator as written in source (`+`, `//`, ...), used in error messages.
    public var symbol: String {
        switch self {
        case .add: "+"
        case .sub: "-"
        case .mul: "*"
        case .matMul: "@"
        case .trueDiv: "/"
        case .floorDiv: "//"
        case .mod: "%"
        case .pow: "**"
        case .lShift: "<<"
        case .rShift: ">>"
        case .bitOr: "|"
        case .bitXor: "^"
        case .bitAnd: "&"
        }
    }
}

public enum UnaryOperator: UInt8, Sendable {
    case invert, not, plus, minus
}

public enum BoolOperator: UInt8, Sendable {
    case and, or
}

public enum CompareOperator: UInt8, Sendable {
    case eq, notEq, lt, ltE, gt, gtE, `is`, isNot, `in`, notIn

    public var symbol: String {
        switch self {
        case .eq: "=="
        case .notEq: "!="
        case .lt: "<"
        case .ltE: "<="
        case .gt: ">"
        case .gtE: ">="
        case .is: "is"
        case .isNot: "is not"
        case .in: "in"
        case .notIn: "not in"
        }
    }
}

/// An expression node.
public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange

    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum ExprKind: Sendable {
    case name(String)
    case constant(ConstantValue)
    /// An f-string: its parts are `.constant(.str)` and `.formattedValue` nodes.
    case joinedStr([Expr])
    /// `{value!conversion:formatSpec}` inside an f-string. `conversion` is `s`, `r`, `a` or nil;
    /// `formatSpec` is itself a `.joinedStr` (specs may contain nested replacement fields).
    case formattedValue(value: Expr, conversion: Character?, formatSpec: Expr?)
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    /// `{k: v, **m}`: a nil key means the value is unpacked with `**`.
    case dict(keys: [Expr?], values: [Expr])
    /// `*value` in a call, display or assignment target.
    case starred(Expr)
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case call(function: Expr, args: [Expr], keywords: [Keyword])
    case binOp(Expr, BinaryOperator, Expr)
    case unaryOp(UnaryOperator, Expr)
    /// `a and b and c`: two or more operands.
    case boolOp(BoolOperator, [Expr])
    /// `a < b <= c`: `ops.count == comparators.count >= 1`.
    case compare(Expr, ops: [CompareOperator], comparators: [Expr])
    case ifExp(test: Expr, body: Expr, orElse: Expr)
    case lambda(Arguments, body: Expr)
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    /// `target := value`; the target is always a `.name`.
    case namedExpr(target: Expr, value: Expr)
}

/// `name=value` in a call; a nil name is `**value`.
public struct Keyword: Sendable {
    public var name: String?
    public var value: Expr
    public var range: SourceRange

    public init(name: String?, value: Expr, range: SourceRange) {
        self.name = name
        self.value = value
        self.range = range
    }
}

/// One `for target in iter if cond...` clause of a comprehension.
public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool

    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.isAsync = isAsync
    }
}

/// One parameter of a function or lambda.
public struct Arg: Sendable {
    public var name: String
    public var annotation: Expr?
    public var range: SourceRange

    public init(name: String, annotation: Expr?, range: SourceRange) {
        self.name = name
        self.annotation = annotation
        self.range = range
    }
}

/// A parameter list: `def f(a, /, b, c=1, *args, d, e=2, **kw)`.
public struct Arguments: Sendable {
    /// Parameters before `/`.
    public var posOnly: [Arg]
    /// Ordinary positional-or-keyword parameters.
    public var args: [Arg]
    /// Defaults of the last `defaults.count` parameters of `posOnly + args`.
    public var defaults: [Expr]
    public var vararg: Arg?
    public var kwOnly: [Arg]
    /// One entry per keyword-only parameter; nil where it has no default.
    public var kwDefaults: [Expr?]
    public var kwarg: Arg?

    public init(
        posOnly: [Arg] = [], args: [Arg] = [], defaults: [Expr] = [], vararg: Arg? = nil,
        kwOnly: [Arg] = [], kwDefaults: [Expr?] = [], kwarg: Arg? = nil
    ) {
        self.posOnly = posOnly
        self.args = args
        self.defaults = defaults
        self.vararg = vararg
        self.kwOnly = kwOnly
        self.kwDefaults = kwDefaults
        self.kwarg = kwarg
    }
}

/// A statement node.
public struct Stmt: Sendable {
    public var kind: StmtKind
    public var range: SourceRange

    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public struct FunctionDef: Sendable {
    public var name: String
    public var args: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool

    public init(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?, isAsync: Bool) {
        self.name = name
        self.args = args
        self.body = body
        self.decorators = decorators
        self.returns = returns
        self.isAsync = isAsync
    }
}

public struct ClassDef: Sendable {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]

    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

/// `except Type as name: body`; a nil type is a bare `except:`.
public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var range: SourceRange

    public init(type: Expr?, name: String?, body: [Stmt], range: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
    }
}

/// One `expr as target` item of a `with` statement.
public struct WithItem: Sendable {
    public var contextExpr: Expr
    public var optionalVars: Expr?

    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}

/// `name as asname` in an import; `name` may be dotted (`a.b.c`) or `*`.
public struct Alias: Sendable {
    public var name: String
    public var asName: String?
    public var range: SourceRange

    public init(name: String, asName: String?, range: SourceRange) {
        self.name = name
        self.asName = asName
        self.range = range
    }
}

public indirect enum StmtKind: Sendable {
    case expr(Expr)
    /// `a = b = value`: one or more targets.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `target: annotation = value`; `simple` is true when the target is a bare name not in parentheses.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case delete([Expr])
    case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `for`(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt], isAsync: Bool)
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    case raise(exc: Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finalBody: [Stmt])
    case assert(test: Expr, msg: Expr?)
    case `import`([Alias])
    /// `from ..module import names`: `level` counts the leading dots; `module` is nil for `from . import x`.
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case pass
    case `break`
    case `continue`
}

/// A parsed file or cell.
public struct Module: Sendable {
    public var body: [Stmt]

    public init(body: [Stmt]) {
        self.body = body
    }
}
