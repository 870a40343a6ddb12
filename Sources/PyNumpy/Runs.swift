/// Walks N-dimensional strided operands as a sequence of one-dimensional runs: dimensions of length 1 are
/// dropped and neighbouring dimensions that are contiguous for every operand are merged first, so a
/// contiguous array of any shape is one run and a kernel's inner loop sees the longest possible stretch.
enum Runs {
    /// The shape and per-operand byte strides after dropping unit dimensions and merging mergeable ones.
    static func coalesce(_ shape: [Int], _ strides: [[Int]]) -> ([Int], [[Int]]) {
        var outShape: [Int] = []
        var outStrides: [[Int]] = Array(repeating: [], count: strides.count)
        for axis in 0..<shape.count where shape[axis] != 1 {
            if let lastLength = outShape.last {
                var mergeable = true
                for k in 0..<strides.count where outStrides[k].last! != strides[k][axis] * shape[axis] {
                    mergeable = false
                    break
                }
                if mergeable {
                    outShape[outShape.count - 1] = lastLength * shape[axis]
                    for k in 0..<strides.count { outStrides[k][outStrides[k].count - 1] = strides[k][axis] }
                    continue
                }
            }
            outShape.append(shape[axis])
            for k in 0..<strides.count { outStrides[k].append(strides[k][axis]) }
        }
        return (outShape, outStrides)
    }

    /// Call `body(offsets, count, innerStrides)` for every innermost run of `shape`: `offsets[k]` is operand
    /// k's byte offset of the run's first element, `innerStrides[k]` its byte stride along the run.
    static func forEach(
        _ shape: [Int], _ strides: [[Int]], _ body: (_ offsets: [Int], _ count: Int, _ inner: [Int]) -> Void
    ) {
        if shape.contains(0) { return }
        let (dims, st) = coalesce(shape, strides)
        let operands = strides.count
        if dims.isEmpty {
            body(Array(repeating: 0, count: operands), 1, Array(repeating: 0, count: operands))
            return
        }
        let last = dims.count - 1
        let innerCount = dims[last]
        let inner = st.map { $0[last] }
        if last == 0 {
            body(Array(repeating: 0, count: operands), innerCount, inner)
            return
        }
        var index = [Int](repeating: 0, count: last)
        var offsets = [Int](repeating: 0, count: operands)
        while true {
            body(offsets, innerCount, inner)
            var axis = last - 1
            while axis >= 0 {
                index[axis] += 1
                for k in 0..<operands { offsets[k] += st[k][axis] }
                if index[axis] < dims[axis] { break }
                for k in 0..<operands { offsets[k] -= st[k][axis] * dims[axis] }
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }

    /// The shape two shapes broadcast to, or nil when they do not broadcast.
    static func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int]? {
        let n = Swift.max(a.count, b.count)
        var out = [Int](repeating: 1, count: n)
        for i in 0..<n {
            let x = i < n - a.count ? 1 : a[i - (n - a.count)]
            let y = i < n - b.count ? 1 : b[i - (n - b.count)]
            if x == y || y == 1 {
                out[i] = x
            } else if x == 1 {
                out[i] = y
            } else {
                return nil
            }
        }
        return out
    }

    /// The strides with which `array` is read when broadcast to `shape` (0 along broadcast dimensions).
    static func broadcastStrides(_ array: PyNDArray, to shape: [Int]) -> [Int] {
        let pad = shape.count - array.ndim
        var out = [Int](repeating: 0, count: shape.count)
        for i in 0..<array.ndim where array.shape[i] != 1 || shape[pad + i] == 1 {
            out[pad + i] = array.shape[i] == 1 ? 0 : array.strides[i]
        }
        return out
    }
}
