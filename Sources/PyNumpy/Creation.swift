import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// Array constructors: `np.array` from nested sequences and scalars (shape discovery, dtype inference as
/// numpy does: Python bools, ints and floats as bool, int64 and float64, numpy scalars and arrays with their
/// own types, the widest winning), `zeros`, `ones`, `empty`, `full`, `arange`, `linspace`.
enum Creation {
    /// `np.array(obj, dtype=None)`: a new array (always a copy, as numpy's default `copy=True`).
    static func array(_ interp: Interpreter, _ obj: Value, dtype: DType?) throws(PyError) -> PyNDArray {
        if let a = obj.asObject as? PyNDArray {
            let out = try PyNDArray.allocate(dtype: dtype ?? a.dtype, shape: a.shape)
            Kernels.copy(from: a, to: out)
            return out
        }
        var shape: [Int] = []
        try discoverShape(interp, obj, depth: 0, shape: &shape)
        var leaves: [Value] = []
        leaves.reserveCapacity(shape.reduce(1, *))
        var inferred: DType? = nil
        try collect(interp, obj, depth: 0, shape: shape, into: &leaves, inferred: &inferred)
        let type = dtype ?? inferred ?? .float64
        let out = try PyNDArray.allocate(dtype: type, shape: shape)
        var p = out.data
        for leaf in leaves {
            try store(interp, leaf, type, p)
            p += type.itemSize
        }
        return out
    }

    /// Whether `v` is a sequence `np.array` descends into (lists, tuples, arrays).
    static func isSequence(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if let a = o as? PyNDArray { return !a.isScalar }
        return o.kind == .list || o.kind == .tuple || o.kind == .range
    }

    static func items(_ interp: Interpreter, _ v: Value) throws(PyError) -> [Value] {
        if let a = v.asObject as? PyNDArray { return try ArrayMethods.iterate(a) }
        return Array(try interp.iterate(v))
    }

    /// The shape of a nested sequence, checked to be rectangular.
    static func discoverShape(_ interp: Interpreter, _ v: Value, depth: Int, shape: inout [Int]) throws(PyError) {
        guard isSequence(v) else { return }
        if let a = v.asObject as? PyNDArray {
            shape.append(contentsOf: a.shape)
            return
        }
        let items = try items(interp, v)
        shape.append(items.count)
        if let first = items.first { try discoverShape(interp, first, depth: depth + 1, shape: &shape) }
    }

    static func collect(
        _ interp: Interpreter, _ v: Value, depth: Int, shape: [Int], into leaves: inout [Value], inferred: inout DType?
    ) throws(PyError) {
        if depth == shape.count {
            if isSequence(v) { throw inhomogeneous(shape, depth) }
            let t = try leafType(v)
            inferred = inferred.map { DType.promote($0, t) } ?? t
            leaves.append(v)
            return
        }
        guard isSequence(v) else { throw inhomogeneous(shape, depth) }
        let items = try items(interp, v)
        if items.count != shape[depth] { throw inhomogeneous(shape, depth) }
        for x in items { try collect(interp, x, depth: depth + 1, shape: shape, into: &leaves, inferred: &inferred) }
    }

    static func inhomogeneous(_ shape: [Int], _ depth: Int) -> PyError {
        let detected = Array(shape.prefix(Swift.max(depth, 1)))
        return .valueError(
            "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(detected.count) dimensions. The detected shape was \(NumpyBridge.shapeText(detected)) + inhomogeneous part."
        )
    }

    /// The dtype numpy gives a single value in `np.array`.
    static func leafType(_ v: Value) throws(PyError) -> DType {
        switch v {
        case .bool: return .bool
        case .int: return .int64
        case .float: return .float64
        case .object(let o):
            if let a = o as? PyNDArray { return a.dtype }
            if v.asBigInt != nil { return .int64 }
            throw .typeError("numpy: cannot make an array element of type '\(v.typeName)'")
        default:
            throw .typeError("numpy: cannot make an array element of type '\(v.typeName)'")
        }
    }

    /// Store the Python value `v` as an element of type `d` at `p`: out-of-range Python ints raise
    /// OverflowError as numpy 2 does; numpy scalars and floats convert with unsafe casting.
    static func store(_ interp: Interpreter, _ v: Value, _ d: DType, _ p: UnsafeMutableRawPointer) throws(PyError) {
        try value(interp, v, for: d).store(d, p)
    }

    /// The element value of a Python value for an array of type `d`.
    static func value(_ interp: Interpreter, _ v: Value, for d: DType) throws(PyError) -> NumpyValue {
        switch v {
        case .bool(let b): return .bool(b)
        case .int(let i):
            if let (lo, hi) = d.integerBounds, i < lo || i > hi {
                throw .overflowError("Python integer \(i) out of bounds for \(d.name)")
            }
            return .int(Int64(i))
        case .float(let x):
            if d.isInteger {
                if x.isNaN { throw .valueError("cannot convert float NaN to integer") }
                if x.isInfinite { throw .overflowError("cannot convert float infinity to integer") }
            }
            return .float(x)
        case .object(let o):
            if let a = o as? PyNDArray, a.size == 1 { return a.element(at: 0) }
            if let big = v.asBigInt {
                if d.isFloat { return .float(Double(big.value)) }
                if d == .uint64, let u = UInt64(exactly: big.value) { return .uint(u) }
                throw .overflowError("Python integer \(big.value) out of bounds for \(d.name)")
            }
            if let s = v.asStr {
                if let x = Double(s.string.trimmingWhitespace()) { return d.isFloat ? .float(x) : .int(Conversions.int64(x)) }
                throw .valueError("could not convert string to float: \(try interp.repr(v))")
            }
            return .float(try interp.floatArgument(v))
        default:
            throw .typeError("numpy: cannot convert \(v.typeName) to \(d.name)")
        }
    }

    /// `zeros`, `ones`, `empty`, `full`: an array of `shape` filled with `fill` (nil: zeros / nothing).
    static func filled(_ interp: Interpreter, _ shape: [Int], _ dtype: DType, _ fill: Value?) throws(PyError) -> PyNDArray {
        guard let fill else { return try PyNDArray.allocate(dtype: dtype, shape: shape, zeroed: true) }
        let out = try PyNDArray.allocate(dtype: dtype, shape: shape)
        if let a = fill.asObject as? PyNDArray, !a.isScalar {
            guard let b = Runs.broadcastShape(a.shape, shape), b == shape else {
                throw .valueError(
                    "could not broadcast input array from shape \(NumpyBridge.dimsText(a.shape)) into shape \(NumpyBridge.dimsText(shape))"
                )
            }
            Kernels.copy(from: a, to: out)
            return out
        }
        // full() copies with unsafe casting: a float fill of an integer array truncates (NaN gives INT_MIN)
        if case .float(let x) = fill {
            Kernels.fill(out, with: .float(x))
        } else {
            Kernels.fill(out, with: try value(interp, fill, for: dtype))
        }
        return out
    }

    /// `np.arange([start,] stop[, step], dtype=None)`.
    static func arange(_ interp: Interpreter, _ args: [Value], dtype: DType?) throws(PyError) -> PyNDArray {
        var start: Value = .int(0)
        var stop: Value
        var step: Value = .int(1)
        switch args.count {
        case 1: stop = args[0]
        case 2: (start, stop) = (args[0], args[1])
        default: (start, stop, step) = (args[0], args[1], args[2])
        }
        let allInts = [start, stop, step].allSatisfy { v in
            if case .int = v { return true }
            if case .bool = v { return true }
            if let a = v.asObject as? PyNDArray, a.isScalar, a.dtype.isInteger { return true }
            return false
        }
        let type = dtype ?? (allInts ? .int64 : .float64)
        if allInts && !type.isFloat {
            let a = try NumpyBridge.index(interp, start)
            let b = try NumpyBridge.index(interp, stop)
            let s = try NumpyBridge.index(interp, step)
            if s == 0 { throw .zeroDivision("division by zero") }
            let (wa, wb, ws) = (Int128(a), Int128(b), Int128(s))
            let count = Swift.max(0, s > 0 ? (wb - wa + ws - 1) / ws : (wa - wb - ws - 1) / -ws)
            guard count <= Int128(Int.max / 16) else { throw .valueError("Maximum allowed size exceeded") }
            let n = Int(count)
            let out = try PyNDArray.allocate(dtype: type, shape: [n])
            if type == .int64 {
                let q = out.data.assumingMemoryBound(to: Int64.self)
                let (a64, s64) = (Int64(a), Int64(s))
                for i in 0..<n { q[i] = a64 &+ Int64(i) &* s64 }
                return out
            }
            var p = out.data
            for i in 0..<n {
                NumpyValue.int(Int64(truncatingIfNeeded: wa + Int128(i) * ws)).store(type, p)
                p += type.itemSize
            }
            return out
        }
        let a = try interp.floatArgument(start)
        let b = try interp.floatArgument(stop)
        let s = try interp.floatArgument(step)
        if s == 0 { throw .zeroDivision("division by zero") }
        let length = ((b - a) / s).rounded(.up)
        if length.isNaN { throw .valueError("arange: cannot compute length") }
        if length > Double(Int.max / 16) { throw .valueError("Maximum allowed size exceeded") }
        let n = Swift.max(0, Int(length))
        let out = try PyNDArray.allocate(dtype: type, shape: [n])
        var p = out.data
        // numpy fills from the first two values: start, start + delta, ...
        let delta = (a + s) - a
        if type == .float64 {
            // A 32-bit index converts to double with packed instructions, so the loop vectorises.
            let q = p.assumingMemoryBound(to: Double.self)
            if n <= Int(Int32.max) {
                for i in 0..<Int32(n) { q[Int(i)] = a + Double(i) * delta }
            } else {
                for i in 0..<n { q[i] = a + Double(i) * delta }
            }
            return out
        }
        for i in 0..<n {
            NumpyValue.float(a + Double(i) * delta).store(type, p)
            p += type.itemSize
        }
        return out
    }

    /// `np.linspace(start, stop, num=50, endpoint=True, dtype=None)`.
    static func linspace(
        _ interp: Interpreter, start: Double, stop: Double, num: Int, endpoint: Bool, dtype: DType?
    ) throws(PyError) -> PyNDArray {
        if num < 0 { throw .valueError("Number of samples, \(num), must be non-negative.") }
        let div = endpoint ? num - 1 : num
        let delta = stop - start
        let values = try PyNDArray.allocate(dtype: .float64, shape: [num])
        let p = values.data.assumingMemoryBound(to: Double.self)
        if div > 0 {
            let step = delta / Double(div)
            for i in 0..<num { p[i] = step == 0 ? Double(i) / Double(div) * delta + start : Double(i) * step + start }
        } else {
            for i in 0..<num { p[i] = Double(i) * delta + start }
        }
        if endpoint && num > 1 { p[num - 1] = stop }
        let type = dtype ?? .float64
        if type == .float64 { return values }
        if type.isInteger {
            // numpy floors toward minus infinity before the integer cast
            for i in 0..<num { p[i] = p[i].rounded(.down) }
        }
        return NumpyBridge.cast(values, to: type)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
