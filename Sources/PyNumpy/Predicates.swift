import PyRuntime

/// Elementwise tests and index helpers: `isnan`, `isinf`, `isfinite`, `isclose`, `allclose`, `nonzero`,
/// `count_nonzero`, `argwhere`, `eye`/`identity`, `argsort`.
enum Predicates {
    /// `isnan` / `isinf` / `isfinite`: bool arrays (all False, True or True for integer inputs as numpy says).
    static func classify(_ a: PyNDArray, _ test: (Double) -> Bool, integers: Bool) throws(PyError) -> Value {
        let out = try PyNDArray.allocate(dtype: .bool, shape: a.shape)
        var i = 0
        let p = out.data.assumingMemoryBound(to: UInt8.self)
        try a.forEachElementOffset { (position) throws(PyError) in
            let v = a.element(at: position)
            if case .float(let d) = v { p[i] = test(d) ? 1 : 0 } else { p[i] = integers ? 1 : 0 }
            i += 1
        }
        return NumpyBridge.wrap(out)
    }

    /// `isclose(a, b, rtol, atol, equal_nan)`: |a - b| <= atol + rtol * |b|, infinities equal only to
    /// themselves, NaNs equal to each other only with `equal_nan`.
    static func isclose(_ a: PyNDArray, _ b: PyNDArray, rtol: Double, atol: Double, equalNaN: Bool) throws(PyError)
        -> PyNDArray
    {
        guard let shape = Runs.broadcastShape(a.shape, b.shape) else {
            throw .valueError(
                "operands could not be broadcast together with shapes \(NumpyBridge.dimsText(a.shape)) \(NumpyBridge.dimsText(b.shape)) "
            )
        }
        let x = try PyNDArray.allocate(dtype: .float64, shape: shape)
        let y = try PyNDArray.allocate(dtype: .float64, shape: shape)
        Kernels.copy(from: a, to: x)
        Kernels.copy(from: b, to: y)
        let out = try PyNDArray.allocate(dtype: .bool, shape: shape)
        let (px, py) = (x.data.assumingMemoryBound(to: Double.self), y.data.assumingMemoryBound(to: Double.self))
        let po = out.data.assumingMemoryBound(to: Bool.self)
        for i in 0..<out.size {
            let (u, v) = (px[i], py[i])
            if u.isNaN || v.isNaN {
                po[i] = equalNaN && u.isNaN && v.isNaN
            } else if u.isInfinite || v.isInfinite {
                po[i] = u == v
            } else {
                po[i] = Swift.abs(u - v) <= atol + rtol * Swift.abs(v)
            }
        }
        return out
    }

    /// The C-order positions of the nonzero elements, as one index list per axis.
    static func nonzero(_ a: PyNDArray) throws(PyError) -> [[Int]] {
        var lists = [[Int]](repeating: [], count: Swift.max(a.ndim, 1))
        var index = [Int](repeating: 0, count: a.ndim)
        try a.forEachElementOffset { (position) throws(PyError) in
            if a.element(at: position).asBool {
                if a.ndim == 0 { lists[0].append(0) }
                for k in 0..<a.ndim { lists[k].append(index[k]) }
            }
            var k = a.ndim - 1
            while k >= 0 {
                index[k] += 1
                if index[k] < a.shape[k] { break }
                index[k] = 0
                k -= 1
            }
        }
        return lists
    }

    static func intArray(_ values: [Int], shape: [Int]? = nil) -> PyNDArray {
        let out = PyNDArray(dtype: .int64, shape: shape ?? [values.count])
        let p = out.data.assumingMemoryBound(to: Int64.self)
        for (i, v) in values.enumerated() { p[i] = Int64(v) }
        return out
    }

    /// `np.eye(n, m=None, k=0, dtype=float)`.
    static func eye(_ n: Int, _ m: Int, _ k: Int, _ dtype: DType) throws(PyError) -> PyNDArray {
        if n < 0 || m < 0 { throw .valueError("negative dimensions are not allowed") }
        let out = try PyNDArray.allocate(dtype: dtype, shape: [n, m], zeroed: true)
        for i in 0..<n where i + k >= 0 && i + k < m {
            NumpyValue.int(1).store(dtype, out.data + (i * m + i + k) * dtype.itemSize)
        }
        return out
    }

    /// `np.argsort(a, axis=-1)` with a stable sort (numpy's default quicksort agrees except in the order of
    /// equal elements in runs longer than 16).
    static func argsort(_ a: PyNDArray, axis: Int) throws(PyError) -> PyNDArray {
        let out = try PyNDArray.allocate(dtype: .int64, shape: a.shape)
        if a.size == 0 { return out }
        var shape = a.shape
        var strides = a.strides
        var outStrides = out.strides
        let n = shape.remove(at: axis)
        let step = strides.remove(at: axis)
        let outStep = outStrides.remove(at: axis)
        let (base, outBase, dtype) = (a.data, out.data, a.dtype)
        Runs.forEach(shape, [strides, outStrides]) { off, count, inner in
            for r in 0..<count {
                let start = off[0] + r * inner[0]
                let values = (0..<n).map { NumpyValue.load(dtype, base + start + $0 * step) }
                let order = (0..<n).sorted { x, y in
                    Sorting.less(values[x], values[y]) || (!Sorting.less(values[y], values[x]) && x < y)
                }
                let target = outBase + off[1] + r * inner[1]
                for (i, k) in order.enumerated() { target.storeBytes(of: Int64(k), toByteOffset: i * outStep, as: Int64.self) }
            }
        }
        return out
    }
}
