/// The elementwise loops. Every public entry switches on the dtype (and the operation) once, outside the loop,
/// and lands in a function specialised for the Swift element type; inner loops read and write raw typed
/// pointers, with contiguous and scalar-broadcast fast paths the compiler vectorises.
enum Kernels {
    /// The binary operations of the arithmetic kernels.
    enum Operation {
        case add, sub, mul, trueDiv, floorDiv, mod, pow
        case eq, ne, lt, le, gt, ge
        case bitAnd, bitOr, bitXor
        case maximum, minimum

        var isComparison: Bool {
            switch self {
            case .eq, .ne, .lt, .le, .gt, .ge: true
            default: false
            }
        }

        var isBitwise: Bool { self == .bitAnd || self == .bitOr || self == .bitXor }
    }

    // MARK: Loops over one run

    static func binaryRun<K: BinaryKernel>(
        _: K.Type, _ a: UnsafeRawPointer, _ sa: Int, _ b: UnsafeRawPointer, _ sb: Int, _ o: UnsafeMutableRawPointer,
        _ so: Int, _ n: Int
    ) {
        typealias T = K.In
        typealias R = K.Out
        let f = K.apply
        let t = MemoryLayout<T>.stride
        let pa = a.assumingMemoryBound(to: T.self)
        let pb = b.assumingMemoryBound(to: T.self)
        let po = o.assumingMemoryBound(to: R.self)
        if T.self == R.self && UnsafeRawPointer(o) == a && sa == t && so == t {
            // In place (a += b): one pointer read and written, so the compiler needs no overlap check (which
            // would fail for exact aliasing and fall back to a scalar loop).
            let p = o.assumingMemoryBound(to: T.self)
            if sb == 0 {
                let y = pb[0]
                for i in 0..<n { p[i] = unsafeBitCast(f(p[i], y), to: T.self) }
                return
            }
            if sb == t {
                for i in 0..<n { p[i] = unsafeBitCast(f(p[i], pb[i]), to: T.self) }
                return
            }
        }
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

    static func unaryRun<K: UnaryKernel>(
        _: K.Type, _ a: UnsafeRawPointer, _ sa: Int, _ o: UnsafeMutableRawPointer, _ so: Int, _ n: Int
    ) {
        typealias T = K.In
        typealias R = K.Out
        let f = K.apply
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

    /// out[...] = K(x[...], y[...]) with x and y broadcast to out's shape.
    static func binary<K: BinaryKernel>(_ k: K.Type, _ x: PyNDArray, _ y: PyNDArray, _ out: PyNDArray) {
        let sx = Runs.broadcastStrides(x, to: out.shape)
        let sy = Runs.broadcastStrides(y, to: out.shape)
        let (px, py, po) = (x.data, y.data, out.data)
        Runs.forEach(out.shape, [sx, sy, out.strides]) { off, n, inner in
            binaryRun(k, px + off[0], inner[0], py + off[1], inner[1], po + off[2], inner[2], n)
        }
    }

    /// out[...] = K(x[...]) with x broadcast to out's shape.
    static func unary<K: UnaryKernel>(_ k: K.Type, _ x: PyNDArray, _ out: PyNDArray) {
        let sx = Runs.broadcastStrides(x, to: out.shape)
        let (px, po) = (x.data, out.data)
        Runs.forEach(out.shape, [sx, out.strides]) { off, n, inner in
            unaryRun(k, px + off[0], inner[0], po + off[1], inner[1], n)
        }
    }

    /// Copy (with numpy's unsafe casting) `source`, broadcast to `destination`'s shape, into `destination`.
    static func copy(from source: PyNDArray, to destination: PyNDArray) {
        switch source.dtype {
        case .bool: copy(Bool.self, source, destination)
        case .uint8: copy(UInt8.self, source, destination)
        case .uint64: copy(UInt64.self, source, destination)
        case .uint16: copy(UInt16.self, source, destination)
        case .uint32: copy(UInt32.self, source, destination)
        case .int8: copy(Int8.self, source, destination)
        case .int16: copy(Int16.self, source, destination)
        case .int32: copy(Int32.self, source, destination)
        case .int64: copy(Int64.self, source, destination)
        case .float32: copy(Float.self, source, destination)
        case .float64: copy(Double.self, source, destination)
        }
    }

    private static func copy<S: NumpyElement>(_: S.Type, _ source: PyNDArray, _ destination: PyNDArray) {
        switch destination.dtype {
        case .bool: unary(CastOp<S, Bool>.self, source, destination)
        case .uint8: unary(CastOp<S, UInt8>.self, source, destination)
        case .uint64: unary(CastOp<S, UInt64>.self, source, destination)
        case .uint16: unary(CastOp<S, UInt16>.self, source, destination)
        case .uint32: unary(CastOp<S, UInt32>.self, source, destination)
        case .int8: unary(CastOp<S, Int8>.self, source, destination)
        case .int16: unary(CastOp<S, Int16>.self, source, destination)
        case .int32: unary(CastOp<S, Int32>.self, source, destination)
        case .int64: unary(CastOp<S, Int64>.self, source, destination)
        case .float32: unary(CastOp<S, Float>.self, source, destination)
        case .float64: unary(CastOp<S, Double>.self, source, destination)
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
            case .add, .bitOr: binary(OrOp<UInt8>.self, bx, by, bo)
            case .mul, .bitAnd: binary(AndOp<UInt8>.self, bx, by, bo)
            case .bitXor, .ne: binary(XorOp<UInt8>.self, bx, by, bo)
            default: arithmetic(UInt8.self, op, bx, by, out)
            }
        case .uint8: integer(UInt8.self, op, x, y, out)
        case .uint64: integer(UInt64.self, op, x, y, out)
        case .uint16: integer(UInt16.self, op, x, y, out)
        case .uint32: integer(UInt32.self, op, x, y, out)
        case .int8: integer(Int8.self, op, x, y, out)
        case .int16: integer(Int16.self, op, x, y, out)
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
        case .bitAnd: binary(AndOp<T>.self, x, y, out)
        case .bitOr: binary(OrOp<T>.self, x, y, out)
        case .bitXor: binary(XorOp<T>.self, x, y, out)
        default: arithmetic(T.self, op, x, y, out)
        }
    }

    private static func floating<T: NumpyFloat>(
        _: T.Type, _ op: Operation, _ x: PyNDArray, _ y: PyNDArray, _ out: PyNDArray
    ) {
        if op == .trueDiv {
            binary(TrueDivOp<T>.self, x, y, out)
        } else {
            arithmetic(T.self, op, x, y, out)
        }
    }

    private static func arithmetic<T: NumpyArithmetic>(
        _: T.Type, _ op: Operation, _ x: PyNDArray, _ y: PyNDArray, _ out: PyNDArray
    ) {
        switch op {
        case .add: binary(AddOp<T>.self, x, y, out)
        case .sub: binary(SubOp<T>.self, x, y, out)
        case .mul: binary(MulOp<T>.self, x, y, out)
        case .floorDiv: binary(FloorDivOp<T>.self, x, y, out)
        case .mod: binary(ModOp<T>.self, x, y, out)
        case .pow: binary(PowOp<T>.self, x, y, out)
        case .eq: binary(EqOp<T>.self, x, y, out)
        case .ne: binary(NeOp<T>.self, x, y, out)
        case .lt: binary(LtOp<T>.self, x, y, out)
        case .le: binary(LeOp<T>.self, x, y, out)
        case .gt: binary(GtOp<T>.self, x, y, out)
        case .ge: binary(GeOp<T>.self, x, y, out)
        case .maximum: binary(MaxOp<T>.self, x, y, out)
        case .minimum: binary(MinOp<T>.self, x, y, out)
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
                unary(NotByteOp.self, bx, bo)
            } else {
                unary(CastOp<UInt8, UInt8>.self, bx, bo)
            }
        case .uint8: unaryInteger(UInt8.self, op, x, out)
        case .uint64: unaryInteger(UInt64.self, op, x, out)
        case .uint16: unaryInteger(UInt16.self, op, x, out)
        case .uint32: unaryInteger(UInt32.self, op, x, out)
        case .int8: unaryInteger(Int8.self, op, x, out)
        case .int16: unaryInteger(Int16.self, op, x, out)
        case .int32: unaryInteger(Int32.self, op, x, out)
        case .int64: unaryInteger(Int64.self, op, x, out)
        case .float32: unaryArithmetic(Float.self, op, x, out)
        case .float64: unaryArithmetic(Double.self, op, x, out)
        }
    }

    private static func unaryInteger<T: NumpyInteger>(_: T.Type, _ op: UnaryOperation, _ x: PyNDArray, _ out: PyNDArray) {
        if op == .invert {
            unary(InvertOp<T>.self, x, out)
        } else {
            unaryArithmetic(T.self, op, x, out)
        }
    }

    private static func unaryArithmetic<T: NumpyArithmetic>(
        _: T.Type, _ op: UnaryOperation, _ x: PyNDArray, _ out: PyNDArray
    ) {
        switch op {
        case .negative: unary(NegOp<T>.self, x, out)
        case .absolute: unary(AbsOp<T>.self, x, out)
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
