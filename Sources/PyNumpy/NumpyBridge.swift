import BigInt

#if canImport(Glibc)
    import Glibc
#endif
import PyRuntime

/// Conversions between interpreter values and arrays that several files share: wrapping 0-d results as numpy
/// scalars, casts, dtype arguments, axis arguments and numpy's text for shapes.
enum NumpyBridge {
    /// A result as numpy returns it: 0-d results become numpy scalars (`np.int64(3)`), arrays stay arrays.
    static func wrap(_ a: PyNDArray) -> Value {
        if a.ndim == 0 { return .object(scalar(a)) }
        return .object(a)
    }

    /// The numpy scalar holding the single element of the 0-d array `a`.
    static func scalar(_ a: PyNDArray) -> PyNDArray {
        if a.isScalar { return a }
        let s = PyNDArray(dtype: a.dtype, shape: [], zeroed: false)
        memcpy(s.data, a.data, a.dtype.itemSize)
        return PyNDArray(
            storage: s.storage, dtype: a.dtype, shape: [], strides: [], writeable: false,
            type: ScalarTypes.type(for: a.dtype))
    }

    /// A numpy scalar of `dtype` holding `value`.
    static func scalar(_ dtype: DType, _ value: NumpyValue) -> PyNDArray {
        let a = PyNDArray(dtype: dtype, shape: [])
        value.store(dtype, a.data)
        return PyNDArray(
            storage: a.storage, dtype: dtype, shape: [], strides: [], writeable: false,
            type: ScalarTypes.type(for: dtype))
    }

    /// A contiguous copy of `a` converted to `dtype`.
    static func cast(_ a: PyNDArray, to dtype: DType) -> PyNDArray {
        let out = PyNDArray(dtype: dtype, shape: a.shape)
        Kernels.copy(from: a, to: out)
        return out
    }

    /// A Python int for a uint64 beyond Int.max.
    static func bigInt(_ u: UInt64) -> Value { PyBigInt.make(BigInt(u)) }

    /// numpy's text for a shape: a Python tuple (`(3,)`, `(2, 3)`, `()`).
    static func shapeText(_ shape: [Int]) -> String {
        if shape.count == 1 { return "(\(shape[0]),)" }
        return "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// numpy's C-level text for dimensions in error messages: no spaces (`(2,3)`, `(3,)`).
    static func dimsText(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
    }

    static func shapeTuple(_ shape: [Int]) -> Value {
        .object(PyTuple(shape.map { .int($0) }))
    }

    /// A `dtype=` argument: None (nil), a dtype object, a scalar type (`np.uint8`), a Python type (`int`,
    /// `float`, `bool`) or a name (`"uint8"`).
    static func dtypeArgument(_ v: Value?) throws(PyError) -> DType? {
        guard let v, !v.isNone else { return nil }
        if let d = v.asObject as? PyDTypeObject { return d.dtype }
        if let t = v.asType {
            if let d = ScalarTypes.dtype(of: t) { return d }
            if t === Builtins.intType { return .int64 }
            if t === Builtins.floatType { return .float64 }
            if t === Builtins.boolType { return .bool }
            throw .typeError("Cannot interpret '\(t.name)' as a data type")
        }
        if let s = v.asStr {
            if let d = DType(name: s.string) { return d }
            throw .typeError("data type '\(s.string)' not understood")
        }
        throw .typeError("Cannot interpret '\(v.typeName)' as a data type")
    }

    /// A shape argument: an int or a sequence of ints; negative lengths are rejected.
    static func shapeArgument(_ interp: Interpreter, _ v: Value) throws(PyError) -> [Int] {
        var dims: [Int]
        if case .object(let o) = v, o.kind == .list || o.kind == .tuple {
            dims = []
            for x in try interp.iterate(v) { dims.append(try index(interp, x)) }
        } else {
            dims = [try index(interp, v)]
        }
        if dims.contains(where: { $0 < 0 }) { throw .valueError("negative dimensions are not allowed") }
        return dims
    }

    /// A shape for `reshape`: like `shapeArgument` but -1 (one unknown length) passes through.
    static func shapeArgumentAllowingUnknown(_ interp: Interpreter, _ v: Value) throws(PyError) -> [Int] {
        if case .object(let o) = v, o.kind == .list || o.kind == .tuple {
            var dims: [Int] = []
            for x in try interp.iterate(v) { dims.append(try index(interp, x)) }
            return dims
        }
        return [try index(interp, v)]
    }

    /// An integer argument that may also be a numpy integer scalar.
    static func index(_ interp: Interpreter, _ v: Value) throws(PyError) -> Int {
        if let a = v.asObject as? PyNDArray, a.isScalar {
            guard a.dtype.isInteger || a.dtype == .bool else {
                throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
            }
            return Int(truncatingIfNeeded: a.element(at: 0).asInt64)
        }
        return try interp.intArgument(v)
    }

    /// An `axis=` argument normalised to 0..<ndim; nil for None.
    static func axisArgument(_ interp: Interpreter, _ v: Value?, ndim: Int) throws(PyError) -> Int? {
        guard let v, !v.isNone else { return nil }
        let axis = try index(interp, v)
        // A 0-d array reduces over "axis 0" (or -1) as over all of its one element, as numpy allows.
        if ndim == 0 && (axis == 0 || axis == -1) { return nil }
        if axis < -ndim || axis >= ndim {
            throw PyError(
                PyException.make(
                    NumpyErrors.axisError,
                    "axis \(axis) is out of bounds for array of dimension \(ndim)"))
        }
        return axis < 0 ? axis + ndim : axis
    }

    /// The Python value of element `position` of `a` (for `tolist` and `item`).
    static func python(_ a: PyNDArray, _ position: Int) -> Value {
        a.element(at: position).python
    }
}

/// numpy's exception types that are not Python builtins.
enum NumpyErrors {
    /// `numpy.exceptions.AxisError`, a subclass of ValueError and IndexError.
    static let axisError: PyType = {
        do {
            return try PyType.makeLibraryType(
                name: "AxisError", module: "numpy.exceptions",
                bases: [Builtins.exceptionType("ValueError"), Builtins.exceptionType("IndexError")],
                instanceKind: .exception, isBuiltin: false)
        } catch {
            fatalError("cannot create numpy.exceptions.AxisError")
        }
    }()
}
