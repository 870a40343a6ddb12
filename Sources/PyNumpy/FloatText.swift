#if canImport(Glibc)
    import Glibc
#endif

/// Decimal text of floats as numpy's Dragon4 printers produce it in "unique" mode: the shortest digits that
/// round-trip for the value's own type (float32 or float64), rounded to at most `precision` digits when asked,
/// laid out positionally (`1.5`, `1.`) or in scientific notation (`1.5e-05`), with numpy's padding options.
enum FloatText {
    /// The shortest round-trip digits of |x| (no leading or trailing zeros) and the exponent `e` such that
    /// |x| = 0.d1d2... × 10^e. Zero gives ("0", 1).
    static func shortestDigits(_ x: Double, float32: Bool) -> (digits: [UInt8], exponent: Int) {
        let text = float32 ? Swift.abs(Float(x)).description : Swift.abs(x).description
        if x == 0 { return ([UInt8(ascii: "0")], 1) }
        var mantissa = Substring(text)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp = Int(text[text.index(after: e)...].replacingPlus()) ?? 0
        }
        var intPart = Substring(mantissa)
        var fracPart = Substring("")
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = Array((intPart + fracPart).utf8)
        var pointPosition = intPart.count + exp
        while digits.first == UInt8(ascii: "0") && digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.last == UInt8(ascii: "0") && digits.count > 1 { digits.removeLast() }
        return (digits, pointPosition)
    }

    /// `printf` of one double with a `%.*f` / `%.*e` format (exact binary-to-decimal rounding).
    static func printf(_ format: String, _ precision: Int, _ x: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        _ = withVaList([Int32(precision), x]) { vsnprintf(&buffer, 512, format, $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Integer and fraction digits of |x| in positional notation: shortest digits, rounded to `precision`
    /// fraction digits when they are longer (trailing zeros removed).
    static func positionalParts(_ x: Double, float32: Bool, precision: Int?) -> (String, String) {
        let (digits, e) = shortestDigits(x, float32: float32)
        let zero = UInt8(ascii: "0")
        var intDigits: [UInt8]
        var fracDigits: [UInt8]
        if e <= 0 {
            intDigits = [zero]
            fracDigits = Array(repeating: zero, count: -e) + digits
        } else if e >= digits.count {
            intDigits = digits + Array(repeating: zero, count: e - digits.count)
            fracDigits = []
        } else {
            intDigits = Array(digits[..<e])
            fracDigits = Array(digits[e...])
        }
        if x == 0 { (intDigits, fracDigits) = ([zero], []) }
        if let precision, fracDigits.count > precision {
            let s = printf("%.*f", precision, Swift.abs(x))
            let parts = s.split(separator: ".", omittingEmptySubsequences: false)
            intDigits = Array(parts[0].utf8)
            fracDigits = parts.count > 1 ? Array(parts[1].utf8) : []
            while fracDigits.last == zero { fracDigits.removeLast() }
        }
        return (String(decoding: intDigits, as: UTF8.self), String(decoding: fracDigits, as: UTF8.self))
    }

    /// Mantissa fraction digits and decimal exponent of |x| in scientific notation (d.ddd × 10^exp), shortest
    /// digits rounded to `precision` fraction digits when longer.
    static func scientificParts(_ x: Double, float32: Bool, precision: Int?) -> (String, String, Int) {
        var (digits, e) = shortestDigits(x, float32: float32)
        var exponent = x == 0 ? 0 : e - 1
        if let precision, digits.count - 1 > precision {
            let s = printf("%.*e", precision, Swift.abs(x))
            let halves = s.split(separator: "e")
            let mant = halves[0].replacingOccurrences(".", "")
            digits = Array(mant.utf8)
            exponent = Int(String(halves[1]).replacingPlus()) ?? 0
            while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
        }
        let first = String(decoding: digits.prefix(1), as: UTF8.self)
        let rest = String(decoding: digits.dropFirst(), as: UTF8.self)
        return (first, rest, exponent)
    }

    /// numpy's `format_float_positional` in unique mode.
    /// - Parameters:
    ///   - minDigits: pad the fraction with zeros to at least this many digits.
    ///   - trimPoint: when there is no fraction, keep the point (`1.`); otherwise `1.0` style handled by minDigits.
    static func positional(
        _ x: Double, float32: Bool, precision: Int?, minDigits: Int = 0, padLeft: Int = 0, padRight: Int = 0
    ) -> String {
        var (intPart, frac) = positionalParts(x, float32: float32, precision: precision)
        if frac.count < minDigits { frac += String(repeating: "0", count: minDigits - frac.count) }
        if x.sign == .minus { intPart = "-" + intPart }
        let left = String(repeating: " ", count: Swift.max(0, padLeft - intPart.count)) + intPart
        let right = frac + String(repeating: " ", count: Swift.max(0, padRight - frac.count))
        return left + "." + right
    }

    /// numpy's `format_float_scientific` in unique mode.
    static func scientific(
        _ x: Double, float32: Bool, precision: Int?, minDigits: Int = 0, padLeft: Int = 0, expDigits: Int = 2
    ) -> String {
        var (first, frac, exponent) = scientificParts(x, float32: float32, precision: precision)
        if frac.count < minDigits {
            // numpy fills up to min_digits with further digits of the exact binary value, not with zeros
            let s = printf("%.*e", minDigits, Swift.abs(x))
            let halves = s.split(separator: "e")
            let mantissa = halves[0].split(separator: ".", omittingEmptySubsequences: false)
            first = String(mantissa[0])
            frac = mantissa.count > 1 ? String(mantissa[1]) : ""
            exponent = Int(String(halves[1]).replacingPlus()) ?? exponent
        }
        if x.sign == .minus { first = "-" + first }
        let left = String(repeating: " ", count: Swift.max(0, padLeft - first.count)) + first
        let expText = String(Swift.abs(exponent))
        let padded = String(repeating: "0", count: Swift.max(0, expDigits - expText.count)) + expText
        return left + "." + frac + "e" + (exponent < 0 ? "-" : "+") + padded
    }

    /// The text of a numpy float scalar (`str(np.float64(x))`): Python's float repr rules applied to the
    /// shortest digits of the value's type; float32 switches to scientific notation from 1e6 on, as numpy does.
    static func scalarText(_ x: Double, float32: Bool) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let a = Swift.abs(x)
        if a == 0 || (a >= 1e-4 && a < (float32 ? 1e6 : 1e16)) {
            var (intPart, frac) = positionalParts(x, float32: float32, precision: nil)
            if frac.isEmpty { frac = "0" }
            return (x.sign == .minus ? "-" : "") + intPart + "." + frac
        }
        let (first, frac, exponent) = scientificParts(x, float32: float32, precision: nil)
        let expText = String(Swift.abs(exponent))
        return (x.sign == .minus ? "-" : "") + first + (frac.isEmpty ? "" : "." + frac) + "e"
            + (exponent < 0 ? "-" : "+") + (expText.count < 2 ? "0" + expText : expText)
    }
}

extension StringProtocol {
    func replacingPlus() -> String { String(self.filter { $0 != "+" }) }
    func replacingOccurrences(_ a: Character, _ b: String) -> String {
        var out = ""
        for c in self { if c == a { out += b } else { out.append(c) } }
        return out
    }
}
