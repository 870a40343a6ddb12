import Foundation

/// Number scanning for the lexer: decimal/hex/octal/binary integers with `_` separators, floats, imaginary
/// literals, and CPython's diagnostics for malformed ones ("invalid decimal literal", leading zeros...).
extension Lexer {
    @inline(__always) func isHexDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 48 && v <= 57) || (v >= 97 && v <= 102) || (v >= 65 && v <= 70)
    }

    /// After a number: an identifier character right behind it is an error, except for the keywords that can
    /// legitimately follow a number (`1if x else 2`), which CPython only warns about.
    mutating func verifyEndOfNumber(_ kind: String) throws(SyntaxError) {
        let c = peek()
        let allowed: [String]
        switch c {
        case "a": allowed = ["and"]
        case "e": allowed = ["else"]
        case "f": allowed = ["for"]
        case "i": allowed = ["if", "in", "is"]
        case "n": allowed = ["not"]
        case "o": allowed = ["or"]
        default: allowed = []
        }
        for word in allowed where matches(word, at: i) { return }
        if isIdentifierChar(c) && c.value < 128 {
            errorOverridesInvalidSyntax = true
            throw error("invalid \(kind) literal", line: line, offset: column(i))
        }
    }

    func matches(_ word: String, at index: Int) -> Bool {
        var k = index
        for s in word.unicodeScalars {
            if k >= src.count || src[k] != s { return false }
            k += 1
        }
        return true
    }

    /// Scans `digits ('_'? digits)*` in the given radix; `i` is at the first character after the prefix.
    /// Returns the digits without separators.
    mutating func radixDigits(_ radix: Int, kind: String) throws(SyntaxError) -> String {
        var digits = String.UnicodeScalarView()
        while true {
            if peek() == "_" { i += 1 }
            let c = peek()
            let ok = radix == 16 ? isHexDigit(c) : (c.value >= 48 && c.value < 48 + UInt32(radix))
            if !ok {
                if isDigit(c) {
                    i += 1
                    errorOverridesInvalidSyntax = true
                    throw error("invalid digit '\(c)' in \(kind) literal", line: line, offset: column(i))
                }
                errorOverridesInvalidSyntax = true
                throw error("invalid \(kind) literal", line: line, offset: column(i))
            }
            while true {
                let d = peek()
                let good = radix == 16 ? isHexDigit(d) : (d.value >= 48 && d.value < 48 + UInt32(radix))
                if !good { break }
                digits.append(d)
                i += 1
            }
            if peek() != "_" { break }
        }
        if isDigit(peek()) {
            let c = peek()
            i += 1
            errorOverridesInvalidSyntax = true
            throw error("invalid digit '\(c)' in \(kind) literal", line: line, offset: column(i))
        }
        return String(digits)
    }

    /// Scans decimal digits with single `_` separators, appending them (without separators) to `text`.
    mutating func decimalTail(_ text: inout String.UnicodeScalarView) throws(SyntaxError) {
        while true {
            while isDigit(peek()) {
                text.append(peek())
                i += 1
            }
            if peek() != "_" { break }
            i += 1
            if !isDigit(peek()) {
                errorOverridesInvalidSyntax = true
                throw error("invalid decimal literal", line: line, offset: column(i))
            }
        }
    }

    mutating func number(_ start: Int) throws(SyntaxError) -> ConstantValue {
        let c = peek()
        if c == "0" {
            let p = peek(1)
            var radix = 0
            var kind = ""
            switch p {
            case "x", "X": (radix, kind) = (16, "hexadecimal")
            case "o", "O": (radix, kind) = (8, "octal")
            case "b", "B": (radix, kind) = (2, "binary")
            default: break
            }
            if radix != 0 {
                i += 2
                let digits = try radixDigits(radix, kind: kind)
                try verifyEndOfNumber(kind)
                if let v = Int(digits, radix: radix) { return .int(v) }
                return .bigInt(BigDecimal.fromRadix(digits, radix: radix))
            }
        }
        var text = String.UnicodeScalarView()
        var isFloat = false
        if c != "." {
            if c == "0" {
                // Zeros, possibly with separators; other digits after them are an error unless a float follows.
                var zerosEnd = i
                var nonZero = false
                while peek() == "0" || (peek() == "_" && (peek(1) == "0" || isDigit(peek(1)))) {
                    if peek() == "0" { text.append("0") }
                    i += 1
                    zerosEnd = i
                }
                if isDigit(peek()) {
                    nonZero = true
                    try decimalTail(&text)
                }
                let n = peek()
                if nonZero && n != "." && n != "e" && n != "E" && n != "j" && n != "J" {
                    errorOverridesInvalidSyntax = true
                    throw error(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line: line, offset: column(start) + 1, endOffset: column(zerosEnd) + 1)
                }
                if peek() == "_" {
                    i += 1
                    errorOverridesInvalidSyntax = true
                    throw error("invalid decimal literal", line: line, offset: column(i))
                }
            } else {
                try decimalTail(&text)
            }
        }
        if peek() == "." {
            isFloat = true
            text.append(".")
            i += 1
            if isDigit(peek()) { try decimalTail(&text) }
        }
        if peek() == "e" || peek() == "E" {
            let eIndex = i
            i += 1
            if peek() == "+" || peek() == "-" {
                let sign = peek()
                i += 1
                if !isDigit(peek()) {
                    errorOverridesInvalidSyntax = true
                    throw error("invalid decimal literal", line: line, offset: column(i))
                }
                text.append("e")
                text.append(sign)
                try decimalTail(&text)
                isFloat = true
            } else if isDigit(peek()) {
                text.append("e")
                try decimalTail(&text)
                isFloat = true
            } else {
                i = eIndex
                try verifyEndOfNumber("decimal")
                return try finishDecimal(String(text), isFloat: isFloat)
            }
        }
        if peek() == "j" || peek() == "J" {
            i += 1
            try verifyEndOfNumber("imaginary")
            return .imaginary(Double(String(text)) ?? 0)
        }
        try verifyEndOfNumber("decimal")
        return try finishDecimal(String(text), isFloat: isFloat)
    }

    func finishDecimal(_ text: String, isFloat: Bool) throws(SyntaxError) -> ConstantValue {
        if isFloat { return .float(Double(text) ?? 0) }
        if let v = Int(text) { return .int(v) }
        var digits = Substring(text)
        while digits.count > 1 && digits.first == "0" { digits = digits.dropFirst() }
        return .bigInt(String(digits))
    }
}

/// Arbitrary-precision conversion of hex/octal/binary digit strings to decimal, for integer literals that
/// do not fit in `Int` (`ConstantValue.bigInt` carries decimal digits).
enum BigDecimal {
    static func fromRadix(_ digits: String, radix: Int) -> String {
        // Little-endian limbs in base 10^9.
        var limbs: [UInt64] = [0]
        let base: UInt64 = 1_000_000_000
        for ch in digits.unicodeScalars {
            guard let d = Int(String(ch), radix: radix) else { continue }
            var carry = UInt64(d)
            for k in 0..<limbs.count {
                let v = limbs[k] * UInt64(radix) + carry
                limbs[k] = v % base
                carry = v / base
            }
            while carry > 0 {
                limbs.append(carry % base)
                carry /= base
            }
        }
        var out = String(limbs[limbs.count - 1])
        for k in stride(from: limbs.count - 2, through: 0, by: -1) {
            let part = String(limbs[k])
            out += String(repeating: "0", count: 9 - part.count) + part
        }
        return out
    }
}

/// Decodes the body of a string or bytes literal: backslash escapes (unless raw), producing the value.
///
/// Shared by the lexer (plain literals) and the f-string parser (the literal parts between fields).
/// Failures carry CPython's message; the caller places it.
enum StringDecoder {
    /// The decoded value, or CPython's message for a bad escape.
    enum Outcome {
        case success(ConstantValue)
        case failure(String)
    }

    static func decode(_ body: ArraySlice<Unicode.Scalar>, isBytes: Bool, isRaw: Bool) -> Outcome {
        if isRaw {
            if isBytes { return .success(.bytes(body.map { UInt8(truncatingIfNeeded: $0.value) })) }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: body)
            return .success(.str(String(s)))
        }
        if !body.contains("\\") {
            if isBytes { return .success(.bytes(body.map { UInt8(truncatingIfNeeded: $0.value) })) }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: body)
            return .success(.str(String(s)))
        }
        var out = String.UnicodeScalarView()
        var bytes: [UInt8] = []
        func emit(_ v: UInt32) {
            if isBytes {
                bytes.append(UInt8(truncatingIfNeeded: v))
            } else {
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
        }
        let chars = Array(body)
        // CPython reports positions after widening non-ASCII characters to `\UXXXXXXXX` (10 bytes each).
        var position = [Int](repeating: 0, count: chars.count + 1)
        for k in 0..<chars.count { position[k + 1] = position[k] + (chars[k].value < 128 ? 1 : 10) }
        func unicodeError(_ from: Int, _ to: Int, _ what: String) -> Outcome {
            .failure("(unicode error) 'unicodeescape' codec can't decode bytes in position \(position[from])-\(position[min(to, chars.count)] - 1): \(what)")
        }
        var k = 0
        while k < chars.count {
            let c = chars[k]
            if c != "\\" {
                emit(c.value)
                k += 1
                continue
            }
            let escStart = k
            k += 1
            guard k < chars.count else {
                if isBytes { return .failure("(value error) Trailing \\ in string") }
                return unicodeError(escStart, k, "\\ at end of string")
            }
            let e = chars[k]
            k += 1
            switch e {
            case "\n": break
            case "\\", "'", "\"": emit(e.value)
            case "a": emit(7)
            case "b": emit(8)
            case "f": emit(12)
            case "n": emit(10)
            case "r": emit(13)
            case "t": emit(9)
            case "v": emit(11)
            case "0"..."7":
                var v = e.value - 48
                var n = 1
                while n < 3 && k < chars.count && chars[k].value >= 48 && chars[k].value <= 55 {
                    v = v * 8 + chars[k].value - 48
                    k += 1
                    n += 1
                }
                emit(v)
            case "x", "u", "U":
                if isBytes && e != "x" {
                    emit(92)
                    emit(e.value)
                    continue
                }
                let count = e == "x" ? 2 : e == "u" ? 4 : 8
                var v: UInt32 = 0
                var n = 0
                while n < count && k < chars.count, let d = hexValue(chars[k]) {
                    v = v * 16 + d
                    k += 1
                    n += 1
                }
                if n < count {
                    if isBytes { return .failure("(value error) invalid \\x escape at position \(escStart)") }
                    let name = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                    return unicodeError(escStart, k + (k < chars.count ? 1 : 0) - (k < chars.count ? 1 : 0),
                                        "truncated \(name) escape")
                }
                if v > 0x10FFFF { return unicodeError(escStart, k, "illegal Unicode character") }
                emit(v)
            case "N" where !isBytes:
                guard k < chars.count, chars[k] == "{" else {
                    return unicodeError(escStart, k, "malformed \\N character escape")
                }
                var close = k + 1
                while close < chars.count && chars[close] != "}" { close += 1 }
                guard close < chars.count, close > k + 1 else {
                    return unicodeError(escStart, min(close, chars.count), "malformed \\N character escape")
                }
                var nameView = String.UnicodeScalarView()
                nameView.append(contentsOf: chars[(k + 1)..<close])
                guard let scalar = UnicodeNames.lookup(String(nameView)) else {
                    return unicodeError(escStart, close + 1, "unknown Unicode character name")
                }
                emit(scalar.value)
                k = close + 1
            default:
                // Unknown escapes keep their backslash (CPython warns).
                emit(92)
                emit(e.value)
            }
        }
        return isBytes ? .success(.bytes(bytes)) : .success(.str(String(out)))
    }

    static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 48...57: c.value - 48
        case 97...102: c.value - 87
        case 65...70: c.value - 55
        default: nil
        }
    }
}

/// Reverse lookup of Unicode character names for `\N{...}` escapes. Rare enough that a scan over the
/// assigned code points beats carrying a name table.
enum UnicodeNames {
    static func lookup(_ rawName: String) -> Unicode.Scalar? {
        let name = rawName.uppercased()
        if name.hasPrefix("CJK UNIFIED IDEOGRAPH-") || name.hasPrefix("CJK COMPATIBILITY IDEOGRAPH-") {
            let hex = name.split(separator: "-").last.map(String.init) ?? ""
            if let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v), s.properties.name == name { return s }
            return nil
        }
        let ranges: [ClosedRange<UInt32>] = [0...0x323AF, 0xE0000...0xE01EF]
        for range in ranges {
            for v in range {
                guard let s = Unicode.Scalar(v) else { continue }
                let p = s.properties
                if p.generalCategory == .unassigned { continue }
                if p.name == name || p.nameAlias == name { return s }
            }
        }
        return nil
    }
}

/// Non-ASCII identifiers are compared after NFKC normalization, as in CPython (`ﬁ` and `fi` are one name).
func normalizeIdentifier(_ s: String) -> String {
    s.precomposedStringWithCompatibilityMapping
}
