import PyRuntime

/// sum, mean, min, max, argmax, argmin, any, all over the whole array or along one axis. The reduced axis is
/// moved last and each output element is one typed run over it; float sums use numpy's pairwise summation
/// (so results agree with numpy's to the last bit on contiguous data).
enum Reductions {
    enum Kind {
        case sum, prod, mean, min, max, argmax, argmin, any, all

        var name: String {
            switch self {
            case .sum: "add"
            case .prod: "multiply"
            case .mean: "mean"
            case .min: "minimum"
            case .max: "maximum"
            case .argmax: "argmax"
            case .argmin: "argmin"
            case .any: "logical_or"
            case .all: "logical_and"
            }
        }
    }

    /// The dtype a reduction produces from `d`.
    static func resultType(_ kind: Kind, _ d: DType) -> DType {
        switch kind {
        case .sum, .prod:
            switch d {
            case .bool, .int8, .int16, .int32, .int64: return .int64
            case .uint8, .uint16, .uint32, .uint64: return .uint64
            case .float32, .float64: return d
            }
        case .mean: return d == .float32 ? .float32 : .float64
        case .min, .max: return d
        case .argmax, .argmin: return .int64
        case .any, .all: return .bool
        }
    }

    /// Reduce `a` over several axes (`axis=(0, 2)`, sorted, distinct). Leading or trailing axes of a
    /// contiguous array are merged into one, so sums add in numpy's order; other combinations reduce one axis
    /// after another (exact for integers, min, max, any and all; float sums may differ in the last bits).
    static func reduce(_ kind: Kind, _ a: PyNDArray, axes: [Int]) throws(PyError) -> Value {
        if axes.isEmpty {
            return kind == .mean || kind == .sum
                ? NumpyBridge.wrap(NumpyBridge.cast(a, to: resultType(kind, a.dtype))) : NumpyBridge.wrap(a.contiguous(force: true))
        }
        if axes.count == a.ndim { return try reduce(kind, a, axis: nil) }
        if axes.count == 1 { return try reduce(kind, a, axis: axes[0]) }
        let k = axes.count
        let kept = (0..<a.ndim).filter { !axes.contains($0) }
        if a.isContiguous && (axes == Array(0..<k) || axes == Array((a.ndim - k)..<a.ndim)) {
            let merged = axes.map { a.shape[$0] }.reduce(1, *)
            let keptShape = kept.map { a.shape[$0] }
            let leading = axes[0] == 0
            let shape = leading ? [merged] + keptShape : keptShape + [merged]
            let view = a.view(shape: shape, strides: PyNDArray.contiguousStrides(shape, a.dtype.itemSize), offset: a.offset)
            return try reduce(kind, view, axis: leading ? 0 : shape.count - 1)
        }
        if kind == .mean {
            let sum = try reduce(.sum, a, axes: axes)
            let count = axes.map { a.shape[$0] }.reduce(1, *)
            guard let s = sum.asObject as? PyNDArray else { return sum }
            let total = s.dtype.isFloat ? s : NumpyBridge.cast(s, to: .float64)
            let out = PyNDArray(dtype: resultType(.mean, a.dtype), shape: total.shape)
            let n = PyNDArray(dtype: out.dtype, shape: [])
            NumpyValue.float(Double(count)).store(out.dtype, n.data)
            Kernels.apply(.trueDiv, total.dtype == out.dtype ? total : NumpyBridge.cast(total, to: out.dtype), n, out)
            return NumpyBridge.wrap(out)
        }
        var current = a
        for axis in axes.reversed() {
            guard let next = try reduce(kind, current, axis: axis).asObject as? PyNDArray else { break }
            current = next
        }
        return NumpyBridge.wrap(current)
    }

    /// Reduce `a` along `axis` (nil: all elements). Returns a scalar for a full reduction.
    static func reduce(_ kind: Kind, _ a: PyNDArray, axis: Int?) throws(PyError) -> Value {
        let outType = resultType(kind, a.dtype)
        if axis == nil, !a.isContiguous, kind == .sum || kind == .mean, a.size > 0 {
            return NumpyBridge.wrap(sumRuns(kind, memoryOrder(a), outType: outType))
        }
        var source: PyNDArray
        var outShape: [Int]
        if let axis {
            var shape = a.shape
            var strides = a.strides
            let n = shape.remove(at: axis)
            let s = strides.remove(at: axis)
            outShape = shape
            source = a.view(shape: shape + [n], strides: strides + [s], offset: a.offset)
        } else {
            source = a.contiguous()
            source = source.view(shape: [a.size], strides: [a.dtype.itemSize], offset: source.offset)
            outShape = []
        }
        let n = source.shape.last!
        if n == 0 {
            switch kind {
            case .min, .max:
                throw .valueError("zero-size array to reduction operation \(kind.name) which has no identity")
            case .argmax, .argmin:
                throw .valueError("attempt to get \(kind == .argmax ? "argmax" : "argmin") of an empty sequence")
            default: break
            }
        }
        if let axis, a.strides[axis] != a.dtype.itemSize, kind == .sum || kind == .mean, n > 0 {
            return NumpyBridge.wrap(accumulateRows(kind, a, axis: axis, outType: outType))
        }
        let out = PyNDArray(dtype: outType, shape: outShape)
        let outer = Array(source.shape.dropLast())
        let outerStrides = Array(source.strides.dropLast())
        let stride = source.strides.last!
        let base = source.data
        let outBase = out.data
        Runs.forEach(outer, [outerStrides, out.strides]) { off, count, inner in
            for i in 0..<count {
                reduceRun(kind, a.dtype, base + off[0] + i * inner[0], stride, n, outType, outBase + off[1] + i * inner[1])
            }
        }
        return NumpyBridge.wrap(out)
    }

    /// A view of `a` with its axes ordered by decreasing stride magnitude: the order numpy's iterator visits
    /// the elements of an order-free reduction in (negative strides stay negative, as there).
    static func memoryOrder(_ a: PyNDArray) -> PyNDArray {
        if a.isContiguous || a.ndim < 1 { return a }
        let dims = zip(a.shape, a.strides).sorted { Swift.abs($0.1) > Swift.abs($1.1) }
        return a.view(shape: dims.map(\.0), strides: dims.map(\.1), offset: a.offset)
    }

    /// The sum (or mean) of all elements of a non-contiguous array as numpy's buffered reduction computes it:
    /// the elements in `memoryOrder`, copied in blocks of 8192, each block summed pairwise, the block sums
    /// added up in order.
    static func sumRuns(_ kind: Kind, _ a: PyNDArray, outType: DType) -> PyNDArray {
        let flat = a.contiguous()
        let out = PyNDArray(dtype: outType, shape: [], zeroed: true)
        let partial = PyNDArray(dtype: outType, shape: [])
        // Elements that lie contiguously in memory (a transposed array) are one run: no blocks.
        let (dims, strides) = Runs.coalesce(a.shape, [a.strides])
        let block = dims.count == 1 && strides[0][0] == a.dtype.itemSize ? flat.size : 8192
        var start = 0
        while start < flat.size {
            let count = Swift.min(block, flat.size - start)
            reduceRun(.sum, a.dtype, flat.data + start * a.dtype.itemSize, a.dtype.itemSize, count, outType, partial.data)
            Kernels.apply(.add, out, partial, out)
            start += count
        }
        if kind == .mean {
            let n = PyNDArray(dtype: outType, shape: [])
            NumpyValue.float(Double(a.size)).store(outType, n.data)
            Kernels.apply(.trueDiv, out, n, out)
        }
        return out
    }

    /// sum or mean along an axis whose elements are not adjacent in memory, as numpy does it: the first slice
    /// along the axis (in the result type) plus each following slice, elementwise, so memory is read in order.
    static func accumulateRows(_ kind: Kind, _ a: PyNDArray, axis: Int, outType: DType) -> PyNDArray {
        var shape = a.shape
        var strides = a.strides
        let n = shape.remove(at: axis)
        let step = strides.remove(at: axis)
        let out = PyNDArray(dtype: outType, shape: shape)
        Kernels.copy(from: a.view(shape: shape, strides: strides, offset: a.offset), to: out)
        let row = a.dtype == outType ? nil : PyNDArray(dtype: outType, shape: shape)
        if row == nil, strides == PyNDArray.contiguousStrides(shape, a.dtype.itemSize) {
            // Contiguous rows of the result's own type: add them straight into the result (one tight loop per
            // row, no per-row set-up).
            addRows(outType, out.data, UnsafeRawPointer(a.data), step, n, out.size)
        } else {
            for r in 1..<n {
                var slice = a.view(shape: shape, strides: strides, offset: a.offset + r * step)
                if let row {
                    Kernels.copy(from: slice, to: row)
                    slice = row
                }
                Kernels.apply(.add, out, slice, out)
            }
        }
        if kind == .mean {
            let count = PyNDArray(dtype: outType, shape: [])
            NumpyValue.float(Double(n)).store(outType, count.data)
            Kernels.apply(.trueDiv, out, count, out)
        }
        return out
    }

    /// out[i] += rows[r][i] for rows 1..<n (row r at `base + r * step`), in the sum's type.
    private static func addRows(
        _ type: DType, _ out: UnsafeMutableRawPointer, _ base: UnsafeRawPointer, _ step: Int, _ n: Int, _ count: Int
    ) {
        func go<A: NumpyArithmetic>(_: A.Type) {
            let o = out.assumingMemoryBound(to: A.self)
            for r in 1..<n {
                let x = (base + r * step).assumingMemoryBound(to: A.self)
                for i in 0..<count { o[i] = A.npAdd(o[i], x[i]) }
            }
        }
        switch type {
        case .int64: go(Int64.self)
        case .uint64: go(UInt64.self)
        case .float32: go(Float.self)
        case .float64: go(Double.self)
        default: preconditionFailure("numpy: sums are int64, uint64 or float")
        }
    }

    /// Reduce one run of `n` elements of `dtype` at `p` (byte stride `stride`), storing the result at `out`.
    static func reduceRun(
        _ kind: Kind, _ dtype: DType, _ p: UnsafeRawPointer, _ stride: Int, _ n: Int, _ outType: DType,
        _ out: UnsafeMutableRawPointer
    ) {
        switch dtype {
        case .bool: run(UInt8.self, kind, p, stride, n, outType, out)
        case .uint8: run(UInt8.self, kind, p, stride, n, outType, out)
        case .uint64: run(UInt64.self, kind, p, stride, n, outType, out)
        case .uint16: run(UInt16.self, kind, p, stride, n, outType, out)
        case .uint32: run(UInt32.self, kind, p, stride, n, outType, out)
        case .int8: run(Int8.self, kind, p, stride, n, outType, out)
        case .int16: run(Int16.self, kind, p, stride, n, outType, out)
        case .int32: run(Int32.self, kind, p, stride, n, outType, out)
        case .int64: run(Int64.self, kind, p, stride, n, outType, out)
        case .float32: run(Float.self, kind, p, stride, n, outType, out)
        case .float64: run(Double.self, kind, p, stride, n, outType, out)
        }
    }

    private static func run<T: NumpyArithmetic>(
        _: T.Type, _ kind: Kind, _ p: UnsafeRawPointer, _ stride: Int, _ n: Int, _ outType: DType,
        _ out: UnsafeMutableRawPointer
    ) {
        switch kind {
        case .sum, .mean:
            switch outType {
            case .int64: out.storeBytes(of: sum(T.self, Int64.self, p, stride, n), as: Int64.self)
            case .uint64: out.storeBytes(of: sum(T.self, UInt64.self, p, stride, n), as: UInt64.self)
            case .float32:
                let s = sum(T.self, Float.self, p, stride, n)
                out.storeBytes(of: kind == .mean ? s / Float(n) : s, as: Float.self)
            default:
                let s = sum(T.self, Double.self, p, stride, n)
                out.storeBytes(of: kind == .mean ? s / Double(n) : s, as: Double.self)
            }
        case .prod:
            switch outType {
            case .int64: out.storeBytes(of: product(T.self, Int64.self, p, stride, n), as: Int64.self)
            case .uint64: out.storeBytes(of: product(T.self, UInt64.self, p, stride, n), as: UInt64.self)
            case .float32: out.storeBytes(of: product(T.self, Float.self, p, stride, n), as: Float.self)
            default: out.storeBytes(of: product(T.self, Double.self, p, stride, n), as: Double.self)
            }
        case .min, .max:
            out.storeBytes(of: extreme(T.self, p, stride, n, max: kind == .max), as: T.self)
        case .argmax, .argmin:
            out.storeBytes(of: Int64(argExtreme(T.self, p, stride, n, max: kind == .argmax)), as: Int64.self)
        case .any:
            var r = false
            for i in 0..<n where p.load(fromByteOffset: i * stride, as: T.self) != T.npZero {
                r = true
                break
            }
            out.storeBytes(of: r, as: Bool.self)
        case .all:
            var r = true
            for i in 0..<n where p.load(fromByteOffset: i * stride, as: T.self) == T.npZero {
                r = false
                break
            }
            out.storeBytes(of: r, as: Bool.self)
        }
    }

    /// The sum in accumulator type `A`: numpy's pairwise sum for floats over a contiguous run (converting in
    /// blocks of 8192 when the types differ, as numpy's buffered reduction does), sequential otherwise.
    static func sum<T: NumpyElement, A: NumpyArithmetic>(
        _: T.Type, _: A.Type, _ p: UnsafeRawPointer, _ stride: Int, _ n: Int
    ) -> A {
        if n == 0 { return A.npZero }
        if A.dtype.isFloat {
            if T.self == A.self { return pairwise(A.self, p, stride, n) }
            var acc = A.npZero
            var buffer = [A](repeating: A.npZero, count: Swift.min(8192, n))
            var start = 0
            while start < n {
                let count = Swift.min(8192, n - start)
                for i in 0..<count { buffer[i] = A(npCast: p.load(fromByteOffset: (start + i) * stride, as: T.self)) }
                let part = buffer.withUnsafeBytes { pairwise(A.self, $0.baseAddress!, MemoryLayout<A>.stride, count) }
                acc = start == 0 ? part : A.npAdd(acc, part)
                start += count
            }
            return acc
        }
        var acc = A(npCast: p.load(as: T.self))
        if stride == MemoryLayout<T>.stride {
            let q = p.assumingMemoryBound(to: T.self)
            for i in 1..<Swift.max(n, 1) { acc = A.npAdd(acc, A(npCast: q[i])) }
            return acc
        }
        for i in 1..<Swift.max(n, 1) { acc = A.npAdd(acc, A(npCast: p.load(fromByteOffset: i * stride, as: T.self))) }
        return acc
    }

    /// The product in accumulator type `A`, in order (numpy's multiply.reduce is sequential); 1 when empty.
    static func product<T: NumpyElement, A: NumpyArithmetic>(
        _: T.Type, _: A.Type, _ p: UnsafeRawPointer, _ stride: Int, _ n: Int
    ) -> A {
        var acc = A(npCast: true)
        for i in 0..<n { acc = A.npMul(acc, A(npCast: p.load(fromByteOffset: i * stride, as: T.self))) }
        return acc
    }

    /// `cumsum` / `cumprod` along `axis` (nil: of the flattened array): running totals in order, in the
    /// type the sum (product) would have.
    static func accumulate(_ kind: Kind, _ a: PyNDArray, axis: Int?) throws(PyError) -> PyNDArray {
        let outType = resultType(kind, a.dtype)
        var source = a
        if axis == nil {
            let c = a.contiguous()
            source = c.view(shape: [a.size], strides: [a.dtype.itemSize], offset: c.offset)
        }
        let k = axis ?? 0
        let values = NumpyBridge.cast(source, to: outType)
        let out = try PyNDArray.allocate(dtype: outType, shape: values.shape)
        Kernels.copy(from: values, to: out)
        if out.size == 0 { return out }
        var shape = out.shape
        var strides = out.strides
        let n = shape.remove(at: k)
        let step = strides.remove(at: k)
        let base = out.data
        Runs.forEach(shape, [strides]) { off, count, inner in
            for r in 0..<count {
                running(kind, outType, base + off[0] + r * inner[0], step, n)
            }
        }
        return out
    }

    private static func running(_ kind: Kind, _ type: DType, _ p: UnsafeMutableRawPointer, _ step: Int, _ n: Int) {
        func go<A: NumpyArithmetic>(_: A.Type) {
            var acc = p.load(as: A.self)
            for i in 1..<Swift.max(n, 1) {
                let x = p.load(fromByteOffset: i * step, as: A.self)
                acc = kind == .prod ? A.npMul(acc, x) : A.npAdd(acc, x)
                p.storeBytes(of: acc, toByteOffset: i * step, as: A.self)
            }
        }
        switch type {
        case .int64: go(Int64.self)
        case .uint64: go(UInt64.self)
        case .float32: go(Float.self)
        default: go(Double.self)
        }
    }

    /// numpy's pairwise summation: blocks of up to 128 elements summed with 8 partial sums, halves recursively.
    static func pairwise<A: NumpyArithmetic>(_: A.Type, _ p: UnsafeRawPointer, _ stride: Int, _ n: Int) -> A {
        @inline(__always) func at(_ i: Int) -> A { p.load(fromByteOffset: i * stride, as: A.self) }
        if n < 8 {
            var r = A.npZero
            var first = true
            for i in 0..<n {
                // Start from -0.0 semantics as numpy does: 0. + x keeps x's value.
                r = first ? A.npAdd(A.npZero, at(i)) : A.npAdd(r, at(i))
                first = false
            }
            return r
        }
        if n <= 128 {
            var r0 = at(0), r1 = at(1), r2 = at(2), r3 = at(3)
            var r4 = at(4), r5 = at(5), r6 = at(6), r7 = at(7)
            var i = 8
            while i < n - (n % 8) {
                r0 = A.npAdd(r0, at(i))
                r1 = A.npAdd(r1, at(i + 1))
                r2 = A.npAdd(r2, at(i + 2))
                r3 = A.npAdd(r3, at(i + 3))
                r4 = A.npAdd(r4, at(i + 4))
                r5 = A.npAdd(r5, at(i + 5))
                r6 = A.npAdd(r6, at(i + 6))
                r7 = A.npAdd(r7, at(i + 7))
                i += 8
            }
            var r = A.npAdd(A.npAdd(A.npAdd(r0, r1), A.npAdd(r2, r3)), A.npAdd(A.npAdd(r4, r5), A.npAdd(r6, r7)))
            while i < n {
                r = A.npAdd(r, at(i))
                i += 1
            }
            return r
        }
        var n2 = n / 2
        n2 -= n2 % 8
        return A.npAdd(pairwise(A.self, p, stride, n2), pairwise(A.self, p + n2 * stride, stride, n - n2))
    }

    /// min or max; NaN wins as in numpy.
    static func extreme<T: NumpyArithmetic>(_: T.Type, _ p: UnsafeRawPointer, _ stride: Int, _ n: Int, max: Bool) -> T {
        if T.self == Double.self && stride == 8 && n >= 16 {
            if let m = simdExtreme(p, n, max: max) { return unsafeBitCast(m, to: T.self) }
        }
        if stride == MemoryLayout<T>.stride {
            // Branch-free passes the compiler vectorises; NaNs are looked for afterwards only if there are any.
            let q = p.assumingMemoryBound(to: T.self)
            var m = q[0]
            var sawNaN: UInt8 = m.npIsNaN ? 1 : 0
            if max {
                for i in 1..<Swift.max(n, 1) {
                    let x = q[i]
                    sawNaN |= x.npIsNaN ? 1 : 0
                    m = x > m ? x : m
                }
            } else {
                for i in 1..<Swift.max(n, 1) {
                    let x = q[i]
                    sawNaN |= x.npIsNaN ? 1 : 0
                    m = x < m ? x : m
                }
            }
            if sawNaN == 0 { return m }
        }
        var m = p.load(as: T.self)
        if m.npIsNaN { return m }
        for i in 1..<Swift.max(n, 1) {
            let x = p.load(fromByteOffset: i * stride, as: T.self)
            if x.npIsNaN { return x }
            if max ? x > m : x < m { m = x }
        }
        return m
    }

    /// min or max of contiguous doubles eight lanes at a time; nil when there is a NaN (the caller then finds
    /// the first one, which is the answer).
    static func simdExtreme(_ p: UnsafeRawPointer, _ n: Int, max: Bool) -> Double? {
        var m = p.loadUnaligned(as: SIMD8<Double>.self)
        var nan = m .!= m
        var i = 8
        if max {
            while i + 8 <= n {
                let v = p.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
                nan .|= v .!= v
                m.replace(with: v, where: v .> m)
                i += 8
            }
        } else {
            while i + 8 <= n {
                let v = p.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
                nan .|= v .!= v
                m.replace(with: v, where: v .< m)
                i += 8
            }
        }
        var r = max ? m.max() : m.min()
        while i < n {
            let x = p.load(fromByteOffset: i * 8, as: Double.self)
            if x.isNaN { return nil }
            r = max ? Swift.max(r, x) : Swift.min(r, x)
            i += 1
        }
        return any(nan) ? nil : r
    }

    /// Index of the first maximum (minimum); the first NaN when there is one.
    static func argExtreme<T: NumpyArithmetic>(_: T.Type, _ p: UnsafeRawPointer, _ stride: Int, _ n: Int, max: Bool)
        -> Int
    {
        var m = p.load(as: T.self)
        if m.npIsNaN { return 0 }
        var best = 0
        for i in 1..<Swift.max(n, 1) {
            let x = p.load(fromByteOffset: i * stride, as: T.self)
            if x.npIsNaN { return i }
            if max ? x > m : x < m {
                m = x
                best = i
            }
        }
        return best
    }

    /// Whether a signed integer array holds a negative element (integer powers reject those).
    static func anyNegative(_ a: PyNDArray) -> Bool {
        var found = false
        try? a.forEachElementOffset { (position) throws(PyError) in
            if !found, a.element(at: position).asInt64 < 0 { found = true }
        }
        return found
    }
}
