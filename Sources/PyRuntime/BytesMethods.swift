import BigInt

/// Methods of `bytes` and `bytearray` (installed on both; results have the receiver's type), the
/// mutating methods of `bytearray`, and a minimal `memoryview`.
extension Builtins {
    static func pyBytes(_ v: Value, _ name: String) throws(PyError) -> PyBytes {
        guard let b = v.asObject as? PyBytes else {
            throw .typeError("descriptor '\(name)' requires a 'bytes' object but received a '\(v.typeName)'")
        }
        return b
    }

    /// A result of the receiver's kind: bytes for bytes, bytearray for bytearray.
    static func sameKind(_ v: Value, _ bytes: ContiguousArray<UInt8>) -> Value {
        .object(PyBytes(bytes, mutable: v.asObject?.kind == .bytearray))
    }

    /// ASCII whitespace as `bytes.isspace` and `bytes.split()` see it.
    @inline(__always) static func isByteSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// A byte as a code point for the case predicates: bytes above 0x7F are uncased, as in CPython.
    @inline(__always) static func asciiScalar(_ b: UInt8) -> Unicode.Scalar { b < 0x80 ? Unicode.Scalar(b) : "\0" }

    /// The needle of bytes find/count/index: a bytes-like object or an int in range(256).
    static func byteNeedle(_ interp: Interpreter, _ v: Value) throws(PyError) -> ContiguousArray<UInt8> {
        if let i = interp.intValue(v) {
            guard i >= 0 && i < 256 else { throw .valueError("byte must be in range(0, 256)") }
            return [UInt8(i)]
        }
        if let b = v.asObject as? PyBytes { return b.bytes }
        if let m = v.asObject as? PyMemoryView { return m.bytes }
        throw .typeError("argument should be integer or bytes-like object, not '\(v.typeName)'")
    }

    static func installBytesMethods() {
        for t in [bytesType, bytearrayType] { installSharedBytesMethods(t) }
        installBytearrayMethods()
    }

    static func installSharedBytesMethods(_ t: PyType) {
        let typeName = t.name
        method(t, "decode") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("decode", min: 0, max: 2, keywords: true)
            let b = try pyBytes(v, "decode")
            let encoding = try stringArgument(args.argument(0, "encoding"), "decode", "encoding") ?? "utf-8"
            let errors = try stringArgument(args.argument(1, "errors"), "decode", "errors") ?? "strict"
            return .object(try Codec.named(encoding).decode(b.bytes, errors: errors))
        }
        method(t, "hex") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("hex", min: 0, max: 2, keywords: true)
            let bytes = try pyBytes(v, "hex").bytes
            return .str(try hexString(interp, bytes, sep: args.argument(0, "sep"), perSep: args.argument(1, "bytes_per_sep")))
        }
        t.namespace.setItem(
            "fromhex",
            .object(PyMethodWrapper(function: function("fromhex") { (interp, args) throws(PyError) -> Value in
                guard args.count == 2, let cls = args[0].asType else {
                    throw .typeError("fromhex() takes exactly one argument (\(Swift.max(0, args.count - 1)) given)")
                }
                guard let s = args[1].asStr else {
                    throw .typeError("fromhex() argument must be str, not \(args[1].typeName)")
                }
                let bytes = try parseHex(s)
                if cls === Builtins.bytesType { return .object(PyBytes(bytes)) }
                if cls === Builtins.bytearrayType { return .object(PyBytes(bytes, mutable: true)) }
                return try interp.call(.object(cls), [.object(PyBytes(bytes))])
            }, isClassMethod: true)))
        t.namespace.setItem(
            "maketrans",
            .object(PyMethodWrapper(function: function("maketrans") { (interp, args) throws(PyError) -> Value in
                try args.expect("maketrans", min: 2, max: 2)
                let from = try interp.bytesLike(args[0])
                let to = try interp.bytesLike(args[1])
                if from.count != to.count { throw .valueError("maketrans arguments must have same length") }
                var table = ContiguousArray<UInt8>((0...255).map { UInt8($0) })
                for (a, b) in zip(from, to) { table[Int(a)] = b }
                return .object(PyBytes(table))
            }, isClassMethod: false)))
        method(t, "join") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("join", min: 1, max: 1)
            let sep = try pyBytes(v, "join").bytes
            var out = ContiguousArray<UInt8>()
            var index = 0
            try interp.forEach(args[0]) { (x) throws(PyError) in
                let piece: ContiguousArray<UInt8>
                if let b = x.asObject as? PyBytes { piece = b.bytes }
                else if let m = x.asObject as? PyMemoryView { piece = m.bytes }
                else { throw .typeError("sequence item \(index): expected a bytes-like object, \(x.typeName) found") }
                if index > 0 { out.append(contentsOf: sep) }
                out.append(contentsOf: piece)
                index += 1
            }
            return sameKind(v, out)
        }
        for (name, fromRight) in [("split", false), ("rsplit", true)] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 0, max: 2, keywords: true)
                let bytes = try pyBytes(v, name).bytes
                let sepArg = args.argument(0, "sep") ?? .none
                let maxsplit = try interp.intArgument(args.argument(1, "maxsplit") ?? .int(-1))
                let sep: ContiguousArray<UInt8>? = sepArg.isNone ? nil : try interp.bytesLike(sepArg)
                let pieces = try splitBytes(bytes, sep: sep, maxsplit: maxsplit, fromRight: fromRight)
                return .object(PyList(ContiguousArray(pieces.map { sameKind(v, $0) })))
            }
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 0, max: 1)
                let bytes = try pyBytes(v, name).bytes
                let chars: ContiguousArray<UInt8>? = args.count == 0 || args[0].isNone ? nil : try interp.bytesLike(args[0])
                var a = 0
                var b = bytes.count
                func strip(_ x: UInt8) -> Bool { chars.map { $0.contains(x) } ?? isByteSpace(x) }
                if left { while a < b && strip(bytes[a]) { a += 1 } }
                if right { while b > a && strip(bytes[b - 1]) { b -= 1 } }
                return sameKind(v, ContiguousArray(bytes[a..<b]))
            }
        }
        method(t, "replace") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("replace", min: 2, max: 3)
            let hay = try pyBytes(v, "replace").bytes
            let old = try interp.bytesLike(args[0])
            let new = try interp.bytesLike(args[1])
            var limit = args.count > 2 ? try interp.intArgument(args[2]) : -1
            var out = ContiguousArray<UInt8>()
            if old.isEmpty {
                for i in 0...hay.count {
                    if limit == 0 { out.append(contentsOf: hay[i...]); break }
                    out.append(contentsOf: new)
                    limit -= 1
                    if i < hay.count { out.append(hay[i]) }
                }
                return sameKind(v, out)
            }
            var i = 0
            while limit != 0, let j = StringSearch.find(hay, old, from: i) {
                out.append(contentsOf: hay[i..<j])
                out.append(contentsOf: new)
                i = j + old.count
                limit -= 1
            }
            out.append(contentsOf: hay[i...])
            return sameKind(v, out)
        }
        for (name, atStart) in [("startswith", true), ("endswith", false)] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 3)
                let bytes = try pyBytes(v, name).bytes
                let (a, b) = try sliceBounds(interp, args, bytes.count)
                let candidates: [Value] = args[0].asTuple.map { Array($0.items) } ?? [args[0]]
                for c in candidates {
                    guard let p = (c.asObject as? PyBytes)?.bytes ?? (c.asObject as? PyMemoryView)?.bytes else {
                        if args[0].asTuple != nil {
                            throw .typeError("a bytes-like object is required, not '\(c.typeName)'")
                        }
                        throw .typeError("\(name) first arg must be bytes or a tuple of bytes, not \(c.typeName)")
                    }
                    if b - a < p.count { continue }
                    let slice = atStart ? bytes[a..<(a + p.count)] : bytes[(b - p.count)..<b]
                    if slice.elementsEqual(p) { return .true }
                }
                return .false
            }
        }
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 3)
                let bytes = try pyBytes(v, name).bytes
                let sub = try byteNeedle(interp, args[0])
                let (a, b) = try sliceBounds(interp, args, bytes.count)
                if b - a >= sub.count {
                    let found = reverse
                        ? StringSearch.rfind(bytes, sub, from: a, to: b) : StringSearch.find(bytes, sub, from: a, to: b)
                    if let f = found { return .int(f) }
                }
                if raises { throw .valueError("subsection not found") }
                return .int(-1)
            }
        }
        method(t, "count") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("count", min: 1, max: 3)
            let bytes = try pyBytes(v, "count").bytes
            let sub = try byteNeedle(interp, args[0])
            let (a, b) = try sliceBounds(interp, args, bytes.count)
            if b - a < sub.count { return .int(0) }
            if sub.isEmpty { return .int(b - a + 1) }
            var n = 0
            var i = a
            while let j = StringSearch.find(bytes, sub, from: i, to: b) {
                n += 1
                i = j + sub.count
            }
            return .int(n)
        }
        let transforms: [(String, UnicodeText.CaseTransform)] = [
            ("upper", .upper), ("lower", .lower), ("swapcase", .swapcase), ("title", .title), ("capitalize", .capitalize),
        ]
        for (name, transform) in transforms {
            method(t, name) { (_, v, _) throws(PyError) -> Value in
                let bytes = try pyBytes(v, name).bytes
                // The ASCII case transforms of str act on bytes unchanged (non-ASCII bytes are uncased).
                var out = bytes
                var previousCased = false
                for i in out.indices {
                    let c = out[i]
                    let up = c >= 0x41 && c <= 0x5A
                    let low = c >= 0x61 && c <= 0x7A
                    let wantUpper: Bool
                    switch transform {
                    case .upper: wantUpper = true
                    case .lower, .casefold: wantUpper = false
                    case .swapcase: wantUpper = low
                    case .title: wantUpper = !previousCased
                    case .capitalize: wantUpper = i == 0
                    }
                    if wantUpper && low { out[i] = c - 32 } else if !wantUpper && up { out[i] = c + 32 }
                    previousCased = up || low
                }
                return sameKind(v, out)
            }
        }
        let predicates: [(String, (UInt8) -> Bool)] = [
            ("isdigit", { $0 >= 0x30 && $0 <= 0x39 }),
            ("isalpha", { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }),
            ("isalnum", { ($0 >= 0x30 && $0 <= 0x39) || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }),
            ("isspace", isByteSpace),
        ]
        for (name, test) in predicates {
            method(t, name) { (_, v, _) throws(PyError) -> Value in
                let bytes = try pyBytes(v, name).bytes
                return .bool(!bytes.isEmpty && bytes.allSatisfy(test))
            }
        }
        method(t, "isascii") { (_, v, _) throws(PyError) -> Value in
            .bool(try pyBytes(v, "isascii").bytes.allSatisfy { $0 < 0x80 })
        }
        for (name, upper) in [("islower", false), ("isupper", true)] {
            method(t, name) { (_, v, _) throws(PyError) -> Value in
                let bytes = try pyBytes(v, name).bytes
                return .bool(UnicodeText.isAllCased(bytes.lazy.map(asciiScalar), upper: upper))
            }
        }
        method(t, "istitle") { (_, v, _) throws(PyError) -> Value in
            .bool(UnicodeText.isTitleCased(try pyBytes(v, "istitle").bytes.lazy.map(asciiScalar)))
        }
        for name in ["center", "ljust", "rjust"] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 2)
                let bytes = try pyBytes(v, name).bytes
                let width = try interp.intArgument(args[0])
                var fill: UInt8 = 0x20
                if args.count > 1 {
                    guard let f = (args[1].asObject as? PyBytes)?.bytes, f.count == 1 else {
                        let what = args[1].asObject is PyBytes ? "bytes" : args[1].typeName
                        throw .typeError("\(name)() argument 2 must be a byte string of length 1, not \(what)")
                    }
                    fill = f[0]
                }
                let (left, right) = padding(name, count: bytes.count, width: width)
                var out = ContiguousArray<UInt8>(repeating: fill, count: left)
                out.append(contentsOf: bytes)
                out.append(contentsOf: repeatElement(fill, count: right))
                return sameKind(v, out)
            }
        }
        method(t, "zfill") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("zfill", min: 1, max: 1)
            let bytes = try pyBytes(v, "zfill").bytes
            let width = try interp.intArgument(args[0])
            let scalars = zfillScalars(bytes.map { Unicode.Scalar($0) }, width)
            return sameKind(v, ContiguousArray(scalars.map { UInt8($0.value) }))
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                let bytes = try pyBytes(v, name).bytes
                let sep = try interp.bytesLike(args[0])
                if sep.isEmpty { throw .valueError("empty separator") }
                let found = fromRight
                    ? StringSearch.rfind(bytes, sep, from: 0, to: bytes.count) : StringSearch.find(bytes, sep, from: 0)
                guard let j = found else {
                    let empty = sameKind(v, [])
                    return .object(PyTuple(fromRight ? [empty, sameKind(v, []), sameKind(v, bytes)] : [sameKind(v, bytes), empty, sameKind(v, [])]))
                }
                return .object(PyTuple([
                    sameKind(v, ContiguousArray(bytes[..<j])), sameKind(v, sep),
                    sameKind(v, ContiguousArray(bytes[(j + sep.count)...])),
                ]))
            }
        }
        for (name, prefix) in [("removeprefix", true), ("removesuffix", false)] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                let bytes = try pyBytes(v, name).bytes
                let affix = try interp.bytesLike(args[0])
                if prefix, bytes.starts(with: affix) { return sameKind(v, ContiguousArray(bytes.dropFirst(affix.count))) }
                if !prefix, !affix.isEmpty, bytes.count >= affix.count, bytes.suffix(affix.count).elementsEqual(affix) {
                    return sameKind(v, ContiguousArray(bytes.dropLast(affix.count)))
                }
                return sameKind(v, bytes)
            }
        }
        method(t, "splitlines") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("splitlines", min: 0, max: 1, keywords: true)
            let bytes = try pyBytes(v, "splitlines").bytes
            let keep = try interp.isTrue(args.argument(0, "keepends") ?? .false)
            var lines = ContiguousArray<Value>()
            var i = 0
            var start = 0
            while i < bytes.count {
                let c = bytes[i]
                if c == 0x0A || c == 0x0D {
                    let eol = c == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? i + 2 : i + 1
                    lines.append(sameKind(v, ContiguousArray(bytes[start..<(keep ? eol : i)])))
                    start = eol
                    i = eol
                } else {
                    i += 1
                }
            }
            if start < bytes.count { lines.append(sameKind(v, ContiguousArray(bytes[start...]))) }
            return .object(PyList(lines))
        }
        method(t, "expandtabs") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("expandtabs", min: 0, max: 1, keywords: true)
            let bytes = try pyBytes(v, "expandtabs").bytes
            let size = try interp.intArgument(args.argument(0, "tabsize") ?? .int(8))
            let out = expandTabs(bytes.map { Unicode.Scalar($0) }, size)
            return sameKind(v, ContiguousArray(out.map { UInt8($0.value) }))
        }
        method(t, "translate") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("translate", min: 1, max: 2, keywords: true)
            let bytes = try pyBytes(v, "translate").bytes
            let tableArg = args[0]
            let delete = try (args.argument(1, "delete")).map { (d) throws(PyError) -> ContiguousArray<UInt8> in try interp.bytesLike(d) } ?? []
            var table: ContiguousArray<UInt8>?
            if !tableArg.isNone {
                let t = try interp.bytesLike(tableArg)
                if t.count != 256 { throw .valueError("translation table must be 256 characters long") }
                table = t
            }
            var out = ContiguousArray<UInt8>()
            for c in bytes where !delete.contains(c) { out.append(table?[Int(c)] ?? c) }
            return sameKind(v, out)
        }
        method(t, "__len__") { (_, v, _) throws(PyError) -> Value in .int(try pyBytes(v, "__len__").bytes.count) }
        method(t, "__repr__") { (_, v, _) throws(PyError) -> Value in
            let b = try pyBytes(v, "__repr__")
            let text = Interpreter.bytesRepr(b.bytes)
            return .str(b.kind == .bytearray ? "\(b.type.name)(\(text))" : text)
        }
        method(t, "__str__") { (interp, v, _) throws(PyError) -> Value in
            let b = try pyBytes(v, "__str__")
            let text = Interpreter.bytesRepr(b.bytes)
            return .str(b.kind == .bytearray ? "\(b.type.name)(\(text))" : text)
        }
        method(t, "__getitem__") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("__getitem__", min: 1, max: 1)
            let b = try pyBytes(v, "__getitem__")
            return try interp.getItem(sameKind(v, b.bytes), args[0])
        }
        method(t, "__mod__") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("__mod__", min: 1, max: 1)
            return try interp.bytesPercentFormat(try pyBytes(v, "__mod__"), args[0])
        }
        _ = typeName
    }

    /// `bytes.hex(sep, bytes_per_sep)`.
    static func hexString(_ interp: Interpreter, _ bytes: ContiguousArray<UInt8>, sep: Value?, perSep: Value?) throws(PyError) -> String {
        let digits = Array("0123456789abcdef")
        var sepChar: Character?
        if let s = sep, !s.isNone {
            let text: String
            if let str = s.asStr { text = str.string }
            else if let b = s.asObject as? PyBytes { text = String(decoding: b.bytes, as: UTF8.self) }
            else { throw .typeError("sep must be str or bytes.") }
            guard text.unicodeScalars.count == 1, let c = text.first else { throw .valueError("sep must be length 1.") }
            if !c.isASCII { throw .valueError("sep must be ASCII.") }
            sepChar = c
        }
        let group = try perSep.map { (p) throws(PyError) -> Int in try interp.intArgument(p) } ?? 1
        var out = ""
        out.reserveCapacity(bytes.count * 3)
        let n = bytes.count
        for (i, b) in bytes.enumerated() {
            if let sc = sepChar, i > 0, group != 0 {
                // Groups count from the right for positive bytes_per_sep, from the left for negative.
                let boundary = group > 0 ? (n - i) % group == 0 : i % (-group) == 0
                if boundary { out.append(sc) }
            }
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return out
    }

    /// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs.
    static func parseHex(_ s: PyStr) throws(PyError) -> ContiguousArray<UInt8> {
        let scalars = s.scalars
        var out = ContiguousArray<UInt8>()
        var i = 0
        func hexValue(_ u: Unicode.Scalar) -> UInt8? {
            guard u.isASCII, let d = Character(u).hexDigitValue else { return nil }
            return UInt8(d)
        }
        while i < scalars.count {
            if scalars[i].isASCII && isByteSpace(UInt8(scalars[i].value)) {
                i += 1
                continue
            }
            guard let hi = hexValue(scalars[i]) else {
                throw .valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
            }
            guard i + 1 < scalars.count, let lo = hexValue(scalars[i + 1]) else {
                throw .valueError("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
            }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    /// `bytes.split` / `rsplit`: on runs of ASCII whitespace when `sep` is nil.
    static func splitBytes(_ bytes: ContiguousArray<UInt8>, sep: ContiguousArray<UInt8>?, maxsplit: Int, fromRight: Bool)
        throws(PyError) -> [ContiguousArray<UInt8>]
    {
        guard let sep else {
            let scalars = bytes.map { Unicode.Scalar($0) }
            let ranges = whitespaceSplit(scalars, maxsplit: maxsplit, fromRight: fromRight, isSpace: { isByteSpace(UInt8($0.value)) })
            return ranges.map { ContiguousArray(bytes[$0.0..<$0.1]) }
        }
        if sep.isEmpty { throw .valueError("empty separator") }
        var pieces: [ContiguousArray<UInt8>] = []
        if fromRight {
            var end = bytes.count
            var splits = 0
            while maxsplit < 0 || splits < maxsplit, let j = StringSearch.rfind(bytes, sep, from: 0, to: end) {
                pieces.append(ContiguousArray(bytes[(j + sep.count)..<end]))
                end = j
                splits += 1
            }
            pieces.append(ContiguousArray(bytes[0..<end]))
            pieces.reverse()
        } else {
            var i = 0
            var splits = 0
            while maxsplit < 0 || splits < maxsplit, let j = StringSearch.find(bytes, sep, from: i) {
                pieces.append(ContiguousArray(bytes[i..<j]))
                i = j + sep.count
                splits += 1
            }
            pieces.append(ContiguousArray(bytes[i...]))
        }
        return pieces
    }

    static func installBytearrayMethods() {
        let t = bytearrayType
        func byteValue(_ interp: Interpreter, _ v: Value) throws(PyError) -> UInt8 {
            guard let i = try interp.indexValue(v) else {
                throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
            }
            guard i >= 0 && i < 256 else { throw .valueError("byte must be in range(0, 256)") }
            return UInt8(i)
        }
        method(t, "append") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("append", min: 1, max: 1)
            try pyBytes(v, "append").bytes.append(try byteValue(interp, args[0]))
            return .none
        }
        method(t, "extend") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("extend", min: 1, max: 1)
            let b = try pyBytes(v, "extend")
            if args[0].asStr != nil { throw .typeError("expected iterable of integers; got: 'str'") }
            b.bytes.append(contentsOf: try interp.bytesLike(args[0], allowIterable: true))
            return .none
        }
        method(t, "insert") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("insert", min: 2, max: 2)
            let b = try pyBytes(v, "insert")
            var i = try interp.intArgument(args[0])
            if i < 0 { i = Swift.max(0, i + b.bytes.count) }
            b.bytes.insert(try byteValue(interp, args[1]), at: Swift.min(i, b.bytes.count))
            return .none
        }
        method(t, "pop") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("pop", min: 0, max: 1)
            let b = try pyBytes(v, "pop")
            if b.bytes.isEmpty { throw .indexError("pop from empty bytearray") }
            var i = args.count > 0 ? try interp.intArgument(args[0]) : b.bytes.count - 1
            if i < 0 { i += b.bytes.count }
            guard i >= 0 && i < b.bytes.count else { throw .indexError("pop index out of range") }
            return .int(Int(b.bytes.remove(at: i)))
        }
        method(t, "remove") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("remove", min: 1, max: 1)
            let b = try pyBytes(v, "remove")
            let x = try byteValue(interp, args[0])
            guard let i = b.bytes.firstIndex(of: x) else { throw .valueError("value not found in bytearray") }
            b.bytes.remove(at: i)
            return .none
        }
        method(t, "clear") { (_, v, _) throws(PyError) -> Value in
            try pyBytes(v, "clear").bytes.removeAll()
            return .none
        }
        method(t, "reverse") { (_, v, _) throws(PyError) -> Value in
            try pyBytes(v, "reverse").bytes.reverse()
            return .none
        }
        method(t, "copy") { (_, v, _) throws(PyError) -> Value in
            .object(PyBytes(try pyBytes(v, "copy").bytes, mutable: true))
        }
        method(t, "__setitem__") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("__setitem__", min: 2, max: 2)
            try interp.bytearraySetItem(try pyBytes(v, "__setitem__"), args[0], args[1])
            return .none
        }
        method(t, "__delitem__") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("__delitem__", min: 1, max: 1)
            let b = try pyBytes(v, "__delitem__")
            if let s = args[0].asObject as? PySlice {
                let (start, _, step, count) = try interp.sliceIndices(s, length: b.bytes.count)
                var remove = Set<Int>()
                var i = start
                for _ in 0..<count {
                    remove.insert(i)
                    i += step
                }
                b.bytes = ContiguousArray(b.bytes.enumerated().filter { !remove.contains($0.offset) }.map { $0.element })
                return .none
            }
            b.bytes.remove(at: try interp.normalizeIndex(args[0], count: b.bytes.count, what: "bytearray"))
            return .none
        }
    }
}

extension Interpreter {
    /// `ba[key] = value` for a bytearray: an index with an int, or a slice with bytes-like data or ints.
    public func bytearraySetItem(_ b: PyBytes, _ key: Value, _ value: Value) throws(PyError) {
        if let s = key.asObject as? PySlice {
            if value.asStr != nil { throw .typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)") }
            let data = try bytesLike(value, allowIterable: true)
            let (start, stop, step, count) = try sliceIndices(s, length: b.bytes.count)
            if step == 1 {
                b.bytes.replaceSubrange(start..<Swift.max(start, stop), with: data)
                return
            }
            if data.count != count {
                throw .valueError("attempt to assign bytes of size \(data.count) to extended slice of size \(count)")
            }
            var i = start
            for x in data {
                b.bytes[i] = x
                i += step
            }
            return
        }
        let i = try normalizeIndex(key, count: b.bytes.count, what: "bytearray")
        guard let x = try indexValue(value) else {
            throw .typeError("'\(value.typeName)' object cannot be interpreted as an integer")
        }
        guard x >= 0 && x < 256 else { throw .valueError("byte must be in range(0, 256)") }
        b.bytes[i] = UInt8(x)
    }
}
