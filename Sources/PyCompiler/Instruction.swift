import PySyntax

/// One bytecode instruction of the SwiftRay VM.
///
/// The VM is a stack machine in the style of CPython 3.10/3.11: each frame has an array of local slots, an
/// array of cells and an operand stack. Operands are `Int32` so the enum stays 12 bytes with its tag, which keeps
/// the instruction array dense in cache. Jump targets are absolute instruction indexes.
///
/// Stack notation below: `... a b -> ... c` means `b` is on top before, `c` after.
/// `NULL` is an internal "absent" value that never escapes to Python code.
///
/// Exceptions: there are no setup/pop-block instructions. Each `CodeObject` has an exception table
/// (`ExceptionTableEntry`); when an instruction at index `pc` raises, the VM takes the *first* entry (in table
/// order) whose `start <= pc < end`, pops the operand stack down to `depth` items, pushes the exception object
/// and jumps to `handler`. The compiler lists inner regions before the regions that enclose them. With no
/// matching entry the exception leaves the frame. Every instruction that raises adds a traceback entry for its
/// line, except `raise(0)` and `reraise`, which keep the traceback they re-raise.
///
/// The "currently handled exception" (what bare `raise` and `sys.exc_info()` see) is a per-thread value that
/// `pushExcInfo` and `popExcept` save and restore, as in CPython 3.11.
public enum Instruction: Sendable, Equatable {
    // MARK: Stack
    case nop
    /// `... x -> ...`
    case popTop
    /// Push a copy of the `n`-th item from the top (`copy(1)` duplicates the top).
    case copy(Int32)
    /// Swap the top with the `n`-th item from the top (`n >= 2`).
    case swap(Int32)

    // MARK: Constants and names
    /// Push `constants[i]`.
    case loadConst(Int32)
    /// Local slot `i` (an index into `varNames`). Loading an unbound slot raises UnboundLocalError.
    case loadFast(Int32)
    case storeFast(Int32)
    case deleteFast(Int32)
    /// Cell `i`: indexes `cellVars` then `freeVars` (`i >= cellVars.count` is free variable
    /// `i - cellVars.count`). Loading an empty cell raises NameError (free) or UnboundLocalError (cell).
    case loadDeref(Int32)
    case storeDeref(Int32)
    case deleteDeref(Int32)
    /// Push the cell object `i` itself (to build a closure tuple for `makeFunction`).
    case loadClosure(Int32)
    /// In a class body: look `freeVars`-style cell `i`'s name up in the locals mapping first, then the cell.
    case loadClassDeref(Int32)
    /// `names[i]` in globals, then builtins. NameError if absent.
    case loadGlobal(Int32)
    case storeGlobal(Int32)
    case deleteGlobal(Int32)
    /// `names[i]` in the frame's locals mapping (module and class bodies), then globals, then builtins.
    case loadName(Int32)
    case storeName(Int32)
    case deleteName(Int32)

    // MARK: Attributes and subscripts
    /// `... obj -> ... obj.names[i]`
    case loadAttr(Int32)
    /// `... value obj -> ...` performs `obj.names[i] = value`.
    case storeAttr(Int32)
    /// `... obj -> ...`
    case deleteAttr(Int32)
    /// `... obj -> ... method self` when `names[i]` resolves to a plain function found on the type (no bound
    /// method is allocated), otherwise `... obj -> ... attr NULL`. Always followed (after the arguments) by
    /// `callMethod` or `callMethodKw`.
    case loadMethod(Int32)
    /// `... container key -> ... container[key]`
    case binarySubscr
    /// `... value container key -> ...` performs `container[key] = value`.
    case storeSubscr
    /// `... container key -> ...`
    case deleteSubscr
    /// `... start stop -> ... slice` (n = 2) or `... start stop step -> ... slice` (n = 3).
    case buildSlice(Int32)

    // MARK: Operators
    /// `... a b -> ... a op b`
    case binary(BinaryOperator)
    /// `... a b -> ... a op= b` (tries `__iop__` first, as augmented assignment does).
    case inplace(BinaryOperator)
    /// `... a -> ... op a` (`.not` yields a bool).
    case unary(UnaryOperator)
    /// `... a b -> ... a op b` for every comparison, including `in`, `not in`, `is`, `is not`.
    case compare(CompareOperator)

    // MARK: Control flow
    case jump(Int32)
    /// `... x -> ...`, jumping when `x` is falsy / truthy.
    case popJumpIfFalse(Int32)
    case popJumpIfTrue(Int32)
    /// If the top is falsy (truthy) jump and keep it, otherwise pop it and continue (for `and`/`or`).
    case jumpIfFalseOrPop(Int32)
    case jumpIfTrueOrPop(Int32)
    /// `... x -> ... iter(x)`
    case getIter
    /// `... iterator -> ... iterator next`; when exhausted, pops the iterator and jumps to the target.
    case forIter(Int32)
    /// `... v ->` returns `v` from the frame.
    case returnValue

    // MARK: Building values
    /// `... x1 ... xn -> ... (x1, ..., xn)`, likewise for list and set.
    case buildTuple(Int32)
    case buildList(Int32)
    case buildSet(Int32)
    /// `... k1 v1 ... kn vn -> ... {k1: v1, ...}`
    case buildMap(Int32)
    /// `... s1 ... sn -> ... s1 + ... + sn` for str pieces of an f-string.
    case buildString(Int32)
    /// `... v -> ...` appends `v` to the list that is the `i`-th item from the top after `v` is popped.
    case listAppend(Int32)
    /// `... v -> ...` adds `v` to the set at the `i`-th position (as `listAppend`).
    case setAdd(Int32)
    /// `... k v -> ...` sets `dict[k] = v` on the dict at the `i`-th position after both are popped.
    case mapAdd(Int32)
    /// `... iterable -> ...` extends the list at the `i`-th position after the pop.
    case listExtend(Int32)
    /// `... iterable -> ...` updates the set at the `i`-th position after the pop.
    case setUpdate(Int32)
    /// `... mapping -> ...` `dict.update(mapping)` on the dict at the `i`-th position (`{**m}` displays).
    case dictUpdate(Int32)
    /// Like `dictUpdate` but for `f(**m)`: a repeated key raises
    /// `TypeError: f() got multiple values for keyword argument 'k'`. The function is found below the dict.
    case dictMerge(Int32)
    /// `... list -> ... tuple(list)`
    case listToTuple
    /// `... value -> ... str` (no spec) or `... value spec -> ... str` when `hasSpec`.
    /// `conversion`: 0 none, 1 `!s`, 2 `!r`, 3 `!a`.
    case formatValue(conversion: UInt8, hasSpec: Bool)
    /// `... seq -> ... x_n ... x_1` (the first item ends on top). ValueError on a length mismatch.
    case unpackSequence(Int32)
    /// `a, *b, c = seq`: `... seq -> ... after_m ... after_1 list before_n ... before_1`, first item on top.
    case unpackEx(before: Int32, after: Int32)

    // MARK: Functions and calls
    /// Builds a function from the code object on top. Below it, pushed in this order when their flag is set:
    /// defaults tuple (`0x01`), keyword-only defaults dict (`0x02`), annotations dict (`0x04`), closure tuple of
    /// cells (`0x08`). `... [defaults] [kwdefaults] [annotations] [closure] code -> ... function`.
    case makeFunction(flags: UInt8)
    /// `... callable a1 ... an -> ... result`
    case call(argc: Int32)
    /// `... callable a1 ... an -> ... result` where the last `count(kwNames)` values are keyword arguments named
    /// by the tuple of strings `constants[kwNames]`; `argc` counts all of them.
    case callKw(argc: Int32, kwNames: Int32)
    /// `... method selfOrNull a1 ... an -> ... result` (see `loadMethod`).
    case callMethod(argc: Int32)
    case callMethodKw(argc: Int32, kwNames: Int32)
    /// `... callable argsTuple -> ... result`, or `... callable argsTuple kwargsDict -> ... result`.
    case callEx(hasKwargs: Bool)
    /// Push the `__build_class__` builtin. A class statement compiles to
    /// `loadBuildClass; <body function>; loadConst name; <bases...>; call/callKw`. The body function's code
    /// runs with a fresh namespace dict as its locals mapping and returns the `__class__` cell (or None).
    case loadBuildClass
    /// Push the AssertionError class (immune to shadowing), for `assert`.
    case loadAssertionError

    // MARK: Exceptions
    /// `raise(0)`: re-raise the currently handled exception (RuntimeError if none).
    /// `raise(1)`: `... exc -> ` raise `exc` (a class is instantiated).
    /// `raise(2)`: `... exc cause -> ` raise `exc from cause`.
    case raise(Int32)
    /// `... exc ->` re-raise `exc` keeping its traceback (end of `finally` blocks, unmatched `except`).
    case reraise
    /// `... exc -> ... previous exc` and make `exc` the currently handled exception.
    case pushExcInfo
    /// `... previous -> ...` and restore `previous` as the currently handled exception.
    case popExcept
    /// `... exc type -> ... exc matches` (type may be a tuple). TypeError if `type` is not an exception class.
    case checkExcMatch

    // MARK: Context managers
    /// `... manager -> ... boundExit enterResult` (calls `__enter__`).
    case beforeWith
    /// `... boundExit prev exc -> ... boundExit prev exc result` where `result = boundExit(type, exc, tb)`.
    case withExceptStart
    /// `... manager -> ... boundAexit awaitable` (calls `__aenter__`; follow with `loadConst None; yieldFrom`).
    case beforeAsyncWith

    // MARK: Generators and coroutines
    /// Suspend the frame, producing `v`: `... v -> ` and on resume `... sent` (None for `next`).
    case yieldValue
    /// `... receiver value ->`: send `value` into the sub-iterator `receiver`. If it yields `y`, the frame
    /// suspends producing `y`, and on resume with `sent` the stack is `... receiver sent` and this same
    /// instruction runs again (so `throw()` and `close()` reach the receiver). When the receiver returns `r`,
    /// the stack becomes `... r` and execution continues. `yield from x` is
    /// `<x>; getYieldFromIter; loadConst None; yieldFrom`, and `await x` is `<x>; getAwaitable; loadConst None;
    /// yieldFrom`.
    case yieldFrom
    /// `... x -> ... iterator` for `yield from` (generators and coroutines pass unchanged).
    case getYieldFromIter
    /// `... x -> ... awaitable iterator` (a coroutine, or the result of `x.__await__()`).
    case getAwaitable
    /// `... x -> ... x.__aiter__()`
    case getAIter
    /// `... aiter -> ... aiter awaitable` where the awaitable is `aiter.__anext__()`.
    case getANext
    /// Exception handler of `async for`: `... aiter exc -> ...` if `exc` is StopAsyncIteration (loop ends),
    /// otherwise re-raises `exc`.
    case endAsyncFor

    // MARK: Imports
    /// `... level fromlist -> ... module` importing `names[i]` (a dotted name). As CPython, returns the top-level
    /// package when `fromlist` is None and the named module otherwise.
    case importName(Int32)
    /// `... module -> ... module module.names[i]` (ImportError when missing; submodules are imported).
    case importFrom(Int32)
    /// `... module -> ...` binds every public name of `module` in the locals mapping.
    case importStar

    // MARK: Interactive and class bodies
    /// `... v -> ...` displays `v` as the interactive interpreter does (sys.displayhook), for `single` mode.
    case printExpr
    /// Create `__annotations__` in the locals mapping if it is missing.
    case setupAnnotations
}

/// One exception handler region of a code object (see `Instruction`).
public struct ExceptionTableEntry: Sendable, Equatable {
    /// First instruction covered.
    public var start: Int32
    /// One past the last instruction covered.
    public var end: Int32
    /// Where execution continues with the exception pushed.
    public var handler: Int32
    /// Operand stack depth (items above the frame's stack base) to unwind to before pushing the exception.
    public var depth: Int32

    public init(start: Int32, end: Int32, handler: Int32, depth: Int32) {
        self.start = start
        self.end = end
        self.handler = handler
        self.depth = depth
    }
}
