import PyRuntime

/// `np.sort` / `a.sort()` along an axis and `np.unique`: sorted copies (or in place), NaNs last as numpy
/// orders them. Values are compared as their widest Swift type, so every dtype shares one path.
enum Sorting {
    /// numpy's order: numbers ascending, NaN after everything.
    static func less(_ x: NumpyValue, _ y: NumpyValue) -> Bool {
        switch (x, y) {
        case (.float(let a), .float(let b)):
            if a.isNaN { return false }
            if b.isNaN { return true }
            return a < b
        case (.uint(let a), .uint(let b)): return a < b
        case (.int(let a), .int(let b)): return a < b
        case (.bool(let a), .bool(let b)): return !a && b
        default: return x.asDouble < y.asDouble
        }
    }

    /// Sort `a` in place along `axis` (every 1-D run along it).
    static func sortInPlace(_ a: PyNDArray, axis: Int) {
        var shape = a.shape
        var strides = a.strides
        let n = shape.remove(at: axis)
        let step = strides.remove(at: axis)
        let base = a.data
        let dtype = a.dtype
        Runs.forEach(shape, [strides]) { off, count, inner in
            for r in 0..<count {
                let start = off[0] + r * inner[0]
                var values = (0..<n).map { NumpyValue.load(dtype, base + start + $0 * step) }
                values.sort(by: less)
                for (i, v) in values.enumerated() { v.store(dtype, base + start + i * step) }
            }
        }
    }

    /// `np.sort(a, axis=-1)`; `axis=None` sorts the flattened array.
    static func sorted(_ a: PyNDArray, axis: Int?) throws(PyError) -> PyNDArray {
        var out = a.contiguous(force: true)
        if a.ndim == 0 { throw PyError(PyException.make(NumpyErrors.axisError, "axis -1 is out of bounds for array of dimension 0")) }
        guard let axis else {
            out = out.view(shape: [out.size], strides: [out.dtype.itemSize], offset: out.offset)
            sortInPlace(out, axis: 0)
            return out
        }
        sortInPlace(out, axis: axis)
        return out
    }

    /// `np.unique(a, return_counts=False)`: the sorted distinct values of the flattened array.
    static func unique(_ a: PyNDArray) -> (PyNDArray, [Int]) {
        var values: [NumpyValue] = []
        values.reserveCapacity(a.size)
        try? a.forEachElementOffset { (position) throws(PyError) in values.append(a.element(at: position)) }
        values.sort(by: less)
        var distinct: [NumpyValue] = []
        var counts: [Int] = []
        for v in values {
            if let last = distinct.last, !less(last, v), !less(v, last) || (isNaN(last) && isNaN(v)) {
                counts[counts.count - 1] += 1
            } else {
                distinct.append(v)
                counts.append(1)
            }
        }
        let out = PyNDArray(dtype: a.dtype, shape: [distinct.count])
        for (i, v) in distinct.enumerated() { v.store(a.dtype, out.data + i * a.dtype.itemSize) }
        return (out, counts)
    }

    static func isNaN(_ v: NumpyValue) -> Bool {
        if case .float(let d) = v { return d.isNaN }
        return false
    }
}
