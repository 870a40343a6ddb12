import PyRuntime

/// `var` and `std` as numpy computes them: the mean (kept as a broadcastable array), the squared deviations,
/// their sum divided by `n - ddof`; integers and bools in float64.
enum Statistics {
    static func variance(_ a: PyNDArray, axes: [Int]?, ddof: Int, root: Bool) throws(PyError) -> Value {
        let type: DType = a.dtype.isFloat ? a.dtype : .float64
        let x = a.dtype == type ? a : NumpyBridge.cast(a, to: type)
        let reduced = axes ?? Array(0..<x.ndim)
        let count = reduced.map { x.shape[$0] }.reduce(1, *)
        // the mean with the reduced axes kept (length 1), so it broadcasts against x
        var meanShape = x.shape
        for k in reduced { meanShape[k] = 1 }
        guard let meanValue = try Reductions.reduce(.mean, x, axes: reduced).asObject as? PyNDArray else {
            throw .runtimeError("numpy: mean gave no array")
        }
        let m = meanValue.contiguous(force: meanValue.isScalar)
        let mean = m.view(shape: meanShape, strides: PyNDArray.contiguousStrides(meanShape, type.itemSize), offset: m.offset)
        let deviations = try Operations.compute(.sub, .array(x), .array(mean), into: nil)
        let squares = try Operations.compute(.mul, .array(deviations), .array(deviations), into: deviations)
        guard let total = try Reductions.reduce(.sum, squares, axes: reduced).asObject as? PyNDArray else {
            throw .runtimeError("numpy: sum gave no array")
        }
        let divisor = PyNDArray(dtype: type, shape: [])
        NumpyValue.float(Double(Swift.max(count - ddof, 0))).store(type, divisor.data)
        let out = PyNDArray(dtype: type, shape: total.shape)
        Kernels.apply(.trueDiv, total.isScalar ? total.contiguous(force: true) : total, divisor, out)
        if root { return try MathFunctions.apply("sqrt", SqrtFunction.self, keepsIntegers: false, out) }
        return NumpyBridge.wrap(out)
    }
}
