import BigInt
import PyRuntime

/// JSON serialization for `json.dumps`/`json.dump`/`JSONEncoder.encode`, byte-for-byte as CPython's encoder
/// writes it: separators, indentation (a number of spaces or a string), `sort_keys`, `ensure_ascii` escapes
/// (`\u00e9`, surrogate pairs above U+FFFF), float reprs with `NaN`/`Infinity`, key coercion (`1` -> `"1"`,
/// `True` -> `"true"`), `skipkeys`, `default=` hooks and circular-reference detection.
struct JsonEncoder {
    var skipKeys = false
    var ensureASCII = true
    var checkCircular = true
    var allowNaN = true
    var sortKeys = false
    /// The text repeated per nesting level, nil for single-line output.
    var indent: String?
    var itemSeparator = ", "
    var keySeparator = ": "
    /// Called for objects JSON cannot represent; nil raises TypeError.
    var defaultHook: Value?

    private var out: [UInt8] = []
    private var markers: Set<ObjectIdentifier> = []

    /// Options as `dumps` takes them (`separators` defaults to `(',', ': ')` when indenting).
    init(_ interp: Interpreter, options: [String: Value]) throws(PyError) {
        func flag(_ name: String, _ defaultValue: Bool) throws(PyError) -> Bool {
            guard let v = options[name] else { return defaultValue }
            return try interp.isTrue(v)
        }
        skipKeys = try flag("skipkeys", false)
        ensureASCII = try flag("ensure_ascii", true)
        checkCircular = try flag("check_circular", true)
        allowNaN = try flag("allow_nan", true)
        sortKeys = try flag("sort_keys", false)
        if let i = options["indent"], !i.isNone {
            if let s = i.asStr {
                indent = s.string
            } else {
                indent = String(repeating: " ", count: Swift.max(0, try interp.intArgument(i)))
            }
            itemSeparator = ","
        }
        if let seps = options["separators"], !seps.isNone {
            let pair = try interp.iterate(seps)
            guard pair.count == 2, let item = pair[0].asStr, let key = pair[1].asStr else {
                throw .valueError("separators must be a (item_separator, key_separator) pair of strings")
            }
            itemSeparator = item.string
            keySeparator = key.string
        }
        if let d = options["default"], !d.isNone { defaultHook = d }
    }

    /// The JSON text of `value`.
    mutating func encode(_ interp: Interpreter, _ value: Value) throws(PyError) -> String {
        out.removeAll(keepingCapacity: true)
        markers.removeAll()
        try write(interp, value, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func append(_ s: String) { out.append(contentsOf: s.utf8) }

    private mutating func newline(_ level: Int) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<level { append(indent) }
    }

    private mutating func write(_ interp: Interpreter, _ value: Value, level: Int) throws(PyError) {
        switch value {
        case .none: append("null")
        case .bool(let b): append(b ? "true" : "false")
        case .int(let i): append(String(i))
        case .float(let d): append(try floatText(d))
        case .object(let o):
            if let s = value.asStr {
                writeString(s)
            } else if o.kind == .bigInt {
                append((o as! PyBigInt).value.description)
            } else if o.kind == .list || o.kind == .tuple {
                try writeArray(interp, o, level: level)
            } else if o.kind == .dict {
                try writeObject(interp, o as! PyDict, level: level)
            } else if value.type.isSubtype(of: Builtins.intType), let b = Lib.bigInt(value) {
                append(b.description)
            } else if value.type.isSubtype(of: Builtins.floatType) {
                append(try floatText(try interp.floatArgument(value)))
            } else {
                try writeOther(interp, value, o, level: level)
            }
        case .undefined: append("null")
        }
    }

    private func floatText(_ d: Double) throws(PyError) -> String {
        if d.isFinite { return Interpreter.floatRepr(d) }
        if !allowNaN { throw .valueError("Out of range float values are not JSON compliant") }
        return d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity")
    }

    private mutating func enter(_ o: PyObject) throws(PyError) {
        guard checkCircular else { return }
        if !markers.insert(ObjectIdentifier(o)).inserted { throw .valueError("Circular reference detected") }
    }

    private mutating func leave(_ o: PyObject) {
        if checkCircular { markers.remove(ObjectIdentifier(o)) }
    }

    private mutating func writeArray(_ interp: Interpreter, _ o: PyObject, level: Int) throws(PyError) {
        let items = o.kind == .list ? (o as! PyList).items : (o as! PyTuple).items
        if items.isEmpty {
            append("[]")
            return
        }
        try enter(o)
        out.append(UInt8(ascii: "["))
        newline(level + 1)
        for (i, item) in items.enumerated() {
            if i > 0 {
                append(itemSeparator)
                newline(level + 1)
            }
            try write(interp, item, level: level + 1)
        }
        newline(level)
        out.append(UInt8(ascii: "]"))
        leave(o)
    }

    private mutating func writeObject(_ interp: Interpreter, _ d: PyDict, level: Int) throws(PyError) {
        if d.count == 0 {
            append("{}")
            return
        }
        try enter(d)
        var items = d.items
        if sortKeys {
            var failure: PyError?
            items.sort { a, b in
                if failure != nil { return false }
                do throws(PyError) {
                    return try interp.lessThan(a.key, b.key)
                } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
        }
        out.append(UInt8(ascii: "{"))
        newline(level + 1)
        var first = true
        for (key, value) in items {
            let keyText: String
            if let s = key.asStr {
                keyText = s.string
            } else {
                switch key {
                case .float(let f): keyText = try floatText(f)
                case .bool(let b): keyText = b ? "true" : "false"
                case .none: keyText = "null"
                case .int(let i): keyText = String(i)
                default:
                    if let b = Lib.bigInt(key) {
                        keyText = b.description
                    } else if key.type.isSubtype(of: Builtins.floatType) {
                        keyText = try floatText(try interp.floatArgument(key))
                    } else if skipKeys {
                        continue
                    } else {
                        throw .typeError("keys must be str, int, float, bool or None, not \(key.typeName)")
                    }
                }
            }
            if !first {
                append(itemSeparator)
                newline(level + 1)
            }
            first = false
            writeString(PyStr(keyText))
            append(keySeparator)
            try write(interp, value, level: level + 1)
        }
        newline(level)
        out.append(UInt8(ascii: "}"))
        leave(d)
    }

    private mutating func writeOther(_ interp: Interpreter, _ value: Value, _ o: PyObject, level: Int) throws(PyError) {
        guard let hook = defaultHook else {
            throw .typeError("Object of type \(value.typeName) is not JSON serializable")
        }
        try enter(o)
        let replacement = try interp.call(hook, [value])
        try write(interp, replacement, level: level)
        leave(o)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func escapeUnit(_ u: UInt32) {
        append("\\u")
        for shift in stride(from: 12, through: 0, by: -4) { out.append(Self.hex[Int((u >> UInt32(shift)) & 0xF)]) }
    }

    /// A JSON string literal with CPython's escapes.
    private mutating func writeString(_ s: PyStr) {
        out.append(UInt8(ascii: "\""))
        for u in s.string.unicodeScalars {
            switch u {
            case "\"": append("\\\"")
            case "\\": append("\\\\")
            case "\n": append("\\n")
            case "\r": append("\\r")
            case "\t": append("\\t")
            case "\u{08}": append("\\b")
            case "\u{0C}": append("\\f")
            default:
                let v = u.value
                if v < 0x20 || (ensureASCII && v > 0x7E) {
                    if v > 0xFFFF {
                        let w = v - 0x10000
                        escapeUnit(0xD800 | (w >> 10))
                        escapeUnit(0xDC00 | (w & 0x3FF))
                    } else {
                        escapeUnit(v)
                    }
                } else {
                    PyStrUTF8.append(u, to: &out)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// UTF-8 encoding of one scalar into a byte buffer (the standard library's encoder).
enum PyStrUTF8 {
    static func append(_ s: Unicode.Scalar, to bytes: inout [UInt8]) {
        UTF8.encode(s) { bytes.append($0) }
    }
}
