/// PyRuntime: values, objects, the bytecode VM and the core builtins of the SwiftRay Python dialect.
///
/// Design (see README "Language" and ../shared/notes/interpreters.md for the measurements behind it):
/// - `Value` is a small enum: None, bools, 64-bit ints and floats are stored inline and never allocate; every
///   other Python object is a Swift class instance derived from `PyObject`. Ints overflow into `PyBigInt`.
/// - Python's reference counting maps onto Swift's ARC: when the last `Value` holding an object goes away, the
///   object is freed at once. Later layers (ObjectRefs of the cluster runtime) rely on that determinism.
///   Cycles are not collected (a documented limitation, as for CPython without its cycle GC).
/// - Every `PyObject` carries `kind` (which Swift class it is, so the VM can `unsafeDowncast` after one byte
///   compare) and `type` (its Python type, which may be a user subclass of a builtin).
/// - The VM (`VM.swift`) is a stack machine over `Instruction`s; frames are windows of one preallocated value
///   stack per interpreter thread; generators and coroutines own a heap copy of their frame.
/// - Objects are confined to one interpreter thread at a time (the interpreter lock, `GIL`), which is why
///   they can be `@unchecked Sendable`: the compiler cannot see that lock, so we state it here.
public enum Value: @unchecked Sendable {
    /// The internal "absent" marker: an unbound local, an empty cell, the NULL of `loadMethod`. Never visible
    /// to Python code.
    case undefined
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)

    @inline(__always) public static var `true`: Value { .bool(true) }
    @inline(__always) public static var `false`: Value { .bool(false) }

    /// The heap object, if this value is one.
    @inline(__always) public var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    @inline(__always) public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    @inline(__always) public var isUndefined: Bool {
        if case .undefined = self { return true }
        return false
    }

    /// The Python type of the value.
    @inline(__always) public var type: PyType {
        switch self {
        case .object(let o): return o.type
        case .int: return Builtins.intType
        case .float: return Builtins.floatType
        case .bool: return Builtins.boolType
        case .none, .undefined: return Builtins.noneType
        }
    }

    /// `type(v).__name__`, used in error messages.
    public var typeName: String { type.name }

    /// The object when it is a `str`.
    @inline(__always) public var asStr: PyStr? {
        if case .object(let o) = self, o.kind == .str { return unsafeDowncast(o, to: PyStr.self) }
        return nil
    }

    @inline(__always) public var asList: PyList? {
        if case .object(let o) = self, o.kind == .list { return unsafeDowncast(o, to: PyList.self) }
        return nil
    }

    @inline(__always) public var asTuple: PyTuple? {
        if case .object(let o) = self, o.kind == .tuple { return unsafeDowncast(o, to: PyTuple.self) }
        return nil
    }

    @inline(__always) public var asDict: PyDict? {
        if case .object(let o) = self, o.kind == .dict { return unsafeDowncast(o, to: PyDict.self) }
        return nil
    }

    @inline(__always) public var asType: PyType? {
        if case .object(let o) = self, o.kind == .type { return unsafeDowncast(o, to: PyType.self) }
        return nil
    }

    @inline(__always) public var asBigInt: PyBigInt? {
        if case .object(let o) = self, o.kind == .bigInt { return unsafeDowncast(o, to: PyBigInt.self) }
        return nil
    }

    @inline(__always) public var asException: PyException? {
        if case .object(let o) = self, o.kind == .exception { return unsafeDowncast(o, to: PyException.self) }
        return nil
    }

    /// True for two values that are the same object (`is`).
    @inline(__always) public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.object(let a), .object(let b)): return a === b
        case (.none, .none), (.undefined, .undefined): return true
        case (.bool(let a), .bool(let b)): return a == b
        // Small ints are cached in CPython; every inline int compares by value here, which is what users see
        // for the small ints they typically test with `is`.
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        default: return false
        }
    }

    /// The object stored in a value slot, without retaining it: the caller guarantees the slot keeps it alive.
    /// Relies on the enum's layout (payload first, tag after), which `ValueTests` checks.
    @inline(__always) static func peekObject(_ slot: UnsafeMutablePointer<Value>) -> Unmanaged<PyObject>? {
        guard case .object = slot.pointee else { return nil }
        return Unmanaged.fromOpaque(UnsafeRawPointer(slot).load(as: UnsafeRawPointer.self))
    }

    /// Build a `str` value.
    @inline(__always) public static func str(_ s: String) -> Value { .object(PyStr(s)) }
}

/// The error thrown through Swift code when a Python exception is raised. A thin wrapper so that typed throws
/// carry one pointer and no existential box.
public struct PyError: Error, @unchecked Sendable {
    public let exception: PyException

    @inline(__always) public init(_ exception: PyException) {
        self.exception = exception
    }
}
