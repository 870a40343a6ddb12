/// Which Swift class a `PyObject` is. The VM switches on this byte and then downcasts without a dynamic cast.
public enum ObjectKind: UInt8, Sendable {
    case instance  // PyInstance: a plain user object (or `object()`)
    case type
    case str
    case bytes
    case bytearray
    case list
    case tuple
    case dict
    case set  // PySet, also frozenset (see `PySet.isFrozen`)
    case bigInt
    case complex
    case function
    case builtinFunction
    case methodDescriptor
    case boundMethod
    case cell
    case module
    case exception
    case generator  // PyGenerator, also coroutines and async generators
    case range
    case slice
    case property
    case staticMethod
    case classMethod
    case code
    case iterator  // any PyIterator subclass
    case native  // objects defined by library modules (PyLibrary), subclasses of PyNativeObject
}

/// The root of every heap-allocated Python object.
///
/// `type` is unowned(unsafe): type objects are kept alive by `TypeRegistry` for the life of the process, so
/// reading an object's type costs no reference counting. `dict` holds instance attributes for objects that have
/// them (user instances, user subclasses of builtins, modules, functions).
open class PyObject: @unchecked Sendable {
    public final let kind: ObjectKind
    /// The type, held without reference counting (types are immortal, see `TypeRegistry`).
    private final var typeReference: Unmanaged<PyType>
    public final var dict: PyDict?

    public init(kind: ObjectKind, type: PyType) {
        self.kind = kind
        self.typeReference = .passUnretained(type)
    }

    /// Only for bootstrapping `type` itself, whose type is itself: a placeholder until `type` is set.
    init(kindForBootstrap kind: ObjectKind) {
        self.kind = kind
        self.typeReference = Unmanaged.fromOpaque(UnsafeRawPointer(bitPattern: 0x10)!)
    }

    /// The Python type of this object.
    @inline(__always) public final var type: PyType {
        get { typeReference.takeUnretainedValue() }
        set { typeReference = .passUnretained(newValue) }
    }
}

/// A plain instance of a user class (or of `object`): attributes in `dict`.
public final class PyInstance: PyObject, @unchecked Sendable {
    public init(type: PyType) {
        super.init(kind: .instance, type: type)
        self.dict = PyDict()
    }
}

/// Base class for objects implemented by library modules (deque, numpy arrays, ...). Subclasses get their
/// behaviour from the builtin methods registered on their `PyType`.
open class PyNativeObject: PyObject, @unchecked Sendable {
    public init(type: PyType) {
        super.init(kind: .native, type: type)
    }
}

/// A cell: the shared box of a variable captured by an inner function.
public final class PyCell: PyObject, @unchecked Sendable {
    public var value: Value

    public init(_ value: Value = .undefined) {
        self.value = value
        super.init(kind: .cell, type: Builtins.cellType)
    }
}

/// Keeps every type object alive for the life of the process (objects reference their type unowned).
/// Types created by class statements in loops are therefore never freed: a documented, bounded leak.
final class TypeRegistry: @unchecked Sendable {
    static let shared = TypeRegistry()
    private var types: [PyType] = []
    private let lock = NSLockLite()

    func retain(_ type: PyType) {
        lock.withLock { types.append(type) }
    }
}

/// A minimal mutex over pthread_mutex_t, so PyRuntime does not need Foundation's NSLock on hot paths.
public final class NSLockLite: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    public init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    @inline(__always) public func lock() { pthread_mutex_lock(mutex) }
    @inline(__always) public func unlock() { pthread_mutex_unlock(mutex) }

    @inline(__always) public func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
