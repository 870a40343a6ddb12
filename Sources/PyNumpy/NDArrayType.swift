import PyRuntime

/// `numpy.ndarray`: the Python type of arrays. Attributes and methods shared with the numpy scalar types
/// (arithmetic, comparisons, reductions, conversions) are installed by `installShared`; the rest (indexing,
/// `len`, iteration, `repr`) are array-only.
enum NDArrayType {
    static func makeType(_ name: String, bases: [PyType]) -> PyType {
        do {
            return try PyType.makeLibraryType(
                name: name, module: "numpy", bases: bases, instanceKind: .native, isBuiltin: false)
        } catch {
            fatalError("cannot create numpy.\(name)")
        }
    }

    static func array(_ v: Value) throws(PyError) -> PyNDArray {
        guard let a = v.asObject as? PyNDArray else {
            throw .typeError("descriptor requires a 'numpy.ndarray' object but received a '\(v.typeName)'")
        }
        return a
    }

    static let type: PyType = {
        let t = makeType("ndarray", bases: [])
        t.constructor = { (interp, _, args) throws(PyError) -> Value in
            guard args.count >= 1 else { throw .typeError("ndarray() missing required argument 'shape' (pos 0)") }
            let shape = try NumpyBridge.shapeArgument(interp, args[0])
            let dtype = try NumpyBridge.dtypeArgument(args.argument(1, "dtype")) ?? .float64
            return .object(try PyNDArray.allocate(dtype: dtype, shape: shape, zeroed: true))
        }
        installShared(t)
        installArrayOnly(t)
        return t
    }()

    /// Attributes and methods of both arrays and numpy scalars.
    static func installShared(_ t: PyType) {
        Builtins.attribute(t, "shape") { (_, v) throws(PyError) -> Value in NumpyBridge.shapeTuple(try array(v).shape) }
        Builtins.attribute(t, "strides") { (_, v) throws(PyError) -> Value in NumpyBridge.shapeTuple(try array(v).strides) }
        Builtins.attribute(t, "dtype") { (_, v) throws(PyError) -> Value in DTypeObjectType.object(try array(v).dtype) }
        Builtins.attribute(t, "ndim") { (_, v) throws(PyError) -> Value in .int(try array(v).ndim) }
        Builtins.attribute(t, "size") { (_, v) throws(PyError) -> Value in .int(try array(v).size) }
        Builtins.attribute(t, "nbytes") { (_, v) throws(PyError) -> Value in .int(try array(v).nbytes) }
        Builtins.attribute(t, "itemsize") { (_, v) throws(PyError) -> Value in .int(try array(v).dtype.itemSize) }
        Builtins.attribute(t, "T") { (_, v) throws(PyError) -> Value in NumpyBridge.wrap(ArrayMethods.transpose(try array(v), nil)) }
        Builtins.attribute(t, "flags") { (_, v) throws(PyError) -> Value in .object(PyArrayFlags(try array(v))) }
        Builtins.attribute(t, "base") { (_, v) throws(PyError) -> Value in
            let a = try array(v)
            return a.viewBase.map { .object($0) } ?? .none
        }
        Builtins.attribute(t, "__array_interface__") { (_, v) throws(PyError) -> Value in
            ArrayMethods.arrayInterface(try array(v))
        }
        Builtins.attribute(t, "ctypes") { (_, v) throws(PyError) -> Value in .object(PyArrayCTypes(try array(v))) }
        ArrayMethods.installOperators(t)
        ArrayMethods.installReductions(t)
        ArrayMethods.installConversions(t)
    }

    static func installArrayOnly(_ t: PyType) {
        Builtins.method(t, "__repr__") { (_, v, _) throws(PyError) -> Value in .str(ArrayFormat.repr(try array(v))) }
        Builtins.method(t, "__str__") { (_, v, _) throws(PyError) -> Value in .str(ArrayFormat.str(try array(v))) }
        Builtins.method(t, "__hash__") { (_, _, _) throws(PyError) -> Value in
            throw .typeError("unhashable type: 'numpy.ndarray'")
        }
        Builtins.method(t, "__len__") { (_, v, _) throws(PyError) -> Value in
            let a = try array(v)
            if a.ndim == 0 { throw .typeError("len() of unsized object") }
            return .int(a.shape[0])
        }
        Builtins.method(t, "__getitem__") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("__getitem__", min: 1, max: 1)
            return try Indexing.getItem(interp, try array(v), args[0])
        }
        Builtins.method(t, "__setitem__") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("__setitem__", min: 2, max: 2)
            try Indexing.setItem(interp, try array(v), args[0], args[1])
            return .none
        }
        Builtins.method(t, "__contains__") { (interp, v, args) throws(PyError) -> Value in
            // numpy: `x in a` is `(a == x).any()`
            let equal = try Operations.binary(interp, .eq, v, args[0])
            if equal.isIdentical(to: Builtins.notImplemented) { return .false }
            guard let mask = equal.asObject as? PyNDArray else { return .bool(try interp.isTrue(equal)) }
            let any = try Reductions.reduce(.any, mask, axis: nil)
            return .bool((any.asObject as? PyNDArray)?.element(at: 0).asBool ?? false)
        }
        t.namespace.setItem(
            "__iter__",
            .object(
                PyBuiltinFunction(name: "__iter__") { (_, args) throws(PyError) -> Value in
                    let a = try array(args[0])
                    if a.ndim == 0 { throw .typeError("iteration over a 0-d array") }
                    var i = 0
                    let n = a.shape[0]
                    return .object(
                        PyClosureIterator { (_) throws(PyError) -> Value? in
                            guard i < n else { return nil }
                            defer { i += 1 }
                            return ArrayMethods.row(a, i)
                        })
                }))
        Builtins.method(t, "sort") { (interp, v, args) throws(PyError) -> Value in
            let a = try array(v)
            if !a.writeable { throw .valueError("assignment destination is read-only") }
            guard let axis = try NumpyBridge.axisArgument(interp, args.argument(0, "axis") ?? .int(-1), ndim: a.ndim) else {
                throw .typeError("numpy subset: sort() needs an axis")
            }
            Sorting.sortInPlace(a, axis: axis)
            return .none
        }
        Builtins.method(t, "nonzero") { (_, v, _) throws(PyError) -> Value in
            let lists = try Predicates.nonzero(try array(v))
            return .object(PyTuple(lists.map { .object(Predicates.intArray($0)) }))
        }
        Builtins.method(t, "argsort") { (interp, v, args) throws(PyError) -> Value in
            let a = try array(v)
            guard let axis = try NumpyBridge.axisArgument(interp, args.argument(0, "axis") ?? .int(-1), ndim: a.ndim) else {
                return .object(try Predicates.argsort(try ArrayMethods.reshape(a, [-1]), axis: 0))
            }
            return .object(try Predicates.argsort(a, axis: axis))
        }
        Builtins.method(t, "fill") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("fill", min: 1, max: 1)
            let a = try array(v)
            if !a.writeable { throw .valueError("assignment destination is read-only") }
            Kernels.fill(a, with: try Creation.value(interp, args[0], for: a.dtype))
            return .none
        }
    }
}

/// `a.flags`: the array's flags (`writeable` can be set; `C_CONTIGUOUS` and friends are read-only), printed
/// as numpy prints them.
final class PyArrayFlags: PyNativeObject, @unchecked Sendable {  // thread-confined
    let array: PyNDArray

    init(_ array: PyNDArray) {
        self.array = array
        super.init(type: PyArrayFlags.type)
    }

    static let names = ["C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY"]

    func value(_ name: String) -> Bool? {
        switch name {
        case "C_CONTIGUOUS", "C", "CONTIGUOUS", "c_contiguous", "contiguous": array.isContiguous
        case "F_CONTIGUOUS", "F", "FORTRAN", "f_contiguous", "fortran": array.isFortranContiguous
        case "OWNDATA", "O", "owndata": array.viewBase == nil && array.storage.owner == nil
        case "WRITEABLE", "W", "writeable": array.writeable
        case "ALIGNED", "A", "aligned": true
        case "WRITEBACKIFCOPY", "X", "writebackifcopy": false
        default: nil
        }
    }

    func setWriteable(_ on: Bool) throws(PyError) {
        if on && (!array.storage.isWritable || array.viewBase.map { !$0.writeable } ?? false) {
            throw .valueError("cannot set WRITEABLE flag to True of this array")
        }
        array.writeable = on
    }

    static let type: PyType = {
        let t = NDArrayType.makeType("flagsobj", bases: [])
        func flags(_ v: Value) throws(PyError) -> PyArrayFlags {
            guard let f = v.asObject as? PyArrayFlags else { throw .typeError("descriptor requires a 'flagsobj'") }
            return f
        }
        for name in ["c_contiguous", "f_contiguous", "owndata", "aligned", "writebackifcopy", "contiguous", "fortran"] {
            Builtins.attribute(t, name) { (_, v) throws(PyError) -> Value in .bool(try flags(v).value(name)!) }
        }
        Builtins.attribute(
            t, "writeable",
            { (_, v) throws(PyError) -> Value in .bool(try flags(v).array.writeable) },
            setter: { (interp, v, x) throws(PyError) in try flags(v).setWriteable(try interp.isTrue(x)) })
        Builtins.method(t, "__getitem__") { (_, v, args) throws(PyError) -> Value in
            guard let key = args[0].asStr?.string, let b = try flags(v).value(key) else { throw .keyError(args[0]) }
            return .bool(b)
        }
        Builtins.method(t, "__setitem__") { (interp, v, args) throws(PyError) -> Value in
            guard let key = args[0].asStr?.string, ["WRITEABLE", "W"].contains(key) else { throw .keyError(args[0]) }
            try flags(v).setWriteable(try interp.isTrue(args[1]))
            return .none
        }
        Builtins.method(t, "__repr__") { (_, v, _) throws(PyError) -> Value in
            let f = try flags(v)
            return .str(names.map { "  \($0) : \(f.value($0)! ? "True" : "False")" }.joined(separator: "\n") + "\n")
        }
        return t
    }()
}

/// `a.ctypes`: only `data`, the address of the first element (what tests use to check zero-copy).
final class PyArrayCTypes: PyNativeObject, @unchecked Sendable {  // thread-confined
    let array: PyNDArray

    init(_ array: PyNDArray) {
        self.array = array
        super.init(type: PyArrayCTypes.type)
    }

    static let type: PyType = {
        let t = NDArrayType.makeType("_ctypes", bases: [])
        Builtins.attribute(t, "data") { (_, v) throws(PyError) -> Value in
            guard let c = v.asObject as? PyArrayCTypes else { throw .typeError("descriptor requires a '_ctypes'") }
            return .int(Int(bitPattern: c.array.data))
        }
        return t
    }()
}
