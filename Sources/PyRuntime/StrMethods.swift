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
            var first = true
            var index = 0
            try interp.forEach(args[0]) { (x) throws(PyError) in
                guard let piece = x.asStr else {
                    throw .typeError("sequence item \(index): expected str instance, \(x.typeName) found")
                }
                if !first {
                    bytes.append(contentsOf: sep.utf8)
                    count += sep.count
                }
                first = false
                bytes.append(contentsOf: piece.utf8)
                count += piece.count
                index += 1
            }
            return .object(PyStr(utf8: bytes, count: count))
        }
        method(t, "split") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("split", min: 0, max: 2, keywords: true)
            let sepArg = args.argument(0, "sep") ?? .none
            let maxsplit = try interp.intArgument(args.argument(1, "maxsplit") ?? .int(-1))
            return .object(PyList(try splitString(s(v), sepArg, maxsplit: maxsplit, fromRight: false)))
        }
        method(t, "rsplit") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("rsplit", min: 0, max: 2, keywords: true)
            let sepArg = args.argument(0, "sep") ?? .none
            let maxsplit = try interp.intArgument(args.argument(1, "maxsplit") ?? .int(-1))
            return .object(PyList(try splitString(s(v), sepArg, maxsplit: maxsplit, fromRight: true)))
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            method(t, name) { (_, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 0, max: 1)
                let chars: Set<Unicode.Scalar>?
                if args.count == 1, let cs = args[0].asStr { chars = Set(cs.string.unicodeScalars) } else { chars = nil }
                let scalars = Array(s(v).string.unicodeScalars)
                var a = 0
                var b = scalars.count
                func strip(_ u: Unicode.Scalar) -> Bool { chars.map { $0.contains(u) } ?? u.properties.isWhitespace }
                if left { while a < b && strip(scalars[a]) { a += 1 } }
                if right { while b > a && strip(scalars[b - 1]) { b -= 1 } }
                return .object(s(v).substring(a, b))
            }
        }
        method(t, "replace") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("replace", min: 2, max: 3)
            guard let old = args[0].asStr, let new = args[1].asStr else {
                throw .typeError("replace() argument 1 must be str, not \(args[0].typeName)")
            }
            var limit = args.count > 2 ? try interp.intArgument(args[2]) : -1
            let hay = s(v).utf8
            var out = ContiguousArray<UInt8>()
            var i = 0
            if old.utf8.isEmpty {
                // Insert `new` between characters.
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
            out.append(contentsOf: hay[i...])
            return .object(PyStr(utf8: out))
        }
        for (name, atStart) in [("startswith", true), ("endswith", false)] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 3)
                let str = s(v)
                let start = args.count > 1 && !args[1].isNone ? try interp.intArgument(args[1]) : 0
                let end = args.count > 2 && !args[2].isNone ? try interp.intArgument(args[2]) : str.count
                let (a, b) = clampRange(start, end, str.count)
                let lo = str.byteOffset(ofScalar: a)
                let hi = str.byteOffset(ofScalar: Swift.max(a, b))
                let candidates: [Value] = args[0].asTuple.map { Array($0.items) } ?? [args[0]]
                for c in candidates {
                    guard let p = c.asStr else {
                        throw .typeError("\(name) first arg must be str or a tuple of str, not \(c.typeName)")
                    }
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
                let start = args.count > 1 && !args[1].isNone ? try interp.intArgument(args[1]) : 0
                let end = args.count > 2 && !args[2].isNone ? try interp.intArgument(args[2]) : str.count
                let (a, b) = clampRange(start, end, str.count)
                var found: Int?
                if a <= b {
                    let lo = str.byteOffset(ofScalar: a)
                    let hi = str.byteOffset(ofScalar: b)
                    let byteIndex = reverse
                        ? StringSearch.rfind(str.utf8, sub.utf8, from: lo, to: hi)
                        : StringSearch.find(str.utf8, sub.utf8, from: lo, to: hi)
                    if let bi = byteIndex {
                        found = str.isASCII ? bi : PyStr(utf8: ContiguousArray(str.utf8[0..<bi])).count
                    }
                }
                if let f = found { return .int(f) }
                if raises { throw .valueError("substring not found") }
                return .int(-1)
            }
        }
        method(t, "count") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("count", min: 1, max: 3)
            guard let sub = args[0].asStr else { throw .typeError("must be str, not \(args[0].typeName)") }
            let str = s(v)
            if sub.utf8.isEmpty { return .int(str.count + 1) }
            var n = 0
            var i = 0
            while let j = StringSearch.find(str.utf8, sub.utf8, from: i) {
                n += 1
                i = j + sub.utf8.count
            }
            return .int(n)
        }
        method(t, "upper") { (_, v, _) throws(PyError) -> Value in .str(s(v).string.uppercased()) }
        method(t, "lower") { (_, v, _) throws(PyError) -> Value in .str(s(v).string.lowercased()) }
        method(t, "format") { (interp, v, args) throws(PyError) -> Value in
            .str(try interp.formatString(s(v).string, args))
        }
        method(t, "encode") { (_, v, _) throws(PyError) -> Value in .object(PyBytes(s(v).utf8)) }
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
    }

    static func clampRange(_ start: Int, _ end: Int, _ n: Int) -> (Int, Int) {
        var a = start < 0 ? Swift.max(0, start + n) : Swift.min(start, n)
        var b = end < 0 ? Swift.max(0, end + n) : Swift.min(end, n)
        if a > n { a = n }
        if b < 0 { b = 0 }
        return (a, b)
    }

    static func splitString(_ str: PyStr, _ sepArg: Value, maxsplit: Int, fromRight: Bool) throws(PyError) -> ContiguousArray<Value> {
        var out = ContiguousArray<Value>()
        if sepArg.isNone {
            let scalars = Array(str.string.unicodeScalars)
            var words: [(Int, Int)] = []
            var i = 0
            while i < scalars.count {
                while i < scalars.count && scalars[i].properties.isWhitespace { i += 1 }
                if i >= scalars.count { break }
                let start = i
                while i < scalars.count && !scalars[i].properties.isWhitespace { i += 1 }
                words.append((start, i))
            }
            if maxsplit >= 0 && words.count > maxsplit + 1 {
                if fromRight {
                    let keep = words.suffix(maxsplit)
                    var headEnd = keep.first!.0
                    while headEnd > 0 && scalars[headEnd - 1].properties.isWhitespace { headEnd -= 1 }
                    var headStart = 0
                    while headStart < headEnd && scalars[headStart].properties.isWhitespace { headStart += 1 }
                    out.append(.object(str.substring(headStart, headEnd)))
                    for (a, b) in keep { out.append(.object(str.substring(a, b))) }
                } else {
                    for (a, b) in words.prefix(maxsplit) { out.append(.object(str.substring(a, b))) }
                    var tailStart = words[maxsplit].0
                    var tailEnd = scalars.count
                    while tailEnd > tailStart && scalars[tailEnd - 1].properties.isWhitespace { tailEnd -= 1 }
                    if tailStart > tailEnd { tailStart = tailEnd }
                    out.append(.object(str.substring(tailStart, tailEnd)))
                }
                return out
            }
            for (a, b) in words { out.append(.object(str.substring(a, b))) }
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
        attribute(intType, "real") { (_, v) throws(PyError) -> Value in v }
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
        if b == 0 { b = 10 }
        let digits = s.hasPrefix("_") || s.hasSuffix("_") || s.contains("__") ? nil : String(s.filter { $0 != "_" })
        guard b >= 2 && b <= 36 else { throw .valueError("int() base must be >= 2 and <= 36, or 0") }
        guard let d = digits, !d.isEmpty, let value = BigInt(d, radix: b) else {
            throw .valueError("invalid literal for int() with base \(base): \(Interpreter.strRepr(PyStr(text)))")
        }
        return PyBigInt.make(negative ? -value : value)
    }

    /// `bytes(...)` / `bytearray(...)` arguments.
    func bytesFrom(_ args: Args) throws(PyError) -> ContiguousArray<UInt8> {
        guard args.count > 0 else { return [] }
        let x = args[0]
        if let s = x.asStr {
            guard args.count > 1 || args.keyword("encoding") != nil else {
                throw .typeError("string argument without an encoding")
            }
            return s.utf8
        }
        if case .int(let n) = x {
            if n < 0 { throw .valueError("negative count") }
            return ContiguousArray(repeating: 0, count: n)
        }
        if let b = x.asObject as? PyBytes { return b.bytes }
        var out = ContiguousArray<UInt8>()
        for item in try iterate(x) {
            guard let i = intValue(item), i >= 0, i < 256 else { throw .valueError("bytes must be in range(0, 256)") }
            out.append(UInt8(i))
        }
        return out
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

    /// `str.format` with positional and keyword fields, conversions and format specs.
    func formatString(_ template: String, _ args: Args) throws(PyError) -> String {
        let chars = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var auto = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count && chars[i + 1] == "{" { out.append("{"); i += 2; continue }
                var depth = 1
                var j = i + 1
                while j < chars.count {
                    if chars[j] == "{" { depth += 1 }
                    if chars[j] == "}" { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                guard j < chars.count else { throw .valueError("expected '}' before end of string") }
                let field = String(String.UnicodeScalarView(chars[(i + 1)..<j]))
                out.append(contentsOf: try formatField(field, args, &auto).unicodeScalars)
                i = j + 1
            } else if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw .valueError("Single '}' encountered in format string")
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    private func formatField(_ field: String, _ args: Args, _ auto: inout Int) throws(PyError) -> String {
        var name = field
        var spec = ""
        var conversion: Character?
        if let colon = field.firstIndex(of: ":") {
            name = String(field[..<colon])
            spec = String(field[field.index(after: colon)...])
        }
        if let bang = name.firstIndex(of: "!") {
            conversion = name[name.index(after: bang)...].first
            name = String(name[..<bang])
        }
        if spec.contains("{") { spec = try formatString(spec, args) }
        var head = name
        var rest = ""
        if let k = name.firstIndex(where: { $0 == "." || $0 == "[" }) {
            head = String(name[..<k])
            rest = String(name[k...])
        }
        var value: Value
        if head.isEmpty {
            guard auto < args.count else { throw .indexError("Replacement index \(auto) out of range for positional args tuple") }
            value = args[auto]
            auto += 1
        } else if let n = Int(head) {
            guard n < args.count else { throw .indexError("Replacement index \(n) out of range for positional args tuple") }
            value = args[n]
        } else {
            guard let v = args.keyword(head) else { throw .keyError(.str(head)) }
            value = v
        }
        while !rest.isEmpty {
            if rest.hasPrefix(".") {
                rest.removeFirst()
                let end = rest.firstIndex(where: { $0 == "." || $0 == "[" }) ?? rest.endIndex
                value = try getAttribute(value, String(rest[..<end]))
                rest = String(rest[end...])
            } else if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                let key = String(rest[rest.index(after: rest.startIndex)..<close])
                value = try getItem(value, Int(key).map { .int($0) } ?? .str(key))
                rest = String(rest[rest.index(after: close)...])
            } else {
                break
            }
        }
        switch conversion {
        case "r": value = .str(try repr(value))
        case "s": value = .str(try str(value))
        case "a": value = .str(Interpreter.asciiOnly(try repr(value)))
        default: break
        }
        return try format(value, spec)
    }
}

/// `sys.stdout` / `sys.stderr`: text streams over the interpreter's sinks.
public final class PyTextStream: PyNativeObject {
    public let isError: Bool

    public init(isError: Bool) {
        self.isError = isError
        super.init(type: Builtins.textStreamType)
    }

    public func sink(_ interp: Interpreter) -> OutputSink { isError ? interp.stderr : interp.stdout }
}

extension Builtins {
    nonisolated(unsafe) public static let textStreamType: PyType = {
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
