import BigInt
import PyCompiler

/// Methods of `str` (the core set; see StrMethods+More for the rest), number methods, and helpers for parsing
/// numbers from text.
extension Builtins {
    static func s(_ v: Value) -> PyStr { unsafeDowncast(v.asObject!, to: PyStr.self) }

    static func installStrMethods() {
        let t = strType
        method(t, "join") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("join", min: 1, max: 1)
            let sep = s(v)
            var bytes = ContiguousArray<UInt8>()
            var count = 0
            var index = 0
            let iterator: Value
            do throws(PyError) {
                iterator = try interp.getIterator(args[0])
            } catch where error.matches(Builtins.typeErrorType) {
                throw .typeError("can only join an iterable")
            }
            while let x = try interp.nextValue(iterator) {
                guard let piece = x.asStr else {
                    throw .typeError("sequence item \(index): expected str instance, \(x.typeName) found")
                }
                if index > 0 {
                    bytes.append(contentsOf: sep.utf8)
                    count += sep.count
                }
                bytes.append(contentsOf: piece.utf8)
                count += piece.count
                index += 1
            }
            return .object(PyStr(utf8: bytes, count: count))
        }
        for (name, fromRight) in [("split", false), ("rsplit", true)] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 0, max: 2, keywords: true)
                let sepArg = args.argument(0, "sep") ?? .none
                let maxsplit = try interp.intArgument(args.argument(1, "maxsplit") ?? .int(-1))
                return .object(PyList(try splitString(s(v), sepArg, maxsplit: maxsplit, fromRight: fromRight)))
            }
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            method(t, name) { (_, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 0, max: 1)
                var chars: Set<Unicode.Scalar>?
                if args.count == 1, !args[0].isNone {
                    guard let cs = args[0].asStr else { throw .typeError("\(name) arg must be None or str") }
                    chars = Set(cs.string.unicodeScalars)
                }
                let str = s(v)
                if str.isASCII && chars == nil {
                    let b = str.utf8
                    var a = 0
                    var e = b.count
                    func space(_ x: UInt8) -> Bool { x == 0x20 || (x >= 0x09 && x <= 0x0D) || (x >= 0x1C && x <= 0x1F) }
                    if left { while a < e && space(b[a]) { a += 1 } }
                    if right { while e > a && space(b[e - 1]) { e -= 1 } }
                    return .object(str.substring(a, e))
                }
                let scalars = str.scalars
                var a = 0
                var b = scalars.count
                func strip(_ u: Unicode.Scalar) -> Bool { chars.map { $0.contains(u) } ?? UnicodeText.isSpace(u) }
                if left { while a < b && strip(scalars[a]) { a += 1 } }
                if right { while b > a && strip(scalars[b - 1]) { b -= 1 } }
                return .object(str.substring(a, b))
            }
        }
        method(t, "replace") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("replace", min: 2, max: 3)
            guard let old = args[0].asStr else {
                throw .typeError("replace() argument 1 must be str, not \(args[0].typeName)")
            }
            guard let new = args[1].asStr else {
                throw .typeError("replace() argument 2 must be str, not \(args[1].typeName)")
            }
            var limit = args.count > 2 ? try interp.intArgument(args[2]) : -1
            let hay = s(v).utf8
            var out = ContiguousArray<UInt8>()
            var i = 0
            if old.utf8.isEmpty {
                // Insert `new` before every character and at the end.
                let str = s(v)
                for k in 0...str.count {
                    if limit == 0 { out.append(contentsOf: hay[str.byteOffset(ofScalar: k)...]); break }
                    out.append(contentsOf: new.utf8)
                    limit -= 1
                    if k < str.count { out.append(contentsOf: hay[str.byteOffset(ofScalar: k)..<str.byteOffset(ofScalar: k + 1)]) }
                }
                return .object(PyStr(utf8: out))
            }
            while limit != 0, let j = StringSearch.find(hay, old.utf8, from: i) {
                out.append(contentsOf: hay[i..<j])
                out.append(contentsOf: new.utf8)
                i = j + old.utf8.count
                limit -= 1
            }
            if i == 0 { return .object(s(v)) }
            out.append(contentsOf: hay[i...])
            return .object(PyStr(utf8: out))
        }
        for (name, atStart) in [("startswith", true), ("endswith", false)] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 3)
                let str = s(v)
                let (a, b) = try sliceBounds(interp, args, str.count)
                if a > str.count { return .false }
                let lo = str.byteOffset(ofScalar: a)
                let hi = str.byteOffset(ofScalar: Swift.max(a, b))
                let isTuple = args[0].asTuple != nil
                let candidates: [Value] = args[0].asTuple.map { Array($0.items) } ?? [args[0]]
                for c in candidates {
                    guard let p = c.asStr else {
                        if isTuple { throw .typeError("tuple for \(name) must only contain str, not \(c.typeName)") }
                        throw .typeError("\(name) first arg must be str or a tuple of str, not \(c.typeName)")
                    }
                    if b - a < p.count { continue }
                    let n = p.utf8.count
                    if n > hi - lo { continue }
                    let slice = atStart ? str.utf8[lo..<(lo + n)] : str.utf8[(hi - n)..<hi]
                    if slice.elementsEqual(p.utf8) { return .true }
                }
                return .false
            }
        }
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 3)
                guard let sub = args[0].asStr else { throw .typeError("must be str, not \(args[0].typeName)") }
                let str = s(v)
                let (a, b) = try sliceBounds(interp, args, str.count)
                if b - a >= sub.count {
                    let lo = str.byteOffset(ofScalar: a)
                    let hi = str.byteOffset(ofScalar: b)
                    let byteIndex = reverse
                        ? StringSearch.rfind(str.utf8, sub.utf8, from: lo, to: hi)
                        : StringSearch.find(str.utf8, sub.utf8, from: lo, to: hi)
                    if let bi = byteIndex {
                        return .int(str.isASCII ? bi : PyStr.countScalars(ContiguousArray(str.utf8[0..<bi])))
                    }
                }
                if raises { throw .valueError("substring not found") }
                return .int(-1)
            }
        }
        method(t, "count") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("count", min: 1, max: 3)
            guard let sub = args[0].asStr else { throw .typeError("must be str, not \(args[0].typeName)") }
            let str = s(v)
            let (a, b) = try sliceBounds(interp, args, str.count)
            if b - a < sub.count { return .int(0) }
            if sub.count == 0 { return .int(b - a + 1) }
            let lo = str.byteOffset(ofScalar: a)
            let hi = str.byteOffset(ofScalar: b)
            var n = 0
            var i = lo
            while let j = StringSearch.find(str.utf8, sub.utf8, from: i, to: hi) {
                n += 1
                i = j + sub.utf8.count
            }
            return .int(n)
        }
        method(t, "format") { (interp, v, args) throws(PyError) -> Value in
            .str(try interp.formatString(s(v).string, positional: Array(args.positional), isMapping: false) { (key) throws(PyError) -> Value in
                guard let value = args.keyword(key) else { throw .keyError(.str(key)) }
                return value
            })
        }
        method(t, "encode") { (_, v, args) throws(PyError) -> Value in
            try args.expect("encode", min: 0, max: 2, keywords: true)
            let encoding = try stringArgument(args.argument(0, "encoding"), "encode", "encoding") ?? "utf-8"
            let errors = try stringArgument(args.argument(1, "errors"), "encode", "errors") ?? "strict"
            return .object(PyBytes(try Codec.named(encoding).encode(s(v), errors: errors)))
        }
        method(t, "__len__") { (_, v, _) throws(PyError) -> Value in .int(s(v).count) }
        method(t, "__contains__") { (interp, v, args) throws(PyError) -> Value in .bool(try interp.contains(v, args[0])) }
        method(t, "__getitem__") { (interp, v, args) throws(PyError) -> Value in
            try interp.getItem(.object(PyStr(utf8: s(v).utf8)), args[0])
        }
        method(t, "__hash__") { (_, v, _) throws(PyError) -> Value in .int(s(v).hashValue) }
        method(t, "__str__") { (_, v, _) throws(PyError) -> Value in .object(PyStr(utf8: s(v).utf8)) }
        method(t, "__repr__") { (_, v, _) throws(PyError) -> Value in .str(Interpreter.strRepr(s(v))) }
        method(t, "__eq__") { (interp, v, args) throws(PyError) -> Value in
            guard let o = args[0].asStr else { return Builtins.notImplemented }
            return .bool(s(v).equals(o))
        }
        installMoreStrMethods()
        installBytesMethods()
    }

    static func splitString(_ str: PyStr, _ sepArg: Value, maxsplit: Int, fromRight: Bool) throws(PyError) -> ContiguousArray<Value> {
        var out = ContiguousArray<Value>()
        if sepArg.isNone {
            let ranges = whitespaceSplit(str.scalars, maxsplit: maxsplit, fromRight: fromRight, isSpace: UnicodeText.isSpace)
            for (a, b) in ranges { out.append(.object(str.substring(a, b))) }
            return out
        }
        guard let sep = sepArg.asStr else { throw .typeError("must be str or None, not \(sepArg.typeName)") }
        if sep.utf8.isEmpty { throw .valueError("empty separator") }
        var pieces: [ContiguousArray<UInt8>] = []
        let hay = str.utf8
        if fromRight {
            var end = hay.count
            var splits = 0
            while maxsplit < 0 || splits < maxsplit, let j = StringSearch.rfind(hay, sep.utf8, from: 0, to: end) {
                pieces.append(ContiguousArray(hay[(j + sep.utf8.count)..<end]))
                end = j
                splits += 1
            }
            pieces.append(ContiguousArray(hay[0..<end]))
            pieces.reverse()
        } else {
            var i = 0
            var splits = 0
            while maxsplit < 0 || splits < maxsplit, let j = StringSearch.find(hay, sep.utf8, from: i) {
                pieces.append(ContiguousArray(hay[i..<j]))
                i = j + sep.utf8.count
                splits += 1
            }
            pieces.append(ContiguousArray(hay[i...]))
        }
        for p in pieces { out.append(.object(PyStr(utf8: p))) }
        return out
    }

    static func installNumberMethods() {
        method(intType, "bit_length") { (interp, v, _) throws(PyError) -> Value in
            .int(interp.bigIntValue(v).map { $0 == 0 ? 0 : $0.magnitude.bitWidth } ?? 0)
        }
        method(intType, "__index__") { (_, v, _) throws(PyError) -> Value in v }
        method(intType, "__int__") { (_, v, _) throws(PyError) -> Value in v }
        attribute(intType, "real") { (interp, v) throws(PyError) -> Value in PyBigInt.make(interp.bigIntValue(v) ?? 0) }
        attribute(intType, "imag") { (_, _) throws(PyError) -> Value in .int(0) }
        method(floatType, "is_integer") { (_, v, _) throws(PyError) -> Value in
            guard case .float(let d) = v else { return .false }
            return .bool(d.isFinite && d == d.rounded())
        }
        attribute(floatType, "real") { (_, v) throws(PyError) -> Value in v }
        attribute(floatType, "imag") { (_, _) throws(PyError) -> Value in .float(0) }
        attribute(complexType, "real") { (_, v) throws(PyError) -> Value in .float((v.asObject as! PyComplex).real) }
        attribute(complexType, "imag") { (_, v) throws(PyError) -> Value in .float((v.asObject as! PyComplex).imag) }
        method(complexType, "conjugate") { (_, v, _) throws(PyError) -> Value in
            let c = v.asObject as! PyComplex
            return .object(PyComplex(c.real, -c.imag))
        }
        installMoreNumberMethods()
    }
}

extension Interpreter {
    /// `int(text, base)` with Python's literal rules (underscores, prefixes, surrounding whitespace).
    func parseInt(_ text: String, base: Int) throws(PyError) -> Value {
        var s = Substring(text)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        var negative = false
        if s.first == "-" || s.first == "+" {
            negative = s.first == "-"
            s.removeFirst()
        }
        var b = base
        let lower = s.lowercased()
        if (b == 16 || b == 0) && lower.hasPrefix("0x") { b = 16; s = s.dropFirst(2) }
        else if (b == 8 || b == 0) && lower.hasPrefix("0o") { b = 8; s = s.dropFirst(2) }
        else if (b == 2 || b == 0) && lower.hasPrefix("0b") { b = 2; s = s.dropFirst(2) }
        if b == 0 {
            b = 10
            // Base 0 follows literal syntax: no leading zeros on a non-zero decimal.
            let plain = s.filter { $0 != "_" }
            if plain.count > 1, plain.first == "0", plain.contains(where: { $0 != "0" }) {
                throw .valueError("invalid literal for int() with base \(base): \(Interpreter.strRepr(PyStr(text)))")
            }
        }
        let digits = s.hasPrefix("_") || s.hasSuffix("_") || s.contains("__") ? nil : String(s.filter { $0 != "_" })
        guard b >= 2 && b <= 36 else { throw .valueError("int() base must be >= 2 and <= 36, or 0") }
        let valid = digits.map { d in
            !d.isEmpty && d.unicodeScalars.allSatisfy { u in
                guard let v = Character(u).hexDigitValue ?? (u.properties.numericType == .decimal ? Int(u.properties.numericValue ?? -1) : nil)
                    ?? (u.isASCII && Character(u).isLetter ? Int(u.value | 0x20) - 87 : nil)
                else { return false }
                return v >= 0 && v < b
            }
        } ?? false
        let asciiDigits = digits.map { d in
            String(d.unicodeScalars.map { u -> Character in
                if !u.isASCII, let n = u.properties.numericValue { return Character(String(Int(n))) }
                return Character(u)
            })
        }
        guard valid, let d = asciiDigits, let value = Interpreter.bigIntFromDigits(d, radix: b) else {
            throw .valueError("invalid literal for int() with base \(base): \(Interpreter.strRepr(PyStr(text)))")
        }
        return PyBigInt.make(negative ? -value : value)
    }

    /// Digits (0-9, a-z, A-Z) in `radix` (2...36) as a BigInt; nil for an invalid digit. (BigInt's own
    /// parser rejects radix 36.)
    static func bigIntFromDigits(_ text: String, radix: Int) -> BigInt? {
        var value = BigInt(0)
        var chunk: UInt64 = 0
        var scale: UInt64 = 1
        for u in text.unicodeScalars {
            let v: Int
            switch u.value {
            case 0x30...0x39: v = Int(u.value) - 0x30
            case 0x41...0x5A: v = Int(u.value) - 0x41 + 10
            case 0x61...0x7A: v = Int(u.value) - 0x61 + 10
            default: return nil
            }
            if v >= radix { return nil }
            chunk = chunk * UInt64(radix) + UInt64(v)
            scale *= UInt64(radix)
            if scale > UInt64.max / 64 {
                value = value * BigInt(scale) + BigInt(chunk)
                chunk = 0
                scale = 1
            }
        }
        return value * BigInt(scale) + BigInt(chunk)
    }

    /// `float(text)`: Python's float syntax (underscores only between digits, `inf`/`infinity`/`nan` in any
    /// case, surrounding whitespace, Unicode decimal digits); nil when the text is not a float.
    static func parseFloatLiteral(_ scalars: [Unicode.Scalar]) -> Double? {
        var a = 0
        var b = scalars.count
        while a < b && UnicodeText.isSpace(scalars[a]) { a += 1 }
        while b > a && UnicodeText.isSpace(scalars[b - 1]) { b -= 1 }
        var text = ""
        for u in scalars[a..<b] {
            if u.isASCII { text.unicodeScalars.append(u); continue }
            guard u.properties.numericType == .decimal, let v = u.properties.numericValue else { return nil }
            text += String(Int(v))
        }
        var body = Substring(text)
        var negative = false
        if let f = body.first, f == "+" || f == "-" {
            negative = f == "-"
            body.removeFirst()
        }
        switch body.lowercased() {
        case "inf", "infinity": return negative ? -.infinity : .infinity
        case "nan": return .nan
        default: break
        }
        // digits ('_' digits)*, optional fraction, optional exponent.
        let chars = Array(body)
        var i = 0
        func digitRun() -> Bool {
            guard i < chars.count, chars[i].isASCII, chars[i].isNumber else { return false }
            while i < chars.count {
                if chars[i].isASCII && chars[i].isNumber { i += 1; continue }
                if chars[i] == "_", i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isNumber { i += 1; continue }
                break
            }
            return true
        }
        let intDigits = digitRun()
        var fracDigits = false
        if i < chars.count && chars[i] == "." {
            i += 1
            fracDigits = digitRun()
        }
        if !intDigits && !fracDigits { return nil }
        if i < chars.count && (chars[i] == "e" || chars[i] == "E") {
            i += 1
            if i < chars.count && (chars[i] == "+" || chars[i] == "-") { i += 1 }
            if !digitRun() { return nil }
        }
        if i != chars.count { return nil }
        guard let d = Double(String(body.filter { $0 != "_" })) else { return nil }
        return negative ? -d : d
    }

    /// `bytes(...)` / `bytearray(...)` arguments.
    func bytesFrom(_ args: Args) throws(PyError) -> ContiguousArray<UInt8> {
        try args.expect("bytes", min: 0, max: 3, keywords: true)
        let encoding = args.argument(1, "encoding")
        let errors = args.argument(2, "errors")
        guard let x = args.argument(0, "source") else {
            if encoding != nil || errors != nil { throw .typeError("encoding or errors without sequence argument") }
            return []
        }
        if let s = x.asStr {
            guard let encoding else { throw .typeError("string argument without an encoding") }
            let enc = try Builtins.stringArgument(encoding, "bytes", "encoding") ?? "utf-8"
            let err = try Builtins.stringArgument(errors, "bytes", "errors") ?? "strict"
            return try Codec.named(enc).encode(s, errors: err)
        }
        if encoding != nil { throw .typeError("encoding without a string argument") }
        if errors != nil { throw .typeError("errors without a string argument") }
        if let n = intValue(x) {
            if n < 0 { throw .valueError("negative count") }
            return ContiguousArray(repeating: 0, count: n)
        }
        if x.asBigInt != nil { throw .overflowError("cannot fit 'int' into an index-sized integer") }
        if let b = x.asObject as? PyBytes { return b.bytes }
        if let m = x.asObject as? PyMemoryView { return m.bytes }
        if let m = userMethod(x.type, "__bytes__") {
            let r = try call(m, [x])
            guard let b = r.asObject as? PyBytes, r.asObject?.kind == .bytes else {
                throw .typeError("__bytes__ returned non-bytes (type \(r.typeName))")
            }
            return b.bytes
        }
        if let n = try indexValue(x) {
            if n < 0 { throw .valueError("negative count") }
            return ContiguousArray(repeating: 0, count: n)
        }
        return try bytesLike(x, allowIterable: true)
    }

    /// `eval(source, globals, locals)` / `exec(...)`.
    func evalOrExec(_ args: Args, frame: CallerFrame, mode: CompileMode) throws(PyError) -> Value {
        guard args.count >= 1 else { throw .typeError("\(mode == .eval ? "eval" : "exec") expected at least 1 argument, got 0") }
        let globals = args.count > 1 && !args[1].isNone ? args[1].asDict : frame.globals
        guard let g = globals else { throw .typeError("globals must be a dict") }
        let locals = args.count > 2 && !args[2].isNone ? args[2].asDict : (args.count > 1 ? g : frame.locals ?? frame.localsSnapshot())
        let code: PyCode
        if let c = args[0].asObject as? PyCode {
            code = c
        } else if let s = args[0].asStr {
            var text = s.string
            if mode == .eval { while let f = text.first, f == " " || f == "\t" { text.removeFirst() } }
            code = try compile(text, filename: "<string>", mode: mode)
        } else {
            throw .typeError("\(mode == .eval ? "eval" : "exec")() arg 1 must be a string, bytes or code object")
        }
        if g.getItem("__builtins__") == nil { g.setItem("__builtins__", .object(builtinsModule)) }
        return try runFrame(code: code, globals: g, locals: locals, function: nil)
    }
}

/// `sys.stdout` / `sys.stderr`: text streams over the interpreter's sinks.
public final class PyTextStream: PyNativeObject, @unchecked Sendable {
    public let isError: Bool

    public init(isError: Bool) {
        self.isError = isError
        super.init(type: Builtins.textStreamType)
    }

    public func sink(_ interp: Interpreter) -> OutputSink { isError ? interp.stderr : interp.stdout }
}

extension Builtins {
    public static let textStreamType: PyType = {
        let t = PyType(
            name: "TextIOWrapper", metatype: typeType, bases: [objectType], instanceKind: .native, isBuiltin: true,
            namespace: PyDict(type: dictType), moduleName: "_io")
        t.mro = [t, objectType]
        method(t, "write") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("write", min: 1, max: 1)
            guard let text = args[0].asStr else { throw .typeError("write() argument must be str, not \(args[0].typeName)") }
            let stream = v.asObject as! PyTextStream
            if stream.isError { interp.stdout.flush() }
            stream.sink(interp).write(text.string)
            return .int(text.count)
        }
        method(t, "flush") { (interp, v, _) throws(PyError) -> Value in
            (v.asObject as! PyTextStream).sink(interp).flush()
            return .none
        }
        method(t, "isatty") { (_, _, _) throws(PyError) -> Value in .false }
        return t
    }()
}
