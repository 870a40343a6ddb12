import PyRuntime

/// `np.concatenate`, `np.stack`, `np.where(condition, x, y)` and `np.clip`: functions that build one array
/// from several, with numpy's type promotion and its messages for mismatched shapes.
enum Joining {
    /// `np.concatenate(arrays, axis=0)`; `axis=None` joins the flattened arrays.
    static func concatenate(_ arrays: [PyNDArray], axis axisValue: Int?, flatten: Bool) throws(PyError) -> PyNDArray {
        guard let first = arrays.first else { throw .valueError("need at least one array to concatenate") }
        let dtype = arrays.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) }
        if flatten {
            let flat = arrays.map { a -> PyNDArray in
                let c = a.contiguous()
                return c.view(shape: [c.size], strides: [c.dtype.itemSize], offset: c.offset)
            }
            return try concatenate(flat, axis: 0, flatten: false)
        }
        if first.ndim == 0 { throw .valueError("zero-dimensional arrays cannot be concatenated") }
        let axis = axisValue ?? 0
        if axis < -first.ndim || axis >= first.ndim {
            throw PyError(
                PyException.make(
                    NumpyErrors.axisError, "axis \(axis) is out of bounds for array of dimension \(first.ndim)"))
        }
        let k = axis < 0 ? axis + first.ndim : axis
        var length = 0
        for (i, a) in arrays.enumerated() {
            if a.ndim != first.ndim {
                throw .valueError(
                    "all the input arrays must have same number of dimensions, but the array at index 0 has \(first.ndim) dimension(s) and the array at index \(i) has \(a.ndim) dimension(s)"
                )
            }
            for d in 0..<first.ndim where d != k && a.shape[d] != first.shape[d] {
                throw .valueError(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at index \(i) has size \(a.shape[d])"
                )
            }
            length += a.shape[k]
        }
        var shape = first.shape
        shape[k] = length
        let out = try PyNDArray.allocate(dtype: dtype, shape: shape)
        var position = 0
        for a in arrays {
            let target = out.view(shape: a.shape, strides: out.strides, offset: out.offset + position * out.strides[k])
            Kernels.copy(from: a, to: target)
            position += a.shape[k]
        }
        return out
    }

    /// `np.stack(arrays, axis=0)`: arrays of one shape joined along a new axis.
    static func stack(_ arrays: [PyNDArray], axis: Int) throws(PyError) -> PyNDArray {
        guard let first = arrays.first else { throw .valueError("need at least one array to stack") }
        if arrays.contains(where: { $0.shape != first.shape }) { throw .valueError("all input arrays must have the same shape") }
        let ndim = first.ndim + 1
        if axis < -ndim || axis >= ndim {
            throw PyError(
                PyException.make(NumpyErrors.axisError, "axis \(axis) is out of bounds for array of dimension \(ndim)"))
        }
        let k = axis < 0 ? axis + ndim : axis
        let expanded = arrays.map { a -> PyNDArray in
            var shape = a.shape
            var strides = a.strides
            shape.insert(1, at: k)
            strides.insert(0, at: k)
            return a.view(shape: shape, strides: strides, offset: a.offset)
        }
        return try concatenate(expanded, axis: k, flatten: false)
    }

    /// The result type of `where` and `clip` from their operands (Python scalars weak, as in arithmetic).
    static func resultType(_ operands: [Operations.Operand]) -> DType {
        var strong: DType? = nil
        var weak: [WeakScalarKind] = []
        for o in operands {
            switch o {
            case .array(let a): strong = strong.map { DType.promote($0, a.dtype) } ?? a.dtype
            case .weak(let k, _, _): weak.append(k)
            }
        }
        if let strong { return weak.reduce(strong) { DType.promoteWeak($0, scalar: $1) } }
        if weak.contains(.float) { return .float64 }
        if weak.contains(.int) { return .int64 }
        return .bool
    }

    /// `np.where(condition, x, y)`: x where the condition holds, else y, all broadcast together.
    static func select(_ condition: PyNDArray, _ x: Operations.Operand, _ y: Operations.Operand) throws(PyError) -> PyNDArray {
        let dtype = resultType([x, y])
        let a = Operations.materialize(x, dtype)
        let b = Operations.materialize(y, dtype)
        let mask = condition.dtype == .bool ? condition : NumpyBridge.cast(condition, to: .bool)
        guard let s1 = Runs.broadcastShape(mask.shape, a.shape), let shape = Runs.broadcastShape(s1, b.shape) else {
            throw .valueError(
                "operands could not be broadcast together with shapes \([mask.shape, a.shape, b.shape].map(NumpyBridge.dimsText).joined(separator: " ")) "
            )
        }
        let out = try PyNDArray.allocate(dtype: dtype, shape: shape)
        Kernels.copy(from: b, to: out)
        let chosen = PyNDArray(dtype: dtype, shape: shape)
        Kernels.copy(from: a, to: chosen)
        let sm = Runs.broadcastStrides(mask, to: shape)
        let size = dtype.itemSize
        let (pm, pc, po) = (mask.data, chosen.data, out.data)
        Runs.forEach(shape, [sm, chosen.strides, out.strides]) { off, n, inner in
            for i in 0..<n where pm.load(fromByteOffset: off[0] + i * inner[0], as: UInt8.self) != 0 {
                (po + off[2] + i * inner[2]).copyMemory(from: pc + off[1] + i * inner[1], byteCount: size)
            }
        }
        return out
    }
}
