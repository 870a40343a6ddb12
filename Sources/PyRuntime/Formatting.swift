import BigInt

#if canImport(Glibc)
    import Glibc
#endif

/// A parsed format specification: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, with
/// CPython's parsing rules and validation (`defaultAlign` is `>` for numbers and `<` for strings; the `0`
/// flag sets the fill, and the `=` alignment only for numbers).
struct FormatSpec {
    var fill: Character = " "  // one code point
    var fillSpecified = false
    var align: Character?
    var sign: Character?
    var noNegativeZero = false
    var alternate = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    init(_ spec: String, typeName: String, defaultAlign: Character, defaultType: Character?) throws(PyError) {
        // Code points, not grapheme clusters: a combining fill character stays separate from the align.
        let chars = spec.unicodeScalars.map { Character($0) }
        var i = 0
        func isAlign(_ c: Character) -> Bool { c == "<" || c == ">" || c == "^" || c == "=" }
        if chars.count >= 2 && isAlign(chars[1]) {
            fill = chars[0]
            fillSpecified = true
            align = chars[1]
            i = 2
        } else if chars.count >= 1 && isAlign(chars[0]) {
            align = chars[0]
            i = 1
        }
        if i < chars.count, chars[i] == "+" || chars[i] == "-" || chars[i] == " " {
            sign = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "z" {
            noNegativeZero = true
            i += 1
        }
        if i < chars.count, chars[i] == "#" {
            alternate = true
            i += 1
        }
        if !fillSpecified, i < chars.count, chars[i] == "0" {
            fill = "0"
            if align == nil && defaultAlign == ">" { align = "=" }
            i += 1
        }
        while i < chars.count, chars[i].isASCII, let d = chars[i].wholeNumberValue {
            width = width * 10 + d
            i += 1
        }
        if i < chars.count, chars[i] == "," {
            grouping = ","
            i += 1
        }
        if i < chars.count, chars[i] == "_" {
            if grouping != nil { throw .valueError("Cannot specify both ',' and '_'.") }
            grouping = "_"
            i += 1
        }
        if i < chars.count, chars[i] == ",", grouping != nil { throw .valueError("Cannot specify both ',' and '_'.") }
        if i < chars.count, chars[i] == "." {
            i += 1
            var p = 0
            var any = false
            while i < chars.count, chars[i].isASCII, let d = chars[i].wholeNumberValue {
                p = p * 10 + d
                i += 1
                any = true
            }
            if !any { throw .valueError("Format specifier missing precision") }
            precision = p
        }
        if chars.count - i > 1 {
            throw .valueError("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if i < chars.count { type = chars[i] }
        if let g = grouping {
            switch type ?? defaultType ?? "\0" {
            case "d", "e", "f", "g", "E", "G", "%", "F", "\0": break
            case let t:
                if g == "_" && "boxX".contains(t) { break }
                throw .valueError("Cannot specify '\(g)' with '\(t)'.")
            }
        }
    }

    /// Pad a number or string: `prefix` (sign, `0x`) stays left of `=` padding.
    func pad(_ body: String, prefix: String = "", defaultAlign: Character) -> String {
        let total = prefix.unicodeScalars.count + body.unicodeScalars.count
        guard width > total else { return prefix + body }
        let n = width - total
        switch align ?? defaultAlign {
        case "<": return prefix + body + String(repeating: fill, count: n)
        case "^":
            let left = n / 2
            return String(repeating: fill, count: left) + prefix + body + String(repeating: fill, count: n - left)
        case "=": return prefix + String(repeating: fill, count: n) + body
        default: return String(repeating: fill, count: n) + prefix + body
        }
    }

    /// The sign text for a number.
    func signText(negative: Bool) -> String {
        negative ? "-" : (sign == "+" ? "+" : (sign == " " ? " " : ""))
    }

    /// Zero padding that takes part in digit grouping (`format(1234, '08,')` is `0,001,234`).
    var groupsZeroPadding: Bool { fill == "0" && align == "=" }
}

extension Interpreter {
    /// The `formatValue` instruction: conversion then `format(value, spec)`.
    func formatFieldValue(_ v: Value, conversion: UInt8, spec: PyStr?) throws(PyError) -> PyStr {
        var value = v
        switch conversion {
        case 1: value = .object(try strObject(v))
        case 2: value = .str(try repr(v))
        case 3: value = .str(Self.asciiOnly(try repr(v)))
        default: break
        }
        if spec == nil || spec!.count == 0 {
            if let s = value.asStr, value.type === Builtins.strType { return s }
            if case .int(let i) = value { return PyStr(String(i)) }
            if case .object(let o) = value, o.type.isBuiltin && o.kind != .native { return try strObject(value) }
            return PyStr(try format(value, ""))
        }
        return PyStr(try format(value, spec!.string))
    }

    static func asciiOnly(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 128 { out.unicodeScalars.append(u) } else { out += Codec.backslashEscape(u) }
        }
        return out
    }

    /// `format(value, spec)`: a user `__format__` if the type defines one, else the builtin formatting.
    public func format(_ value: Value, _ spec: String) throws(PyError) -> String {
        if case .object(let o) = value, !o.type.isBuiltin || o.kind == .native,
            let m = o.type.lookup(PyStr.intern("__format__")), !(m.asObject is PyMethodDescriptor) || o.kind == .native
        {
            let r = try call(try bind(m, instance: value, owner: o.type), [.str(spec)])
            guard let s = r.asStr else { throw .typeError("__format__ must return a str, not \(r.typeName)") }
            return s.string
        }
        return try formatBuiltin(value, spec)
    }

    /// `object.__format__` of the builtin types (no user-method dispatch).
    func formatBuiltin(_ value: Value, _ spec: String) throws(PyError) -> String {
        switch value {
        case .bool(let b):
            if spec.isEmpty { return b ? "True" : "False" }
            return try formatInt(BigInt(b ? 1 : 0), spec, typeName: "bool")
        case .int(let i):
            if spec.isEmpty { return String(i) }
            return try formatInt(BigInt(i), spec, typeName: value.typeName)
        case .float(let d):
            return try formatFloat(d, FormatSpec(spec, typeName: "float", defaultAlign: ">", defaultType: nil))
        case .object(let o):
            if let b = o as? PyBigInt { return try formatInt(b.value, spec, typeName: value.typeName) }
            if let s = o as? PyStr { return try formatStr(s, spec, typeName: value.typeName) }
            if let c = o as? PyComplex, !spec.isEmpty { return try formatComplex(c, spec) }
        default: break
        }
        if spec.isEmpty { return try str(value) }
        throw .typeError("unsupported format string passed to \(value.typeName).__format__")
    }

    func formatStr(_ s: PyStr, _ specText: String, typeName: String) throws(PyError) -> String {
        if specText.isEmpty { return s.string }
        let fs = try FormatSpec(specText, typeName: typeName, defaultAlign: "<", defaultType: "s")
        if let t = fs.type, t != "s" { throw .valueError("Unknown format code '\(t)' for object of type '\(typeName)'") }
        if fs.sign != nil { throw .valueError("Sign not allowed in string format specifier") }
        if fs.noNegativeZero { throw .valueError("Negative zero coercion (z) not allowed in string format specifier") }
        if fs.alternate { throw .valueError("Alternate form (#) not allowed in string format specifier") }
        if fs.align == "=" { throw .valueError("'=' alignment not allowed in string format specifier") }
        var text = s.string
        if let p = fs.precision, p < s.count { text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(p))) }
        return fs.pad(text, defaultAlign: "<")
    }

    func formatInt(_ n: BigInt, _ specText: String, typeName: String) throws(PyError) -> String {
        let spec = try FormatSpec(specText, typeName: typeName, defaultAlign: ">", defaultType: "d")
        let type = spec.type ?? "d"
        if "eEfFgG%".contains(type) { return try formatFloat(try Self.bigIntToDouble(n), spec) }
        if spec.precision != nil { throw .valueError("Precision not allowed in integer format specifier") }
        if spec.noNegativeZero {
            throw .valueError("Negative zero coercion (z) not allowed in integer format specifier")
        }
        var digits: String
        var prefix = ""
        let mag = n.magnitude
        switch type {
        case "d", "n": digits = String(mag)
        case "x": digits = String(mag, radix: 16); prefix = spec.alternate ? "0x" : ""
        case "X": digits = String(mag, radix: 16).uppercased(); prefix = spec.alternate ? "0X" : ""
        case "o": digits = String(mag, radix: 8); prefix = spec.alternate ? "0o" : ""
        case "b": digits = String(mag, radix: 2); prefix = spec.alternate ? "0b" : ""
        case "c":
            if spec.sign != nil { throw .valueError("Sign not allowed with integer format specifier 'c'") }
            if spec.alternate { throw .valueError("Alternate form (#) not allowed with integer format specifier 'c'") }
            guard let code = Int(exactly: n) else { throw .overflowError("Python int too large to convert to C long") }
            guard code >= 0 && code < 0x110000, let u = Unicode.Scalar(UInt32(code)) else {
                throw .overflowError("%c arg not in range(0x110000)")
            }
            return spec.pad(String(Character(u)), defaultAlign: ">")
        default:
            throw .valueError("Unknown format code '\(type)' for object of type '\(typeName)'")
        }
        let groupSize = (type == "d" || type == "n") ? 3 : 4
        let signPrefix = spec.signText(negative: n.sign == .minus) + prefix
        if let g = spec.grouping {
            if spec.groupsZeroPadding {
                digits = Self.zeroPadGrouped(digits, to: spec.width - signPrefix.count, separator: g, groupSize: groupSize)
            } else {
                digits = Self.group(digits, by: groupSize, separator: g)
            }
        }
        return spec.pad(digits, prefix: signPrefix, defaultAlign: ">")
    }

    static func group(_ digits: String, by size: Int, separator: Character) -> String {
        var out: [Character] = []
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % size == 0 { out.append(separator) }
            out.append(c)
        }
        return String(out.reversed())
    }

    static func zeroPadGrouped(_ digits: String, to width: Int, separator: Character, groupSize: Int) -> String {
        var plain = digits.filter { $0 != separator }
        var result = group(plain, by: groupSize, separator: separator)
        while result.count < width {
            plain = "0" + plain
            result = group(plain, by: groupSize, separator: separator)
        }
        return result
    }

    /// The digits of a finite, non-negative float for a presentation type (no sign, no padding).
    func floatBody(_ x: Double, _ type: Character?, precision: Int?, alternate: Bool) -> String {
        let alt = alternate ? "#" : ""
        switch type {
        case "f", "F": return Self.cFormat("%\(alt).*f", precision ?? 6, x)
        case "e", "E":
            let s = Self.cFormat("%\(alt).*e", precision ?? 6, x)
            return type == "E" ? s.uppercased() : s
        case "g", "G", "n":
            let s = Self.cFormat("%\(alt).*g", precision ?? 6, x)
            return type == "G" ? s.uppercased() : s
        case "%": return Self.cFormat("%\(alt).*f", precision ?? 6, x * 100) + "%"
        default:
            guard let p0 = precision else {
                var r = Self.floatRepr(x)
                if alternate, let e = r.firstIndex(of: "e"), !r[..<e].contains(".") { r.insert(".", at: e) }
                return r
            }
            // No type with a precision: like 'g', but switching to exponent form one digit earlier and
            // always showing a fractional part in fixed form.
            let p = Swift.max(p0, 1)
            let e = Self.cFormat("%.*e", p - 1, x)
            let decpt = (Int(e[e.index(after: e.firstIndex(of: "e")!)...]) ?? 0) + 1
            if decpt <= -4 || decpt > p - 1 {
                var s = Self.cFormat("%\(alt).*e", p - 1, x)
                if !alternate {
                    let ei = s.firstIndex(of: "e")!
                    var mantissa = String(s[..<ei])
                    if mantissa.contains(".") {
                        while mantissa.hasSuffix("0") { mantissa.removeLast() }
                        if mantissa.hasSuffix(".") { mantissa.removeLast() }
                    }
                    s = mantissa + s[ei...]
                }
                return s
            }
            var s = Self.cFormat("%\(alt).*f", Swift.max(p - decpt, 0), x)
            if !alternate && s.contains(".") {
                while s.hasSuffix("0") { s.removeLast() }
                if s.hasSuffix(".") { s.removeLast() }
            }
            if !s.contains(".") { s += ".0" }
            return s
        }
    }

    func formatFloat(_ d: Double, _ spec: FormatSpec) throws(PyError) -> String {
        let type = spec.type
        if let t = type, !"eEfFgGn%".contains(t) {
            throw .valueError("Unknown format code '\(t)' for object of type 'float'")
        }
        var negative = d.sign == .minus && !d.isNaN
        let x = abs(d)
        var body: String
        if x.isNaN || x.isInfinite {
            body = x.isNaN ? "nan" : "inf"
            if type == "E" || type == "F" || type == "G" { body = body.uppercased() }
            if type == "%" { body += "%" }
        } else {
            body = floatBody(x, type, precision: spec.precision, alternate: spec.alternate)
            if negative && spec.noNegativeZero && body.allSatisfy({ !"123456789".contains($0) }) { negative = false }
        }
        let signText = spec.signText(negative: negative)
        if let g = spec.grouping {
            var intEnd = body.startIndex
            while intEnd < body.endIndex, body[intEnd].isASCII, body[intEnd].isNumber { intEnd = body.index(after: intEnd) }
            let intPart = String(body[..<intEnd])
            let rest = String(body[intEnd...])
            if !intPart.isEmpty {
                let grouped = spec.groupsZeroPadding
                    ? Self.zeroPadGrouped(intPart, to: spec.width - signText.count - rest.count, separator: g, groupSize: 3)
                    : Self.group(intPart, by: 3, separator: g)
                body = grouped + rest
            }
        }
        return spec.pad(body, prefix: signText, defaultAlign: ">")
    }

    /// `format(complex, spec)`: each part formatted as a float; parentheses only without a type.
    func formatComplex(_ c: PyComplex, _ specText: String) throws(PyError) -> String {
        let spec = try FormatSpec(specText, typeName: "complex", defaultAlign: ">", defaultType: nil)
        if spec.align == "=" { throw .valueError("'=' alignment flag is not allowed in complex format specifier") }
        if spec.fill == "0" && !spec.fillSpecified && spec.width > 0 {
            throw .valueError("Zero padding is not allowed in complex format specifier")
        }
        if let t = spec.type, !"eEfFgGn".contains(t) {
            throw .valueError("Unknown format code '\(t)' for object of type 'complex'")
        }
        func part(_ v: Double, forceSign: Bool) -> String {
            let neg = v.sign == .minus && !v.isNaN
            let body = v.isFinite ? floatBody(abs(v), spec.type ?? (spec.precision == nil ? nil : "g"), precision: spec.precision, alternate: spec.alternate) : (v.isNaN ? "nan" : "inf")
            var text = body
            if spec.type == nil && spec.precision == nil, text.hasSuffix(".0") { text.removeLast(2) }
            return (neg ? "-" : (forceSign ? "+" : spec.signText(negative: false))) + text
        }
        let noReal = c.real == 0 && c.real.sign == .plus && spec.type == nil
        var body = noReal ? part(c.imag, forceSign: false) + "j" : part(c.real, forceSign: false) + part(c.imag, forceSign: true) + "j"
        if spec.type == nil && !noReal { body = "(" + body + ")" }
        return spec.pad(body, defaultAlign: ">")
    }

    /// C's printf for one double with a precision.
    static func cFormat(_ format: String, _ precision: Int, _ d: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let n = withVaList([Int32(precision), d]) { args in
            vsnprintf(&buffer, buffer.count, format, args)
        }
        if n >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(n) + 1)
            _ = withVaList([Int32(precision), d]) { args in vsnprintf(&buffer, buffer.count, format, args) }
        }
        let end = buffer.firstIndex(of: 0) ?? buffer.count
        return String(decoding: buffer[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
