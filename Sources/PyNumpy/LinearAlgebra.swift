import PyRuntime

/// `np.dot` (and `@`) for 1-D and 2-D operands: inner product, matrix-vector and matrix-matrix products in
/// the promoted type, with numpy's "not aligned" error.
enum LinearAlgebra {
    static func dot(_ a: PyNDArray, _ b: PyNDArray) throws(PyError) -> Value {
        if a.ndim == 0 || b.ndim == 0 { return NumpyBridge.wrap(try Operations.compute(.mul, .array(a), .array(b), into: nil)) }
        guard a.ndim <= 2, b.ndim <= 2 else {
            throw .valueError("numpy subset: dot supports 1-D and 2-D arrays only")
        }
        let resultType = DType.promote(a.dtype, b.dtype)
        let common = resultType == .bool ? DType.int64 : resultType
        let x = a.dtype == common ? a : NumpyBridge.cast(a, to: common)
        let y = b.dtype == common ? b : NumpyBridge.cast(b, to: common)
        // View both as matrices: a as (m, k), b as (k, n).
        let (m, k, sam, sak) = a.ndim == 1 ? (1, a.shape[0], 0, x.strides[0]) : (a.shape[0], a.shape[1], x.strides[0], x.strides[1])
        let (k2, n, sbk, sbn) = b.ndim == 1 ? (b.shape[0], 1, y.strides[0], 0) : (b.shape[0], b.shape[1], y.strides[0], y.strides[1])
        if k != k2 {
            let dimA = a.ndim - 1
            throw .valueError(
                "shapes \(NumpyBridge.dimsText(a.shape)) and \(NumpyBridge.dimsText(b.shape)) not aligned: \(k) (dim \(dimA)) != \(k2) (dim 0)")
        }
        var outShape: [Int] = []
        if a.ndim == 2 { outShape.append(m) }
        if b.ndim == 2 { outShape.append(n) }
        let out = PyNDArray(dtype: common, shape: outShape, zeroed: true)
        let layout = Layout(m: m, k: k, n: n, sam: sam, sak: sak, sbk: sbk, sbn: sbn)
        switch common {
        case .bool: preconditionFailure("bools are multiplied as int64")
        case .uint8: product(UInt8.self, x, y, out, layout)
        case .uint64: product(UInt64.self, x, y, out, layout)
        case .uint16: product(UInt16.self, x, y, out, layout)
        case .uint32: product(UInt32.self, x, y, out, layout)
        case .int8: product(Int8.self, x, y, out, layout)
        case .int16: product(Int16.self, x, y, out, layout)
        case .int32: product(Int32.self, x, y, out, layout)
        case .int64: product(Int64.self, x, y, out, layout)
        case .float32: product(Float.self, x, y, out, layout)
        case .float64: product(Double.self, x, y, out, layout)
        }
        return NumpyBridge.wrap(resultType == .bool ? NumpyBridge.cast(out, to: .bool) : out)
    }

    struct Layout {
        let m, k, n, sam, sak, sbk, sbn: Int
    }

    private static func product<T: NumpyArithmetic>(
        _: T.Type, _ a: PyNDArray, _ b: PyNDArray, _ out: PyNDArray, _ l: Layout
    ) {
        let pa = UnsafeRawPointer(a.data)
        let pb = UnsafeRawPointer(b.data)
        let po = out.data.assumingMemoryBound(to: T.self)
        for i in 0..<l.m {
            for j in 0..<l.n {
                var acc = T.npZero
                for p in 0..<l.k {
                    let x = pa.load(fromByteOffset: i * l.sam + p * l.sak, as: T.self)
                    let y = pb.load(fromByteOffset: p * l.sbk + j * l.sbn, as: T.self)
                    acc = T.npAdd(acc, T.npMul(x, y))
                }
                po[i * l.n + j] = acc
            }
        }
    }
}
