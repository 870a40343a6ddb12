import BigInt

/// printf-style formatting: `str % values` and `bytes % values`, with CPython's argument rules (a tuple is
/// the argument list, anything with `__getitem__` other than a tuple or string may serve `%(key)s`), flags,
/// `*` widths and precisions, and its error messages.
extension Interpreter {
    /// `format % values` for str.
    func percentFormat(_ template: PyStr, _ values: Value) throws(PyError) -> PyStr {
        PyStr(try percentFormatText(template.scalars, values, bytesMode: false))
    }

    /// `format % values` for bytes and bytearray (the result has the template's type).
    public func bytesPercentFormat(_ template: PyBytes, _ values: Value) throws(PyError) -> Value {
        let text = try percentFormatText(template.bytes.map { Unicode.Scalar($0) }, values, bytesMode: true)
        let bytes = ContiguousArray(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        return .object(PyBytes(bytes, mutable: template.kind == .bytearray))
    }

    private func percentFormatText(_ chars: [Unicode.Scalar], _ values: Value, bytesMode: Bool) throws(PyError) -> String {
        let args: [Value]
        if let t = values.asTuple { args = Array(t.items) } else { args = [values] }
        var mapping: Value?
        if values.asTuple == nil && values.asStr == nil && !(bytesMode && values.asObject is PyBytes),
            case .object(let o) = values, o.kind == .dict || o.kind == .list || o.type.lookup(PyStr.intern("__getitem__")) != nil,
            o.kind != .bytes, o.kind != .bytearray
        {
            mapping = values
        }
        var argIndex = 0
        var out = String.UnicodeScalarView()
        var i = 0
        func nextArg() throws(PyError) -> Value {
            guard argIndex < args.count else { throw .typeError("not enough arguments for format string") }
            defer { argIndex += 1 }
            return args[argIndex]
        }
        func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }
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
                    if chars[j] == ")" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    j += 1
                }
                if j >= chars.count { throw .valueError("incomplete format key") }
                let name = String(String.UnicodeScalarView(chars[(i + 1)..<j]))
                key = bytesMode ? .object(PyBytes(ContiguousArray(name.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }))) : .str(name)
                i = j + 1
            }
            var minus = false, plus = false, space = false, alt = false, zero = false
            while i < chars.count {
                switch chars[i] {
                case "-": minus = true
                case "+": plus = true
                case " ": space = true
                case "#": alt = true
                case "0": zero = true
                default: break
                }
                if !"-+ #0".unicodeScalars.contains(chars[i]) { break }
                i += 1
            }
            var width = 0
            if i < chars.count, chars[i] == "*" {
                let w = try nextArg()
                guard let n = intValue(w) else { throw .typeError("* wants int") }
                width = n
                if n < 0 {
                    minus = true
                    width = -n
                }
                i += 1
            } else {
                while i < chars.count, isDigit(chars[i]) {
                    width = width * 10 + Int(chars[i].value - 0x30)
                    i += 1
                }
            }
            var precision: Int?
            if i < chars.count, chars[i] == "." {
                i += 1
                if i < chars.count, chars[i] == "*" {
                    let p = try nextArg()
                    guard let n = intValue(p) else { throw .typeError("* wants int") }
                    precision = Swift.max(n, 0)
                    i += 1
                } else {
                    var p = 0
                    while i < chars.count, isDigit(chars[i]) {
                        p = p * 10 + Int(chars[i].value - 0x30)
                        i += 1
                    }
                    precision = p
                }
            }
            while i < chars.count, chars[i] == "h" || chars[i] == "l" || chars[i] == "L" { i += 1 }
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
                arg = try getItem(m, key)
            } else {
                arg = try nextArg()
            }
            if conv == "b" && !bytesMode {
                throw .valueError("unsupported format character 'b' (0x62) at index \(i - 1)")
            }
            var text: String
            switch conv {
            case "s", "b", "r", "a":
                if bytesMode && (conv == "s" || conv == "b") {
                    text = try latin1Text(of: arg)
                } else if conv == "s" {
                    text = try str(arg)
                } else {
                    let r = try repr(arg)
                    text = conv == "a" || bytesMode ? Self.asciiOnly(r) : r
                }
                if let p = precision { text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(p))) }
            case "c":
                text = try percentChar(arg, bytesMode: bytesMode)
            case "d", "i", "u", "x", "X", "o":
                text = try percentInteger(arg, conv, precision: precision, plus: plus, space: space, alt: alt,
                    zero: zero && !minus, width: width)
            case "e", "E", "f", "F", "g", "G":
                var x: Double
                if let big = arg.asBigInt { x = try Self.bigIntToDouble(big.value) } else { x = try floatArgument(arg) }
                var spec = minus ? "<" : ""
                if plus { spec += "+" } else if space { spec += " " }
                if alt { spec += "#" }
                if zero && !minus { spec += "0" }
                if width > 0 { spec += String(width) }
                spec += "." + String(precision ?? 6) + String(Character(conv))
                text = try formatFloat(x, FormatSpec(spec, typeName: "float", defaultAlign: ">", defaultType: nil))
            default:
                let hex = String(conv.value, radix: 16)
                throw .valueError("unsupported format character '\(Character(conv))' (0x\(hex)) at index \(i - 1)")
            }
            if width > text.unicodeScalars.count {
                let padding = String(repeating: " ", count: width - text.unicodeScalars.count)
                text = minus ? text + padding : padding + text
            }
            out.append(contentsOf: text.unicodeScalars)
        }
        if argIndex < args.count && mapping == nil {
            throw .typeError(
                bytesMode
                    ? "not all arguments converted during bytes formatting"
                    : "not all arguments converted during string formatting")
        }
        return String(out)
    }

    /// `%s`/`%b` of bytes formatting: the argument's bytes, one scalar per byte.
    private func latin1Text(of arg: Value) throws(PyError) -> String {
        var bytes: ContiguousArray<UInt8>
        if let b = arg.asObject as? PyBytes { bytes = b.bytes }
        else if let m = arg.asObject as? PyMemoryView { bytes = m.bytes }
        else if let m = userMethod(arg.type, "__bytes__"), let b = try call(m, [arg]).asObject as? PyBytes { bytes = b.bytes }
        else {
            throw .typeError(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '\(arg.typeName)'")
        }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    private func percentChar(_ arg: Value, bytesMode: Bool) throws(PyError) -> String {
        if bytesMode {
            if let b = arg.asObject as? PyBytes, b.bytes.count == 1 { return String(Character(Unicode.Scalar(b.bytes[0]))) }
            guard let n = try indexValue(arg) else {
                throw .typeError("%c requires an integer in range(256) or a single byte")
            }
            guard n >= 0 && n < 256 else { throw .overflowError("%c arg not in range(256)") }
            return String(Character(Unicode.Scalar(UInt8(n))))
        }
        if let s = arg.asStr {
            guard s.count == 1 else { throw .typeError("%c requires int or char") }
            return s.string
        }
        guard case .float = arg else {
            guard let n = try indexValue(arg) else { throw .typeError("%c requires int or char") }
            guard n >= 0 && n < 0x110000, let u = Unicode.Scalar(UInt32(n)) else {
                throw .overflowError("%c arg not in range(0x110000)")
            }
            return String(String.UnicodeScalarView([u]))
        }
        throw .typeError("%c requires int or char")
    }

    /// `%d %i %u %x %X %o`: digits padded to the precision, sign and `0x`/`0o` prefix, zero fill.
    private func percentInteger(
        _ arg: Value, _ conv: Unicode.Scalar, precision: Int?, plus: Bool, space: Bool, alt: Bool, zero: Bool, width: Int
    ) throws(PyError) -> String {
        var n: BigInt
        if let b = bigIntValue(arg) {
            n = b
        } else if case .float(let d) = arg {
            if conv == "x" || conv == "X" || conv == "o" {
                throw .typeError("%\(Character(conv)) format: an integer is required, not float")
            }
            if d.isNaN { throw .valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw .overflowError("cannot convert float infinity to integer") }
            n = BigInt(d.rounded(.towardZero))
        } else if let i = try indexValue(arg) {
            n = BigInt(i)
        } else if conv != "x" && conv != "X" && conv != "o", let m = userMethod(arg.type, "__int__"),
            let b = bigIntValue(try call(m, [arg]))
        {
            n = b
        } else {
            let what = conv == "x" || conv == "X" || conv == "o" ? "an integer" : "a real number"
            throw .typeError("%\(Character(conv)) format: \(what) is required, not \(arg.typeName)")
        }
        var digits: String
        var prefix = ""
        switch conv {
        case "x": digits = String(n.magnitude, radix: 16); if alt { prefix = "0x" }
        case "X": digits = String(n.magnitude, radix: 16).uppercased(); if alt { prefix = "0X" }
        case "o": digits = String(n.magnitude, radix: 8); if alt { prefix = "0o" }
        default: digits = String(n.magnitude)
        }
        if let p = precision, digits.count < p { digits = String(repeating: "0", count: p - digits.count) + digits }
        let sign = n.sign == .minus ? "-" : (plus ? "+" : (space ? " " : ""))
        let lead = sign + prefix
        if zero && width > lead.count + digits.count {
            digits = String(repeating: "0", count: width - lead.count - digits.count) + digits
        }
        return lead + digits
    }
}
