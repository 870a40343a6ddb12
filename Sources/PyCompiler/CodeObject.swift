import PySyntax

/// A constant in a code object's constant pool. Kept free of runtime values so that the compiler does not
/// depend on the runtime, and so that code objects can be serialized and shipped to worker processes.
public indirect enum Constant: Sendable, Equatable {
    case none
    case bool(Bool)
    case ellipsis
    case int(Int)
    /// Decimal digits of an integer that does not fit in 64 bits (leading `-` when negative).
    case bigInt(String)
    case float(Double)
    case complex(real: Double, imag: Double)
    case str(String)
    case bytes([UInt8])
    case tuple([Constant])
    /// A frozenset of constants, in the order the display listed them (set displays of constants are built
    /// from one, as in CPython, which decides the iteration order users see).
    case frozenset([Constant])
    case code(CodeObject)
}

/// Properties of a code object that change how the VM runs it.
public struct CodeFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The function takes `*args` (its slot follows the keyword-only parameters in `varNames`).
    public static let varArgs = CodeFlags(rawValue: 1 << 0)
    /// The function takes `**kwargs` (its slot follows `*args`, if any).
    public static let varKeywords = CodeFlags(rawValue: 1 << 1)
    /// Calling the function returns a generator instead of running the body.
    public static let generator = CodeFlags(rawValue: 1 << 2)
    /// `async def`: calling returns a coroutine.
    public static let coroutine = CodeFlags(rawValue: 1 << 3)
    /// `async def` containing `yield`: calling returns an async generator.
    public static let asyncGenerator = CodeFlags(rawValue: 1 << 4)
    /// Module, class body or `exec` code: names live in a locals mapping (`loadName`/`storeName`), not slots.
    public static let usesLocalsMapping = CodeFlags(rawValue: 1 << 5)
    /// A class body (runs with the namespace dict as its locals mapping).
    public static let classBody = CodeFlags(rawValue: 1 << 6)
    /// A comprehension or generator expression body (its only argument is the outermost iterator `.0`).
    public static let comprehension = CodeFlags(rawValue: 1 << 7)
}

/// Compiled code for one scope (module, class body, function, lambda, comprehension): immutable once built,
/// so it can be shared between frames, threads and (serialized) processes.
public final class CodeObject: Sendable, Equatable {
    /// The function or scope name: `f`, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, `C` (class body).
    public let name: String
    /// The dotted path used in reprs: `C.method.<locals>.inner`.
    public let qualifiedName: String
    public let filename: String
    public let firstLine: Int32
    public let flags: CodeFlags
    /// Positional parameters, including positional-only ones.
    public let argCount: Int32
    public let posOnlyArgCount: Int32
    public let kwOnlyArgCount: Int32
    /// Local slot names: positional parameters, keyword-only parameters, `*args`, `**kwargs`, then other locals.
    public let varNames: [String]
    /// Names of this scope's variables that inner scopes capture (each lives in a cell).
    public let cellVars: [String]
    /// Names captured from enclosing scopes (cells received through the function's closure tuple).
    public let freeVars: [String]
    /// For each cell variable that is also a parameter, the parameter's slot in `varNames`; -1 otherwise.
    public let cellParameterSlots: [Int32]
    /// Names used by global, name, attribute and import instructions.
    public let names: [String]
    public let constants: [Constant]
    public let instructions: [Instruction]
    /// The source range of each instruction (same count as `instructions`), for tracebacks.
    public let positions: [SourceRange]
    public let exceptionTable: [ExceptionTableEntry]
    /// The largest operand stack depth any instruction reaches (an upper bound the VM relies on).
    public let stackSize: Int32
    /// The docstring, when the body starts with a string literal.
    public let docstring: String?

    public init(
        name: String, qualifiedName: String, filename: String, firstLine: Int32, flags: CodeFlags,
        argCount: Int32, posOnlyArgCount: Int32, kwOnlyArgCount: Int32, varNames: [String], cellVars: [String],
        freeVars: [String], cellParameterSlots: [Int32], names: [String], constants: [Constant],
        instructions: [Instruction], positions: [SourceRange], exceptionTable: [ExceptionTableEntry],
        stackSize: Int32, docstring: String?
    ) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.filename = filename
        self.firstLine = firstLine
        self.flags = flags
        self.argCount = argCount
        self.posOnlyArgCount = posOnlyArgCount
        self.kwOnlyArgCount = kwOnlyArgCount
        self.varNames = varNames
        self.cellVars = cellVars
        self.freeVars = freeVars
        self.cellParameterSlots = cellParameterSlots
        self.names = names
        self.constants = constants
        self.instructions = instructions
        self.positions = positions
        self.exceptionTable = exceptionTable
        self.stackSize = stackSize
        self.docstring = docstring
    }

    /// Number of parameters that occupy slots (positional, keyword-only, `*args`, `**kwargs`).
    public var parameterSlotCount: Int {
        Int(argCount + kwOnlyArgCount) + (flags.contains(.varArgs) ? 1 : 0)
            + (flags.contains(.varKeywords) ? 1 : 0)
    }

    /// The line of instruction `pc` (the first line if unknown).
    public func line(at pc: Int) -> Int32 {
        guard pc >= 0, pc < positions.count else { return firstLine }
        let line = positions[pc].start.line
        return line > 0 ? line : firstLine
    }

    public static func == (a: CodeObject, b: CodeObject) -> Bool { a === b }
}

/// How a piece of source is compiled, as the `mode` argument of Python's `compile()`.
public enum CompileMode: Sendable {
    /// A module or script: statements; the code returns None.
    case exec
    /// A single expression; the code returns its value.
    case eval
    /// The interactive prompt: each top-level expression statement is displayed with `printExpr`.
    case single
    /// A notebook cell: like `exec`, but when the last statement is an expression its value is returned
    /// (and None otherwise), so the cell engine can display it as `Out[n]`.
    case cell
}
