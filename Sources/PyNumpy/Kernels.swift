/// The elementwise loops. Every public entry switches on the dtype (and the operation) once, outside the loop,
/// and lands in a function specialised for the Swift element type; inner loops read and write raw typed
/// pointers, with contiguous and scalar-broadcast fast paths the compiler vectorises.
enum Kernels {
    /// The binary operations of the arithmetic kernels.
    enum Operation {
        case add, sub, mul, trueDiv, floorDiv, mod, pow
        case eq, ne, lt, le, gt, ge
        case bitAnd, bitOr, bitXor

        var isComparison: Bool {
            switch self {
            case .eq, .ne, .lt, .le, .gt, .ge: true
            default: false
            }
        }

        var isBitwise: Bool { self == .bitAnd || self == .bitOr || self == .bitXor }
    }

    // MARK: Loops over one run

    @inline(__always)
    static func binaryRun<T, R>(
        _ a: UnsafeRawPointer, _ sa: Int, _ b: UnsafeRawPointer, _ sb: Int, _ o: UnsafeMutableRawPointer, _ so: Int,
        _ n: Int, _ f: (T, T) -> R
    ) {
        let t = MemoryLayout<T>.stride
        let pa = a.assumingMemoryBound(to: T.self)
        let pb = b.assumingMemoryBound(to: T.self)
        let po = o.assumingMemoryBound(to: R.self)
        if so == MemoryLayout<R>.stride {
            if sa == t && sb == t {
                for i in 0..<n { po[i] = f(pa[i], pb[i]) }
                return
            }
            if sa == t && sb == 0 {
                let y = pb[0]
                for i in 0..<n { po[i] = f(pa[i], y) }
                return
            }
            if sa == 0 && sb == t {
                let x = pa[0]
                for i in 0..<n { po[i] = f(x, pb[i]) }
                return
            }
        }
        var pa2 = a
        var pb2 = b
        var po2 = o
        for _ in 0..<n {
            po2.assumingMemoryBound(to: R.self).pointee = f(
                pa2.assumingMemoryBound(to: T.self).pointee, pb2.assumingMemoryBound(to: T.self).pointee)
            pa2 += sa
            pb2 += sb
            po2 += so
        }
    }

    @inline(__always)
    static func unaryRun<T, R>(
        _ a: UnsafeRawPointer, _ sa: Int, _ o: UnsafeMutableRawPointer, _ so: Int, _ n: Int, _ f: (T) -> R
    ) {
        if so == MemoryLayout<R>.stride {
            let po = o.assumingMemoryBound(to: R.self)
            if sa == MemoryLayout<T>.stride {
                let pa = a.assumingMemoryBound(to: T.self)
                for i in 0..<n { po[i] = f(pa[i]) }
                return
            }
            if sa == 0 {
                let v = f(a.assumingMemoryBound(to: T.self).pointee)
                for i in 0..<n { po[i] = v }
                return
            }
        }
        var pa = a
        var po = o
        for _ in 0..<n {
            po.assumingMemoryBound(to: R.self).pointee = f(pa.assumingMemoryBound(to: T.self).pointee)
            pa += sa
            po += so
        }
    }

    // MARK: Whole arrays

    /// out[...] = f(x[...], y[...]) with x and y broadcast to out's shape.
    @inline(__always)
    static func binary<T, R>(_ x: PyNDArray, _ y: PyNDArray, _ out: PyNDArray, _ f: (T, T) -> R) {
        let sx = Runs.broadcastStrides(x, to: out.shape)
        let sy = Runs.broadcastStrides(y, to: out.shape)
        let (px, py, po) = (x.data, y.data, out.data)
        Runs.forEach(out.shape, [sx, sy, out.strides]) { off, n, inner in
            binaryRun(px + off[0], inner[0], py + off[1], inner[1], po + off[2], inner[2], n, f)
        }
    }

    /// out[...] = f(x[...]) with x broadcast to out's shape.
    @inline(__always)
    static func unary<T, R>(_ x: PyNDArray, _ out: PyNDArray, _ f: (T) -> R) {
        let sx = Runs.broadcastStrides(x, to: out.shape)
        let (px, po) = (x.data, out.data)
        Runs.forEach(out.shape, [sx, out.strides]) { off, n, inner in
            unaryRun(px + off[0], inner[0], po + off[1], inner[1], n, f)
        }
    }

    /// Copy (with numpy's unsafe casting) `source`, broadcast to `destination`'s shape, into `destination`.
    static func copy(from source: PyNDArray, to destination: PyNDArray) {
        switch source.dtype {
        case .bool: copy(Bool.self, source, destination)
        case .uint8: copy(UInt8.self, source, destination)
        case .uint64: copy(UInt64.self, source, destination)
        case .int32: copy(Int32.self, source, destination)
        case .int64: copy(Int64.self, source, destination)
        case .float32: copy(Float.self, source, destination)
        case .float64: copy(Double.self, source, destination)
        }
    }

    private static func copy<S: NumpyElement>(_: S.Type, _ source: PyNDArray, _ destination: PyNDArray) {
        switch destination.dtype {
        case .bool: unary(source, destination) { (x: S) in Bool(npCast: x) }
        case .uint8: unary(source, destination) { (x: S) in UInt8(npCast: x) }
        case .uint64: unary(source, destination) { (x: S) in UInt64(npCast: x) }
        case .int32: unary(source, destination) { (x: S) in Int32(npCast: x) }
        case .int64: unary(source, destination) { (x: S) in Int64(npCast: x) }
        case .float32: unary(source, destination) { (x: S) in Float(npCast: x) }
        case .float64: unary(source, destination) { (x: S) in Double(npCast: x) }
        }
    }

    /// out = x op y for operands already of the computation type `x.dtype` (== y.dtype); `out` is of that type,
    /// or bool for comparisons.
    static func apply(_ op: Operation, _ x: PyNDArray, _ y: PyNDArray, _ out: PyNDArray) {
        switch x.dtype {
        case .bool:
            // Bools are bytes 0 and 1: compute on them as uint8 (add is `or`, mul is `and` for 0/1).
            let bx = reinterpret(x, as: .uint8)
            let by = reinterpret(y, as: .uint8)
            let bo = out.dtype == .bool ? reinterpret(out, as: .uint8) : out
            switch op {
            case .add, .bitOr: binary(bx, by, bo) { (a: UInt8, b: UInt8) in a | b }
            case .mul, .bitAnd: binary(bx, by, bo) { (a: UInt8, b: UInt8) in a & b }
            case .bitXor, .ne: binary(bx, by, bo) { (a: UInt8, b: UInt8) in a ^ b }
            default: arithmetic(UInt8.self, op, bx, by, out)
            }
        case .uint8: integer(UInt8.self, op, x, y, out)
        case .uint64: integer(UInt64.self, op, x, y, out)
        case .int32: integer(Int32.self, op, x, y, out)
        case .int64: integer(Int64.self, op, x, y, out)
        case .float32: floating(Float.self, op, x, y, out)
        case .float64: floating(Double.self, op, x, y, out)
        }
    }

    /// The same array memory seen as another dtype of the same size (bool as uint8).
    static func reinterpret(_ a: PyNDArray, as dtype: DType) -> PyNDArray {
        PyNDArray(
            storage: a.storage, dtype: dtype, shape: a.shape, strides: a.strides, offset: a.offset,
            writeable: a.writeable)
    }

    private static func integer<T: NumpyInteger>(
        _: T.Type, _ op: Operation, _ x: PyNDArray, _ y: PyNDArray, _ out: PyNDArray
    ) {
        switch op {
        case .bitAnd: binary(x, y, out) { (a: T, b: T) in a & b }
        case .bitOr: binary(x, y, out) { (a: T, b: T) in a | b }
        case .bitXor: binary(x, y, out) { (a: T, b: T) in a ^ b }
        default: arithmetic(T.self, op, x, y, out)
        }
    }

    private static func floating<T: NumpyFloat>(
        _: T.Type, _ op: Operation, _ x: PyNDArray, _ y: PyNDArray, _ out: PyNDArray
    ) {
        if op == .trueDiv {
            binary(x, y, out) { (a: T, b: T) in a / b }
        } else {
            arithmetic(T.self, op, x, y, out)
        }
    }

    private static func arithmetic<T: NumpyArithmetic>(
        _: T.Type, _ op: Operation, _ x: PyNDArray, _ y: PyNDArray, _ out: PyNDArray
    ) {
        switch op {
        case .add: binary(x, y, out) { (a: T, b: T) in T.npAdd(a, b) }
        case .sub: binary(x, y, out) { (a: T, b: T) in T.npSub(a, b) }
        case .mul: binary(x, y, out) { (a: T, b: T) in T.npMul(a, b) }
        case .floorDiv: binary(x, y, out) { (a: T, b: T) in T.npFloorDiv(a, b) }
        case .mod: binary(x, y, out) { (a: T, b: T) in T.npMod(a, b) }
        case .pow: binary(x, y, out) { (a: T, b: T) in T.npPow(a, b) }
        case .eq: binary(x, y, out) { (a: T, b: T) in a == b }
        case .ne: binary(x, y, out) { (a: T, b: T) in a != b }
        case .lt: binary(x, y, out) { (a: T, b: T) in a < b }
        case .le: binary(x, y, out) { (a: T, b: T) in a <= b }
        case .gt: binary(x, y, out) { (a: T, b: T) in a > b }
        case .ge: binary(x, y, out) { (a: T, b: T) in a >= b }
        case .trueDiv, .bitAnd, .bitOr, .bitXor:
            preconditionFailure("numpy: \(op) is resolved before the arithmetic kernels")
        }
    }

    /// The unary operations.
    enum UnaryOperation {
        case negative, absolute, invert
    }

    static func apply(_ op: UnaryOperation, _ x: PyNDArray, _ out: PyNDArray) {
        switch x.dtype {
        case .bool:
            // Only `~` (logical not) and abs (identity) reach here for bools.
            let bx = reinterpret(x, as: .uint8)
            let bo = reinterpret(out, as: .uint8)
            if op == .invert {
                unary(bx, bo) { (a: UInt8) in a ^ 1 }
            } else {
                unary(bx, bo) { (a: UInt8) in a }
            }
        case .uint8: unaryInteger(UInt8.self, op, x, out)
        case .uint64: unaryInteger(UInt64.self, op, x, out)
        case .int32: unaryInteger(Int32.self, op, x, out)
        case .int64: unaryInteger(Int64.self, op, x, out)
        case .float32: unaryArithmetic(Float.self, op, x, out)
        case .float64: unaryArithmetic(Double.self, op, x, out)
        }
    }

    private static func unaryInteger<T: NumpyInteger>(_: T.Type, _ op: UnaryOperation, _ x: PyNDArray, _ out: PyNDArray) {
        if op == .invert {
            unary(x, out) { (a: T) in ~a }
        } else {
            unaryArithmetic(T.self, op, x, out)
        }
    }

    private static func unaryArithmetic<T: NumpyArithmetic>(
        _: T.Type, _ op: UnaryOperation, _ x: PyNDArray, _ out: PyNDArray
    ) {
        switch op {
        case .negative: unary(x, out) { (a: T) in T.npNeg(a) }
        case .absolute: unary(x, out) { (a: T) in T.npAbs(a) }
        case .invert: preconditionFailure("numpy: ~ of a float array is rejected before the kernels")
        }
    }

    /// Fill every element of `out` with the first element of `value` (a one-element array of out's dtype).
    static func fill(_ out: PyNDArray, with value: NumpyValue) {
        let scalar = PyNDArray(dtype: out.dtype, shape: [])
        value.store(out.dtype, scalar.data)
        copy(from: scalar, to: out)
    }
}
