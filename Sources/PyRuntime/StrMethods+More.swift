/// The `str` methods beyond the core set of StrMethods.swift: case transforms and predicates, padding,
/// partition, splitlines, expandtabs, translate/maketrans, format_map, and the operator dunders.
/// Helpers shared with `bytes` (padding, zfill, tab expansion, whitespace splitting) live here too.
extension Builtins {
    static func installMoreStrMethods() {
        let t = strType
        let transforms: [(String, UnicodeText.CaseTransform)] = [
            ("upper", .upper), ("lower", .lower), ("casefold", .casefold), ("swapcase", .swapcase),
            ("title", .title), ("capitalize", .capitalize),
        ]
        for (name, transform) in transforms {
            method(t, name) { (_, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 0, max: 0)
                return .object(UnicodeText.transform(s(v), transform))
            }
        }
        let predicates: [(String, (Unicode.Scalar) -> Bool)] = [
            ("isalnum", UnicodeText.isAlnum), ("isalpha", UnicodeText.isAlpha), ("isdecimal", UnicodeText.isDecimal),
            ("isdigit", UnicodeText.isDigit), ("isnumeric", UnicodeText.isNumeric), ("isspace", UnicodeText.isSpace),
        ]
        for (name, test) in predicates {
            method(t, name) { (_, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 0, max: 0)
                let str = s(v)
                if str.count == 0 { return .false }
                return .bool(str.string.unicodeScalars.allSatisfy(test))
            }
        }
        method(t, "isprintable") { (_, v, _) throws(PyError) -> Value in
            .bool(s(v).string.unicodeScalars.allSatisfy(UnicodeText.isPrintable))
        }
        method(t, "isascii") { (_, v, _) throws(PyError) -> Value in .bool(s(v).isASCII) }
        method(t, "isidentifier") { (_, v, _) throws(PyError) -> Value in
            .bool(UnicodeText.isIdentifier(s(v).string.unicodeScalars))
        }
        method(t, "istitle") { (_, v, _) throws(PyError) -> Value in
            .bool(UnicodeText.isTitleCased(s(v).string.unicodeScalars))
        }
        for (name, upper) in [("islower", false), ("isupper", true)] {
            method(t, name) { (_, v, _) throws(PyError) -> Value in
                .bool(UnicodeText.isAllCased(s(v).string.unicodeScalars, upper: upper))
            }
        }
        for name in ["center", "ljust", "rjust"] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 2)
                let str = s(v)
                let width = try interp.intArgument(args[0])
                var fill: Unicode.Scalar = " "
                if args.count > 1 {
                    guard let f = args[1].asStr else {
                        throw .typeError("The fill character must be a unicode character, not \(args[1].typeName)")
                    }
                    guard f.count == 1 else { throw .typeError("The fill character must be exactly one character long") }
                    fill = f.scalar(at: 0)
                }
                if width <= str.count { return .object(str) }
                let (left, right) = padding(name, count: str.count, width: width)
                var out = String.UnicodeScalarView()
                out.append(contentsOf: repeatElement(fill, count: left))
                out.append(contentsOf: str.string.unicodeScalars)
                out.append(contentsOf: repeatElement(fill, count: right))
                return .str(String(out))
            }
        }
        method(t, "zfill") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("zfill", min: 1, max: 1)
            let str = s(v)
            let width = try interp.intArgument(args[0])
            if width <= str.count { return .object(str) }
            return .object(PyStr(scalars: zfillScalars(str.scalars, width)))
        }
        method(t, "expandtabs") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("expandtabs", min: 0, max: 1, keywords: true)
            let size = try interp.intArgument(args.argument(0, "tabsize") ?? .int(8))
            let str = s(v)
            if !str.utf8.contains(0x09) { return .object(str) }
            return .object(PyStr(scalars: expandTabs(str.scalars, size)))
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            method(t, name) { (_, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                guard let sep = args[0].asStr else { throw .typeError("must be str, not \(args[0].typeName)") }
                if sep.count == 0 { throw .valueError("empty separator") }
                let str = s(v)
                let found = fromRight
                    ? StringSearch.rfind(str.utf8, sep.utf8, from: 0, to: str.utf8.count)
                    : StringSearch.find(str.utf8, sep.utf8, from: 0)
                let empty = Value.object(Builtins.emptyStr)
                guard let j = found else {
                    return .object(PyTuple(fromRight ? [empty, empty, .object(str)] : [.object(str), empty, empty]))
                }
                return .object(PyTuple([
                    .object(PyStr(utf8: ContiguousArray(str.utf8[..<j]))), .object(sep),
                    .object(PyStr(utf8: ContiguousArray(str.utf8[(j + sep.utf8.count)...]))),
                ]))
            }
        }
        for (name, prefix) in [("removeprefix", true), ("removesuffix", false)] {
            method(t, name) { (_, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                guard let affix = args[0].asStr else {
                    throw .typeError("\(name)() argument must be str, not \(args[0].typeName)")
                }
                let str = s(v)
                let a = affix.utf8
                if a.isEmpty || str.utf8.count < a.count { return .object(str) }
                if prefix, str.utf8.starts(with: a) {
                    return .object(PyStr(utf8: ContiguousArray(str.utf8.dropFirst(a.count)), count: str.count - affix.count))
                }
                if !prefix, str.utf8.suffix(a.count).elementsEqual(a) {
                    return .object(PyStr(utf8: ContiguousArray(str.utf8.dropLast(a.count)), count: str.count - affix.count))
                }
                return .object(str)
            }
        }
        method(t, "splitlines") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("splitlines", min: 0, max: 1, keywords: true)
            let keep = try interp.isTrue(args.argument(0, "keepends") ?? .false)
            let str = s(v)
            let scalars = str.scalars
            var lines = ContiguousArray<Value>()
            var start = 0
            var i = 0
            while i < scalars.count {
                let u = scalars[i]
                if UnicodeText.isLineBreak(u) {
                    let eol = u == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" ? i + 2 : i + 1
                    lines.append(.object(str.substring(start, keep ? eol : i)))
                    start = eol
                    i = eol
                } else {
                    i += 1
                }
            }
            if start < scalars.count { lines.append(.object(str.substring(start, scalars.count))) }
            return .object(PyList(lines))
        }
        method(t, "translate") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("translate", min: 1, max: 1)
            let table = args[0]
            var out = String.UnicodeScalarView()
            var cache: [UInt32: Value?] = [:]
            for u in s(v).string.unicodeScalars {
                let mapped: Value?
                if let hit = cache[u.value] {
                    mapped = hit
                } else {
                    do throws(PyError) {
                        mapped = try interp.getItem(table, .int(Int(u.value)))
                    } catch where error.matches(Builtins.lookupErrorType) {
                        mapped = nil
                    }
                    cache[u.value] = mapped
                }
                guard let m = mapped else {
                    out.append(u)
                    continue
                }
                switch m {
                case .none: continue
                case .int(let code):
                    guard code >= 0, code < 0x110000, let r = Unicode.Scalar(UInt32(code)) else {
                        throw .valueError("character mapping must be in range(0x110000)")
                    }
                    out.append(r)
                default:
                    guard let rs = m.asStr else { throw .typeError("character mapping must return integer, None or str") }
                    out.append(contentsOf: rs.string.unicodeScalars)
                }
            }
            return .str(String(out))
        }
        t.namespace.setItem(
            "maketrans",
            .object(PyMethodWrapper(function: function("maketrans") { (interp, args) throws(PyError) -> Value in
                try args.expect("maketrans", min: 1, max: 3)
                return .object(try interp.makeTranslationTable(args))
            }, isClassMethod: false)))
        method(t, "format_map") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("format_map", min: 1, max: 1)
            let mapping = args[0]
            return .str(try interp.formatString(s(v).string, positional: [], isMapping: true) { (key) throws(PyError) -> Value in
                try interp.getItem(mapping, .str(key))
            })
        }
        method(t, "__format__") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("__format__", min: 1, max: 1)
            guard let spec = args[0].asStr else {
                throw .typeError("__format__() argument must be str, not \(args[0].typeName)")
            }
            return .str(try interp.formatBuiltin(.object(PyStr(utf8: s(v).utf8)), spec.string))
        }
        method(t, "__iter__") { (_, v, _) throws(PyError) -> Value in .object(PyStrIterator(s(v))) }
        method(t, "__mod__") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("__mod__", min: 1, max: 1)
            return .object(try interp.percentFormat(s(v), args[0]))
        }
        method(t, "__rmod__") { (_, _, _) throws(PyError) -> Value in Builtins.notImplemented }
        method(t, "__add__") { (_, v, args) throws(PyError) -> Value in
            try args.expect("__add__", min: 1, max: 1)
            guard let o = args[0].asStr else {
                throw .typeError("can only concatenate str (not \"\(args[0].typeName)\") to str")
            }
            return .object(PyStr(utf8: s(v).utf8) + o)
        }
        for name in ["__mul__", "__rmul__"] {
            method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                guard interp.intValue(args[0]) != nil else { return Builtins.notImplemented }
                return try interp.binaryOp(.object(PyStr(utf8: s(v).utf8)), args[0], .mul)
            }
        }
        let comparisons: [(String, (Int) -> Bool)] = [
            ("__ne__", { $0 != 0 }), ("__lt__", { $0 < 0 }), ("__le__", { $0 <= 0 }), ("__gt__", { $0 > 0 }),
            ("__ge__", { $0 >= 0 }),
        ]
        for (name, test) in comparisons {
            method(t, name) { (_, v, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                guard let o = args[0].asStr else { return Builtins.notImplemented }
                return .bool(test(s(v).compare(o)))
            }
        }
    }

    /// A string argument that may be omitted or None (`encoding`, `errors`), with CPython's TypeError.
    static func stringArgument(_ v: Value?, _ function: String, _ name: String) throws(PyError) -> String? {
        guard let v else { return nil }
        guard let s = v.asStr else {
            throw .typeError("\(function)() argument '\(name)' must be str, not \(v.typeName)")
        }
        return s.string
    }

    /// CPython's index adjustment for `start`/`end` of find/count/startswith: negative values count from the
    /// end, `end` is clamped to the length, `start` is not (a start past the end finds nothing).
    static func adjustIndices(_ start: Int, _ end: Int, _ n: Int) -> (Int, Int) {
        var a = start
        var b = end
        if b > n { b = n } else if b < 0 {
            b += n
            if b < 0 { b = 0 }
        }
        if a < 0 {
            a += n
            if a < 0 { a = 0 }
        }
        return (a, b)
    }

    /// The optional `start`, `end` arguments (positions 1 and 2; None allowed) adjusted for a length `n`.
    static func sliceBounds(_ interp: Interpreter, _ args: Args, _ n: Int) throws(PyError) -> (Int, Int) {
        func bound(_ i: Int, _ missing: Int) throws(PyError) -> Int {
            guard args.count > i, !args[i].isNone else { return missing }
            if let x = try interp.indexValue(args[i]) { return x }
            if let big = args[i].asBigInt { return big.value.sign == .minus ? Int.min / 2 : Int.max / 2 }
            throw .typeError("slice indices must be integers or None or have an __index__ method")
        }
        return adjustIndices(try bound(1, 0), try bound(2, n), n)
    }

    /// Left and right padding of center/ljust/rjust (CPython gives center's odd extra space to the left
    /// when the width is odd).
    static func padding(_ kind: String, count: Int, width: Int) -> (Int, Int) {
        let total = Swift.max(0, width - count)
        switch kind {
        case "ljust": return (0, total)
        case "rjust": return (total, 0)
        default:
            let left = total / 2 + (total & width & 1)
            return (left, total - left)
        }
    }

    /// `zfill`: zeros after a leading sign.
    static func zfillScalars(_ scalars: [Unicode.Scalar], _ width: Int) -> [Unicode.Scalar] {
        if width <= scalars.count { return scalars }
        let fill = width - scalars.count
        var out = [Unicode.Scalar](repeating: "0", count: fill) + scalars
        if let first = scalars.first, first == "+" || first == "-" {
            out[0] = first
            out[fill] = "0"
        }
        return out
    }

    /// `expandtabs`: columns reset after `\n` and `\r`.
    static func expandTabs(_ scalars: [Unicode.Scalar], _ size: Int) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var column = 0
        for u in scalars {
            if u == "\t" {
                if size > 0 {
                    let n = size - column % size
                    out.append(contentsOf: repeatElement(" ", count: n))
                    column += n
                }
            } else {
                out.append(u)
                column += 1
                if u == "\n" || u == "\r" { column = 0 }
            }
        }
        return out
    }

    /// `split()` / `rsplit()` without a separator: the (start, end) ranges of the words, with CPython's
    /// maxsplit rule (the remainder keeps its inner and trailing/leading whitespace).
    static func whitespaceSplit(
        _ s: [Unicode.Scalar], maxsplit: Int, fromRight: Bool, isSpace: (Unicode.Scalar) -> Bool
    ) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        let n = s.count
        if !fromRight {
            var i = 0
            while remaining > 0 {
                remaining -= 1
                while i < n && isSpace(s[i]) { i += 1 }
                if i == n { break }
                let j = i
                i += 1
                while i < n && !isSpace(s[i]) { i += 1 }
                out.append((j, i))
            }
            if i < n {
                while i < n && isSpace(s[i]) { i += 1 }
                if i != n { out.append((i, n)) }
            }
            return out
        }
        var i = n - 1
        while remaining > 0 {
            remaining -= 1
            while i >= 0 && isSpace(s[i]) { i -= 1 }
            if i < 0 { break }
            let j = i
            i -= 1
            while i >= 0 && !isSpace(s[i]) { i -= 1 }
            out.append((i + 1, j + 1))
        }
        if i >= 0 {
            while i >= 0 && isSpace(s[i]) { i -= 1 }
            if i >= 0 { out.append((0, i + 1)) }
        }
        return out.reversed()
    }
}

extension Interpreter {
    /// `str.maketrans(x[, y[, z]])`.
    func makeTranslationTable(_ args: Args) throws(PyError) -> PyDict {
        let d = PyDict()
        if args.count == 1 {
            guard let m = args[0].asDict else {
                throw .typeError("if you give only one argument to maketrans it must be a dict")
            }
            for (k, v) in m.items {
                if let ks = k.asStr {
                    guard ks.count == 1 else { throw .valueError("string keys in translate table must be of length 1") }
                    try d.setItem(.int(Int(ks.scalar(at: 0).value)), v, self)
                } else if intValue(k) != nil {
                    try d.setItem(.int(intValue(k)!), v, self)
                } else {
                    throw .typeError("keys in translate table must be strings or integers")
                }
            }
            return d
        }
        guard let from = args[0].asStr else {
            throw .typeError("maketrans() argument 1 must be str, not \(args[0].typeName)")
        }
        guard let to = args[1].asStr else {
            throw .typeError("maketrans() argument 2 must be str, not \(args[1].typeName)")
        }
        if from.count != to.count { throw .valueError("the first two maketrans arguments must have equal length") }
        for (a, b) in zip(from.string.unicodeScalars, to.string.unicodeScalars) {
            try d.setItem(.int(Int(a.value)), .int(Int(b.value)), self)
        }
        if args.count > 2 {
            guard let z = args[2].asStr else {
                throw .typeError("maketrans() argument 3 must be str, not \(args[2].typeName)")
            }
            for c in z.string.unicodeScalars { try d.setItem(.int(Int(c.value)), .none, self) }
        }
        return d
    }
}
