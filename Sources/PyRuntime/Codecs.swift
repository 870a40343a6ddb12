/// Text encodings for `str.encode`, `bytes.decode`, `str(b, encoding)` and text files: UTF-8, ASCII,
/// Latin-1, UTF-16 and UTF-32, with the error handlers ordinary code uses (strict, ignore, replace,
/// backslashreplace, xmlcharrefreplace, namereplace, surrogateescape approximated as replace).
///
/// Errors are raised as CPython raises them: `UnicodeEncodeError` / `UnicodeDecodeError` whose args are
/// `(encoding, object, start, end, reason)` and whose `str()` is CPython's message (see
/// `Interpreter.unicodeErrorText`).
public enum Codec: Sendable, Equatable {
    case utf8, utf8sig, ascii, latin1, utf16, utf16LE, utf16BE, utf32, utf32LE, utf32BE

    /// The codec for an encoding name as Python spells it (case, `-`, `_` and spaces ignored).
    public static func named(_ name: String) throws(PyError) -> Codec {
        var key = ""
        for c in name.lowercased() { key.append(c == "_" || c == " " ? "-" : c) }
        switch key {
        case "utf-8", "utf8", "u8", "utf", "cp65001": return .utf8
        case "utf-8-sig", "utf8-sig": return .utf8sig
        case "ascii", "us-ascii", "646", "us": return .ascii
        case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100":
            return .latin1
        case "utf-16", "utf16", "u16": return .utf16
        case "utf-16-le", "utf-16le": return .utf16LE
        case "utf-16-be", "utf-16be": return .utf16BE
        case "utf-32", "utf32", "u32": return .utf32
        case "utf-32-le", "utf-32le": return .utf32LE
        case "utf-32-be", "utf-32be": return .utf32BE
        default:
            throw PyError(.make(Builtins.lookupErrorType, "unknown encoding: \(name)"))
        }
    }

    /// The name CPython's error messages use.
    public var name: String {
        switch self {
        case .utf8, .utf8sig: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        case .utf16, .utf16LE: return "utf-16-le"
        case .utf16BE: return "utf-16-be"
        case .utf32, .utf32LE: return "utf-32-le"
        case .utf32BE: return "utf-32-be"
        }
    }

    static let knownErrorHandlers: Set<String> = [
        "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape",
        "surrogatepass",
    ]

    static func checkHandler(_ errors: String) throws(PyError) {
        if !knownErrorHandlers.contains(errors) {
            throw PyError(.make(Builtins.lookupErrorType, "unknown error handler name '\(errors)'"))
        }
    }

    // MARK: Encoding

    /// Encode text. `object` is the str being encoded (for the exception's args).
    public func encode(_ text: PyStr, errors: String) throws(PyError) -> ContiguousArray<UInt8> {
        switch self {
        case .utf8: return text.utf8
        case .utf8sig: return [0xEF, 0xBB, 0xBF] + text.utf8
        case .ascii, .latin1:
            if text.isASCII { return text.utf8 }
            return try encodeSingleByte(text, limit: self == .ascii ? 0x80 : 0x100, errors: errors)
        case .utf16, .utf16LE, .utf16BE:
            var out = ContiguousArray<UInt8>()
            let big = self == .utf16BE
            func put(_ unit: UInt16) {
                if big { out.append(UInt8(unit >> 8)); out.append(UInt8(unit & 0xFF)) }
                else { out.append(UInt8(unit & 0xFF)); out.append(UInt8(unit >> 8)) }
            }
            if self == .utf16 { put(0xFEFF) }
            for unit in text.string.utf16 { put(unit) }
            return out
        case .utf32, .utf32LE, .utf32BE:
            var out = ContiguousArray<UInt8>()
            let big = self == .utf32BE
            func put(_ v: UInt32) {
                let bytes = [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
                out.append(contentsOf: big ? bytes.reversed() : bytes)
            }
            if self == .utf32 { put(0xFEFF) }
            for u in text.string.unicodeScalars { put(u.value) }
            return out
        }
    }

    private func encodeSingleByte(_ text: PyStr, limit: UInt32, errors: String) throws(PyError)
        -> ContiguousArray<UInt8>
    {
        let scalars = text.scalars
        var out = ContiguousArray<UInt8>()
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let v = scalars[i].value
            if v < limit {
                out.append(UInt8(v))
                i += 1
                continue
            }
            var end = i + 1
            while end < scalars.count && scalars[end].value >= limit { end += 1 }
            switch errors {
            case "strict", "surrogatepass":
                throw PyError(
                    Codec.encodeError(
                        self, text, start: i, end: end, reason: "ordinal not in range(\(limit))"))
            case "ignore": break
            case "replace", "surrogateescape":
                out.append(contentsOf: repeatElement(UInt8(ascii: "?"), count: end - i))
            case "backslashreplace":
                for u in scalars[i..<end] { out.append(contentsOf: Codec.backslashEscape(u).utf8) }
            case "xmlcharrefreplace":
                for u in scalars[i..<end] { out.append(contentsOf: "&#\(u.value);".utf8) }
            case "namereplace":
                for u in scalars[i..<end] {
                    if let n = u.properties.name { out.append(contentsOf: "\\N{\(n)}".utf8) }
                    else { out.append(contentsOf: Codec.backslashEscape(u).utf8) }
                }
            default:
                try Codec.checkHandler(errors)
            }
            i = end
        }
        return out
    }

    /// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
    static func backslashEscape(_ u: Unicode.Scalar) -> String {
        let v = u.value
        if v <= 0xFF { return "\\x" + String(v, radix: 16).leftPadded(to: 2) }
        if v <= 0xFFFF { return "\\u" + String(v, radix: 16).leftPadded(to: 4) }
        return "\\U" + String(v, radix: 16).leftPadded(to: 8)
    }

    static func encodeError(_ codec: Codec, _ text: PyStr, start: Int, end: Int, reason: String) -> PyException {
        PyException(
            type: Builtins.exceptionType("UnicodeEncodeError"),
            args: PyTuple([.str(codec.name), .object(text), .int(start), .int(end), .str(reason)]))
    }

    // MARK: Decoding

    /// Decode bytes to text.
    public func decode(_ bytes: ContiguousArray<UInt8>, errors: String) throws(PyError) -> PyStr {
        switch self {
        case .utf8: return try Codec.decodeUTF8(bytes, errors: errors)
        case .utf8sig:
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                return try Codec.decodeUTF8(ContiguousArray(bytes.dropFirst(3)), errors: errors)
            }
            return try Codec.decodeUTF8(bytes, errors: errors)
        case .ascii:
            if !bytes.contains(where: { $0 >= 0x80 }) { return PyStr(utf8: bytes, count: bytes.count) }
            var out = String.UnicodeScalarView()
            for (i, b) in bytes.enumerated() {
                if b < 0x80 { out.append(Unicode.Scalar(b)); continue }
                try Codec.handleDecodeError(
                    .ascii, bytes, start: i, end: i + 1, reason: "ordinal not in range(128)", errors: errors,
                    into: &out)
            }
            return PyStr(String(out))
        case .latin1:
            return PyStr(scalars: bytes.lazy.map { Unicode.Scalar($0) })
        case .utf16, .utf16LE, .utf16BE:
            return try decodeUTF16(bytes, errors: errors)
        case .utf32, .utf32LE, .utf32BE:
            return try decodeUTF32(bytes, errors: errors)
        }
    }

    /// Apply the error handler to the undecodable bytes `start..<end`.
    static func handleDecodeError(
        _ codec: Codec, _ bytes: ContiguousArray<UInt8>, start: Int, end: Int, reason: String, errors: String,
        into out: inout String.UnicodeScalarView
    ) throws(PyError) {
        switch errors {
        case "strict", "surrogatepass":
            throw PyError(
                PyException(
                    type: Builtins.exceptionType("UnicodeDecodeError"),
                    args: PyTuple([
                        .str(codec.name), .object(PyBytes(bytes)), .int(start), .int(end), .str(reason),
                    ])))
        case "ignore": break
        case "replace", "surrogateescape": out.append("\u{FFFD}")
        case "backslashreplace":
            for b in bytes[start..<end] { out.append(contentsOf: ("\\x" + String(b, radix: 16).leftPadded(to: 2)).unicodeScalars) }
        default:
            try checkHandler(errors)
            throw PyError(.typeError("don't know how to handle UnicodeDecodeError in error callback"))
        }
    }

    /// UTF-8 with CPython's error ranges: an invalid start byte is one bad byte; a truncated or interrupted
    /// sequence covers its start byte and the valid continuation bytes before the problem.
    static func decodeUTF8(_ bytes: ContiguousArray<UInt8>, errors: String) throws(PyError) -> PyStr {
        if let valid = validUTF8Count(bytes) { return PyStr(utf8: bytes, count: valid) }
        var out = String.UnicodeScalarView()
        let n = bytes.count
        var i = 0
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                out.append(Unicode.Scalar(b0))
                i += 1
                continue
            }
            var need = 0
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default:
                try handleDecodeError(.utf8, bytes, start: i, end: i + 1, reason: "invalid start byte", errors: errors, into: &out)
                i += 1
                continue
            }
            var value = UInt32(b0) & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07)
            var k = 1
            var failure: String?
            while k <= need {
                if i + k >= n { failure = "unexpected end of data"; break }
                let c = bytes[i + k]
                let (l, h): (UInt8, UInt8) = k == 1 ? (lo, hi) : (0x80, 0xBF)
                if c < l || c > h { failure = "invalid continuation byte"; break }
                value = (value << 6) | UInt32(c & 0x3F)
                k += 1
            }
            if let failure {
                try handleDecodeError(.utf8, bytes, start: i, end: i + k, reason: failure, errors: errors, into: &out)
                i += k
                continue
            }
            out.append(Unicode.Scalar(value)!)
            i += need + 1
        }
        return PyStr(String(out))
    }

    /// The number of code points when `bytes` is valid UTF-8 (no surrogates, shortest forms), else nil.
    static func validUTF8Count(_ bytes: ContiguousArray<UInt8>) -> Int? {
        var count = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            count += 1
            if b0 < 0x80 { i += 1; continue }
            var need = 0
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return nil
            }
            if i + need >= n { return nil }
            let b1 = bytes[i + 1]
            if b1 < lo || b1 > hi { return nil }
            for k in stride(from: 2, through: need, by: 1) where bytes[i + k] & 0xC0 != 0x80 { return nil }
            i += need + 1
        }
        return count
    }

    private func decodeUTF16(_ bytes: ContiguousArray<UInt8>, errors: String) throws(PyError) -> PyStr {
        var big = self == .utf16BE
        var start = 0
        if self == .utf16, bytes.count >= 2 {
            if bytes[0] == 0xFF && bytes[1] == 0xFE { start = 2 } else if bytes[0] == 0xFE && bytes[1] == 0xFF { start = 2; big = true }
        }
        var out = String.UnicodeScalarView()
        var i = start
        let codec: Codec = big ? .utf16BE : .utf16LE
        func unit(_ j: Int) -> UInt32 {
            big ? UInt32(bytes[j]) << 8 | UInt32(bytes[j + 1]) : UInt32(bytes[j + 1]) << 8 | UInt32(bytes[j])
        }
        while i < bytes.count {
            if i + 1 >= bytes.count {
                try Codec.handleDecodeError(codec, bytes, start: i, end: bytes.count, reason: "truncated data", errors: errors, into: &out)
                break
            }
            let u = unit(i)
            if u < 0xD800 || u > 0xDFFF {
                out.append(Unicode.Scalar(u)!)
                i += 2
            } else if u <= 0xDBFF, i + 3 < bytes.count, (0xDC00...0xDFFF).contains(unit(i + 2)) {
                out.append(Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (unit(i + 2) - 0xDC00))!)
                i += 4
            } else {
                let truncated = u <= 0xDBFF && i + 3 >= bytes.count
                let end = truncated ? bytes.count : i + 2
                try Codec.handleDecodeError(
                    codec, bytes, start: i, end: end, reason: truncated ? "unexpected end of data" : "illegal encoding",
                    errors: errors, into: &out)
                i = end
            }
        }
        return PyStr(String(out))
    }

    private func decodeUTF32(_ bytes: ContiguousArray<UInt8>, errors: String) throws(PyError) -> PyStr {
        var big = self == .utf32BE
        var start = 0
        if self == .utf32, bytes.count >= 4 {
            if bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0 { start = 4 }
            else if bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF { start = 4; big = true }
        }
        var out = String.UnicodeScalarView()
        var i = start
        let codec: Codec = big ? .utf32BE : .utf32LE
        while i < bytes.count {
            if i + 3 >= bytes.count {
                try Codec.handleDecodeError(codec, bytes, start: i, end: bytes.count, reason: "truncated data", errors: errors, into: &out)
                break
            }
            let q = (0..<4).map { UInt32(bytes[i + $0]) }
            let v = big ? q[0] << 24 | q[1] << 16 | q[2] << 8 | q[3] : q[3] << 24 | q[2] << 16 | q[1] << 8 | q[0]
            if let u = Unicode.Scalar(v) {
                out.append(u)
            } else {
                let reason = v > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)"
                try Codec.handleDecodeError(codec, bytes, start: i, end: i + 4, reason: reason, errors: errors, into: &out)
            }
            i += 4
        }
        return PyStr(String(out))
    }
}

extension Interpreter {
    /// CPython's `str()` of UnicodeEncodeError / UnicodeDecodeError made with the standard five arguments,
    /// and of OSError with errno/strerror/filename; nil for other exceptions (or other argument shapes).
    public static func specialExceptionText(_ e: PyException, _ interp: Interpreter) throws(PyError) -> String? {
        let t = e.type
        if t.isSubtype(of: Builtins.osErrorType) { return try osErrorText(e, interp) }
        if t.isSubtype(of: Builtins.syntaxErrorType), let d = e.dict, let msg = d.getItem("msg"), e.args.count == 2 {
            // "msg (file.py, line 3)": the file's base name, as CPython prints it.
            let text = try interp.str(msg)
            let file = d.getItem("filename")?.asStr?.string.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init)
            let line = d.getItem("lineno").flatMap { interp.intValue($0) }
            switch (file, line) {
            case (let f?, let l?): return "\(text) (\(f), line \(l))"
            case (let f?, nil): return "\(text) (\(f))"
            case (nil, let l?): return "\(text) (line \(l))"
            default: return text
            }
        }
        guard t.isSubtype(of: Builtins.exceptionType("UnicodeError")), e.args.count == 5,
            let enc = e.args.items[0].asStr, case .int(let start) = e.args.items[2],
            case .int(let end) = e.args.items[3], let reason = e.args.items[4].asStr
        else { return nil }
        let obj = e.args.items[1]
        if let b = obj.asObject as? PyBytes, t.isSubtype(of: Builtins.exceptionType("UnicodeDecodeError")) {
            if start >= 0 && start < b.bytes.count && end == start + 1 {
                let hex = String(b.bytes[start], radix: 16).leftPadded(to: 2)
                return "'\(enc.string)' codec can't decode byte 0x\(hex) in position \(start): \(reason.string)"
            }
            return "'\(enc.string)' codec can't decode bytes in position \(start)-\(end - 1): \(reason.string)"
        }
        if let s = obj.asStr {
            if start >= 0 && start < s.count && end == start + 1 {
                let esc = Codec.backslashEscape(s.scalar(at: start))
                return "'\(enc.string)' codec can't encode character '\(esc)' in position \(start): \(reason.string)"
            }
            return "'\(enc.string)' codec can't encode characters in position \(start)-\(end - 1): \(reason.string)"
        }
        return nil
    }
}
