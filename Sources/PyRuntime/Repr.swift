import BigInt

#if canImport(Glibc)
    import Glibc
#endif

/// `repr()` and `str()` of every builtin value, in CPython's exact text.
extension Interpreter {
    static let reprName = PyStr.intern("__repr__")
    static let strName = PyStr.intern("__str__")

    /// `repr(v)`.
    public func repr(_ v: Value) throws(PyError) -> String {
        switch v {
        case .none, .undefined: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return Self.floatRepr(d)
        case .object(let o):
            if o.type.dispatchesDunders, let m = userMethod(o.type, "__repr__") {
                let r = try call(try bind(m, instance: v, owner: o.type), [])
                guard let s = r.asStr else { throw .typeError("__repr__ returned non-string (type \(r.typeName))") }
                return s.string
            }
            return try builtinRepr(v, o)
        }
    }

    /// `str(v)`.
    public func str(_ v: Value) throws(PyError) -> String {
        if case .object(let o) = v {
            if o.kind == .str, o.type.isBuiltin { return unsafeDowncast(o, to: PyStr.self).string }
            if o.type.dispatchesDunders, let m = userMethod(o.type, "__str__") {
                let r = try call(try bind(m, instance: v, owner: o.type), [])
                guard let s = r.asStr else { throw .typeError("__str__ returned non-string (type \(r.typeName))") }
                return s.string
            }
            switch o.kind {
            case .str: return unsafeDowncast(o, to: PyStr.self).string
            case .exception:
                let e = unsafeDowncast(o, to: PyException.self)
                if let special = try Self.specialExceptionText(e, self) { return special }
                return try e.message(self)
            default: break
            }
        }
        return try repr(v)
    }

    /// `str(v)` as a `PyStr` object, reusing `v` when it already is one.
    public func strObject(_ v: Value) throws(PyError) -> PyStr {
        if let s = v.asStr, v.type === Builtins.strType { return s }
        return PyStr(try str(v))
    }

    func builtinRepr(_ v: Value, _ o: PyObject) throws(PyError) -> String {
        switch o.kind {
        case .str: return Self.strRepr(unsafeDowncast(o, to: PyStr.self))
        case .bigInt: return unsafeDowncast(o, to: PyBigInt.self).value.description
        case .list:
            return try reprGuarded(o, "[...]") { () throws(PyError) -> String in
                let items = unsafeDowncast(o, to: PyList.self).items
                var parts: [String] = []
                for x in items { parts.append(try repr(x)) }
                return "[" + parts.joined(separator: ", ") + "]"
            }
        case .tuple:
            let items = unsafeDowncast(o, to: PyTuple.self).items
            return try reprGuarded(o, "(...)") { () throws(PyError) -> String in
                var parts: [String] = []
                for x in items { parts.append(try repr(x)) }
                return items.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
            }
        case .dict:
            return try reprGuarded(o, "{...}") { () throws(PyError) -> String in
                var parts: [String] = []
                for (k, val) in unsafeDowncast(o, to: PyDict.self).items {
                    parts.append(try repr(k) + ": " + repr(val))
                }
                let body = "{" + parts.joined(separator: ", ") + "}"
                return o.type.isBuiltin ? body : body
            }
        case .set:
            let s = unsafeDowncast(o, to: PySet.self)
            let name = o.type.name
            if s.count == 0 { return "\(name)()" }
            return try reprGuarded(o, "\(name)(...)") { () throws(PyError) -> String in
                var parts: [String] = []
                for x in s.elements { parts.append(try repr(x)) }
                let body = "{" + parts.joined(separator: ", ") + "}"
                return s.isFrozen || !o.type.isBuiltin ? "\(name)(\(body))" : body
            }
        case .bytes, .bytearray:
            let b = Self.bytesRepr(unsafeDowncast(o, to: PyBytes.self).bytes)
            return o.kind == .bytes ? b : "bytearray(\(b))"
        case .complex:
            let c = unsafeDowncast(o, to: PyComplex.self)
            return Self.complexRepr(c.real, c.imag)
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            if let b = r.big {
                return b.step == 1 ? "range(\(b.start), \(b.stop))" : "range(\(b.start), \(b.stop), \(b.step))"
            }
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case .slice:
            let s = unsafeDowncast(o, to: PySlice.self)
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case .type:
            return unsafeDowncast(o, to: PyType.self).reprText
        case .function:
            let f = unsafeDowncast(o, to: PyFunction.self)
            return "<function \(f.qualifiedName) at \(Self.address(o))>"
        case .builtinFunction:
            let b = unsafeDowncast(o, to: PyBuiltinFunction.self)
            return "<built-in function \(b.name)>"
        case .methodDescriptor:
            let d = unsafeDowncast(o, to: PyMethodDescriptor.self)
            return "<method '\(d.name)' of '\(d.owner.name)' objects>"
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            if let d = m.function.asObject as? PyMethodDescriptor {
                return "<built-in method \(d.name) of \(m.receiver.typeName) object at \(Self.address(m.receiver.asObject))>"
            }
            let fname = (m.function.asObject as? PyFunction)?.qualifiedName ?? "?"
            return "<bound method \(fname) of \(try repr(m.receiver))>"
        case .module:
            let m = unsafeDowncast(o, to: PyModule.self)
            if let f = m.namespace.getItem("__file__")?.asStr { return "<module '\(m.name)' from '\(f.string)'>" }
            return "<module '\(m.name)' (built-in)>"
        case .exception:
            let e = unsafeDowncast(o, to: PyException.self)
            var parts: [String] = []
            for a in e.args.items { parts.append(try repr(a)) }
            return "\(o.type.name)(" + parts.joined(separator: ", ") + ")"
        case .generator:
            let g = unsafeDowncast(o, to: PyGenerator.self)
            let what = g.flavor == .generator ? "generator" : g.flavor == .coroutine ? "coroutine" : "async_generator"
            return "<\(what) object \(g.qualifiedName) at \(Self.address(o))>"
        case .cell:
            return "<cell at \(Self.address(o))>"
        case .property:
            return "<property object at \(Self.address(o))>"
        case .staticMethod:
            return "<staticmethod(\(try repr((o as! PyMethodWrapper).function)))>"
        case .classMethod:
            return "<classmethod(\(try repr((o as! PyMethodWrapper).function)))>"
        case .code:
            let c = unsafeDowncast(o, to: PyCode.self).code
            return "<code object \(c.name) at \(Self.address(o)), file \"\(c.filename)\", line \(c.firstLine)>"
        default:
            if o === Builtins.table.notImplemented { return "NotImplemented" }
            if o === Builtins.table.ellipsis { return "Ellipsis" }
            if let m = o.type.lookup(Self.reprName), let d = m.asObject as? PyMethodDescriptor, d.owner !== Builtins.objectType {
                let r = try d.body(self, v, Args(values: UnsafeBufferPointer(start: nil, count: 0), count: 0, kwNames: nil))
                if let s = r.asStr { return s.string }
            }
            if o.type.isBuiltin && o.kind == .iterator {
                return "<\(o.type.name) object at \(Self.address(o))>"
            }
            let t = o.type
            let mod = t.moduleName == "builtins" ? "" : "\(t.moduleName)."
            return "<\(mod)\(t.qualifiedName) object at \(Self.address(o))>"
        }
    }

    /// Guard against infinite recursion in self-containing containers (`[[...]]`).
    private func reprGuarded(_ o: PyObject, _ placeholder: String, _ body: () throws(PyError) -> String)
        throws(PyError) -> String
    {
        let id = ObjectIdentifier(o)
        if reprStack.contains(id) { return placeholder }
        reprStack.append(id)
        defer { reprStack.removeLast() }
        return try body()
    }

    var reprStack: [ObjectIdentifier] {
        get { (extensions["reprStack"] as? Box<[ObjectIdentifier]>)?.value ?? [] }
        set {
            if let b = extensions["reprStack"] as? Box<[ObjectIdentifier]> { b.value = newValue }
            else { extensions["reprStack"] = Box(newValue) }
        }
    }

    /// `0x7f...` style address of an object, for default reprs.
    public static func address(_ o: PyObject?) -> String {
        guard let o else { return "0x0" }
        return "0x" + String(UInt(bitPattern: ObjectIdentifier(o)), radix: 16).leftPadded(to: 12)
    }

    // MARK: Text forms of builtin values

    /// CPython's `repr(str)`: single quotes unless the text contains ' and no ".
    public static func strRepr(_ s: PyStr) -> String {
        let text = s.string
        let useDouble = text.contains("'") && !text.contains("\"")
        let q: Character = useDouble ? "\"" : "'"
        var out = String(q)
        for u in text.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u == q.unicodeScalars.first! {
                    out += "\\" + String(q)
                } else if u.value < 0x20 || u.value == 0x7F {
                    out += "\\x" + String(u.value, radix: 16).leftPadded(to: 2)
                } else if !Self.isPrintable(u) {
                    let v = u.value
                    if v <= 0xFF { out += "\\x" + String(v, radix: 16).leftPadded(to: 2) }
                    else if v <= 0xFFFF { out += "\\u" + String(v, radix: 16).leftPadded(to: 4) }
                    else { out += "\\U" + String(v, radix: 16).leftPadded(to: 8) }
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out.append(q)
        return out
    }

    /// `str.isprintable` for one code point (what `repr` leaves unescaped).
    static func isPrintable(_ u: Unicode.Scalar) -> Bool { UnicodeText.isPrintable(u) }

    public static func bytesRepr(_ bytes: ContiguousArray<UInt8>) -> String {
        let useDouble = bytes.contains(0x27) && !bytes.contains(0x22)
        var out = useDouble ? "b\"" : "b'"
        for b in bytes {
            switch b {
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x27 where !useDouble: out += "\\'"
            default:
                if b < 0x20 || b >= 0x7F { out += "\\x" + String(b, radix: 16).leftPadded(to: 2) }
                else { out.unicodeScalars.append(Unicode.Scalar(b)) }
            }
        }
        out += useDouble ? "\"" : "'"
        return out
    }

    /// CPython's `repr(float)`: the shortest round-tripping digits, exponent form outside [1e-4, 1e16).
    public static func floatRepr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d > 0 ? "inf" : "-inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description gives the shortest round-trip digits; re-layout them in Python's style.
        let (digits, exponent, negative) = shortestDigits(d)
        let sign = negative ? "-" : ""
        // Decimal point position: value = 0.digits * 10^exponent.
        if exponent > -4 && exponent <= 16 {
            if exponent <= 0 {
                return sign + "0." + String(repeating: "0", count: -exponent) + digits
            }
            if digits.count <= exponent {
                return sign + digits + String(repeating: "0", count: exponent - digits.count) + ".0"
            }
            let i = digits.index(digits.startIndex, offsetBy: exponent)
            return sign + digits[..<i] + "." + digits[i...]
        }
        let e = exponent - 1
        var mantissa = String(digits.prefix(1))
        if digits.count > 1 { mantissa += "." + digits.dropFirst() }
        let es = e < 0 ? "-" + String(-e).leftPadded(to: 2) : "+" + String(e).leftPadded(to: 2)
        return sign + mantissa + "e" + es
    }

    /// (significant digits without trailing zeros, decimal exponent such that value = 0.d1d2... * 10^exp, sign).
    static func shortestDigits(_ d: Double) -> (String, Int, Bool) {
        let negative = d < 0
        let text = abs(d).description  // e.g. "1.2345e-05", "123.45", "1e+16"
        var mantissa = text
        var exp = 0
        if let eIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(text[..<eIndex])
            exp = Int(text[text.index(after: eIndex)...])!
        }
        var intPart = mantissa
        var fracPart = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = String(mantissa[..<dot])
            fracPart = String(mantissa[mantissa.index(after: dot)...])
        }
        var digits = intPart + fracPart
        var pointPos = intPart.count + exp
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            pointPos -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (digits, pointPos, negative)
    }

    static func complexRepr(_ r: Double, _ i: Double) -> String {
        func part(_ x: Double) -> String {
            let s = floatRepr(x)
            return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
        }
        if r == 0 && r.sign == .plus { return part(i) + "j" }
        let sign = i < 0 || (i == 0 && i.sign == .minus) || i.isNaN && i.sign == .minus ? "-" : "+"
        return "(" + part(r) + sign + part(abs(i)) + "j)"
    }
}

/// A reference box for values kept in `Interpreter.extensions`.
public final class Box<T>: @unchecked Sendable {
    public var value: T
    public init(_ value: T) { self.value = value }
}

extension String {
    /// Left-pad with zeros (or `pad`) to `width` characters.
    public func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
