import PyRuntime

/// Elementwise operators between arrays, numpy scalars and Python values: operand conversion, numpy 2's type
/// resolution (NEP 50 weak Python scalars), broadcasting, and the call into the typed kernels.
enum Operations {
    /// One operand of an elementwise operation.
    enum Operand {
        case array(PyNDArray)
        /// A Python bool, int or float: takes the other operand's type when it can (NEP 50).
        case weak(WeakScalarKind, NumpyValue, Value)
    }

    /// `v` as an operand; nil when numpy would not take it (the operator then returns NotImplemented).
    static func operand(_ interp: Interpreter, _ v: Value) throws(PyError) -> Operand? {
        switch v {
        case .bool(let b): return .weak(.bool, .bool(b), v)
        case .int(let i): return .weak(.int, .int(Int64(i)), v)
        case .float(let d): return .weak(.float, .float(d), v)
        case .object(let o):
            if let a = o as? PyNDArray { return .array(a) }
            if let big = v.asBigInt {
                return .weak(.int, .float(Double(big.value)), v)
            }
            if o.kind == .list || o.kind == .tuple { return .array(try Creation.array(interp, v, dtype: nil)) }
            return nil
        default: return nil
        }
    }

    static func ufuncName(_ op: Kernels.Operation) -> String {
        switch op {
        case .add: "add"
        case .sub: "subtract"
        case .mul: "multiply"
        case .trueDiv: "divide"
        case .floorDiv: "floor_divide"
        case .mod: "remainder"
        case .pow: "power"
        case .eq: "equal"
        case .ne: "not_equal"
        case .lt: "less"
        case .le: "less_equal"
        case .gt: "greater"
        case .ge: "greater_equal"
        case .bitAnd: "bitwise_and"
        case .bitOr: "bitwise_or"
        case .bitXor: "bitwise_xor"
        case .maximum: "maximum"
        case .minimum: "minimum"
        }
    }

    /// `lhs op rhs`, or NotImplemented when either side is not something numpy operates on.
    static func binary(_ interp: Interpreter, _ op: Kernels.Operation, _ lhs: Value, _ rhs: Value) throws(PyError)
        -> Value
    {
        if op == .eq || op == .ne, let a = (lhs.asObject as? PyNDArray) ?? (rhs.asObject as? PyNDArray), !a.isScalar,
            lhs.isNone || rhs.isNone
        {
            // numpy compares each element with None (as objects): never equal
            let out = PyNDArray(dtype: .bool, shape: a.shape)
            Kernels.fill(out, with: .bool(op == .ne))
            return .object(out)
        }
        guard let x = try operand(interp, lhs), let y = try operand(interp, rhs) else { return Builtins.notImplemented }
        let out = try compute(op, x, y, into: nil)
        return NumpyBridge.wrap(out)
    }

    /// `target op= rhs`: the result is computed and written into `target` (which must be writeable, and whose
    /// type the result must cast to under numpy's 'same_kind' rule).
    static func inPlace(_ interp: Interpreter, _ op: Kernels.Operation, _ target: PyNDArray, _ rhs: Value)
        throws(PyError) -> Value
    {
        guard let y = try operand(interp, rhs) else { return Builtins.notImplemented }
        if !target.writeable { throw .valueError("output array is read-only") }
        _ = try compute(op, .array(target), y, into: target)
        return .object(target)
    }

    /// The kind order of numpy's 'same_kind' casting: bool < unsigned < signed < float.
    static func kindRank(_ d: DType) -> Int {
        d == .bool ? 0 : d.isUnsigned ? 1 : d.isFloat ? 3 : 2
    }

    static func compute(_ op: Kernels.Operation, _ x: Operand, _ y: Operand, into target: PyNDArray?) throws(PyError)
        -> PyNDArray
    {
        var common: DType
        switch (x, y) {
        case (.array(let a), .array(let b)): common = DType.promote(a.dtype, b.dtype)
        case (.array(let a), .weak(let k, let v, let py)), (.weak(let k, let v, let py), .array(let a)):
            common = DType.promoteWeak(a.dtype, scalar: k)
            // true_divide of integers runs in float64: the Python int converts to float64, not to the array's type
            if k == .int, common.isInteger, op != .trueDiv, !fits(v, py, common) {
                if !op.isComparison { throw .overflowError("Python integer \(py.asBigInt?.value.description ?? String(v.asInt64)) out of bounds for \(common.name)") }
                common = .float64
            }
        case (.weak, .weak): common = .float64
        }
        var computeType = common
        if op == .trueDiv && !common.isFloat { computeType = .float64 }
        if common == .bool {
            switch op {
            case .sub:
                throw .typeError(
                    "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead."
                )
            case .floorDiv, .mod, .pow: computeType = .int8
            default: break
            }
        }
        if op.isBitwise && computeType.isFloat {
            throw .typeError(
                "ufunc '\(ufuncName(op))' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
            )
        }
        let a = materialize(x, computeType)
        var b = materialize(y, computeType)
        if let target, b.storage === target.storage, b.offset != target.offset || b.strides != target.strides {
            // a[1:] += a[:-1]: read the operand before the target is written, as numpy does for overlap
            b = b.contiguous(force: true)
        }
        guard let shape = Runs.broadcastShape(a.shape, b.shape) else {
            let shapes = [a.shape, b.shape] + (target.map { [$0.shape] } ?? [])
            throw .valueError(
                "operands could not be broadcast together with shapes \(shapes.map(NumpyBridge.dimsText).joined(separator: " ")) "
            )
        }
        if op == .pow && computeType.isInteger && !computeType.isUnsigned && Reductions.anyNegative(b) {
            throw .valueError("Integers to negative integer powers are not allowed.")
        }
        let outType = op.isComparison ? DType.bool : computeType
        if let target {
            if kindRank(outType) > kindRank(target.dtype) {
                throw .typeError(
                    "Cannot cast ufunc '\(ufuncName(op))' output from dtype('\(outType.name)') to dtype('\(target.dtype.name)') with casting rule 'same_kind'"
                )
            }
            guard Runs.broadcastShape(shape, target.shape) == target.shape else {
                throw .valueError(
                    "non-broadcastable output operand with shape \(NumpyBridge.dimsText(target.shape)) doesn't match the broadcast shape \(NumpyBridge.dimsText(shape))"
                )
            }
            if outType == target.dtype {
                Kernels.apply(op, a, b, target)
                return target
            }
            let out = try PyNDArray.allocate(dtype: outType, shape: target.shape)
            Kernels.apply(op, a, b, out)
            Kernels.copy(from: out, to: target)
            return target
        }
        let out = try PyNDArray.allocate(dtype: outType, shape: shape)
        Kernels.apply(op, a, b, out)
        return out
    }

    /// Whether the Python int `v` fits integer type `d` (big ints never do).
    static func fits(_ v: NumpyValue, _ py: Value, _ d: DType) -> Bool {
        guard case .int(let i) = v, py.asBigInt == nil, let (lo, hi) = d.integerBounds else { return false }
        return Int(i) >= lo && Int(i) <= hi
    }

    /// The operand as an array of dtype `d` (weak scalars become 0-d arrays; other types are converted).
    static func materialize(_ o: Operand, _ d: DType) -> PyNDArray {
        switch o {
        case .array(let a):
            return a.dtype == d ? a : NumpyBridge.cast(a, to: d)
        case .weak(_, let v, _):
            let s = PyNDArray(dtype: d, shape: [])
            v.store(d, s.data)
            return s
        }
    }

    /// `-a`, `abs(a)`, `~a`.
    static func unary(_ op: Kernels.UnaryOperation, _ a: PyNDArray) throws(PyError) -> Value {
        if op == .invert && a.dtype.isFloat {
            throw .typeError(
                "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
            )
        }
        if op == .negative && a.dtype == .bool {
            throw .typeError(
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead."
            )
        }
        let out = try PyNDArray.allocate(dtype: a.dtype, shape: a.shape)
        Kernels.apply(op, a, out)
        return NumpyBridge.wrap(out)
    }
}
