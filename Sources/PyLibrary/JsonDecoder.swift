import BigInt
import PyRuntime

/// JSON parsing for `json.loads`/`json.load`/`JSONDecoder`, with CPython's scanner rules (NaN, Infinity,
/// -Infinity accepted, duplicate keys keep the last value, control characters rejected in strict mode) and its
/// error messages and positions (`Expecting value: line 1 column 1 (char 0)`), counted in characters.
///
/// The parser walks UTF-8 bytes; positions are converted to character offsets only when an error is raised.
struct JsonParser {
    let bytes: [UInt8]
    let text: PyStr
    var objectHook: Value = .none
    var objectPairsHook: Value = .none
    var parseFloat: Value = .none
    var parseInt: Value = .none
    var parseConstant: Value = .none
    var strict = true
    var pos = 0

    init(_ text: PyStr) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    /// A JSONDecodeError at byte offset `at`.
    func error(_ message: String, at: Int) -> PyError {
        var chars = 0
        var i = 0
        while i < at && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { chars += 1 }
            i += 1
        }
        return JsonModule.decodeError(message, text, chars)
    }

    mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    private func matches(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count else { return false }
        for i in 0..<w.count where bytes[pos + i] != w[i] { return false }
        return true
    }

    /// Parse one value starting at `pos` (no leading whitespace).
    mutating func value(_ interp: Interpreter) throws(PyError) -> Value {
        guard pos < bytes.count else { throw error("Expecting value", at: pos) }
        switch bytes[pos] {
        case UInt8(ascii: "\""):
            return .object(try string())
        case UInt8(ascii: "{"):
            return try object(interp)
        case UInt8(ascii: "["):
            return try array(interp)
        case UInt8(ascii: "n") where matches("null"):
            pos += 4
            return .none
        case UInt8(ascii: "t") where matches("true"):
            pos += 4
            return .true
        case UInt8(ascii: "f") where matches("false"):
            pos += 5
            return .false
        case UInt8(ascii: "N") where matches("NaN"):
            pos += 3
            return try constant(interp, "NaN", .nan)
        case UInt8(ascii: "I") where matches("Infinity"):
            pos += 8
            return try constant(interp, "Infinity", .infinity)
        case UInt8(ascii: "-") where matches("-Infinity"):
            pos += 9
            return try constant(interp, "-Infinity", -.infinity)
        default:
            return try number(interp)
        }
    }

    private func constant(_ interp: Interpreter, _ name: String, _ d: Double) throws(PyError) -> Value {
        if parseConstant.isNone { return .float(d) }
        return try interp.call(parseConstant, [.str(name)])
    }

    private func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }

    private mutating func number(_ interp: Interpreter) throws(PyError) -> Value {
        let start = pos
        var i = pos
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") { i += 1 }
        if i < bytes.count && bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else if isDigit(i) {
            while isDigit(i) { i += 1 }
        } else {
            throw error("Expecting value", at: start)
        }
        var isFloat = false
        if i + 1 < bytes.count && bytes[i] == UInt8(ascii: ".") && isDigit(i + 1) {
            i += 1
            while isDigit(i) { i += 1 }
            isFloat = true
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            var j = i + 1
            if j < bytes.count && (bytes[j] == UInt8(ascii: "+") || bytes[j] == UInt8(ascii: "-")) { j += 1 }
            if isDigit(j) {
                while isDigit(j) { j += 1 }
                i = j
                isFloat = true
            }
        }
        pos = i
        let literal = String(decoding: bytes[start..<i], as: UTF8.self)
        if isFloat {
            if !parseFloat.isNone { return try interp.call(parseFloat, [.str(literal)]) }
            return .float(Double(literal) ?? .nan)
        }
        if !parseInt.isNone { return try interp.call(parseInt, [.str(literal)]) }
        if let small = Int(literal) { return .int(small) }
        return PyBigInt.make(BigInt(literal)!)
    }

    private func hexValue(_ i: Int) -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = bytes[i + k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }

    mutating func string() throws(PyError) -> PyStr {
        let start = pos
        pos += 1
        var out: [UInt8] = []
        var runStart = pos
        while true {
            guard pos < bytes.count else { throw error("Unterminated string starting at", at: start) }
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") {
                let result: PyStr
                if out.isEmpty {
                    result = PyStr(utf8: ContiguousArray(bytes[runStart..<pos]))
                } else {
                    out.append(contentsOf: bytes[runStart..<pos])
                    result = PyStr(utf8: ContiguousArray(out))
                }
                pos += 1
                return result
            }
            if c < 0x20 && strict { throw error("Invalid control character at", at: pos) }
            if c != UInt8(ascii: "\\") {
                pos += 1
                continue
            }
            out.append(contentsOf: bytes[runStart..<pos])
            let escapeAt = pos
            pos += 1
            guard pos < bytes.count else { throw error("Unterminated string starting at", at: start) }
            let e = bytes[pos]
            pos += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var u = hexValue(pos) else { throw error("Invalid \\uXXXX escape", at: pos - 1) }
                pos += 4
                if u >= 0xD800 && u <= 0xDBFF && pos + 1 < bytes.count && bytes[pos] == UInt8(ascii: "\\")
                    && bytes[pos + 1] == UInt8(ascii: "u")
                {
                    guard let low = hexValue(pos + 2) else { throw error("Invalid \\uXXXX escape", at: pos + 1) }
                    if low >= 0xDC00 && low <= 0xDFFF {
                        u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                        pos += 6
                    }
                }
                // Lone surrogates cannot live in a Swift string: they become U+FFFD.
                PyStrUTF8.append(Unicode.Scalar(u) ?? "\u{FFFD}", to: &out)
            default:
                throw error("Invalid \\escape", at: escapeAt)
            }
            runStart = pos
        }
    }

    private mutating func object(_ interp: Interpreter) throws(PyError) -> Value {
        pos += 1
        var pairs: [(Value, Value)] = []
        skipWhitespace()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return try finishObject(interp, pairs)
        }
        while true {
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else {
                throw error("Expecting property name enclosed in double quotes", at: pos)
            }
            let key = try string()
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else {
                throw error("Expecting ':' delimiter", at: pos)
            }
            pos += 1
            skipWhitespace()
            pairs.append((.object(key), try value(interp)))
            skipWhitespace()
            if pos < bytes.count && bytes[pos] == UInt8(ascii: "}") {
                pos += 1
                return try finishObject(interp, pairs)
            }
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ",") else {
                throw error("Expecting ',' delimiter", at: pos)
            }
            pos += 1
            skipWhitespace()
        }
    }

    private func finishObject(_ interp: Interpreter, _ pairs: [(Value, Value)]) throws(PyError) -> Value {
        if !objectPairsHook.isNone {
            let list = PyList(pairs.map { .object(PyTuple([$0.0, $0.1])) })
            return try interp.call(objectPairsHook, [.object(list)])
        }
        let d = PyDict(minimumCapacity: pairs.count)
        for (k, v) in pairs { d.setItem(str: k.asStr!, v) }
        if !objectHook.isNone { return try interp.call(objectHook, [.object(d)]) }
        return .object(d)
    }

    private mutating func array(_ interp: Interpreter) throws(PyError) -> Value {
        pos += 1
        let list = PyList()
        skipWhitespace()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            return .object(list)
        }
        while true {
            list.items.append(try value(interp))
            skipWhitespace()
            if pos < bytes.count && bytes[pos] == UInt8(ascii: "]") {
                pos += 1
                return .object(list)
            }
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ",") else {
                throw error("Expecting ',' delimiter", at: pos)
            }
            pos += 1
            skipWhitespace()
        }
    }

    /// Byte offset of character index `chars`.
    func byteOffset(ofCharacter chars: Int) -> Int {
        var seen = 0
        var i = 0
        while i < bytes.count && seen < chars {
            i += 1
            while i < bytes.count && bytes[i] & 0xC0 == 0x80 { i += 1 }
            seen += 1
        }
        return i
    }

    /// Character index of byte offset `at`.
    func characterIndex(_ at: Int) -> Int {
        var chars = 0
        for i in 0..<Swift.min(at, bytes.count) where bytes[i] & 0xC0 != 0x80 { chars += 1 }
        return chars
    }
}
