import PyRuntime

/// The result of a successful match (`re.Match`): the spans of every group, kept with the subject they index.
final class PyRegexMatch: PyNativeObject, @unchecked Sendable {  // immutable after init
    let pattern: PyRegexPattern
    let subject: RegexSubject
    let slots: [Int]
    let lastIndex: Int
    let pos: Int
    let endpos: Int

    init(_ p: PyRegexPattern, _ subject: RegexSubject, _ m: RegexMatcher, pos: Int, endpos: Int) {
        pattern = p
        self.subject = subject
        slots = m.slots
        lastIndex = m.lastIndex
        self.pos = pos
        self.endpos = endpos
        super.init(type: ReModuleMatch.type)
    }

    func span(_ g: Int) -> (Int, Int) {
        let s = slots[2 * g]
        let e = slots[2 * g + 1]
        return s < 0 || e < 0 ? (-1, -1) : (s, e)
    }

    func group(_ g: Int, _ default: Value = .none) -> Value {
        let (s, e) = span(g)
        return s < 0 ? `default` : subject.slice(s, e)
    }
}

/// The `re.Match` type.
enum ReModuleMatch {
    static func match(_ v: Value) throws(PyError) -> PyRegexMatch {
        try Lib.receiver(v, PyRegexMatch.self, "re.Match")
    }

    /// The group number named by `v` (an int or a group name); IndexError "no such group" otherwise.
    static func index(_ interp: Interpreter, _ m: PyRegexMatch, _ v: Value) throws(PyError) -> Int {
        if Lib.isInt(v) {
            let i = try? interp.intArgument(v)
            if let i, i >= 0, i <= m.pattern.groups { return i }
        } else if let s = v.asStr, let g = m.pattern.groupIndex(s.string) {
            return g
        }
        throw .indexError("no such group")
    }

    static let type: PyType = {
        let t = Lib.makeType("Match", module: "re", kind: .native)
        t.constructor = { (_, _, _) throws(PyError) -> Value in
            throw .typeError("cannot create 're.Match' instances")
        }
        Lib.method(t, "group") { (interp, v, args) throws(PyError) -> Value in
            try Lib.noKeywords("group", args)
            let m = try match(v)
            if args.count == 0 { return m.group(0) }
            if args.count == 1 { return m.group(try index(interp, m, args[0])) }
            var items: [Value] = []
            for a in args.positional { items.append(m.group(try index(interp, m, a))) }
            return .object(PyTuple(items))
        }
        Lib.method(t, "__getitem__") { (interp, v, args) throws(PyError) -> Value in
            let m = try match(v)
            return m.group(try index(interp, m, args[0]))
        }
        Lib.method(t, "groups") { (_, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("groups", args, ["default"])
            let m = try match(v)
            let groups = m.pattern.groups
            return .object(PyTuple(groups == 0 ? [] : (1...groups).map { m.group($0, a[0] ?? .none) }))
        }
        Lib.method(t, "groupdict") { (_, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("groupdict", args, ["default"])
            let m = try match(v)
            let d = PyDict()
            for (name, g) in m.pattern.groupNames { d.setItem(name, m.group(g, a[0] ?? .none)) }
            return .object(d)
        }
        for name in ["start", "end", "span"] {
            Lib.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                try Lib.noKeywords(name, args)
                try args.expect(name, min: 0, max: 1)
                let m = try match(v)
                let (s, e) = m.span(args.count == 0 ? 0 : try index(interp, m, args[0]))
                switch name {
                case "start": return .int(s)
                case "end": return .int(e)
                default: return .object(PyTuple([.int(s), .int(e)]))
                }
            }
        }
        Lib.method(t, "expand") { (_, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("expand", args, ["template"], required: 1)
            let m = try match(v)
            let template = try RegexTemplate(a[0]!, m.pattern)
            try template.check(0)
            var out = ContiguousArray<UInt8>()
            template.expand(m.slots, m.subject, into: &out)
            return m.pattern.isText ? .object(PyStr(utf8: out)) : .object(PyBytes(out))
        }
        Builtins.attribute(t, "string") { (_, v) throws(PyError) -> Value in try match(v).subject.value }
        Builtins.attribute(t, "re") { (_, v) throws(PyError) -> Value in .object(try match(v).pattern) }
        Builtins.attribute(t, "pos") { (_, v) throws(PyError) -> Value in .int(try match(v).pos) }
        Builtins.attribute(t, "endpos") { (_, v) throws(PyError) -> Value in .int(try match(v).endpos) }
        Builtins.attribute(t, "lastindex") { (_, v) throws(PyError) -> Value in
            let m = try match(v)
            return m.lastIndex < 0 ? .none : .int(m.lastIndex)
        }
        Builtins.attribute(t, "lastgroup") { (_, v) throws(PyError) -> Value in
            let m = try match(v)
            guard m.lastIndex >= 0, let name = m.pattern.groupNames.first(where: { $0.1 == m.lastIndex }) else {
                return .none
            }
            return .str(name.0)
        }
        Builtins.attribute(t, "regs") { (_, v) throws(PyError) -> Value in
            let m = try match(v)
            return .object(PyTuple((0...m.pattern.groups).map { g in
                let (s, e) = m.span(g)
                return .object(PyTuple([.int(s), .int(e)]))
            }))
        }
        Lib.method(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let m = try match(v)
            let (s, e) = m.span(0)
            let text = String(try interp.repr(m.group(0)).prefix(50))
            return .str("<re.Match object; span=(\(s), \(e)), match=\(text)>")
        }
        Lib.method(t, "__copy__") { (_, v, _) throws(PyError) -> Value in v }
        Lib.method(t, "__deepcopy__") { (_, v, _) throws(PyError) -> Value in v }
        Lib.classMethod(t, "__class_getitem__") { (_, args) throws(PyError) -> Value in args[0] }
        return t
    }()
}

/// A parsed replacement template (`\1`, `\g<name>`, `\n` in the `repl` of `sub`): literal pieces (already
/// encoded as UTF-8 or bytes) and group references, with CPython's `parse_template` errors.
struct RegexTemplate {
    enum Piece {
        case literal(ContiguousArray<UInt8>)
        case group(Int)
    }
    var pieces: [Piece] = []
    /// The type name of a replacement whose type differs from the pattern's: CPython fails when it joins such
    /// a literal into the result.
    var wrongType: String?

    init(_ repl: Value, _ p: PyRegexPattern) throws(PyError) {
        guard let (chars, isText) = ReModule.patternChars(repl) else {
            throw .typeError("expected str instance, \(repl.typeName) found")
        }
        if isText != p.isText { wrongType = repl.typeName }
        do throws(RegexError) {
            try parse(chars, isText: isText, p)
        } catch {
            throw ReModule.pyError(error, repl)
        }
    }

    private mutating func parse(_ chars: [UInt32], isText: Bool, _ p: PyRegexPattern) throws(RegexError) {
        var s = try RegexTokenizer(chars, isText: isText)
        var literal = ContiguousArray<UInt8>()
        func append(_ c: UInt32) {
            if isText {
                UTF8.encode(Unicode.Scalar(c) ?? "\u{FFFD}") { literal.append($0) }
            } else {
                literal.append(UInt8(truncatingIfNeeded: c))
            }
        }
        func addGroup(_ index: Int, _ offset: Int) throws(RegexError) {
            if index > p.groups { throw s.error("invalid group reference \(index)", offset) }
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = []
            pieces.append(.group(index))
        }
        while let this = try s.get() {
            guard let c = this.second else {
                append(this.first)
                continue
            }
            if c == 0x67 {  // \g<...>
                if !(try s.match("<")) { throw s.error("missing <") }
                let name = try s.getUntil(">", "group name")
                let length = name.unicodeScalars.count
                if UnicodeText.isIdentifier(name.unicodeScalars) {
                    guard let g = p.groupIndex(name) else {
                        throw RegexError.index("unknown group name \(Interpreter.strRepr(PyStr(name)))")
                    }
                    try addGroup(g, length + 1)
                } else {
                    guard name.unicodeScalars.allSatisfy({ regexIsDigit($0.value) }), let index = Int(name) else {
                        throw s.error("bad character in group name \(Interpreter.strRepr(PyStr(name)))", length + 1)
                    }
                    if index >= regexMaxGroups { throw s.error("invalid group reference \(index)", length + 1) }
                    try addGroup(index, length + 1)
                }
            } else if c == 0x30 {
                var digits: [UInt32] = [c]
                for _ in 0..<2 {
                    guard let n = s.next, !n.isEscape, regexIsOctal(n.first) else { break }
                    digits.append(n.first)
                    try s.advance()
                }
                append(UInt32(regexNumber(digits, radix: 8) & 0xFF))
            } else if regexIsDigit(c) {
                var digits: [UInt32] = [c]
                var isOctal = false
                if let n = s.next, !n.isEscape, regexIsDigit(n.first) {
                    digits.append(n.first)
                    try s.advance()
                    if regexIsOctal(c) && regexIsOctal(digits[1]), let n3 = s.next, !n3.isEscape, regexIsOctal(n3.first) {
                        digits.append(n3.first)
                        try s.advance()
                        isOctal = true
                        let v = regexNumber(digits, radix: 8)
                        if v > 0o377 {
                            throw s.error("octal escape value \\\(regexText(digits)) outside of range 0-0o377", 4)
                        }
                        append(UInt32(v))
                    }
                }
                if !isOctal { try addGroup(regexNumber(digits, radix: 10), digits.count) }
            } else if let v = regexSimpleEscape(c) {
                append(v)
            } else if regexIsASCIILetter(c) {
                throw s.error("bad escape \(this.text)", 2)
            } else {
                append(this.first)
                append(c)
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
    }

    /// TypeError as CPython's join raises it for a literal of the wrong type (`item` is the index of the
    /// replacement in the list of pieces being joined).
    func check(_ item: Int) throws(PyError) {
        guard let wrongType else { return }
        let literalIndex = pieces.firstIndex { if case .literal = $0 { return true } else { return false } }
        guard let literalIndex else { return }
        let index = pieces.count == 1 ? item : literalIndex
        let what = wrongType == "str" ? "expected a bytes-like object" : "expected str instance"
        throw .typeError("sequence item \(index): \(what), \(wrongType) found")
    }

    func expand(_ slots: [Int], _ subject: RegexSubject, into out: inout ContiguousArray<UInt8>) {
        for piece in pieces {
            switch piece {
            case .literal(let bytes): out.append(contentsOf: bytes)
            case .group(let g):
                let s = slots[2 * g]
                let e = slots[2 * g + 1]
                if s >= 0 && e >= 0 { subject.append(s, e, to: &out) }
            }
        }
    }
}
