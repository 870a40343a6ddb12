import BigInt

/// Python `list`: a growable array of values. The storage is accessed through the object so that appends
/// mutate in place (copy-on-write never triggers while the object is the only owner of its buffer).
public final class PyList: PyObject, @unchecked Sendable {
    public var items: ContiguousArray<Value>

    public init(_ items: ContiguousArray<Value> = []) {
        self.items = items
        super.init(kind: .list, type: Builtins.listType)
    }

    public convenience init(_ items: [Value]) {
        self.init(ContiguousArray(items))
    }

    public init(items: ContiguousArray<Value>, type: PyType) {
        self.items = items
        super.init(kind: .list, type: type)
    }
}

/// Python `tuple`: an immutable array of values.
public final class PyTuple: PyObject, @unchecked Sendable {
    public let items: ContiguousArray<Value>
    private var hashCache = 0

    public init(_ items: ContiguousArray<Value>) {
        self.items = items
        super.init(kind: .tuple, type: Builtins.tupleType)
    }

    public convenience init(_ items: [Value]) {
        self.init(ContiguousArray(items))
    }

    public init(items: ContiguousArray<Value>, type: PyType) {
        self.items = items
        super.init(kind: .tuple, type: type)
    }

    @inline(__always) public var count: Int { items.count }

    /// CPython's tuple hash (xxHash-based, 3.8+), so that sets of tuples iterate in CPython's order.
    func hash(_ interp: Interpreter?) throws(PyError) -> Int {
        if hashCache != 0 { return hashCache }
        let prime1: UInt64 = 11_400_714_785_074_694_791
        let prime2: UInt64 = 14_029_467_366_897_019_727
        let prime5: UInt64 = 2_870_177_450_012_600_261
        var acc: UInt64 = prime5
        for item in items {
            let lane = UInt64(bitPattern: Int64(try Interpreter.hash(item, interp)))
            acc = acc &+ lane &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(items.count) ^ (prime5 ^ 3_527_539))
        if acc == UInt64.max { return 1_546_275_796 }
        let h = Int(Int64(bitPattern: acc))
        hashCache = h
        return h
    }
}

/// An arbitrary-precision int that does not fit in 64 bits. Results that fit are always normalized back to
/// the inline `Value.int`, so a `PyBigInt` is never a small number.
public final class PyBigInt: PyObject, @unchecked Sendable {
    public let value: BigInt

    public init(_ value: BigInt) {
        self.value = value
        super.init(kind: .bigInt, type: Builtins.intType)
    }

    /// An instance of a user subclass of `int` (any magnitude: the subtype is what must be kept).
    public init(_ value: BigInt, subtype: PyType) {
        self.value = value
        super.init(kind: .bigInt, type: subtype)
        self.dict = PyDict()
    }

    /// `.int` when it fits, `.object(PyBigInt)` otherwise.
    public static func make(_ v: BigInt) -> Value {
        if let small = Int(exactly: v) { return .int(small) }
        return .object(PyBigInt(v))
    }

    /// Python's int hash: the value modulo 2**61 - 1 with the sign kept, -1 mapped to -2.
    var pythonHash: Int {
        let m = BigInt(2).power(61) - 1
        var r = value.magnitude % m.magnitude
        var h = Int(r)
        if value.sign == .minus { h = -h }
        if h == -1 { h = -2 }
        r = 0
        return h
    }
}

/// Python `complex`.
public final class PyComplex: PyObject, @unchecked Sendable {
    public let real: Double
    public let imag: Double

    public init(_ real: Double, _ imag: Double) {
        self.real = real
        self.imag = imag
        super.init(kind: .complex, type: Builtins.complexType)
    }
}

/// Python `bytes` (immutable) and `bytearray` (mutable, `kind == .bytearray`).
public final class PyBytes: PyObject, @unchecked Sendable {
    public var bytes: ContiguousArray<UInt8>

    public init(_ bytes: ContiguousArray<UInt8>, mutable: Bool = false) {
        self.bytes = bytes
        super.init(kind: mutable ? .bytearray : .bytes, type: mutable ? Builtins.bytearrayType : Builtins.bytesType)
    }

    public convenience init(_ bytes: [UInt8]) {
        self.init(ContiguousArray(bytes))
    }
}

/// Python `range`. Bounds that fit in 64 bits use the fast Int fields; a range with a bound beyond them keeps
/// exact BigInt bounds in `big` (indexing, `in`, `len` and repr stay exact, as in CPython).
public final class PyRange: PyObject, @unchecked Sendable {
    public let start: Int
    public let stop: Int
    public let step: Int
    public let big: (start: BigInt, stop: BigInt, step: BigInt)?

    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        self.big = nil
        super.init(kind: .range, type: Builtins.rangeType)
    }

    /// A range with arbitrary-precision bounds (normalized to the Int form when they fit).
    public static func make(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
        if let a = Int(exactly: start), let b = Int(exactly: stop), let c = Int(exactly: step),
            let n = Int(exactly: bigCount(start, stop, step)), n < Int.max / 2
        {
            return PyRange(start: a, stop: b, step: c)
        }
        return PyRange(big: (start, stop, step))
    }

    private init(big: (BigInt, BigInt, BigInt)) {
        self.start = 0
        self.stop = 0
        self.step = 1
        self.big = big
        super.init(kind: .range, type: Builtins.rangeType)
    }

    static func bigCount(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> BigInt {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    /// The exact length.
    public var bigLength: BigInt {
        if let b = big { return Self.bigCount(b.start, b.stop, b.step) }
        return BigInt(count)
    }

    public var count: Int {
        if let b = big { return Int(exactly: Self.bigCount(b.start, b.stop, b.step)) ?? Int.max }
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    @inline(__always) public func item(_ i: Int) -> Int { start + i * step }
}

/// Python `slice`.
public final class PySlice: PyObject, @unchecked Sendable {
    public let start: Value
    public let stop: Value
    public let step: Value

    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .slice, type: Builtins.sliceType)
    }
}

/// A module: a namespace with a name.
public final class PyModule: PyObject, @unchecked Sendable {
    public let name: String

    public init(name: String, namespace: PyDict? = nil) {
        self.name = name
        super.init(kind: .module, type: Builtins.moduleType)
        self.dict = namespace ?? PyDict()
        self.dict!.setItem("__name__", .str(name))
    }

    @inline(__always) public var namespace: PyDict { dict.unsafelyUnwrapped }

    /// Add a member (used by library modules when they build themselves).
    public func set(_ name: String, _ value: Value) {
        namespace.setItem(name, value)
    }
}

/// `property(fget, fset, fdel, doc)`.
public final class PyProperty: PyObject, @unchecked Sendable {
    public var getter: Value
    public var setter: Value
    public var deleter: Value
    public var doc: Value

    public init(getter: Value, setter: Value, deleter: Value, doc: Value) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(kind: .property, type: Builtins.propertyType)
    }
}

/// `staticmethod(f)` and `classmethod(f)` wrappers.
public final class PyMethodWrapper: PyObject, @unchecked Sendable {
    public let function: Value

    public init(function: Value, isClassMethod: Bool) {
        self.function = function
        super.init(
            kind: isClassMethod ? .classMethod : .staticMethod,
            type: isClassMethod ? Builtins.classmethodType : Builtins.staticmethodType)
        self.dict = PyDict()
    }
}
