import PyRuntime

/// A compiled regular expression (`re.Pattern`): the source pattern object, the final flags and the program.
final class PyRegexPattern: PyNativeObject, @unchecked Sendable {  // immutable after init
    let pattern: Value
    let isText: Bool
    let flags: Int
    let program: RegexProgram
    let groupNames: [(String, Int)]
    /// The number of capturing groups (`Pattern.groups`).
    var groups: Int { program.groups - 1 }

    init(pattern: Value, isText: Bool, flags: Int, program: RegexProgram, groupNames: [(String, Int)]) {
        self.pattern = pattern
        self.isText = isText
        self.flags = flags
        self.program = program
        self.groupNames = groupNames
        super.init(type: ReModulePattern.type)
    }

    func groupIndex(_ name: String) -> Int? { groupNames.first { $0.0 == name }?.1 }
}

/// The string a pattern runs over: the original object (for `Match.string` and slices) and its code points
/// (str) or bytes.
struct RegexSubject {
    let value: Value
    let chars: [UInt32]
    let str: PyStr?
    let bytes: PyBytes?

    init(_ v: Value, isText: Bool) throws(PyError) {
        value = v
        if let s = v.asStr {
            if !isText { throw .typeError("cannot use a bytes pattern on a string-like object") }
            str = s
            bytes = nil
            chars = ReModule.codePoints(s)
        } else if let b = v.asObject as? PyBytes {
            if isText { throw .typeError("cannot use a string pattern on a bytes-like object") }
            str = nil
            bytes = b
            chars = b.bytes.map { UInt32($0) }
        } else {
            throw .typeError("expected string or bytes-like object, got '\(v.typeName)'")
        }
    }

    /// Characters `s..<e` as an object of the subject's type (exact str for str subclasses).
    func slice(_ s: Int, _ e: Int) -> Value {
        if let str {
            let sub = str.substring(s, max(s, e))
            if sub.type !== Builtins.strType { return .object(PyStr(utf8: sub.utf8, count: sub.count)) }
            return .object(sub)
        }
        let b = ContiguousArray(bytes!.bytes[s..<max(s, e)])
        return .object(PyBytes(b))
    }

    /// Append characters `s..<e` to `out` (UTF-8 for str, raw bytes for bytes).
    func append(_ s: Int, _ e: Int, to out: inout ContiguousArray<UInt8>) {
        guard e > s else { return }
        if let str {
            out.append(contentsOf: str.utf8[str.byteOffset(ofScalar: s)..<str.byteOffset(ofScalar: e)])
        } else {
            out.append(contentsOf: bytes!.bytes[s..<e])
        }
    }
}

/// Repeated searches over one subject, with CPython's rule for empty matches: after an empty match, the next
/// match may not be empty at the same position.
struct RegexScanner {
    var matcher: RegexMatcher
    let program: RegexProgram
    var start: Int
    var mustAdvance = false

    init(_ p: PyRegexPattern, _ subject: RegexSubject, _ interp: Interpreter, pos: Int, endpos: Int) {
        matcher = RegexMatcher(p.program, subject.chars, end: endpos, interp: interp)
        program = p.program
        start = pos
    }

    /// Find the next match; its spans are in `matcher.slots`.
    mutating func next() throws(PyError) -> Bool {
        if start > matcher.end { return false }
        matcher.mustAdvance = mustAdvance
        guard let e = try matcher.search(from: start, program) else {
            start = matcher.end + 1
            return false
        }
        mustAdvance = e == matcher.slots[0]
        start = e
        return true
    }
}

/// The `re.Pattern` type and the operations shared with the module-level functions.
enum ReModulePattern {
    static func pattern(_ v: Value) throws(PyError) -> PyRegexPattern {
        try Lib.receiver(v, PyRegexPattern.self, "re.Pattern")
    }

    /// `pos`/`endpos` arguments clamped to the subject as CPython does.
    static func bounds(_ interp: Interpreter, _ pos: Value?, _ endpos: Value?, _ length: Int) throws(PyError)
        -> (Int, Int)
    {
        var s = try pos.map { (v) throws(PyError) in try interp.intArgument(v) } ?? 0
        var e = try endpos.map { (v) throws(PyError) in try interp.intArgument(v) } ?? length
        s = min(max(s, 0), length)
        e = min(max(e, 0), length)
        return (s, e)
    }

    /// `match`, `fullmatch`, `search`, `findall` and `finditer` of pattern `p`.
    static func dispatch(
        _ interp: Interpreter, _ name: String, _ p: PyRegexPattern, _ string: Value, pos: Value?, endpos: Value?
    ) throws(PyError) -> Value {
        let subject = try RegexSubject(string, isText: p.isText)
        let (s, e) = try bounds(interp, pos, endpos, subject.chars.count)
        switch name {
        case "findall": return try findall(interp, p, subject, s, e)
        case "finditer": return finditer(interp, p, subject, s, e)
        default: break
        }
        var m = RegexMatcher(p.program, subject.chars, end: e, interp: interp)
        if s > e { return .none }
        let found: Int?
        if name == "search" {
            found = try m.search(from: s, p.program)
        } else {
            m.fullMatch = name == "fullmatch"
            found = try m.match(at: s)
        }
        guard found != nil else { return .none }
        return .object(PyRegexMatch(p, subject, m, pos: s, endpos: e))
    }

    static func findall(_ interp: Interpreter, _ p: PyRegexPattern, _ subject: RegexSubject, _ s: Int, _ e: Int)
        throws(PyError) -> Value
    {
        var scanner = RegexScanner(p, subject, interp, pos: s, endpos: e)
        var items = ContiguousArray<Value>()
        while try scanner.next() {
            let slots = scanner.matcher.slots
            func group(_ g: Int) -> Value {
                slots[2 * g] < 0 || slots[2 * g + 1] < 0 ? subject.slice(0, 0) : subject.slice(slots[2 * g], slots[2 * g + 1])
            }
            switch p.groups {
            case 0: items.append(group(0))
            case 1: items.append(group(1))
            default: items.append(.object(PyTuple((1...p.groups).map(group))))
            }
        }
        return .object(PyList(items))
    }

    static func finditer(_ interp: Interpreter, _ p: PyRegexPattern, _ subject: RegexSubject, _ s: Int, _ e: Int)
        -> Value
    {
        let scanner = Box(RegexScanner(p, subject, interp, pos: s, endpos: e))
        return .object(
            PyClosureIterator(type: iteratorType) { (_) throws(PyError) -> Value? in
                guard try scanner.value.next() else { return nil }
                return .object(PyRegexMatch(p, subject, scanner.value.matcher, pos: s, endpos: e))
            })
    }

    static let iteratorType = Lib.iteratorType("callable_iterator", module: "builtins")

    /// `sub`/`subn`: `repl` is a template string or a callable taking the match.
    static func substitute(
        _ interp: Interpreter, _ p: PyRegexPattern, _ repl: Value, _ string: Value, count: Int, tuple: Bool
    ) throws(PyError) -> Value {
        var template: RegexTemplate?
        var callable: Value?
        if repl.asStr != nil || repl.asObject is PyBytes {
            template = try RegexTemplate(repl, p)
        } else if interp.isCallable(repl) {
            callable = repl
        } else {
            throw .typeError("decoding to str: need a bytes-like object, \(repl.typeName) found")
        }
        let subject = try RegexSubject(string, isText: p.isText)
        var scanner = RegexScanner(p, subject, interp, pos: 0, endpos: subject.chars.count)
        var out = ContiguousArray<UInt8>()
        var last = 0
        var n = 0
        var pieces = 0
        while count <= 0 ? count == 0 : n < count {
            guard try scanner.next() else { break }
            let b = scanner.matcher.slots[0]
            let e = scanner.matcher.slots[1]
            if last < b {
                subject.append(last, b, to: &out)
                pieces += 1
            }
            if let template {
                try template.check(pieces)
                template.expand(scanner.matcher.slots, subject, into: &out)
            } else {
                let r = try interp.call(callable!, [.object(PyRegexMatch(p, subject, scanner.matcher, pos: 0, endpos: subject.chars.count))])
                if let s = r.asStr, p.isText {
                    out.append(contentsOf: s.utf8)
                } else if let bytes = r.asObject as? PyBytes, !p.isText {
                    out.append(contentsOf: bytes.bytes)
                } else if !r.isNone {
                    let what = p.isText ? "expected str instance" : "expected a bytes-like object"
                    throw .typeError("sequence item \(pieces): \(what), \(r.typeName) found")
                }
            }
            pieces += 1
            last = e
            n += 1
        }
        subject.append(last, subject.chars.count, to: &out)
        let result: Value
        if p.isText {
            result = .object(PyStr(utf8: out))
        } else {
            result = .object(PyBytes(out, mutable: false))
        }
        return tuple ? .object(PyTuple([result, .int(n)])) : result
    }

    /// `split`: the pieces between matches, with the groups of each match in between.
    static func split(_ interp: Interpreter, _ p: PyRegexPattern, _ string: Value, maxsplit: Int) throws(PyError)
        -> Value
    {
        let subject = try RegexSubject(string, isText: p.isText)
        var scanner = RegexScanner(p, subject, interp, pos: 0, endpos: subject.chars.count)
        var items = ContiguousArray<Value>()
        var last = 0
        var n = 0
        while maxsplit <= 0 ? maxsplit == 0 : n < maxsplit {
            guard try scanner.next() else { break }
            let slots = scanner.matcher.slots
            items.append(subject.slice(last, slots[0]))
            for g in stride(from: 1, through: p.groups, by: 1) {
                items.append(slots[2 * g] < 0 || slots[2 * g + 1] < 0 ? .none : subject.slice(slots[2 * g], slots[2 * g + 1]))
            }
            n += 1
            last = slots[1]
        }
        items.append(subject.slice(last, subject.chars.count))
        return .object(PyList(items))
    }

    // MARK: The type

    static let type: PyType = {
        let t = Lib.makeType("Pattern", module: "re", kind: .native)
        t.constructor = { (_, _, _) throws(PyError) -> Value in
            throw .typeError("cannot create 're.Pattern' instances")
        }
        for name in ["match", "fullmatch", "search", "findall", "finditer"] {
            Lib.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                let a = try Lib.bind(name, args, ["string", "pos", "endpos"], required: 1)
                return try dispatch(interp, name, try pattern(v), a[0]!, pos: a[1], endpos: a[2])
            }
        }
        for name in ["sub", "subn"] {
            Lib.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                let a = try Lib.bind(name, args, ["repl", "string", "count"], required: 2)
                let count = try a[2].map { (x) throws(PyError) in try interp.intArgument(x) } ?? 0
                return try substitute(interp, try pattern(v), a[0]!, a[1]!, count: count, tuple: name == "subn")
            }
        }
        Lib.method(t, "split") { (interp, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("split", args, ["string", "maxsplit"], required: 1)
            let maxsplit = try a[1].map { (x) throws(PyError) in try interp.intArgument(x) } ?? 0
            return try split(interp, try pattern(v), a[0]!, maxsplit: maxsplit)
        }
        Builtins.attribute(t, "pattern") { (_, v) throws(PyError) -> Value in try pattern(v).pattern }
        Builtins.attribute(t, "flags") { (_, v) throws(PyError) -> Value in .int(try pattern(v).flags) }
        Builtins.attribute(t, "groups") { (_, v) throws(PyError) -> Value in .int(try pattern(v).groups) }
        Builtins.attribute(t, "groupindex") { (_, v) throws(PyError) -> Value in
            let d = PyDict()
            for (name, g) in try pattern(v).groupNames { d.setItem(name, .int(g)) }
            return .object(d)
        }
        Lib.method(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let p = try pattern(v)
            var text = "re.compile(" + String(try interp.repr(p.pattern).prefix(200))
            let flags = flagNames(p.flags, isText: p.isText)
            if !flags.isEmpty { text += ", " + flags }
            return .str(text + ")")
        }
        Lib.method(t, "__eq__") { (interp, v, args) throws(PyError) -> Value in
            guard let a = v.asObject as? PyRegexPattern, let b = args[0].asObject as? PyRegexPattern else {
                return Builtins.notImplemented
            }
            return .bool(try same(interp, a, b))
        }
        Lib.method(t, "__ne__") { (interp, v, args) throws(PyError) -> Value in
            guard let a = v.asObject as? PyRegexPattern, let b = args[0].asObject as? PyRegexPattern else {
                return Builtins.notImplemented
            }
            return .bool(!(try same(interp, a, b)))
        }
        Lib.method(t, "__hash__") { (interp, v, _) throws(PyError) -> Value in
            let p = try pattern(v)
            return .int(try Interpreter.hash(p.pattern, interp) ^ p.flags)
        }
        Lib.method(t, "__copy__") { (_, v, _) throws(PyError) -> Value in v }
        Lib.method(t, "__deepcopy__") { (_, v, _) throws(PyError) -> Value in v }
        // `re.Pattern[str]` in annotations: generic aliases are not modelled, the class stands in.
        Lib.classMethod(t, "__class_getitem__") { (_, args) throws(PyError) -> Value in args[0] }
        return t
    }()

    static func same(_ interp: Interpreter, _ a: PyRegexPattern, _ b: PyRegexPattern) throws(PyError) -> Bool {
        if a === b { return true }
        if a.flags != b.flags || a.isText != b.isText { return false }
        return try interp.equal(a.pattern, b.pattern)
    }

    /// The flags part of a pattern's repr (`re.IGNORECASE|re.MULTILINE`), in CPython's order.
    static func flagNames(_ flags: Int, isText: Bool) -> String {
        var flags = flags
        if isText && flags & (RegexFlag.locale | RegexFlag.unicode | RegexFlag.ascii) == RegexFlag.unicode {
            flags &= ~RegexFlag.unicode
        }
        let names: [(String, Int)] = [
            ("re.TEMPLATE", RegexFlag.template), ("re.IGNORECASE", RegexFlag.ignoreCase),
            ("re.LOCALE", RegexFlag.locale), ("re.MULTILINE", RegexFlag.multiline), ("re.DOTALL", RegexFlag.dotAll),
            ("re.UNICODE", RegexFlag.unicode), ("re.VERBOSE", RegexFlag.verbose), ("re.DEBUG", RegexFlag.debug),
            ("re.ASCII", RegexFlag.ascii),
        ]
        var parts: [String] = []
        for (name, bit) in names where flags & bit != 0 {
            parts.append(name)
            flags &= ~bit
        }
        if flags != 0 { parts.append("0x" + String(flags, radix: 16)) }
        return parts.joined(separator: "|")
    }
}
