/// The kinds of token the lexer produces.
///
/// Keywords and every operator get their own kind so the parser can dispatch on a single byte-sized value
/// instead of comparing strings. Soft keywords (`match`, `case`, `_`) are ordinary `.name` tokens.
public enum TokenKind: UInt8, Sendable, Equatable {
    case endMarker, newline, indent, dedent
    case name, number, string
    /// A character that starts no token (`$`, `?`, a lone `!`...): the parser reports it as invalid syntax.
    case errorToken
    /// Stands where the lexer stopped on an error; the token's `error` says why.
    case lexError

    // Brackets and punctuation.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    /// `at` is both the decorator sign and the matrix-multiplication operator.
    case colon, comma, semi, dot, ellipsis, arrow, colonEqual, equal, at

    // Operators.
    case plus, minus, star, slash, doubleSlash, percent, doubleStar
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    case eqEqual, notEqual, less, greater, lessEqual, greaterEqual

    // Augmented assignment.
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual, doubleStarEqual
    case atEqual, vbarEqual, amperEqual, circumflexEqual, leftShiftEqual, rightShiftEqual

    // Keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass, kwContinue
    case kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal, kwIf, kwImport
    case kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise, kwReturn, kwTry, kwWhile
    case kwWith, kwYield

    /// Whether this kind is a reserved word.
    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }

    /// The binary operator an augmented assignment token (`+=`...) applies, if it is one.
    public var augmentedOperator: BinaryOperator? {
        switch self {
        case .plusEqual: .add
        case .minusEqual: .sub
        case .starEqual: .mul
        case .slashEqual: .trueDiv
        case .doubleSlashEqual: .floorDiv
        case .percentEqual: .mod
        case .doubleStarEqual: .pow
        case .atEqual: .matMul
        case .vbarEqual: .bitOr
        case .amperEqual: .bitAnd
        case .circumflexEqual: .bitXor
        case .leftShiftEqual: .lShift
        case .rightShiftEqual: .rShift
        default: nil
        }
    }

    /// The reserved words, sorted (for completion in front ends).
    public static var keywordSpellings: [String] { keywords.keys.sorted() }

    /// Reserved words by spelling.
    static let keywords: [String: TokenKind] = [
        "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs, "assert": .kwAssert,
        "async": .kwAsync, "await": .kwAwait, "break": .kwBreak, "class": .kwClass, "continue": .kwContinue,
        "def": .kwDef, "del": .kwDel, "elif": .kwElif, "else": .kwElse, "except": .kwExcept,
        "finally": .kwFinally, "for": .kwFor, "from": .kwFrom, "global": .kwGlobal, "if": .kwIf,
        "import": .kwImport, "in": .kwIn, "is": .kwIs, "lambda": .kwLambda, "nonlocal": .kwNonlocal,
        "not": .kwNot, "or": .kwOr, "pass": .kwPass, "raise": .kwRaise, "return": .kwReturn, "try": .kwTry,
        "while": .kwWhile, "with": .kwWith, "yield": .kwYield,
    ]
}

/// A string literal as the lexer saw it: prefix flags plus either its decoded value or, for f-strings,
/// the raw body that the parser splits into literal text and replacement fields.
///
/// It exists because decoding depends on the prefix and f-strings cannot be decoded before parsing:
/// the lexer does the cheap, context-free part and hands the rest to the parser.
public struct StringLiteral: Sendable {
    public var isBytes: Bool
    public var isRaw: Bool
    public var isFormatted: Bool
    /// For str and bytes literals: `.str` or `.bytes`. Unused (`.none`) for f-strings.
    public var value: ConstantValue
    /// For f-strings: the text between the quotes, undecoded.
    public var body: [Unicode.Scalar]
    /// For f-strings: where `body` starts in the source.
    public var bodyStart: SourceLocation
    /// The quote character and whether it was tripled (for error messages about nested quotes).
    public var quote: Unicode.Scalar
    public var isTriple: Bool
    /// A bad escape or non-ASCII bytes: reported by the parser when it builds the literal, as CPython does
    /// (a tokenizer error just after the literal takes precedence).
    public var decodeError: SyntaxError?

    public init(
        isBytes: Bool, isRaw: Bool, isFormatted: Bool, value: ConstantValue, body: [Unicode.Scalar] = [],
        bodyStart: SourceLocation = SourceLocation(line: 0, column: 0), quote: Unicode.Scalar = "'",
        isTriple: Bool = false
    ) {
        self.isBytes = isBytes
        self.isRaw = isRaw
        self.isFormatted = isFormatted
        self.value = value
        self.body = body
        self.bodyStart = bodyStart
        self.quote = quote
        self.isTriple = isTriple
    }
}

/// What a token carries besides its kind and position.
public enum TokenValue: Sendable {
    case none
    /// The identifier of a `.name` token (NFKC-normalized).
    case name(String)
    /// The value of a `.number` token.
    case number(ConstantValue)
    case string(StringLiteral)
    /// The error a `.lexError` token stands for.
    case error(SyntaxError)
}

/// One token: the unit the parser consumes.
///
/// Positions are kept as `SourceLocation`s (1-based line, 0-based code-point column) because that is what
/// AST ranges and error messages need; nothing downstream needs byte offsets.
public struct Token: Sendable {
    public var kind: TokenKind
    public var start: SourceLocation
    public var end: SourceLocation
    public var value: TokenValue

    public init(kind: TokenKind, start: SourceLocation, end: SourceLocation, value: TokenValue = .none) {
        self.kind = kind
        self.start = start
        self.end = end
        self.value = value
    }

    public var range: SourceRange { SourceRange(start: start, end: end) }

    /// The identifier, for `.name` tokens (and keywords' spelling is not kept: use `kind`).
    public var name: String {
        if case .name(let s) = value { return s }
        return ""
    }
}
