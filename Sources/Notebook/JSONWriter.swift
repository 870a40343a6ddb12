/// Writes JSON text the way Python's `json.dumps` does, so files written here match what Jupyter's own
/// `nbformat` writes: `indent` spaces per level with `", "`/`": "` separators (`","` at line ends), keys
/// optionally sorted by code point, non-ASCII text kept as is (`ensure_ascii=False`), floats in Python's
/// shortest round-trip form.
public struct JSONWriter {
    /// Spaces per nesting level; nil writes everything on one line.
    public var indent: Int?
    /// Sort object keys (nbformat does).
    public var sortKeys: Bool
    /// Escape every non-ASCII character as `\uXXXX` (Python's default; nbformat turns it off).
    public var asciiOnly: Bool

    public init(indent: Int? = 1, sortKeys: Bool = true, asciiOnly: Bool = false) {
        self.indent = indent
        self.sortKeys = sortKeys
        self.asciiOnly = asciiOnly
    }

    /// The JSON text of `value` (no trailing newline).
    public func write(_ value: JSONValue) -> String {
        var out = ""
        write(value, level: 0, into: &out)
        return out
    }

    private func newline(_ level: Int, _ out: inout String) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    private func write(_ value: JSONValue, level: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += Self.pythonFloat(d)
        case .string(let s): Self.quote(s, asciiOnly: asciiOnly, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (n, item) in items.enumerated() {
                if n > 0 { out += indent == nil ? ", " : "," }
                newline(level + 1, &out)
                write(item, level: level + 1, into: &out)
            }
            newline(level, &out)
            out += "]"
        case .object(let object):
            if object.isEmpty {
                out += "{}"
                return
            }
            var entries = object.entries
            if sortKeys {
                entries.sort { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
            }
            out += "{"
            for (n, entry) in entries.enumerated() {
                if n > 0 { out += indent == nil ? ", " : "," }
                newline(level + 1, &out)
                Self.quote(entry.key, asciiOnly: asciiOnly, into: &out)
                out += ": "
                write(entry.value, level: level + 1, into: &out)
            }
            newline(level, &out)
            out += "}"
        }
    }

    /// `repr(float)` as Python prints it (JSON has no NaN or infinities; Python writes these names).
    static func pythonFloat(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        return d.description
    }

    /// A JSON string literal with Python's escapes.
    static func quote(_ s: String, asciiOnly: Bool, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if u.value < 0x20 || (asciiOnly && u.value > 0x7E) {
                    if u.value > 0xFFFF {
                        let v = u.value - 0x10000
                        out += hexEscape(0xD800 + (v >> 10)) + hexEscape(0xDC00 + (v & 0x3FF))
                    } else {
                        out += hexEscape(u.value)
                    }
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }

    private static func hexEscape(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        var s = "\\u"
        for shift in stride(from: 12, through: 0, by: -4) { s.append(digits[Int((v >> UInt32(shift)) & 0xF)]) }
        return s
    }
}

/// Python's `str.splitlines(keepends=True)`: nbformat splits multi-line text fields with it before writing.
public func splitLinesKeepingEnds(_ text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var iterator = text.unicodeScalars.makeIterator()
    var pending = iterator.next()
    while let u = pending {
        pending = iterator.next()
        current.append(u)
        switch u.value {
        case 0x0D:
            if pending == "\n" {
                current.append("\n")
                pending = iterator.next()
            }
            lines.append(String(current))
            current = String.UnicodeScalarView()
        case 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
            lines.append(String(current))
            current = String.UnicodeScalarView()
        default: break
        }
    }
    if !current.isEmpty { lines.append(String(current)) }
    return lines
}
