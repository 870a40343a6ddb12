import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// Basic indexing: integers (negative from the end), slices with steps, `...`, `None` (a new axis) and tuples of
/// them select a view over the same storage; a full integer index selects one element (a numpy scalar).
/// Boolean masks of the array's shape select a copy (`a[a > 2]`), and assignment through one sets elements;
/// an integer array (or list) as the whole key selects rows of the first axis, as a copy.
enum Indexing {
    /// What an index selects: a view, or nil shape information for a boolean mask.
    struct Selection {
        var shape: [Int] = []
        var strides: [Int] = []
        var offset: Int
        /// True when every axis was indexed by an integer (the result is one element).
        var isElement: Bool
    }

    static func select(_ interp: Interpreter, _ a: PyNDArray, _ key: Value) throws(PyError) -> Selection {
        var parts: [Value]
        if let t = key.asTuple { parts = Array(t.items) } else { parts = [key] }
        let consumed = parts.filter { !$0.isNone && !$0.isIdentical(to: Builtins.ellipsis) }.count
        let ellipses = parts.filter { $0.isIdentical(to: Builtins.ellipsis) }.count
        if ellipses > 1 { throw .indexError("an index can only have a single ellipsis ('...')") }
        if consumed > a.ndim {
            throw .indexError(
                "too many indices for array: array is \(a.ndim)-dimensional, but \(consumed) were indexed")
        }
        var sel = Selection(offset: a.offset, isElement: ellipses == 0)
        var axis = 0
        for part in parts {
            if part.isNone {
                sel.shape.append(1)
                sel.strides.append(0)
                sel.isElement = false
                continue
            }
            if part.isIdentical(to: Builtins.ellipsis) {
                let skip = a.ndim - consumed
                for _ in 0..<skip {
                    sel.shape.append(a.shape[axis])
                    sel.strides.append(a.strides[axis])
                    axis += 1
                }
                continue
            }
            if let s = part.asObject as? PySlice {
                let (start, step, count) = try sliceRange(interp, s, a.shape[axis])
                sel.offset += start * a.strides[axis]
                sel.shape.append(count)
                sel.strides.append(a.strides[axis] * step)
                sel.isElement = false
                axis += 1
                continue
            }
            var i: Int
            do {
                i = try integer(interp, part)
            }
            let n = a.shape[axis]
            if i < -n || i >= n { throw .indexError("index \(i) is out of bounds for axis \(axis) with size \(n)") }
            if i < 0 { i += n }
            sel.offset += i * a.strides[axis]
            axis += 1
        }
        while axis < a.ndim {
            sel.shape.append(a.shape[axis])
            sel.strides.append(a.strides[axis])
            sel.isElement = false
            axis += 1
        }
        return sel
    }

    /// An integer index (Python int, bool is rejected as numpy does, numpy integer scalars).
    static func integer(_ interp: Interpreter, _ v: Value) throws(PyError) -> Int {
        switch v {
        case .int(let i): return i
        case .object(let o):
            if let a = o as? PyNDArray, a.isScalar, a.dtype.isInteger {
                return Int(truncatingIfNeeded: a.element(at: 0).asInt64)
            }
            if o.kind != .str, o.kind != .list, o.kind != .tuple, !(o is PyNDArray), let i = try? interp.intArgument(v) {
                return i
            }
        default: break
        }
        throw .indexError(
            "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
        )
    }

    /// (start, step, count) of a slice over `length` elements, as Python's `slice.indices`.
    static func sliceRange(_ interp: Interpreter, _ s: PySlice, _ length: Int) throws(PyError) -> (Int, Int, Int) {
        func get(_ v: Value) throws(PyError) -> Int? {
            if v.isNone { return nil }
            if let b = v.asBigInt { return b.value.sign == .minus ? Int.min / 2 : Int.max / 2 }
            return try integer(interp, v)
        }
        let step = try get(s.step) ?? 1
        if step == 0 { throw .valueError("slice step cannot be zero") }
        if step > 0 {
            var start = try get(s.start) ?? 0
            var stop = try get(s.stop) ?? length
            start = start < 0 ? Swift.max(0, start + length) : Swift.min(start, length)
            stop = stop < 0 ? Swift.max(0, stop + length) : Swift.min(stop, length)
            return (start, step, stop > start ? (stop - start - 1) / step + 1 : 0)
        }
        var start = try get(s.start) ?? (length - 1)
        var stop = try get(s.stop) ?? (-1 - length)
        start = start < 0 ? Swift.max(-1, start + length) : Swift.min(start, length - 1)
        stop = stop < 0 ? Swift.max(-1, stop + length) : Swift.min(stop, length - 1)
        return (start, step, start > stop ? (start - stop - 1) / (-step) + 1 : 0)
    }

    /// A boolean mask index: a bool array (or list of bools) whose shape is that of `a`'s leading axes.
    static func mask(_ interp: Interpreter, _ a: PyNDArray, _ key: Value) throws(PyError) -> PyNDArray? {
        var candidate = key.asObject as? PyNDArray
        if candidate == nil, let list = key.asList, !list.items.isEmpty,
            list.items.allSatisfy({ if case .bool = $0 { return true } else { return false } })
        {
            candidate = try Creation.array(interp, key, dtype: .bool)
        }
        guard let m = candidate, !m.isScalar, m.dtype == .bool else { return nil }
        if m.ndim > a.ndim {
            throw .indexError(
                "too many indices for array: array is \(a.ndim)-dimensional, but \(m.ndim) were indexed")
        }
        for k in 0..<m.ndim where m.shape[k] != a.shape[k] {
            throw .indexError(
                "boolean index did not match indexed array along axis \(k); size of axis is \(a.shape[k]) but size of corresponding boolean axis is \(m.shape[k])"
            )
        }
        return m
    }

    /// Byte offsets (from `a.data`) of the sub-arrays the mask selects, in C order.
    static func maskedOffsets(_ a: PyNDArray, _ m: PyNDArray) throws(PyError) -> [Int] {
        var targets: [Int] = []
        var index = [Int](repeating: 0, count: m.ndim)
        try m.forEachElementOffset { (position) throws(PyError) in
            if m.data.load(fromByteOffset: position, as: UInt8.self) != 0 {
                var offset = 0
                for k in 0..<m.ndim { offset += index[k] * a.strides[k] }
                targets.append(offset)
            }
            var k = m.ndim - 1
            while k >= 0 {
                index[k] += 1
                if index[k] < m.shape[k] { break }
                index[k] = 0
                k -= 1
            }
        }
        return targets
    }

    /// The sub-array of `a` below the mask's axes at byte offset `offset` from `a.data`.
    static func maskedPart(_ a: PyNDArray, _ m: PyNDArray, _ offset: Int) -> PyNDArray {
        PyNDArray(
            storage: a.storage, dtype: a.dtype, shape: Array(a.shape.dropFirst(m.ndim)),
            strides: Array(a.strides.dropFirst(m.ndim)), offset: a.offset + offset)
    }

    /// An integer array index (a list of ints or an integer array) as the whole key: the rows of the first
    /// axis it names, bounds-checked, negative ones from the end. Nil for any other key.
    static func rowIndices(_ interp: Interpreter, _ a: PyNDArray, _ key: Value) throws(PyError) -> PyNDArray? {
        guard case .object(let o) = key, a.ndim >= 1 else { return nil }
        let indices: PyNDArray
        if let k = o as? PyNDArray, !k.isScalar, k.dtype.isInteger {
            indices = k
        } else if o.kind == .list, let k = try? Creation.array(interp, key, dtype: nil), k.dtype.isInteger || k.size == 0 {
            indices = k.size == 0 ? NumpyBridge.cast(k, to: .int64) : k
        } else {
            return nil
        }
        let n = a.shape[0]
        let out = PyNDArray(dtype: .int64, shape: indices.shape)
        var i = 0
        let p = out.data.assumingMemoryBound(to: Int64.self)
        try indices.forEachElementOffset { (position) throws(PyError) in
            var k = Int(truncatingIfNeeded: indices.element(at: position).asInt64)
            if k < -n || k >= n { throw .indexError("index \(k) is out of bounds for axis 0 with size \(n)") }
            if k < 0 { k += n }
            p[i] = Int64(k)
            i += 1
        }
        return out
    }

    /// `a[indices]` for an integer array index: a new array of shape indices.shape + a.shape[1:].
    static func gatherRows(_ a: PyNDArray, _ rows: PyNDArray) -> PyNDArray {
        let rowShape = Array(a.shape.dropFirst())
        let out = PyNDArray(dtype: a.dtype, shape: rows.shape + rowShape)
        let rowSize = rowShape.reduce(1, *)
        let p = rows.data.assumingMemoryBound(to: Int64.self)
        for i in 0..<rows.size {
            let source = a.view(
                shape: rowShape, strides: Array(a.strides.dropFirst()), offset: a.offset + Int(p[i]) * a.strides[0])
            let target = out.view(
                shape: rowShape, strides: PyNDArray.contiguousStrides(rowShape, a.dtype.itemSize),
                offset: i * rowSize * a.dtype.itemSize)
            Kernels.copy(from: source, to: target)
        }
        return out
    }

    /// `a[key]`.
    static func getItem(_ interp: Interpreter, _ a: PyNDArray, _ key: Value) throws(PyError) -> Value {
        if a.isScalar { throw .indexError("invalid index to scalar variable.") }
        if let rows = try rowIndices(interp, a, key) { return .object(gatherRows(a, rows)) }
        if let m = try mask(interp, a, key) {
            let offsets = try maskedOffsets(a, m)
            let rest = Array(a.shape.dropFirst(m.ndim))
            let out = try PyNDArray.allocate(dtype: a.dtype, shape: [offsets.count] + rest)
            let partBytes = rest.reduce(1, *) * a.dtype.itemSize
            for (i, position) in offsets.enumerated() {
                let target = out.view(
                    shape: rest, strides: PyNDArray.contiguousStrides(rest, a.dtype.itemSize),
                    offset: i * partBytes)
                Kernels.copy(from: maskedPart(a, m, position), to: target)
            }
            return .object(out)
        }
        let sel = try select(interp, a, key)
        if sel.isElement {
            return .object(NumpyBridge.scalar(a.dtype, NumpyValue.load(a.dtype, a.storage.base + sel.offset)))
        }
        return .object(a.view(shape: sel.shape, strides: sel.strides, offset: sel.offset))
    }

    /// `a[key] = value`.
    static func setItem(_ interp: Interpreter, _ a: PyNDArray, _ key: Value, _ value: Value) throws(PyError) {
        if a.isScalar { throw .typeError("'\(a.type.name)' object does not support item assignment") }
        if !a.writeable { throw .valueError("assignment destination is read-only") }
        if let m = try mask(interp, a, key) {
            let offsets = try maskedOffsets(a, m)
            let rest = Array(a.shape.dropFirst(m.ndim))
            let values = try Creation.array(interp, value, dtype: a.dtype)
            let shape = [offsets.count] + rest
            guard let b = Runs.broadcastShape(values.shape, shape), b == shape else {
                if rest.isEmpty {
                    throw .valueError(
                        "NumPy boolean array indexing assignment cannot assign \(values.size) input values to the \(offsets.count) output values where the mask is true"
                    )
                }
                throw .valueError(
                    "shape mismatch: value array of shape \(NumpyBridge.dimsText(values.shape)) could not be broadcast to indexing result of shape \(NumpyBridge.dimsText(shape))"
                )
            }
            let spread = PyNDArray(dtype: a.dtype, shape: shape)
            Kernels.copy(from: values, to: spread)
            let partBytes = rest.reduce(1, *) * a.dtype.itemSize
            for (i, position) in offsets.enumerated() {
                let source = spread.view(
                    shape: rest, strides: PyNDArray.contiguousStrides(rest, a.dtype.itemSize), offset: i * partBytes)
                Kernels.copy(from: source, to: maskedPart(a, m, position))
            }
            return
        }
        if let rows = try rowIndices(interp, a, key) {
            // a[[i, j]] = values: each named row gets its part of the values, broadcast as numpy does
            let rowShape = Array(a.shape.dropFirst())
            let values = try Creation.array(interp, value, dtype: a.dtype)
            let shape = rows.shape + rowShape
            guard let b = Runs.broadcastShape(values.shape, shape), b == shape else {
                throw .valueError(
                    "shape mismatch: value array of shape \(NumpyBridge.dimsText(values.shape)) could not be broadcast to indexing result of shape \(NumpyBridge.dimsText(shape))"
                )
            }
            let spread = PyNDArray(dtype: a.dtype, shape: shape)
            Kernels.copy(from: values, to: spread)
            let rowSize = rowShape.reduce(1, *)
            let p = rows.data.assumingMemoryBound(to: Int64.self)
            for i in 0..<rows.size {
                let target = PyNDArray(
                    storage: a.storage, dtype: a.dtype, shape: rowShape, strides: Array(a.strides.dropFirst()),
                    offset: a.offset + Int(p[i]) * a.strides[0])
                let source = spread.view(
                    shape: rowShape, strides: PyNDArray.contiguousStrides(rowShape, a.dtype.itemSize),
                    offset: i * rowSize * a.dtype.itemSize)
                Kernels.copy(from: source, to: target)
            }
            return
        }
        let sel = try select(interp, a, key)
        let target = PyNDArray(
            storage: a.storage, dtype: a.dtype, shape: sel.shape, strides: sel.strides, offset: sel.offset)
        try assign(interp, target, value)
    }

    /// Copy `value` (scalar, sequence or array, broadcast) into `target`.
    static func assign(_ interp: Interpreter, _ target: PyNDArray, _ value: Value) throws(PyError) {
        if let src = value.asObject as? PyNDArray {
            guard let b = Runs.broadcastShape(src.shape, target.shape), b == target.shape else {
                throw .valueError(
                    "could not broadcast input array from shape \(NumpyBridge.dimsText(src.shape)) into shape \(NumpyBridge.dimsText(target.shape))"
                )
            }
            // Copy first when the source shares memory with the target (a[1:] = a[:-1]).
            let source = src.storage === target.storage ? src.contiguous(force: true) : src
            Kernels.copy(from: source, to: target)
            return
        }
        if Creation.isSequence(value) {
            try assign(interp, target, .object(try Creation.array(interp, value, dtype: target.dtype)))
            return
        }
        Kernels.fill(target, with: try Creation.value(interp, value, for: target.dtype))
    }
}
