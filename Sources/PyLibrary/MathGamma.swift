import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `math.gamma` and `math.lgamma` by the Lanczos approximation (g = 6.0246..., 13 terms, the coefficients
/// published with Boost), the method CPython uses instead of the C library, so that results agree to the last
/// bit. Exact factorials are returned for small positive integers.
enum Gamma {
    private static let g = 6.024680040776729583740234375
    private static let gMinusHalf = 5.524680040776729583740234375
    private static let numerator: [Double] = [
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    /// The denominator is the polynomial x(x+1)...(x+11) expanded.
    private static let denominator: [Double] = [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
        32670.0, 1925.0, 66.0, 1.0,
    ]

    /// The rational Lanczos sum, evaluated in x for small x and in 1/x for large x (to avoid overflow).
    private static func lanczosSum(_ x: Double) -> Double {
        var num = 0.0
        var den = 0.0
        if x < 5.0 {
            for i in stride(from: numerator.count - 1, through: 0, by: -1) {
                num = num * x + numerator[i]
                den = den * x + denominator[i]
            }
        } else {
            for i in 0..<numerator.count {
                num = num / x + numerator[i]
                den = den / x + denominator[i]
            }
        }
        return num / den
    }

    /// sin(pi * x), exact at integers and half-integers.
    private static func sinPi(_ x: Double) -> Double {
        let y = fmod(Swift.abs(x), 2.0)
        let r: Double
        switch Int((2.0 * y).rounded()) {
        case 0: r = sin(Double.pi * y)
        case 1: r = cos(Double.pi * (y - 0.5))
        case 2: r = sin(Double.pi * (1.0 - y))
        case 3: r = -cos(Double.pi * (y - 1.5))
        default: r = sin(Double.pi * (y - 2.0))
        }
        return copysign(1.0, x) * r
    }

    static func gamma(_ x: Double) throws(PyError) -> Double {
        if !x.isFinite {
            if x.isNaN || x > 0 { return x }
            throw .valueError("math domain error")
        }
        if x == 0 { throw .valueError("math domain error") }
        if x == x.rounded(.down) {
            if x < 0 { throw .valueError("math domain error") }
            if x <= 23 {
                var f = 1.0
                var i = 2.0
                while i < x {
                    f *= i
                    i += 1
                }
                return f
            }
        }
        let ax = Swift.abs(x)
        if ax < 1e-20 {
            let r = 1.0 / x
            if r.isInfinite { throw .overflowError("math range error") }
            return r
        }
        if ax > 200 {
            if x < 0 { return 0.0 / sinPi(x) }
            throw .overflowError("math range error")
        }
        let y = ax + gMinusHalf
        var z: Double
        if ax > gMinusHalf {
            z = (y - ax) - gMinusHalf
        } else {
            z = (y - gMinusHalf) - ax
        }
        z = z * g / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinPi(ax) / ax * exp(y) / lanczosSum(ax)
            r -= z * r
            if ax < 140 {
                r /= pow(y, ax - 0.5)
            } else {
                let half = pow(y, ax / 2.0 - 0.25)
                r /= half
                r /= half
            }
        } else {
            r = lanczosSum(ax) / exp(y)
            r += z * r
            if ax < 140 {
                r *= pow(y, ax - 0.5)
            } else {
                let half = pow(y, ax / 2.0 - 0.25)
                r *= half
                r *= half
            }
        }
        if r.isInfinite { throw .overflowError("math range error") }
        return r
    }

    static func logGamma(_ x: Double) throws(PyError) -> Double {
        if !x.isFinite { return x.isNaN ? x : .infinity }
        if x == x.rounded(.down) && x <= 2 {
            if x <= 0 { throw .valueError("math domain error") }
            return 0.0
        }
        let ax = Swift.abs(x)
        if ax < 1e-20 { return -log(ax) }
        var r = log(lanczosSum(ax)) - g
        r += (ax - 0.5) * (log(ax + g - 0.5) - 1)
        if x < 0 { r = log(Double.pi) - log(Swift.abs(sinPi(ax))) - log(ax) - r }
        if r.isInfinite { throw .overflowError("math range error") }
        return r
    }
}
