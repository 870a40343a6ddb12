import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// numpy's unary math ufuncs on floats (`np.sqrt`, `np.exp`, `np.floor`, ...) and `np.round`: integer inputs
/// take numpy's float type for their size (16-bit ones float32, wider ones float64; 8-bit ones and bools would
/// need float16, which the subset does not have), float inputs keep their type. Each function is a static
/// tag, so the loops are specialised like the arithmetic kernels.
protocol FloatFunction: Sendable {
    static func apply(_ x: Double) -> Double
    static func apply(_ x: Float) -> Float
}

enum SqrtFunction: FloatFunction {
    static func apply(_ x: Double) -> Double { x.squareRoot() }
    static func apply(_ x: Float) -> Float { x.squareRoot() }
}

enum ExpFunction: FloatFunction {
    static func apply(_ x: Double) -> Double { exp(x) }
    static func apply(_ x: Float) -> Float { expf(x) }
}

enum LogFunction: FloatFunction {
    static func apply(_ x: Double) -> Double { log(x) }
    static func apply(_ x: Float) -> Float { logf(x) }
}

enum Log2Function: FloatFunction {
    static func apply(_ x: Double) -> Double { log2(x) }
    static func apply(_ x: Float) -> Float { log2f(x) }
}

enum Log10Function: FloatFunction {
    static func apply(_ x: Double) -> Double { log10(x) }
    static func apply(_ x: Float) -> Float { log10f(x) }
}

enum SinFunction: FloatFunction {
    static func apply(_ x: Double) -> Double { sin(x) }
    static func apply(_ x: Float) -> Float { sinf(x) }
}

enum CosFunction: FloatFunction {
    static func apply(_ x: Double) -> Double { cos(x) }
    static func apply(_ x: Float) -> Float { cosf(x) }
}

enum TanhFunction: FloatFunction {
    static func apply(_ x: Double) -> Double { tanh(x) }
    static func apply(_ x: Float) -> Float { tanhf(x) }
}

enum FloorFunction: FloatFunction {
    static func apply(_ x: Double) -> Double { x.rounded(.down) }
    static func apply(_ x: Float) -> Float { x.rounded(.down) }
}

enum CeilFunction: FloatFunction {
    static func apply(_ x: Double) -> Double { x.rounded(.up) }
    static func apply(_ x: Float) -> Float { x.rounded(.up) }
}

enum TruncFunction: FloatFunction {
    static func apply(_ x: Double) -> Double { x.rounded(.towardZero) }
    static func apply(_ x: Float) -> Float { x.rounded(.towardZero) }
}

/// Round half to even, as C's rint in the default rounding mode.
enum RintFunction: FloatFunction {
    static func apply(_ x: Double) -> Double { x.rounded(.toNearestOrEven) }
    static func apply(_ x: Float) -> Float { x.rounded(.toNearestOrEven) }
}

enum MathOp<T: NumpyFloat, F: FloatFunction>: UnaryKernel {
    @inline(__always) static func apply(_ a: T) -> T {
        if T.self == Double.self { return unsafeBitCast(F.apply(unsafeBitCast(a, to: Double.self)), to: T.self) }
        return unsafeBitCast(F.apply(unsafeBitCast(a, to: Float.self)), to: T.self)
    }
}

enum MathFunctions {
    /// The functions by numpy name; floor, ceil, trunc and rint keep integer (and bool) inputs as they are.
    static let table: [(String, FloatFunction.Type, keepsIntegers: Bool)] = [
        ("sqrt", SqrtFunction.self, false), ("exp", ExpFunction.self, false), ("log", LogFunction.self, false),
        ("log2", Log2Function.self, false), ("log10", Log10Function.self, false), ("sin", SinFunction.self, false),
        ("cos", CosFunction.self, false), ("tanh", TanhFunction.self, false), ("floor", FloorFunction.self, true),
        ("ceil", CeilFunction.self, true), ("trunc", TruncFunction.self, true), ("rint", RintFunction.self, false),
    ]

    /// The float type numpy computes a math function of `d` in.
    static func floatType(_ name: String, _ d: DType) throws(PyError) -> DType {
        if d.isFloat { return d }
        if d.itemSize == 1 {
            throw .typeError("numpy subset: \(name) of \(d.name) would give float16, which is not supported")
        }
        return d.itemSize == 2 ? .float32 : .float64
    }

    static func apply(_ name: String, _ f: FloatFunction.Type, keepsIntegers: Bool, _ a: PyNDArray) throws(PyError)
        -> Value
    {
        if keepsIntegers && !a.dtype.isFloat { return NumpyBridge.wrap(a.contiguous(force: true)) }
        let type = try floatType(name, a.dtype)
        let x = a.dtype == type ? a : NumpyBridge.cast(a, to: type)
        let out = try PyNDArray.allocate(dtype: type, shape: a.shape)
        if type == .float64 {
            run(Double.self, f, x, out)
        } else {
            run(Float.self, f, x, out)
        }
        return NumpyBridge.wrap(out)
    }

    private static func run<T: NumpyFloat>(_: T.Type, _ f: FloatFunction.Type, _ x: PyNDArray, _ out: PyNDArray) {
        func go<F: FloatFunction>(_: F.Type) { Kernels.unary(MathOp<T, F>.self, x, out) }
        go(f)
    }

    /// `np.round(a, decimals)`: numpy's algorithm (scale by 10**decimals, round half to even, scale back);
    /// integers are returned as they are for decimals >= 0 and rounded half to even for negative ones.
    static func round(_ a: PyNDArray, decimals: Int) throws(PyError) -> Value {
        if !a.dtype.isFloat {
            if decimals >= 0 || a.dtype == .bool { return NumpyBridge.wrap(a.contiguous(force: true)) }
            let f = PyNDArray(dtype: .float64, shape: a.shape)
            Kernels.copy(from: a, to: f)
            let p = f.data.assumingMemoryBound(to: Double.self)
            let scale = pow(10.0, Double(-decimals))
            for i in 0..<f.size { p[i] = (p[i] / scale).rounded(.toNearestOrEven) * scale }
            return NumpyBridge.wrap(NumpyBridge.cast(f, to: a.dtype))
        }
        let x = a.contiguous(force: true)
        if a.dtype == .float64 {
            roundInPlace(x.data.assumingMemoryBound(to: Double.self), x.size, decimals)
        } else {
            roundInPlace(x.data.assumingMemoryBound(to: Float.self), x.size, decimals)
        }
        return NumpyBridge.wrap(x)
    }

    private static func roundInPlace<T: BinaryFloatingPoint>(_ p: UnsafeMutablePointer<T>, _ n: Int, _ decimals: Int) {
        if decimals >= 0 {
            let scale = T(pow(10.0, Double(decimals)))
            for i in 0..<n { p[i] = (p[i] * scale).rounded(.toNearestOrEven) / scale }
        } else {
            let scale = T(pow(10.0, Double(-decimals)))
            for i in 0..<n { p[i] = (p[i] / scale).rounded(.toNearestOrEven) * scale }
        }
    }
}
