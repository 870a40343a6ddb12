/// Unicode character classes and case mappings with CPython's exact rules, shared by `str` and `bytes` methods.
///
/// Swift's `Unicode.Scalar.Properties` supply the Unicode data (full case mappings, derived properties); this
/// file adds the places where CPython differs from a plain lookup: its whitespace and line-break sets, final
/// sigma in `lower()`, and case folding (which Swift does not expose).
public enum UnicodeText {
    // MARK: Character classes

    /// `str.isspace` for one code point: Unicode White_Space plus the ASCII separators U+001C...U+001F,
    /// which CPython counts as whitespace (bidirectional class B/S).
    @inline(__always) public static func isSpace(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) || (v >= 0x1C && v <= 0x1F) }
        return u.properties.isWhitespace
    }

    /// The line boundaries of `str.splitlines` (`\r\n` is handled by the caller).
    @inline(__always) public static func isLineBreak(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Letter categories Lu, Ll, Lt, Lm, Lo (`str.isalpha`).
    public static func isAlpha(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `str.isdecimal`: characters with a decimal digit value (category Nd).
    public static func isDecimal(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value >= 0x30 && u.value <= 0x39 }
        return u.properties.numericType == .decimal
    }

    /// `str.isdigit`: decimal digits plus other digits (superscripts, circled digits).
    public static func isDigit(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value >= 0x30 && u.value <= 0x39 }
        let t = u.properties.numericType
        return t == .decimal || t == .digit
    }

    /// `str.isnumeric`: any character with a numeric value (fractions, Roman numerals, CJK numerals).
    public static func isNumeric(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value >= 0x30 && u.value <= 0x39 }
        return u.properties.numericType != nil
    }

    /// `str.isalnum` for one code point.
    public static func isAlnum(_ u: Unicode.Scalar) -> Bool { isAlpha(u) || isNumeric(u) }

    /// Unicode "Lowercase" (`Py_UNICODE_ISLOWER`).
    @inline(__always) public static func isLower(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value >= 0x61 && u.value <= 0x7A }
        return u.properties.isLowercase
    }

    /// Unicode "Uppercase" (`Py_UNICODE_ISUPPER`).
    @inline(__always) public static func isUpper(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value >= 0x41 && u.value <= 0x5A }
        return u.properties.isUppercase
    }

    /// Category Lt (`Py_UNICODE_ISTITLE`).
    @inline(__always) public static func isTitle(_ u: Unicode.Scalar) -> Bool {
        u.value >= 0x80 && u.properties.generalCategory == .titlecaseLetter
    }

    /// Unicode "Cased".
    @inline(__always) public static func isCased(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A }
        return u.properties.isCased
    }

    /// `str.isprintable` for one code point: everything except categories Cc, Cf, Cs, Co, Cn, Zl, Zp and
    /// Zs other than the ASCII space.
    public static func isPrintable(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v >= 0x20 && v < 0x7F }
        switch u.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
            .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// `str.isidentifier`: XID_Start or `_` first, XID_Continue after.
    public static func isIdentifier(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        var first = true
        for u in scalars {
            if first {
                if !(u == "_" || u.properties.isXIDStart) { return false }
                first = false
            } else if !u.properties.isXIDContinue {
                return false
            }
        }
        return !first
    }

    // MARK: Case mappings

    @inline(__always) static func append(_ mapping: String, to out: inout [Unicode.Scalar]) {
        out.append(contentsOf: mapping.unicodeScalars)
    }

    /// Full uppercase mapping of one code point ('ß' -> 'SS').
    public static func upper(_ u: Unicode.Scalar, into out: inout [Unicode.Scalar]) {
        if u.value < 0x80 {
            out.append(u.value >= 0x61 && u.value <= 0x7A ? Unicode.Scalar(u.value - 32)! : u)
        } else {
            append(u.properties.uppercaseMapping, to: &out)
        }
    }

    /// Full titlecase mapping of one code point ('ǆ' -> 'ǅ', 'ß' -> 'Ss').
    public static func title(_ u: Unicode.Scalar, into out: inout [Unicode.Scalar]) {
        if u.value < 0x80 {
            out.append(u.value >= 0x61 && u.value <= 0x7A ? Unicode.Scalar(u.value - 32)! : u)
        } else {
            append(u.properties.titlecaseMapping, to: &out)
        }
    }

    /// Full lowercase mapping of `scalars[i]`, with CPython's final-sigma rule for U+03A3.
    public static func lower(_ scalars: [Unicode.Scalar], _ i: Int, into out: inout [Unicode.Scalar]) {
        let u = scalars[i]
        if u.value < 0x80 {
            out.append(u.value >= 0x41 && u.value <= 0x5A ? Unicode.Scalar(u.value + 32)! : u)
        } else if u.value == 0x3A3 {
            out.append(isFinalSigma(scalars, i) ? "\u{3C2}" : "\u{3C3}")
        } else {
            append(u.properties.lowercaseMapping, to: &out)
        }
    }

    /// A capital sigma is final when a cased letter precedes it and none follows it (case-ignorable
    /// characters in between are skipped).
    static func isFinalSigma(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && s[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0 && isCased(s[j]) else { return false }
        j = i + 1
        while j < s.count && s[j].properties.isCaseIgnorable { j += 1 }
        return j == s.count || !isCased(s[j])
    }

    /// Full case folding of one code point (`str.casefold`). Swift exposes no folding table; folding equals
    /// lower(upper(c)) for every character except the few handled first.
    public static func fold(_ u: Unicode.Scalar, into out: inout [Unicode.Scalar]) {
        let v = u.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : u)
            return
        }
        switch v {
        case 0x1E9E:  // capital sharp s
            out.append("s")
            out.append("s")
            return
        case 0x13F8...0x13FD:  // Cherokee small letters fold to the capitals
            out.append(Unicode.Scalar(v - 8)!)
            return
        case 0xAB70...0xABBF:
            out.append(Unicode.Scalar(v - 0xAB70 + 0x13A0)!)
            return
        case 0x13A0...0x13F5:
            out.append(u)
            return
        default:
            break
        }
        for c in u.properties.uppercaseMapping.unicodeScalars {
            append(c.properties.lowercaseMapping, to: &out)
        }
    }

    // MARK: Whole-string transforms

    /// The transforms of `str.upper()` and friends over a string's code points.
    public enum CaseTransform { case upper, lower, casefold, swapcase, title, capitalize }

    /// Apply `transform` with CPython's rules.
    public static func transform(_ str: PyStr, _ transform: CaseTransform) -> PyStr {
        if str.isASCII { return asciiTransform(str, transform) }
        let s = str.scalars
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        switch transform {
        case .upper:
            for u in s { upper(u, into: &out) }
        case .lower:
            for i in s.indices { lower(s, i, into: &out) }
        case .casefold:
            for u in s { fold(u, into: &out) }
        case .swapcase:
            for i in s.indices {
                if isUpper(s[i]) { lower(s, i, into: &out) } else if isLower(s[i]) { upper(s[i], into: &out) } else { out.append(s[i]) }
            }
        case .title:
            var previousCased = false
            for i in s.indices {
                if previousCased { lower(s, i, into: &out) } else { title(s[i], into: &out) }
                previousCased = isCased(s[i])
            }
        case .capitalize:
            for i in s.indices {
                if i == 0 { title(s[i], into: &out) } else { lower(s, i, into: &out) }
            }
        }
        return PyStr(scalars: out)
    }

    /// The ASCII fast path: byte arithmetic, no allocation beyond the result.
    static func asciiTransform(_ str: PyStr, _ transform: CaseTransform) -> PyStr {
        var bytes = str.utf8
        var previousCased = false
        for i in bytes.indices {
            let b = bytes[i]
            let isUp = b >= 0x41 && b <= 0x5A
            let isLow = b >= 0x61 && b <= 0x7A
            let toUpper: Bool
            switch transform {
            case .upper: toUpper = true
            case .lower, .casefold: toUpper = false
            case .swapcase: toUpper = isLow
            case .title: toUpper = !previousCased
            case .capitalize: toUpper = i == 0
            }
            if toUpper && isLow { bytes[i] = b - 32 } else if !toUpper && isUp { bytes[i] = b + 32 }
            previousCased = isUp || isLow
        }
        return PyStr(utf8: bytes, count: str.count)
    }

    /// `str.istitle()`.
    public static func isTitleCased(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        var cased = false
        var previousCased = false
        for u in scalars {
            if isUpper(u) || isTitle(u) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if isLower(u) {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }

    /// `str.islower()` (`upper: false`) and `str.isupper()` (`upper: true`).
    public static func isAllCased(_ scalars: some Sequence<Unicode.Scalar>, upper: Bool) -> Bool {
        var cased = false
        for u in scalars {
            if isTitle(u) { return false }
            if upper ? isLower(u) : isUpper(u) { return false }
            if !cased && (upper ? isUpper(u) : isLower(u)) { cased = true }
        }
        return cased
    }
}
