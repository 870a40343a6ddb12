import BigInt

#if canImport(Glibc)
    import Glibc
#endif

/// A parsed format specification: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    init(_ spec: String) throws(PyError) {
        var chars = Array(spec)
        var i = 0
        func isAlign(_ c: Character) -> Bool { c == "<" || c == ">" || c == "^" || c == "=" }
        if chars.count >= 2 && isAlign(chars[1]) {
            fill = chars[0]
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
        if i < chars.count, chars[i] == "z" { i += 1 }
        if i < chars.count, chars[i] == "#" {
            alternate = true
            i += 1
        }
        if i < chars.count, chars[i] == "0" {
            zeroPad = true
            i += 1
        }
        var w = 0
        while i < chars.count, let d = chars[i].wholeNumberValue, chars[i].isASCII {
            w = w * 10 + d
            i += 1
        }
        width = w
        if i < chars.count, chars[i] == "," || chars[i] == "_" {
            grouping = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "." {
            i += 1
            var p = 0
            var any = false
            while i < chars.count, let d = chars[i].wholeNumberValue, chars[i].isASCII {
                p = p * 10 + d
                i += 1
                any = true
            }
            if !any { throw .valueError("Format specifier missing precision") }
            precision = p
        }
        if i < chars.count {
            type = chars[i]
            i += 1
        }
        if i < chars.count { throw .valueError("Invalid format specifier '\(spec)'") }
        chars.removeAll()
        if zeroPad && align == nil {
            fill = "0"
            align = "="
        }
    }

    /// Pad `body` (with its sign/prefix already split out) to `width`.
    func pad(_ body: String, signPrefix: String = "", defaultAlign: Character) -> String {
        let total = signPrefix.count + body.count
        guard width > total else { return signPrefix + body }
        let n = width - total
        let fillStr = String(repeating: fill, count: n)
        switch align ?? defaultAlign {
        case "<": return signPrefix + body + fillStr
        case "^":
            let left = n / 2
            return String(repeating: fill, count: left) + signPrefix + body + String(repeating: fill, count: n - left)
        case "=": return signPrefix + fillStr + body
        default: return fillStr + signPrefix + body
        }
    }
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
            return try strObject(value)
        }
        return PyStr(try format(value, spec!.string))
    }

    static func asciiOnly(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 128 { out.unicodeScalars.append(u) }
            else if u.value <= 0xFF { out += "\\x" + String(u.value, radix: 16).leftPadded(to: 2) }
            else if u.value <= 0xFFFF { out += "\\u" + String(u.value, radix: 16).leftPadded(to: 4) }
            else { out += "\\U" + String(u.value, radix: 16).leftPadded(to: 8) }
        }
        return out
    }

    /// `format(value, spec)`.
    public func format(_ value: Value, _ spec: String) throws(PyError) -> String {
        if case .object(let o) = value, !o.type.isBuiltin || o.kind == .native,
            let m = o.type.lookup(PyStr.intern("__format__")), !(m.asObject is PyMethodDescriptor) || o.kind == .native
        {
            let r = try call(try bind(m, instance: value, owner: o.type), [.str(spec)])
            guard let s = r.asStr else { throw .typeError("__format__ must return a str, not \(r.typeName)") }
            return s.string
        }
        switch value {
        case .int, .bool:
            return try formatInt(BigInt(intValue(value)!), spec, original: value)
        case .float(let d):
            return try formatFloat(d, FormatSpec(spec))
        case .object(let o):
            if let b = o as? PyBigInt { return try formatInt(b.value, spec, original: value) }
            if let s = o as? PyStr {
                let fs = try FormatSpec(spec)
                if let t = fs.type, t != "s" {
                    throw .valueError("Unknown format code '\(t)' for object of type 'str'")
                }
                if fs.align == "=" { throw .valueError("'=' alignment not allowed in string format specifier") }
                var text = s.string
                if let p = fs.precision { text = String(text.unicodeScalars.prefix(p)) }
                return fs.pad(text, defaultAlign: "<")
            }
        default: break
        }
        if spec.isEmpty { return try str(value) }
        throw .typeError("unsupported format string passed to \(value.typeName).__format__")
    }

    func formatInt(_ n: BigInt, _ specText: String, original: Value) throws(PyError) -> String {
        let spec = try FormatSpec(specText)
        let type = spec.type ?? "d"
        if "eEfFgG%".contains(type) { return try formatFloat(Double(n), spec) }
        if spec.precision != nil { throw .valueError("Precision not allowed in integer format specifier") }
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
            guard let u = Int(exactly: n).flatMap({ Unicode.Scalar(UInt32($0)) }) else {
                throw .overflowError("%c arg not in range(0x110000)")
            }
            return spec.pad(String(Character(u)), defaultAlign: "<")
        default:
            let tname = original.typeName
            throw .valueError("Unknown format code '\(type)' for object of type '\(tname)'")
        }
        if let g = spec.grouping {
            let groupSize = (type == "d" || type == "n") ? 3 : 4
            digits = Self.group(digits, by: groupSize, separator: g)
        }
        let signStr = n.sign == .minus ? "-" : (spec.sign == "+" ? "+" : (spec.sign == " " ? " " : ""))
        if spec.zeroPad && spec.grouping != nil && spec.align == "=" {
            let target = spec.width - signStr.count - prefix.count
            digits = Self.zeroPadGrouped(digits, to: target, separator: spec.grouping!, groupSize: (type == "d" || type == "n") ? 3 : 4)
        }
        return spec.pad(digits, signPrefix: signStr + prefix, defaultAlign: ">")
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

    func formatFloat(_ d: Double, _ spec: FormatSpec) throws(PyError) -> String {
        var type = spec.type
        var body: String
        let negative = d.sign == .minus && !(d.isNaN)
        let x = abs(d)
        if let t = type, !"eEfFgG%n".contains(t) {
            throw .valueError("Unknown format code '\(t)' for object of type 'float'")
        }
        if type == "n" { type = "g" }
        if x.isNaN || x.isInfinite {
            body = x.isNaN ? "nan" : "inf"
            if type == "E" || type == "F" || type == "G" { body = body.uppercased() }
            if type == "%" { body += "%" }
        } else {
            switch type {
            case nil:
                if let p = spec.precision {
                    body = Self.cFormat("%.*g", Swift.max(p, 1), x)
                    if !body.contains(".") && !body.contains("e") && !body.contains("inf") { body += ".0" }
                    body = Self.fixExponent(body)
                } else {
                    body = Self.floatRepr(x)
                }
            case "f", "F": body = Self.cFormat("%.*f", spec.precision ?? 6, x)
            case "e", "E":
                body = Self.fixExponent(Self.cFormat("%.*e", spec.precision ?? 6, x))
                if type == "E" { body = body.uppercased() }
            case "g", "G":
                body = Self.cFormat(spec.alternate ? "%#.*g" : "%.*g", spec.precision ?? 6, x)
                body = Self.fixExponent(body)
                if type == "G" { body = body.uppercased() }
            case "%":
                body = Self.cFormat("%.*f", spec.precision ?? 6, x * 100) + "%"
            default:
                body = Self.floatRepr(x)
            }
        }
        if let g = spec.grouping {
            let parts = body.split(separator: ".", maxSplits: 1).map(String.init)
            var intPart = parts[0]
            let rest = parts.count > 1 ? "." + parts[1] : ""
            if intPart.allSatisfy(\.isNumber) { intPart = Self.group(intPart, by: 3, separator: g) }
            body = intPart + rest
        }
        let signStr = negative ? "-" : (spec.sign == "+" ? "+" : (spec.sign == " " ? " " : ""))
        return spec.pad(body, signPrefix: signStr, defaultAlign: ">")
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
        return String(cString: buffer)
    }

    /// C prints at least two exponent digits, as Python does; nothing to change but keep one place for it.
    static func fixExponent(_ s: String) -> String { s }
}

extension Interpreter {
    /// `format % values` (printf-style string formatting).
    func percentFormat(_ template: PyStr, _ values: Value) throws(PyError) -> PyStr {
        let chars = Array(template.string.unicodeScalars)
        var args: [Value]
        let mapping = values.asDict
        if let t = values.asTuple, values.type === Builtins.tupleType { args = Array(t.items) } else { args = [values] }
        var argIndex = 0
        var out = String.UnicodeScalarView()
        var i = 0
        func nextArg() throws(PyError) -> Value {
            guard argIndex < args.count else { throw .typeError("not enough arguments for format string") }
            defer { argIndex += 1 }
            return args[argIndex]
        }
        while i < chars.count {
            let c = chars[i]
            if c != "%" {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < chars.count else { throw .valueError("incomplete format") }
            var key: Value?
            if chars[i] == "(" {
                var j = i + 1
                var depth = 1
                while j < chars.count {
                    if chars[j] == "(" { depth += 1 }
                    if chars[j] == ")" { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                key = .str(String(String.UnicodeScalarView(chars[(i + 1)..<j])))
                i = j + 1
            }
            var flags = ""
            while i < chars.count, "-+ #0".unicodeScalars.contains(chars[i]) {
                flags.unicodeScalars.append(chars[i])
                i += 1
            }
            var width = ""
            if i < chars.count, chars[i] == "*" {
                width = String(intValue(try nextArg()) ?? 0)
                i += 1
            }
            while i < chars.count, chars[i].properties.numericType != nil, chars[i].isASCII {
                width.unicodeScalars.append(chars[i])
                i += 1
            }
            var precision: String?
            if i < chars.count, chars[i] == "." {
                i += 1
                var p = ""
                if i < chars.count, chars[i] == "*" {
                    p = String(intValue(try nextArg()) ?? 0)
                    i += 1
                }
                while i < chars.count, chars[i].properties.numericType != nil, chars[i].isASCII {
                    p.unicodeScalars.append(chars[i])
                    i += 1
                }
                precision = p.isEmpty ? "0" : p
            }
            guard i < chars.count else { throw .valueError("incomplete format") }
            let conv = chars[i]
            i += 1
            if conv == "%" {
                out.append("%")
                continue
            }
            let arg: Value
            if let key {
                guard let m = mapping else { throw .typeError("format requires a mapping") }
                guard let v = try m.getItem(key, self) else { throw .keyError(key) }
                arg = v
            } else {
                arg = try nextArg()
            }
            var align: String = flags.contains("-") ? "<" : ">"
            var spec = ""
            let zero = flags.contains("0") && !flags.contains("-")
            if zero { align = "=" }
            let text: String
            switch conv {
            case "s": text = try str(arg)
            case "r": text = try repr(arg)
            case "a": text = Self.asciiOnly(try repr(arg))
            case "c":
                if let s = arg.asStr { text = s.string } else { text = String(Character(Unicode.Scalar(UInt32(intValue(arg) ?? 63))!)) }
            case "d", "i", "u", "x", "X", "o", "e", "E", "f", "F", "g", "G":
                var num = arg
                if "diuxXo".unicodeScalars.contains(conv) {
                    if case .float(let d) = arg { num = .int(Int(d)) }
                    guard Number(num) != nil else {
                        throw .typeError("%\(Character(conv)) format: a real number is required, not \(arg.typeName)")
                    }
                } else if Number(num) == nil {
                    throw .typeError("must be real number, not \(arg.typeName)")
                }
                if flags.contains("+") { spec += "+" } else if flags.contains(" ") { spec += " " }
                if flags.contains("#") { spec += "#" }
                if zero { spec += "0" }
                spec += width
                if let precision, !"diuxXo".unicodeScalars.contains(conv) { spec += "." + precision }
                let t = conv == "i" || conv == "u" ? "d" : String(Character(conv))
                var formatted = try format(num, spec + t)
                if let precision, "diu".unicodeScalars.contains(conv), let p = Int(precision) {
                    let neg = formatted.hasPrefix("-")
                    var digits = neg ? String(formatted.dropFirst()) : formatted
                    digits = digits.leftPadded(to: p)
                    formatted = (neg ? "-" : "") + digits
                }
                out.append(contentsOf: formatted.unicodeScalars)
                continue
            default:
                throw .valueError("unsupported format character '\(Character(conv))' (0x\(String(conv.value, radix: 16))) at index \(i - 1)")
            }
            var t = text
            if let precision, let p = Int(precision) { t = String(String.UnicodeScalarView(t.unicodeScalars.prefix(p))) }
            if let w = Int(width), w > t.count {
                let padding = String(repeating: " ", count: w - t.count)
                t = align == "<" ? t + padding : padding + t
            }
            out.append(contentsOf: t.unicodeScalars)
        }
        if argIndex < args.count && mapping == nil {
            throw .typeError("not all arguments converted during string formatting")
        }
        return PyStr(String(out))
    }
}
