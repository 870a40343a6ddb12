import PyRuntime

/// Methods shared by arrays and numpy scalars: operator dunders, reductions, shape changes and conversions.
enum ArrayMethods {
    static func array(_ v: Value) throws(PyError) -> PyNDArray { try NDArrayType.array(v) }

    static let binaryDunders: [(String, Kernels.Operation)] = [
        ("add", .add), ("sub", .sub), ("mul", .mul), ("truediv", .trueDiv), ("floordiv", .floorDiv), ("mod", .mod),
        ("pow", .pow), ("and", .bitAnd), ("or", .bitOr), ("xor", .bitXor),
    ]

    static func installOperators(_ t: PyType) {
        for (name, op) in binaryDunders {
            Builtins.method(t, "__\(name)__") { (interp, v, args) throws(PyError) -> Value in
                try Operations.binary(interp, op, v, args[0])
            }
            Builtins.method(t, "__r\(name)__") { (interp, v, args) throws(PyError) -> Value in
                try Operations.binary(interp, op, args[0], v)
            }
            Builtins.method(t, "__i\(name)__") { (interp, v, args) throws(PyError) -> Value in
                let a = try array(v)
                if a.isScalar { return try Operations.binary(interp, op, v, args[0]) }
                return try Operations.inPlace(interp, op, a, args[0])
            }
        }
        let comparisons: [(String, Kernels.Operation)] = [
            ("eq", .eq), ("ne", .ne), ("lt", .lt), ("le", .le), ("gt", .gt), ("ge", .ge),
        ]
        for (name, op) in comparisons {
            Builtins.method(t, "__\(name)__") { (interp, v, args) throws(PyError) -> Value in
                try Operations.binary(interp, op, v, args[0])
            }
        }
        Builtins.method(t, "__neg__") { (_, v, _) throws(PyError) -> Value in try Operations.unary(.negative, try array(v)) }
        Builtins.method(t, "__pos__") { (_, v, _) throws(PyError) -> Value in
            NumpyBridge.wrap(try array(v).contiguous(force: true))
        }
        Builtins.method(t, "__abs__") { (_, v, _) throws(PyError) -> Value in try Operations.unary(.absolute, try array(v)) }
        Builtins.method(t, "__invert__") { (_, v, _) throws(PyError) -> Value in try Operations.unary(.invert, try array(v)) }
        Builtins.method(t, "__matmul__") { (_, v, args) throws(PyError) -> Value in
            guard let b = args[0].asObject as? PyNDArray else { return Builtins.notImplemented }
            return try LinearAlgebra.dot(try array(v), b)
        }
        Builtins.method(t, "__bool__") { (_, v, _) throws(PyError) -> Value in
            let a = try array(v)
            if a.size == 1 { return .bool(a.element(at: 0).asBool) }
            if a.size == 0 {
                throw .valueError(
                    "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty."
                )
            }
            throw .valueError(
                "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
        }
        func scalarValue(_ v: Value) throws(PyError) -> NumpyValue {
            let a = try array(v)
            if a.ndim != 0 { throw .typeError("only 0-dimensional arrays can be converted to Python scalars") }
            return a.element(at: 0)
        }
        Builtins.method(t, "__float__") { (_, v, _) throws(PyError) -> Value in .float(try scalarValue(v).asDouble) }
        Builtins.method(t, "__int__") { (_, v, _) throws(PyError) -> Value in
            let x = try scalarValue(v)
            if case .float(let d) = x {
                if !d.isFinite { throw .overflowError("cannot convert float \(d.isNaN ? "NaN" : "infinity") to integer") }
                return .int(Int(Conversions.int64(d)))
            }
            if case .bool(let b) = x { return .int(b ? 1 : 0) }
            return x.python
        }
        Builtins.method(t, "__index__") { (_, v, _) throws(PyError) -> Value in
            let a = try array(v)
            guard a.ndim == 0, a.dtype.isInteger || (a.dtype == .bool && !a.isScalar) else {
                throw .typeError("only integer scalar arrays can be converted to a scalar index")
            }
            return a.element(at: 0).python
        }
    }

    /// Reductions as methods: `a.sum(axis=None)` and friends.
    static func installReductions(_ t: PyType) {
        let kinds: [(String, Reductions.Kind)] = [
            ("sum", .sum), ("prod", .prod), ("mean", .mean), ("min", .min), ("max", .max), ("argmax", .argmax),
            ("argmin", .argmin), ("any", .any), ("all", .all),
        ]
        for (name, kind) in kinds {
            Builtins.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try reduce(interp, kind, v, args.argument(0, "axis"), keepdims: args.keyword("keepdims"))
            }
        }
        for (name, kind) in [("cumsum", Reductions.Kind.sum), ("cumprod", .prod)] {
            Builtins.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try cumulative(interp, kind, try array(v), args.argument(0, "axis"))
            }
        }
        for (name, root) in [("var", false), ("std", true)] {
            Builtins.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try statistic(interp, try array(v), args.argument(0, "axis"), args.keyword("ddof"), root: root)
            }
        }
    }

    static func reduce(_ interp: Interpreter, _ kind: Reductions.Kind, _ v: Value, _ axisValue: Value?, keepdims: Value?)
        throws(PyError) -> Value
    {
        let a = try array(v)
        if kind == .mean, a.ndim == 0, let axisValue, !axisValue.isNone {
            // unlike the other reductions, mean takes no axis on a 0-d array
            let axis = try NumpyBridge.index(interp, axisValue)
            throw PyError(PyException.make(NumpyErrors.axisError, "axis \(axis) is out of bounds for array of dimension 0"))
        }
        if let axisValue, let tuple = axisValue.asTuple, kind != .argmax && kind != .argmin {
            var axes: [Int] = []
            for x in tuple.items {
                guard let axis = try NumpyBridge.axisArgument(interp, x, ndim: a.ndim) else {
                    throw .typeError("an integer is required for the axis")
                }
                if axes.contains(axis) { throw .valueError("duplicate value in 'axis'") }
                axes.append(axis)
            }
            let r = try Reductions.reduce(kind, a, axes: axes.sorted())
            return try keepDimensions(interp, r, a, axes, keepdims)
        }
        let axis = try NumpyBridge.axisArgument(interp, axisValue, ndim: a.ndim)
        let r = try Reductions.reduce(kind, a, axis: axis)
        return try keepDimensions(interp, r, a, axis.map { [$0] } ?? Array(0..<a.ndim), keepdims)
    }

    /// `cumsum` / `cumprod` with an `axis` argument (None: flattened).
    static func cumulative(_ interp: Interpreter, _ kind: Reductions.Kind, _ a: PyNDArray, _ axisValue: Value?)
        throws(PyError) -> Value
    {
        let axis = a.ndim == 0 ? nil : try NumpyBridge.axisArgument(interp, axisValue, ndim: a.ndim)
        return .object(try Reductions.accumulate(kind, a, axis: axis))
    }

    /// `var` / `std` with `axis` (int, tuple or None) and `ddof`.
    static func statistic(_ interp: Interpreter, _ a: PyNDArray, _ axisValue: Value?, _ ddofValue: Value?, root: Bool)
        throws(PyError) -> Value
    {
        var axes: [Int]? = nil
        if let axisValue, let tuple = axisValue.asTuple {
            axes = []
            for x in tuple.items {
                if let k = try NumpyBridge.axisArgument(interp, x, ndim: a.ndim) { axes!.append(k) }
            }
            axes!.sort()
        } else if let k = try NumpyBridge.axisArgument(interp, axisValue, ndim: a.ndim) {
            axes = [k]
        }
        let ddof = try ddofValue.map { (v) throws(PyError) -> Int in try NumpyBridge.index(interp, v) } ?? 0
        return try Statistics.variance(a, axes: axes, ddof: ddof, root: root)
    }

    /// With `keepdims=True`: the result with the reduced axes kept as length 1.
    static func keepDimensions(_ interp: Interpreter, _ r: Value, _ a: PyNDArray, _ axes: [Int], _ keepdims: Value?)
        throws(PyError) -> Value
    {
        if let keepdims, try interp.isTrue(keepdims), let out = r.asObject as? PyNDArray {
            var shape = a.shape
            for axis in axes { shape[axis] = 1 }
            let c = out.contiguous(force: out.isScalar)
            return .object(c.view(shape: shape, strides: PyNDArray.contiguousStrides(shape, c.dtype.itemSize), offset: c.offset))
        }
        return r
    }

    static func installConversions(_ t: PyType) {
        Builtins.method(t, "astype") { (_, v, args) throws(PyError) -> Value in
            let a = try array(v)
            guard let d = try NumpyBridge.dtypeArgument(args.argument(0, "dtype")) else {
                throw .typeError("astype() missing required argument 'dtype' (pos 1)")
            }
            let out = NumpyBridge.cast(a, to: d)
            return a.isScalar ? NumpyBridge.wrap(out) : .object(out)
        }
        Builtins.method(t, "copy") { (_, v, _) throws(PyError) -> Value in
            let a = try array(v)
            return a.isScalar ? v : .object(a.contiguous(force: true))
        }
        Builtins.method(t, "__copy__") { (_, v, _) throws(PyError) -> Value in
            let a = try array(v)
            return a.isScalar ? v : .object(a.contiguous(force: true))
        }
        Builtins.method(t, "__deepcopy__") { (_, v, _) throws(PyError) -> Value in
            let a = try array(v)
            return a.isScalar ? v : .object(a.contiguous(force: true))
        }
        Builtins.method(t, "reshape") { (interp, v, args) throws(PyError) -> Value in
            let a = try array(v)
            let shapeValue: Value = args.count == 1 ? args[0] : .object(PyTuple(Array(args.positional)))
            return .object(try reshape(a, try NumpyBridge.shapeArgumentAllowingUnknown(interp, shapeValue)))
        }
        Builtins.method(t, "ravel") { (_, v, _) throws(PyError) -> Value in .object(try reshape(try array(v), [-1])) }
        Builtins.method(t, "flatten") { (_, v, _) throws(PyError) -> Value in
            let c = try array(v).contiguous(force: true)
            return .object(try reshape(c, [-1]))
        }
        Builtins.method(t, "transpose") { (interp, v, args) throws(PyError) -> Value in
            let a = try array(v)
            var axes: [Int]? = nil
            if args.count == 1, !args[0].isNone {
                axes = try NumpyBridge.shapeArgument(interp, args[0])
            } else if args.count > 1 {
                axes = []
                for x in args.positional { axes!.append(try NumpyBridge.index(interp, x)) }
            }
            return NumpyBridge.wrap(try transposeChecked(a, axes))
        }
        Builtins.method(t, "tolist") { (_, v, _) throws(PyError) -> Value in tolist(try array(v)) }
        Builtins.method(t, "item") { (_, v, _) throws(PyError) -> Value in
            let a = try array(v)
            if a.size != 1 { throw .valueError("can only convert an array of size 1 to a Python scalar") }
            var position = 0
            try a.forEachElementOffset { (p) throws(PyError) in position = p }
            return a.element(at: position).python
        }
        Builtins.method(t, "round") { (interp, v, args) throws(PyError) -> Value in
            let decimals = try args.argument(0, "decimals").map { (x) throws(PyError) -> Int in try NumpyBridge.index(interp, x) } ?? 0
            return try MathFunctions.round(try array(v), decimals: decimals)
        }
        Builtins.method(t, "dot") { (_, v, args) throws(PyError) -> Value in
            try args.expect("dot", min: 1, max: 1)
            guard let b = args[0].asObject as? PyNDArray else { throw .typeError("dot() argument must be an array") }
            return try LinearAlgebra.dot(try array(v), b)
        }
    }

    /// `a.T` / `a.transpose(axes)`: a view with permuted axes.
    static func transpose(_ a: PyNDArray, _ axes: [Int]?) -> PyNDArray {
        let order = axes ?? Array((0..<a.ndim).reversed())
        if a.isScalar { return a }
        return a.view(shape: order.map { a.shape[$0] }, strides: order.map { a.strides[$0] }, offset: a.offset)
    }

    static func transposeChecked(_ a: PyNDArray, _ axes: [Int]?) throws(PyError) -> PyNDArray {
        if let axes {
            let normal = axes.map { $0 < 0 ? $0 + a.ndim : $0 }
            if axes.count != a.ndim { throw .valueError("axes don't match array") }
            if Set(normal).count != normal.count || normal.contains(where: { $0 < 0 || $0 >= a.ndim }) {
                throw .valueError("repeated axis in transpose")
            }
            return transpose(a, normal)
        }
        return transpose(a, nil)
    }

    /// `a.reshape(shape)`: a view when `a` is contiguous, otherwise a reshaped copy. One length may be -1.
    static func reshape(_ a: PyNDArray, _ requested: [Int]) throws(PyError) -> PyNDArray {
        var shape = requested
        let unknown = shape.indices.filter { shape[$0] == -1 }
        if unknown.count > 1 { throw .valueError("can only specify one unknown dimension") }
        if shape.contains(where: { $0 < -1 }) { throw .valueError("negative dimensions not allowed") }
        var known = 1
        var tooBig = false
        for n in shape where n != -1 {
            let (product, overflow) = known.multipliedReportingOverflow(by: n)
            tooBig = tooBig || overflow
            known = product
        }
        if tooBig { throw .valueError("cannot reshape array of size \(a.size) into shape \(shapeText(requested))") }
        if let u = unknown.first {
            if known == 0 || a.size % known != 0 {
                // numpy's text here names the unknown length "newaxis" and leaves out a leading one
                var parts = requested.map { $0 == -1 ? "newaxis" : String($0) }
                if requested.first == -1 { parts.removeFirst() }
                throw .valueError("cannot reshape array of size \(a.size) into shape (\(parts.joined(separator: ",")))")
            }
            shape[u] = a.size / known
        }
        if shape.reduce(1, *) != a.size {
            throw .valueError("cannot reshape array of size \(a.size) into shape \(shapeText(requested))")
        }
        let source = a.isScalar ? a.contiguous(force: true) : a.contiguous()
        let view = source.view(
            shape: shape, strides: PyNDArray.contiguousStrides(shape, a.dtype.itemSize), offset: source.offset)
        return view
    }

    /// numpy's shape text in reshape errors, where -1 prints as-is.
    static func shapeText(_ shape: [Int]) -> String { NumpyBridge.dimsText(shape) }

    /// Row `i` of the first axis: a view, or a scalar for 1-D arrays.
    static func row(_ a: PyNDArray, _ i: Int) -> Value {
        let offset = a.offset + i * a.strides[0]
        if a.ndim == 1 { return .object(NumpyBridge.scalar(a.dtype, NumpyValue.load(a.dtype, a.storage.base + offset))) }
        return .object(a.view(shape: Array(a.shape.dropFirst()), strides: Array(a.strides.dropFirst()), offset: offset))
    }

    static func iterate(_ a: PyNDArray) throws(PyError) -> [Value] {
        if a.ndim == 0 { throw .typeError("iteration over a 0-d array") }
        return (0..<a.shape[0]).map { row(a, $0) }
    }

    /// `a.tolist()`: nested lists of Python values.
    static func tolist(_ a: PyNDArray) -> Value {
        func build(_ axis: Int, _ position: Int) -> Value {
            if axis == a.ndim { return a.element(at: position).python }
            var items = ContiguousArray<Value>()
            items.reserveCapacity(a.shape[axis])
            for i in 0..<a.shape[axis] { items.append(build(axis + 1, position + i * a.strides[axis])) }
            return .object(PyList(items))
        }
        return build(0, 0)
    }

    /// `a.__array_interface__`: the address and layout of the data (version 3 of numpy's protocol).
    static func arrayInterface(_ a: PyNDArray) -> Value {
        let d = PyDict()
        d.setItem("data", .object(PyTuple([.int(Int(bitPattern: a.data)), .bool(!a.writeable)])))
        d.setItem("strides", a.isContiguous ? .none : NumpyBridge.shapeTuple(a.strides))
        d.setItem("descr", .object(PyList([.object(PyTuple([.str(""), .str(a.dtype.typeString)]))])))
        d.setItem("typestr", .str(a.dtype.typeString))
        d.setItem("shape", NumpyBridge.shapeTuple(a.shape))
        d.setItem("version", .int(3))
        return .object(d)
    }
}
