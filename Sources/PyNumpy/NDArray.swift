import PyRuntime

/// A numpy array (`numpy.ndarray`) and, with an empty shape and one of the scalar types, a numpy scalar
/// (`np.uint8(3)`): storage, element type, shape, strides in bytes and a byte offset into the storage. Basic
/// indexing, `T` and `reshape` of contiguous arrays make new arrays over the same storage (views), as numpy
/// does; elementwise work runs in typed loops over the raw memory (`Kernels.swift`).
final class PyNDArray: PyNativeObject, @unchecked Sendable {  // thread-confined like every PyObject
    let storage: ArrayStorage
    let dtype: DType
    let shape: [Int]
    let strides: [Int]
    /// Byte offset of element [0, 0, ...] from `storage.base`.
    let offset: Int
    /// `flags.writeable`: false for read-only views and arrays over read-only memory.
    var writeable: Bool
    /// The array this one is a view of (`a.base`), nil for arrays that own their data.
    let viewBase: PyNDArray?

    init(
        storage: ArrayStorage, dtype: DType, shape: [Int], strides: [Int], offset: Int = 0, writeable: Bool? = nil,
        viewBase: PyNDArray? = nil, type: PyType? = nil
    ) {
        self.storage = storage
        self.dtype = dtype
        self.shape = shape
        self.strides = strides
        self.offset = offset
        self.writeable = (writeable ?? true) && storage.isWritable
        self.viewBase = viewBase
        super.init(type: type ?? NDArrayType.type)
    }

    /// A new C-contiguous array of `shape`, uninitialised unless `zeroed`.
    convenience init(dtype: DType, shape: [Int], zeroed: Bool = false) {
        let count = shape.reduce(1, *)
        self.init(
            storage: ArrayStorage(byteCount: count * dtype.itemSize, zeroed: zeroed), dtype: dtype, shape: shape,
            strides: PyNDArray.contiguousStrides(shape, dtype.itemSize))
    }

    /// A new C-contiguous array whose shape comes from the user: numpy's ValueError when the size does not
    /// fit in memory addresses at all, its MemoryError when the system refuses the memory.
    static func allocate(dtype: DType, shape: [Int], zeroed: Bool = false) throws(PyError) -> PyNDArray {
        var bytes = dtype.itemSize
        for n in shape {
            let (product, overflow) = bytes.multipliedReportingOverflow(by: n)
            if overflow {
                throw .valueError(
                    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
            }
            bytes = product
        }
        guard let storage = ArrayStorage(allocating: bytes, zeroed: zeroed) else {
            throw PyError(
                PyException.make(
                    Builtins.exceptionType("MemoryError"),
                    "Unable to allocate \(sizeText(bytes)) for an array with shape \(NumpyBridge.shapeText(shape)) and data type \(dtype.name)"
                ))
        }
        return PyNDArray(
            storage: storage, dtype: dtype, shape: shape, strides: contiguousStrides(shape, dtype.itemSize))
    }

    /// numpy's text for a byte count in its MemoryError: binary units, three significant digits.
    static func sizeText(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var unit = Swift.max((Int.bitWidth - bytes.leadingZeroBitCount) - 1, 1) / 10
        var value = Double(bytes) / Double(1 << (unit * 10))
        if value.rounded() == 1024 {
            unit += 1
            value /= 1024
        }
        if unit == 0 { return "\(Int(value.rounded())) bytes" }
        if value.rounded() < 1000 {
            let digits = value < 10 ? 2 : value < 100 ? 1 : 0
            return FloatText.printf("%.*f", digits, value) + (digits == 0 ? "." : "") + " " + units[unit]
        }
        return FloatText.printf("%.*f", 0, value) + ". " + units[unit]
    }

    static func contiguousStrides(_ shape: [Int], _ itemSize: Int) -> [Int] {
        var strides = [Int](repeating: 0, count: shape.count)
        var s = itemSize
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[i] = s
            s *= Swift.max(shape[i], 1)
        }
        return strides
    }

    var ndim: Int { shape.count }
    var size: Int { shape.reduce(1, *) }
    var nbytes: Int { size * dtype.itemSize }
    var isScalar: Bool { type !== NDArrayType.type }

    /// Address of the first element.
    var data: UnsafeMutableRawPointer { storage.base + offset }

    /// True when the elements lie in C order without gaps (dimensions of length 1 have any stride).
    var isContiguous: Bool {
        var expected = dtype.itemSize
        for i in stride(from: shape.count - 1, through: 0, by: -1) where shape[i] != 1 {
            if shape[i] == 0 { return true }
            if strides[i] != expected { return false }
            expected *= shape[i]
        }
        return true
    }

    /// True when the elements lie in Fortran order without gaps (what `T` of a contiguous array is).
    var isFortranContiguous: Bool {
        var expected = dtype.itemSize
        for i in 0..<shape.count where shape[i] != 1 {
            if shape[i] == 0 { return true }
            if strides[i] != expected { return false }
            expected *= shape[i]
        }
        return true
    }

    /// The addresses the elements span (first byte to one past the last), nil for empty arrays.
    var byteExtent: Range<Int>? {
        if size == 0 { return nil }
        var low = Int(bitPattern: data)
        var high = low
        for (n, s) in zip(shape, strides) where n > 1 {
            if s < 0 { low += (n - 1) * s } else { high += (n - 1) * s }
        }
        return low..<(high + dtype.itemSize)
    }

    /// A view of this array with another layout over the same storage.
    func view(shape: [Int], strides: [Int], offset: Int) -> PyNDArray {
        PyNDArray(
            storage: storage, dtype: dtype, shape: shape, strides: strides, offset: offset, writeable: writeable,
            viewBase: viewBase ?? self)
    }

    /// Byte offsets (from `data`) of every element in C order.
    func forEachElementOffset(_ body: (Int) throws(PyError) -> Void) throws(PyError) {
        let n = size
        if n == 0 { return }
        if shape.isEmpty {
            try body(0)
            return
        }
        var index = [Int](repeating: 0, count: shape.count)
        var position = 0
        let last = shape.count - 1
        for _ in 0..<n {
            try body(position)
            var axis = last
            while axis >= 0 {
                index[axis] += 1
                position += strides[axis]
                if index[axis] < shape[axis] { break }
                position -= strides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
    }

    /// The element at byte offset `position` from `data`.
    func element(at position: Int) -> NumpyValue {
        NumpyValue.load(dtype, data + position)
    }

    /// A contiguous array with the same contents (self when already contiguous and `force` is false).
    func contiguous(force: Bool = false) -> PyNDArray {
        if !force && isContiguous && !isScalar { return self }
        let out = PyNDArray(dtype: dtype, shape: shape)
        Kernels.copy(from: self, to: out)
        return out
    }
}

/// One element read out of an array, in the widest Swift type of its kind: what slow paths (printing,
/// `tolist`, conversions to Python values) work with.
enum NumpyValue {
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case float(Double)

    static func load(_ dtype: DType, _ p: UnsafeRawPointer) -> NumpyValue {
        switch dtype {
        case .bool: return .bool(p.load(as: UInt8.self) != 0)
        case .uint8: return .uint(UInt64(p.load(as: UInt8.self)))
        case .uint64: return .uint(p.loadUnaligned(as: UInt64.self))
        case .uint16: return .uint(UInt64(p.loadUnaligned(as: UInt16.self)))
        case .uint32: return .uint(UInt64(p.loadUnaligned(as: UInt32.self)))
        case .int8: return .int(Int64(p.load(as: Int8.self)))
        case .int16: return .int(Int64(p.loadUnaligned(as: Int16.self)))
        case .int32: return .int(Int64(p.loadUnaligned(as: Int32.self)))
        case .int64: return .int(p.loadUnaligned(as: Int64.self))
        case .float32: return .float(Double(p.loadUnaligned(as: Float.self)))
        case .float64: return .float(p.loadUnaligned(as: Double.self))
        }
    }

    /// Store with numpy's unsafe casting: wraparound for integers, truncation of floats.
    func store(_ dtype: DType, _ p: UnsafeMutableRawPointer) {
        switch dtype {
        case .bool: p.storeBytes(of: asBool ? 1 : 0, as: UInt8.self)
        case .uint8: p.storeBytes(of: UInt8(truncatingIfNeeded: asInt64), as: UInt8.self)
        case .uint64: p.storeBytes(of: asUInt64, as: UInt64.self)
        case .uint16: p.storeBytes(of: UInt16(truncatingIfNeeded: asInt64), as: UInt16.self)
        case .uint32: p.storeBytes(of: UInt32(truncatingIfNeeded: asInt64), as: UInt32.self)
        case .int8: p.storeBytes(of: Int8(truncatingIfNeeded: asInt64), as: Int8.self)
        case .int16: p.storeBytes(of: Int16(truncatingIfNeeded: asInt64), as: Int16.self)
        case .int32: p.storeBytes(of: Int32(truncatingIfNeeded: asInt64), as: Int32.self)
        case .int64: p.storeBytes(of: asInt64, as: Int64.self)
        case .float32: p.storeBytes(of: Float(asDouble), as: Float.self)
        case .float64: p.storeBytes(of: asDouble, as: Double.self)
        }
    }

    var asBool: Bool {
        switch self {
        case .bool(let b): b
        case .int(let i): i != 0
        case .uint(let u): u != 0
        case .float(let d): d != 0
        }
    }

    var asDouble: Double {
        switch self {
        case .bool(let b): b ? 1 : 0
        case .int(let i): Double(i)
        case .uint(let u): Double(u)
        case .float(let d): d
        }
    }

    var asInt64: Int64 {
        switch self {
        case .bool(let b): b ? 1 : 0
        case .int(let i): i
        case .uint(let u): Int64(bitPattern: u)
        case .float(let d): Conversions.int64(d)
        }
    }

    var asUInt64: UInt64 {
        switch self {
        case .uint(let u): u
        case .float(let d): d >= 0 && d < 18446744073709551616.0 ? UInt64(d) : UInt64(bitPattern: Conversions.int64(d))
        default: UInt64(bitPattern: asInt64)
        }
    }

    /// The Python value (`tolist`, `item`).
    var python: Value {
        switch self {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int(i))
        case .uint(let u): return u <= UInt64(Int.max) ? .int(Int(u)) : NumpyBridge.bigInt(u)
        case .float(let d): return .float(d)
        }
    }
}

/// Conversions with numpy's (C's) behaviour where Swift's initialisers would trap.
enum Conversions {
    /// A float converted to int64 as C does on x86-64: truncation, and INT64_MIN for NaN and out-of-range values.
    @inline(__always) static func int64(_ d: Double) -> Int64 {
        if d.isNaN || d >= 9223372036854775808.0 || d < -9223372036854775808.0 { return Int64.min }
        return Int64(d)
    }
}
