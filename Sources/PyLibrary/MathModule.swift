import BigInt
import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `math`: constants, the C library's real functions with CPython's error rules ("math domain error" when a
/// finite input gives NaN, "math range error" on overflow), integer functions on big ints (`factorial`, `gcd`,
/// `lcm`, `comb`, `perm`, `isqrt`), exact `fsum` (Shewchuk's partials, correctly rounded), correctly rounded
/// `hypot`/`dist`, `prod`, `isclose`.
///
/// Left out: complex math (`cmath`), `math.nextafter(steps=)` (3.12) and `sumprod` (3.12).
enum MathModule {
    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "math")
        m.set("pi", .float(Double.pi))
        m.set("e", .float(M_E))
        m.set("tau", .float(2 * Double.pi))
        m.set("inf", .float(.infinity))
        m.set("nan", .float(.nan))
        installRealFunctions(m)
        installRoundingFunctions(m)
        installIntegerFunctions(m)
        installSums(m)
        return m
    }

    // MARK: Real functions

    /// CPython's `math_1`: NaN from a non-NaN input is a domain error; infinity from a finite input is a range
    /// error when the function can overflow, else a domain error.
    static func real(
        _ m: PyModule, _ name: String, canOverflow: Bool = false, _ f: @escaping (Double) -> Double
    ) {
        Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
            try args.expect(name, min: 1, max: 1)
            let x = try Lib.double(interp, args[0])
            return .float(try checked(f(x), x.isNaN, x.isFinite, canOverflow: canOverflow))
        }
    }

    static func checked(
        _ r: Double, _ inputNaN: Bool, _ inputFinite: Bool, canOverflow: Bool
    ) throws(PyError)
        -> Double
    {
        if r.isNaN && !inputNaN { throw .valueError("math domain error") }
        if r.isInfinite && inputFinite {
            if canOverflow { throw .overflowError("math range error") }
            throw .valueError("math domain error")
        }
        return r
    }

    static func installRealFunctions(_ m: PyModule) {
        real(m, "sqrt") { sqrt($0) }
        real(m, "exp", canOverflow: true) { exp($0) }
        real(m, "exp2", canOverflow: true) { exp2($0) }
        real(m, "expm1", canOverflow: true) { expm1($0) }
        real(m, "cbrt") { cbrt($0) }
        real(m, "sin") { sin($0) }
        real(m, "cos") { cos($0) }
        real(m, "tan") { tan($0) }
        real(m, "asin") { asin($0) }
        real(m, "acos") { acos($0) }
        real(m, "atan") { atan($0) }
        real(m, "sinh", canOverflow: true) { sinh($0) }
        real(m, "cosh", canOverflow: true) { cosh($0) }
        real(m, "tanh") { tanh($0) }
        real(m, "asinh") { asinh($0) }
        real(m, "acosh") { acosh($0) }
        real(m, "atanh") { atanh($0) }
        real(m, "erf") { erf($0) }
        real(m, "erfc") { erfc($0) }
        real(m, "fabs") { Swift.abs($0) }
        real(m, "degrees") { $0 * (180.0 / Double.pi) }
        real(m, "radians") { $0 * (Double.pi / 180.0) }
        Lib.function(m, "gamma") { (interp, args) throws(PyError) -> Value in
            try args.expect("gamma", min: 1, max: 1)
            let x = try Lib.double(interp, args[0])
            return .float(try Gamma.gamma(x))
        }
        Lib.function(m, "lgamma") { (interp, args) throws(PyError) -> Value in
            try args.expect("lgamma", min: 1, max: 1)
            let x = try Lib.double(interp, args[0])
            return .float(try Gamma.logGamma(x))
        }
        let logs: [(String, (Double) -> Double)] = [
            ("log", { Glibc.log($0) }), ("log2", { Glibc.log2($0) }), ("log10", { Glibc.log10($0) }),
        ]
        for (name, f) in logs {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                if name == "log" {
                    try args.expect("log", min: 1, max: 2)
                } else {
                    try args.expect(name, min: 1, max: 1)
                }
                let num = try logarithm(interp, args[0], f)
                if args.count == 2 {
                    let den = try logarithm(interp, args[1], f)
                    if den == 0 { throw .zeroDivision("float division by zero") }
                    return .float(num / den)
                }
                return .float(num)
            }
        }
        real(m, "log1p") { log1p($0) }
        Lib.function(m, "atan2") { (interp, args) throws(PyError) -> Value in
            try args.expect("atan2", min: 2, max: 2)
            return .float(atan2(try Lib.double(interp, args[0]), try Lib.double(interp, args[1])))
        }
        Lib.function(m, "pow") { (interp, args) throws(PyError) -> Value in
            try args.expect("pow", min: 2, max: 2)
            let x = try Lib.double(interp, args[0])
            let y = try Lib.double(interp, args[1])
            return .float(try power(x, y))
        }
        Lib.function(m, "fmod") { (interp, args) throws(PyError) -> Value in
            try args.expect("fmod", min: 2, max: 2)
            let x = try Lib.double(interp, args[0])
            let y = try Lib.double(interp, args[1])
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw .valueError("math domain error") }
            return .float(r)
        }
        Lib.function(m, "remainder") { (interp, args) throws(PyError) -> Value in
            try args.expect("remainder", min: 2, max: 2)
            let x = try Lib.double(interp, args[0])
            let y = try Lib.double(interp, args[1])
            let r = Glibc.remainder(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw .valueError("math domain error") }
            return .float(r)
        }
        Lib.function(m, "copysign") { (interp, args) throws(PyError) -> Value in
            try args.expect("copysign", min: 2, max: 2)
            return .float(copysign(try Lib.double(interp, args[0]), try Lib.double(interp, args[1])))
        }
        Lib.function(m, "nextafter") { (interp, args) throws(PyError) -> Value in
            try args.expect("nextafter", min: 2, max: 2)
            return .float(nextafter(try Lib.double(interp, args[0]), try Lib.double(interp, args[1])))
        }
        Lib.function(m, "ulp") { (interp, args) throws(PyError) -> Value in
            try args.expect("ulp", min: 1, max: 1)
            let x = Swift.abs(try Lib.double(interp, args[0]))
            if x.isNaN || x.isInfinite { return .float(x) }
            let up = nextafter(x, .infinity)
            if up.isInfinite { return .float(x - nextafter(x, -.infinity)) }
            return .float(up - x)
        }
        let tests: [(String, (Double) -> Bool)] = [
            ("isfinite", { $0.isFinite }), ("isinf", { $0.isInfinite }), ("isnan", { $0.isNaN }),
        ]
        for (name, test) in tests {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                return .bool(test(try Lib.double(interp, args[0])))
            }
        }
        Lib.function(m, "isclose") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("isclose", args, ["a", "b", "rel_tol", "abs_tol"], required: 2, positionalCount: 2)
            let x = try Lib.double(interp, a[0]!)
            let y = try Lib.double(interp, a[1]!)
            let rel = try a[2].map { (v) throws(PyError) -> Double in try Lib.double(interp, v) } ?? 1e-9
            let abs = try a[3].map { (v) throws(PyError) -> Double in try Lib.double(interp, v) } ?? 0
            if rel < 0 || abs < 0 { throw .valueError("tolerances must be non-negative") }
            if x == y { return .true }
            if x.isInfinite || y.isInfinite { return .false }
            let diff = Swift.abs(y - x)
            return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= abs)
        }
        Lib.function(m, "modf") { (interp, args) throws(PyError) -> Value in
            try args.expect("modf", min: 1, max: 1)
            let x = try Lib.double(interp, args[0])
            if x.isInfinite { return .object(PyTuple([.float(copysign(0, x)), .float(x)])) }
            var ip = 0.0
            let fp = Glibc.modf(x, &ip)
            return .object(PyTuple([.float(fp), .float(ip)]))
        }
        Lib.function(m, "frexp") { (interp, args) throws(PyError) -> Value in
            try args.expect("frexp", min: 1, max: 1)
            let x = try Lib.double(interp, args[0])
            if x.isNaN || x.isInfinite || x == 0 { return .object(PyTuple([.float(x), .int(0)])) }
            var e: Int32 = 0
            let mant = Glibc.frexp(x, &e)
            return .object(PyTuple([.float(mant), .int(Int(e))]))
        }
        Lib.function(m, "ldexp") { (interp, args) throws(PyError) -> Value in
            try args.expect("ldexp", min: 2, max: 2)
            let x = try Lib.double(interp, args[0])
            guard Lib.isInt(args[1]) else { throw .typeError("Expected an int as second argument to ldexp.") }
            let big = Lib.bigInt(args[1])!
            let e = big > 100_000 ? 100_000 : (big < -100_000 ? -100_000 : Int(big))
            if x == 0 || !x.isFinite { return .float(x) }
            let r = scalbn(x, Int32(e))
            if r.isInfinite { throw .overflowError("math range error") }
            return .float(r)
        }
    }

    static func power(_ x: Double, _ y: Double) throws(PyError) -> Double {
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return y == 0 ? 1 : x }
            if y.isNaN { return x == 1 ? 1 : y }
            return pow(x, y)
        }
        if x == 0 && y < 0 { throw .valueError("math domain error") }
        if x < 0 && y != y.rounded() { throw .valueError("math domain error") }
        let r = pow(x, y)
        if r.isInfinite { throw .overflowError("math range error") }
        return r
    }

    /// `log` of an int or float; ints beyond the float range are split into mantissa and power of two first.
    static func logarithm(_ interp: Interpreter, _ v: Value, _ f: (Double) -> Double) throws(PyError) -> Double {
        if let big = v.asBigInt?.value {
            if big <= 0 { throw .valueError("math domain error") }
            let d = Double(big)
            if d.isFinite { return f(d) }
            // x = m * 2**e with m in [0.5, 1), rounded once to 53 bits (a sticky bit keeps the rounding right).
            let mag = big.magnitude
            let bits = mag.bitWidth
            var top = mag >> (bits - 55)
            if mag.trailingZeroBitCount < bits - 55 { top |= 1 }
            return f(scalbn(Double(top), -55)) + f(2.0) * Double(bits)
        }
        let x = try Lib.double(interp, v)
        if x.isNaN { return x }
        if x <= 0 { throw .valueError("math domain error") }
        return f(x)
    }

    // MARK: Rounding

    static func installRoundingFunctions(_ m: PyModule) {
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                let v = args[0]
                switch v {
                case .int: return v
                case .bool(let b): return .int(b ? 1 : 0)
                case .float(let d): return try integral(d.rounded(rule))
                default: break
                }
                if v.asBigInt != nil { return v }
                if case .object(let o) = v, let method = o.type.lookup("__\(name)__"), !o.type.isBuiltin {
                    return try interp.call(method, [v])
                }
                if name == "trunc" { throw .typeError("type \(v.typeName) doesn't define __trunc__ method") }
                return try integral(try Lib.double(interp, v).rounded(rule))
            }
        }
    }

    /// An integral float as a Python int (big when needed).
    static func integral(_ d: Double) throws(PyError) -> Value {
        if d.isNaN { throw .valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw .overflowError("cannot convert float infinity to integer") }
        if Swift.abs(d) < 9.2e18 { return .int(Int(d)) }
        return PyBigInt.make(BigInt(d))
    }

    // MARK: Integer functions

    static func installIntegerFunctions(_ m: PyModule) {
        Lib.function(m, "factorial") { (interp, args) throws(PyError) -> Value in
            try args.expect("factorial", min: 1, max: 1)
            let n = try integerArgument(interp, args[0])
            if n < 0 { throw .valueError("factorial() not defined for negative values") }
            guard let small = Int(exactly: n) else {
                throw .overflowError("factorial() argument should not exceed \(Int.max)")
            }
            return PyBigInt.make(product(2, small))
        }
        for (name, isLcm) in [("gcd", false), ("lcm", true)] {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                try Lib.noKeywords(name, args)
                var acc: BigInt = isLcm ? 1 : 0
                for i in 0..<args.count {
                    let x = try integerArgument(interp, args[i])
                    if isLcm {
                        if acc == 0 || x == 0 {
                            acc = 0
                            continue
                        }
                        let g = acc.greatestCommonDivisor(with: x)
                        acc = BigInt(acc.magnitude / g.magnitude * x.magnitude)
                    } else {
                        acc = acc.greatestCommonDivisor(with: x)
                    }
                }
                return PyBigInt.make(BigInt(acc.magnitude))
            }
        }
        Lib.function(m, "isqrt") { (interp, args) throws(PyError) -> Value in
            try args.expect("isqrt", min: 1, max: 1)
            let n = try integerArgument(interp, args[0])
            if n < 0 { throw .valueError("isqrt() argument must be nonnegative") }
            return PyBigInt.make(BigInt(n.magnitude.squareRoot()))
        }
        Lib.function(m, "comb") { (interp, args) throws(PyError) -> Value in
            try args.expect("comb", min: 2, max: 2)
            let n = try integerArgument(interp, args[0])
            let k = try integerArgument(interp, args[1])
            if n < 0 { throw .valueError("n must be a non-negative integer") }
            if k < 0 { throw .valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            let kk = Swift.min(k, n - k)
            guard let steps = Int(exactly: kk) else { throw .overflowError("min(n - k, k) must not exceed \(Int.max)") }
            var r: BigInt = 1
            var i = 0
            while i < steps {
                r = r * (n - BigInt(i)) / BigInt(i + 1)
                i += 1
            }
            return PyBigInt.make(r)
        }
        Lib.function(m, "perm") { (interp, args) throws(PyError) -> Value in
            try args.expect("perm", min: 1, max: 2)
            let n = try integerArgument(interp, args[0])
            let k = args.count > 1 && !args[1].isNone ? try integerArgument(interp, args[1]) : n
            if n < 0 { throw .valueError("n must be a non-negative integer") }
            if k < 0 { throw .valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            guard let steps = Int(exactly: k) else { throw .overflowError("k must not exceed \(Int.max)") }
            var r: BigInt = 1
            for i in 0..<steps { r *= n - BigInt(i) }
            return PyBigInt.make(r)
        }
    }

    /// An int argument (`__index__` accepted, floats rejected) as BigInt.
    static func integerArgument(_ interp: Interpreter, _ v: Value) throws(PyError) -> BigInt {
        try Lib.indexBigInt(interp, v)
    }

    /// The product lo * (lo+1) * ... * hi by binary splitting (fast for large factorials).
    static func product(_ lo: Int, _ hi: Int) -> BigInt {
        if lo > hi { return 1 }
        if hi - lo < 16 {
            var r = BigInt(lo)
            var i = lo + 1
            while i <= hi {
                r *= BigInt(i)
                i += 1
            }
            return r
        }
        let mid = (lo + hi) / 2
        return product(lo, mid) * product(mid + 1, hi)
    }

    // MARK: Sums, products, norms

    static func installSums(_ m: PyModule) {
        Lib.function(m, "fsum") { (interp, args) throws(PyError) -> Value in
            try args.expect("fsum", min: 1, max: 1)
            var values: [Double] = []
            for x in try interp.iterate(args[0]) { values.append(try Lib.double(interp, x)) }
            return .float(try exactSum(values))
        }
        Lib.function(m, "prod") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("prod", args, ["iterable", "start"], required: 1, positionalCount: 1)
            var acc = a[1] ?? .int(1)
            for x in try interp.iterate(a[0]!) { acc = try interp.binaryOp(acc, x, .mul) }
            return acc
        }
        Lib.function(m, "hypot") { (interp, args) throws(PyError) -> Value in
            try Lib.noKeywords("hypot", args)
            var coords: [Double] = []
            for i in 0..<args.count { coords.append(try Lib.double(interp, args[i])) }
            return .float(norm(coords))
        }
        Lib.function(m, "dist") { (interp, args) throws(PyError) -> Value in
            try args.expect("dist", min: 2, max: 2)
            guard args[0].asTuple != nil || args[0].asList != nil, args[1].asTuple != nil || args[1].asList != nil
            else { throw .typeError("dist(): argument must be a sequence") }
            let p = try interp.iterate(args[0])
            let q = try interp.iterate(args[1])
            if p.count != q.count { throw .valueError("both points must have the same number of dimensions") }
            var diffs: [Double] = []
            for i in p.indices { diffs.append(try Lib.double(interp, p[i]) - Lib.double(interp, q[i])) }
            return .float(norm(diffs))
        }
    }

    /// The correctly rounded sum of `values` (Shewchuk's algorithm with a final half-way correction), with
    /// CPython's handling of infinities, NaN and intermediate overflow.
    static func exactSum(_ values: [Double]) throws(PyError) -> Double {
        var partials: [Double] = []
        var special = 0.0
        var infSum = 0.0
        for value in values {
            var x = value
            if !x.isFinite {
                infSum += x
                special += x
                continue
            }
            var i = 0
            for j in partials.indices {
                var y = partials[j]
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 {
                    partials[i] = lo
                    i += 1
                }
                x = hi
            }
            if !x.isFinite { throw .overflowError("intermediate overflow in fsum") }
            partials.removeSubrange(i...)
            partials.append(x)
        }
        if special != 0 {
            if infSum.isNaN { throw .valueError("-inf + inf in fsum") }
            return special
        }
        guard var n = partials.indices.last else { return 0.0 }
        var hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0 { break }
        }
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            if y == x - hi { hi = x }
        }
        return hi
    }

    /// The correctly rounded Euclidean norm: squares are summed exactly as a big integer scaled by a power of
    /// two, then the integer square root is rounded once.
    static func norm(_ coords: [Double]) -> Double {
        var maxAbs = 0.0
        var sawNaN = false
        for c in coords {
            if c.isInfinite { return .infinity }
            if c.isNaN { sawNaN = true }
            maxAbs = Swift.max(maxAbs, Swift.abs(c))
        }
        if sawNaN { return .nan }
        if maxAbs == 0 { return 0 }
        if coords.count == 1 { return maxAbs }
        // Each |c| = mant * 2^exp with a 53-bit integer mantissa.
        var parts: [(BigInt, Int)] = []
        var minExp = Int.max
        for c in coords where c != 0 {
            let a = Swift.abs(c)
            let mant = BigInt(a.isNormal ? a.significandBitPattern | (1 << 52) : a.significandBitPattern)
            let e = a.isNormal ? Int(a.exponent) - 52 : -1074
            parts.append((mant, e))
            minExp = Swift.min(minExp, e)
        }
        var sum: BigInt = 0
        for (mant, e) in parts { sum += (mant * mant) << (2 * (e - minExp)) }
        // sqrt(sum) * 2^minExp; shift so the root has at least 55 significant bits.
        var shift = 0
        let bits = sum.magnitude.bitWidth
        if bits < 120 { shift = (120 - bits + 1) / 2 }
        let scaled = sum << (2 * shift)
        let root = scaled.magnitude.squareRoot()
        let exact = root * root == scaled.magnitude
        return roundToDouble(BigInt(root), sticky: !exact, exponent: minExp - shift)
    }

    /// `value * 2^exponent` rounded half-to-even to a double, where `sticky` says that the true value is a little
    /// larger than `value`.
    static func roundToDouble(_ value: BigInt, sticky: Bool, exponent: Int) -> Double {
        let bits = value.magnitude.bitWidth
        let drop = Swift.max(0, bits - 53)
        var mant = value >> drop
        let remainder = value - (mant << drop)
        if drop > 0 {
            let half = BigInt(1) << (drop - 1)
            if remainder > half || (remainder == half && (sticky || mant & 1 == 1)) { mant += 1 }
        }
        return scalbn(Double(mant), Int32(clamping: exponent + drop))
    }
}
