import BigInt
import PyCompiler

/// Arguments of a call, as a window of values (on the VM's value stack or a caller's array) plus the names of
/// the trailing keyword arguments. Passing a window instead of an array means calls allocate nothing.
public struct Args {
    /// Positional values followed by keyword values.
    public let values: UnsafeBufferPointer<Value>
    /// How many of `values` are positional.
    public let count: Int
    /// Names of the keyword values (`values[count...]`), or nil when there are none.
    public let kwNames: PyTuple?

    @inline(__always)
    public init(values: UnsafeBufferPointer<Value>, count: Int, kwNames: PyTuple?) {
        self.values = values
        self.count = count
        self.kwNames = kwNames
    }

    @inline(__always) public subscript(i: Int) -> Value { values[i] }

    @inline(__always) public var hasKeywords: Bool { kwNames != nil && kwNames!.count > 0 }

    /// The positional values.
    @inline(__always) public var positional: UnsafeBufferPointer<Value> {
        UnsafeBufferPointer(rebasing: values[0..<count])
    }

    /// The keyword arguments as (name, value) pairs.
    public var keywords: [(String, Value)] {
        guard let names = kwNames else { return [] }
        return names.items.enumerated().map { (i, n) in (n.asStr!.string, values[count + i]) }
    }

    /// The keyword value named `name`, if given.
    public func keyword(_ name: String) -> Value? {
        guard let names = kwNames else { return nil }
        for (i, n) in names.items.enumerated() where n.asStr!.string == name {
            return values[count + i]
        }
        return nil
    }

    /// Run `body` with `values` (positional) and `keywords` as an `Args`.
    public static func with<R>(
        _ values: [Value], keywords: [(String, Value)] = [], _ body: (Args) throws(PyError) -> R
    ) throws(PyError) -> R {
        var all = values
        var names: PyTuple?
        if !keywords.isEmpty {
            all.append(contentsOf: keywords.map { $0.1 })
            names = PyTuple(keywords.map { .object(PyStr.intern($0.0)) })
        }
        let buffer = UnsafeMutableBufferPointer<Value>.allocate(capacity: Swift.max(all.count, 1))
        _ = buffer.initialize(from: all)
        defer {
            buffer.baseAddress!.deinitialize(count: all.count)
            buffer.deallocate()
        }
        let view = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buffer)[0..<all.count])
        return try body(Args(values: view, count: values.count, kwNames: names))
    }
}

/// A code object ready to run: the compiler's immutable `CodeObject` plus the runtime values it needs
/// (constants as `Value`s, names interned), built once per code object.
public final class PyCode: PyObject, @unchecked Sendable {
    public let code: CodeObject
    public let constants: ContiguousArray<Value>
    public let names: ContiguousArray<PyStr>
    public let varNames: ContiguousArray<PyStr>
    public let nLocals: Int
    public let nCells: Int
    /// Slots a frame needs: locals, cells, operand stack.
    public let frameSize: Int
    public let flags: CodeFlags
    /// Hot-path copies, read by the VM without reference counting (they live as long as this object).
    let instructionPointer: UnsafeMutablePointer<Instruction>
    let constantPointer: UnsafeMutablePointer<Value>
    let namePointer: UnsafeMutablePointer<PyStr>
    let argCount: Int
    /// Positional-only-arguments functions the VM can enter without binding: no defaults needed, no
    /// `*args`/`**kwargs`/keyword-only parameters, not a generator or coroutine.
    let isSimpleFunction: Bool
    /// Per-name cache of global lookups (see `GlobalCache`).
    let globalCache: UnsafeMutablePointer<GlobalCache>

    public init(_ code: CodeObject) {
        self.code = code
        self.constants = ContiguousArray(code.constants.map(PyCode.materialize))
        self.names = ContiguousArray(code.names.map(PyStr.intern))
        self.varNames = ContiguousArray(code.varNames.map(PyStr.intern))
        self.nLocals = code.varNames.count
        self.nCells = code.cellVars.count + code.freeVars.count
        self.frameSize = nLocals + nCells + Int(code.stackSize) + 1
        self.flags = code.flags
        instructionPointer = .allocate(capacity: Swift.max(1, code.instructions.count))
        instructionPointer.initialize(from: code.instructions, count: code.instructions.count)
        constantPointer = .allocate(capacity: Swift.max(1, constants.count))
        constantPointer.initialize(from: Array(constants), count: constants.count)
        namePointer = .allocate(capacity: Swift.max(1, names.count))
        namePointer.initialize(from: Array(names), count: names.count)
        argCount = Int(code.argCount)
        isSimpleFunction = code.kwOnlyArgCount == 0
            && code.flags.isDisjoint(with: [.varArgs, .varKeywords, .generator, .coroutine, .asyncGenerator])
        globalCache = .allocate(capacity: Swift.max(1, code.names.count))
        globalCache.initialize(repeating: GlobalCache(), count: Swift.max(1, code.names.count))
        super.init(kind: .code, type: Builtins.codeType)
    }

    deinit {
        instructionPointer.deinitialize(count: code.instructions.count)
        instructionPointer.deallocate()
        constantPointer.deinitialize(count: constants.count)
        constantPointer.deallocate()
        namePointer.deinitialize(count: names.count)
        namePointer.deallocate()
        globalCache.deinitialize(count: Swift.max(1, code.names.count))
        globalCache.deallocate()
    }

    static func materialize(_ c: Constant) -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .ellipsis: return Builtins.ellipsis
        case .int(let i): return .int(i)
        case .bigInt(let digits): return PyBigInt.make(BigInt(digits)!)
        case .float(let d): return .float(d)
        case .complex(let r, let i): return .object(PyComplex(r, i))
        case .str(let s): return .object(PyStr.intern(s))
        case .bytes(let b): return .object(PyBytes(b))
        case .tuple(let items): return .object(PyTuple(items.map(materialize)))
        case .frozenset(let items):
            // CPython builds the constant from the display, then its constant merging rebuilds it from the
            // first set's iteration order; both steps shape the table, so both are replayed here.
            let first = PySet(frozen: true)
            for item in items { try? first.add(materialize(item), nil) }
            let set = PySet(frozen: true)
            for item in first.elements { try? set.add(item, nil) }
            return .object(set)
        case .code(let code): return .object(PyCode(code))
        }
    }
}

/// A memoized `loadGlobal`: valid while the globals and builtins dicts are the same objects at the same
/// versions (every mutation of a dict bumps its version), so a hit costs two compares and no hashing.
struct GlobalCache {
    var globals: ObjectIdentifier?
    var globalsVersion: UInt = 0
    var builtinsVersion: UInt = 0
    var value: Value = .undefined
}

/// A Python function: code plus the environment it closes over.
public final class PyFunction: PyObject, @unchecked Sendable {
    public let code: PyCode
    public let globals: PyDict
    public var defaults: ContiguousArray<Value>
    public var kwDefaults: PyDict?
    public let closure: ContiguousArray<PyCell>
    public var name: String
    public var qualifiedName: String
    public var doc: Value
    public var annotations: PyDict?
    public var moduleName: Value

    public init(
        code: PyCode, globals: PyDict, defaults: ContiguousArray<Value>, kwDefaults: PyDict?,
        closure: ContiguousArray<PyCell>, annotations: PyDict?
    ) {
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
        self.name = code.code.name
        self.qualifiedName = code.code.qualifiedName
        self.doc = code.code.docstring.map { .str($0) } ?? .none
        self.annotations = annotations
        self.moduleName = globals.getItem("__name__") ?? .none
        super.init(kind: .function, type: Builtins.functionType)
    }
}

/// A function implemented in Swift (`len`, `print`, module functions).
public final class PyBuiltinFunction: PyObject, @unchecked Sendable {
    public typealias Body = (Interpreter, Args) throws(PyError) -> Value
    public let name: String
    public let body: Body
    public let doc: String?
    /// The bound receiver for builtin methods accessed through an instance (`[].append`), else `.undefined`.
    public let receiver: Value
    public var moduleName: String?
    /// Set for builtins that need the calling Python frame (`super()`, `locals()`...).
    public var frameAwareBody: FrameAwareBuiltins.Body?

    public init(name: String, doc: String? = nil, module: String? = nil, _ body: @escaping Body) {
        self.name = name
        self.body = body
        self.doc = doc
        self.receiver = .undefined
        self.moduleName = module
        super.init(kind: .builtinFunction, type: Builtins.builtinFunctionType)
    }
}

/// A method of a builtin type (`str.split`): a Swift function taking the receiver and the arguments.
/// Stored in the type's namespace; `loadMethod` calls it without allocating a bound method.
public final class PyMethodDescriptor: PyObject, @unchecked Sendable {
    public typealias Body = (Interpreter, Value, Args) throws(PyError) -> Value
    public let name: String
    public let owner: PyType
    public let body: Body
    public let doc: String?

    public init(name: String, owner: PyType, doc: String? = nil, _ body: @escaping Body) {
        self.name = name
        self.owner = owner
        self.body = body
        self.doc = doc
        super.init(kind: .methodDescriptor, type: Builtins.methodDescriptorType)
    }
}

/// A function bound to a receiver: `obj.method` for Python functions and builtin method descriptors, or
/// a classmethod bound to its class.
public final class PyBoundMethod: PyObject, @unchecked Sendable {
    public let function: Value
    public let receiver: Value

    public init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        // A builtin method bound to its receiver is a `builtin_function_or_method` in CPython.
        let builtin = function.asObject?.kind == .methodDescriptor
        super.init(kind: .boundMethod, type: builtin ? Builtins.builtinFunctionType : Builtins.methodType)
    }
}
