#if canImport(Glibc)
    import Glibc
#endif

/// Durations as IPython's timing magics print them (`IPython.core.magics.execution._format_time`), so
/// `%time` and `%timeit` lines read exactly as in Jupyter: `12.3 ms`, `6.18 ns`, `1min 1s`.
public enum TimeFormat {
    /// Format a duration.
    ///
    /// Below a minute: the unit by magnitude (`s`, `ms`, `μs`, `ns`; values under 1 ns stay in ns) and
    /// `"%.*g"` with `precision` significant digits, so trailing zeros go (`1.5 s`, `300 ms`) and a value that
    /// rounds to 1000 keeps IPython's exponent form (`1e+03 ms`). From a minute on: `1d 1h 1min 1s` parts,
    /// each truncated, zero parts skipped, stopping once less than a second is left.
    /// - Parameters:
    ///   - seconds: the duration.
    ///   - precision: significant digits (IPython's default 3; `%timeit -p`).
    ///   - unicode: `μs` (U+03BC) when true, `us` when the output cannot encode it.
    /// - Returns: the text.
    public static func format(_ seconds: Double, precision: Int = 3, unicode: Bool = true) -> String {
        if seconds >= 60 {
            let parts: [(String, Double)] = [("d", 86400), ("h", 3600), ("min", 60), ("s", 1)]
            var pieces: [String] = []
            var leftover = seconds
            for (suffix, length) in parts {
                let value = Int(leftover / length)
                if value > 0 {
                    leftover = pythonModulo(leftover, length)
                    pieces.append("\(value)\(suffix)")
                }
                if leftover < 1 { break }
            }
            return pieces.joined(separator: " ")
        }
        let units = ["s", "ms", unicode ? "\u{03BC}s" : "us", "ns"]
        let scaling: [Double] = [1, 1e3, 1e6, 1e9]
        var order = 3
        if seconds > 0 {
            let exponent = floor(log10(seconds))
            order = min(-Int(floor(exponent / 3)), 3)
        }
        order = max(order, 0)
        return "\(formatG(seconds * scaling[order], precision: precision)) \(units[order])"
    }

    /// C's `%.*g`.
    public static func formatG(_ value: Double, precision: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([Int32(precision), value]) { args in vsnprintf(&buffer, buffer.count, "%.*g", args) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Python's `{:,}` for an integer: thousands separated by commas.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// Python's float `%` (the result takes the divisor's sign).
    static func pythonModulo(_ a: Double, _ b: Double) -> Double {
        let r = fmod(a, b)
        return (r != 0 && (r < 0) != (b < 0)) ? r + b : r
    }

    /// The `%time` report: `CPU times: user U, sys: S, total: T` and `Wall time: W`, each line ending in a
    /// newline.
    public static func timeReport(user: Double, system: Double, wall: Double, unicode: Bool = true) -> String {
        "CPU times: user \(format(user, unicode: unicode)), sys: \(format(system, unicode: unicode)), "
            + "total: \(format(user + system, unicode: unicode))\nWall time: \(format(wall, unicode: unicode))\n"
    }

    /// The `%timeit` result line, e.g. `6.18 ns ± 1.44 ns per loop (mean ± std. dev. of 7 runs, 100,000,000
    /// loops each)`, from the per-loop mean and population standard deviation.
    public static func timeitLine(
        mean: Double, stdev: Double, runs: Int, loops: Int, precision: Int = 3, unicode: Bool = true
    ) -> String {
        let pm = unicode ? "\u{00B1}" : "+-"
        return "\(format(mean, precision: precision, unicode: unicode)) \(pm) "
            + "\(format(stdev, precision: precision, unicode: unicode)) per loop (mean \(pm) std. dev. of "
            + "\(runs) run\(runs == 1 ? "" : "s"), \(grouped(loops)) loop\(loops == 1 ? "" : "s") each)"
    }
}
