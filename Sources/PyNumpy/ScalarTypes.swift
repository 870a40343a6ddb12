import PyRuntime

/// The numpy scalar types (`np.uint8`, `np.float64`, `np.bool` ...): callable to make scalars (or arrays from
/// sequences), usable as `dtype=` arguments, and the types of the values reductions and element indexing
/// return. A scalar is a `PyNDArray` with an empty shape and one of these types, so arithmetic on scalars
/// shares the array kernels and type rules.
enum ScalarTypes {
    static let types: [PyType] = DType.allCases.map { d in
        let t = NDArrayType.makeType(d.name, bases: [genericType])
        t.constructor = { (interp, _, args) throws(PyError) -> Value in
            try args.expect(d.name, min: 0, max: 1)
            if args.count == 0 { return .object(NumpyBridge.scalar(d, .int(0))) }
            let x = args[0]
            if Creation.isSequence(x) { return .object(try Creation.array(interp, x, dtype: d)) }
            return .object(NumpyBridge.scalar(d, try Creation.value(interp, x, for: d)))
        }
        return t
    }

    /// `numpy.generic`: the common base of the scalar types, where their methods live.
    static let genericType: PyType = {
        let t = NDArrayType.makeType("generic", bases: [])
        NDArrayType.installShared(t)
        installScalarMethods(t)
        return t
    }()

    static func type(for d: DType) -> PyType { types[d.rawValue] }

    static func dtype(of t: PyType) -> DType? {
        for (i, s) in types.enumerated() where s === t { return DType(rawValue: i) }
        return nil
    }

    static func scalar(_ v: Value) throws(PyError) -> PyNDArray {
        guard let a = v.asObject as? PyNDArray else { throw .typeError("descriptor requires a numpy scalar") }
        return a
    }

    static func installScalarMethods(_ t: PyType) {
        Builtins.method(t, "__repr__") { (_, v, _) throws(PyError) -> Value in
            let s = try scalar(v)
            return .str(ScalarText.repr(s.dtype, s.element(at: 0)))
        }
        Builtins.method(t, "__str__") { (_, v, _) throws(PyError) -> Value in
            let s = try scalar(v)
            return .str(ScalarText.str(s.dtype, s.element(at: 0)))
        }
        Builtins.method(t, "__hash__") { (interp, v, _) throws(PyError) -> Value in
            .int(try Interpreter.hash(try scalar(v).element(at: 0).python, interp))
        }
        Builtins.method(t, "__format__") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("__format__", min: 1, max: 1)
            let s = try scalar(v)
            if let spec = args[0].asStr, spec.string.isEmpty { return .str(ScalarText.str(s.dtype, s.element(at: 0))) }
            let plain = s.element(at: 0).python
            return try interp.call(try interp.getAttribute(plain, "__format__"), [args[0]])
        }
        Builtins.method(t, "__round__") { (interp, v, args) throws(PyError) -> Value in
            let s = try scalar(v)
            let plain = s.element(at: 0).python
            if args.count == 0 || args[0].isNone {
                return try interp.call(try interp.getAttribute(plain, "__round__"), [])
            }
            // with digits, numpy rounds its own way (scale, round half to even, scale back)
            return try MathFunctions.round(s, decimals: try NumpyBridge.index(interp, args[0]))
        }
        Builtins.method(t, "__getitem__") { (_, _, _) throws(PyError) -> Value in
            throw .indexError("invalid index to scalar variable.")
        }
        Builtins.method(t, "is_integer") { (_, v, _) throws(PyError) -> Value in
            let x = try scalar(v).element(at: 0)
            if case .float(let d) = x { return .bool(d.isFinite && d.rounded(.towardZero) == d) }
            return .true
        }
    }
}

/// `numpy.dtype`: the type of an array's elements as an object (`a.dtype`, `np.dtype('uint8')`). Compares
/// equal to other spellings of the same type (`np.uint8`, `'uint8'`).
final class PyDTypeObject: PyNativeObject, @unchecked Sendable {  // immutable
    let dtype: DType

    init(_ dtype: DType) {
        self.dtype = dtype
        super.init(type: DTypeObjectType.type)
    }
}

enum DTypeObjectType {
    static let instances: [PyDTypeObject] = DType.allCases.map { PyDTypeObject($0) }

    static func object(_ d: DType) -> Value { .object(instances[d.rawValue]) }

    static let type: PyType = {
        let t = NDArrayType.makeType("dtype", bases: [])
        t.constructor = { (_, _, args) throws(PyError) -> Value in
            try args.expect("dtype", min: 1, max: 1)
            guard let d = try NumpyBridge.dtypeArgument(args[0]) else { return object(.float64) }
            return object(d)
        }
        func d(_ v: Value) throws(PyError) -> DType {
            guard let o = v.asObject as? PyDTypeObject else { throw .typeError("descriptor requires a 'numpy.dtype'") }
            return o.dtype
        }
        Builtins.method(t, "__repr__") { (_, v, _) throws(PyError) -> Value in .str("dtype('\(try d(v).name)')") }
        Builtins.method(t, "__str__") { (_, v, _) throws(PyError) -> Value in .str(try d(v).name) }
        Builtins.method(t, "__hash__") { (interp, v, _) throws(PyError) -> Value in .int(try Interpreter.hash(.str(try d(v).name), interp)) }
        Builtins.method(t, "__eq__") { (_, v, args) throws(PyError) -> Value in
            guard let other = try? NumpyBridge.dtypeArgument(args[0]) else { return .false }
            return .bool(other == (try d(v)))
        }
        Builtins.method(t, "__ne__") { (_, v, args) throws(PyError) -> Value in
            guard let other = try? NumpyBridge.dtypeArgument(args[0]) else { return .true }
            return .bool(other != (try d(v)))
        }
        Builtins.attribute(t, "name") { (_, v) throws(PyError) -> Value in .str(try d(v).name) }
        Builtins.attribute(t, "itemsize") { (_, v) throws(PyError) -> Value in .int(try d(v).itemSize) }
        Builtins.attribute(t, "kind") { (_, v) throws(PyError) -> Value in .str(try d(v).kindCharacter) }
        Builtins.attribute(t, "char") { (_, v) throws(PyError) -> Value in .str(try d(v).character) }
        Builtins.attribute(t, "str") { (_, v) throws(PyError) -> Value in .str(try d(v).typeString) }
        Builtins.attribute(t, "type") { (_, v) throws(PyError) -> Value in .object(ScalarTypes.type(for: try d(v))) }
        return t
    }()
}
