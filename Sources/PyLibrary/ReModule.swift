import PyRuntime

/// `re`: regular expressions with CPython 3.11's syntax, semantics and messages, on an engine of its own
/// (RegexParser/RegexProgram/RegexMatcher): `compile`, `search`, `match`, `fullmatch`, `findall`, `finditer`,
/// `sub`, `subn`, `split`, `escape`, `purge`; `Pattern` and `Match` objects (ReModulePattern.swift,
/// ReModuleMatch.swift); `re.error` with `msg`, `pattern`, `pos`, `lineno`, `colno`; the `RegexFlag` flags
/// (an `enum.IntFlag`, defined in Python below so that they combine and print as CPython's do). Patterns may
/// be str or bytes; compiled patterns are cached per interpreter (512 entries, as CPython).
///
/// Left out: `\N{...}` named characters (reported as undefined), `re.template`, `Pattern.scanner`, LOCALE
/// semantics (treated as ASCII), the DEBUG dump, `groupindex` as a mappingproxy (it is a fresh dict).
enum ReModule {
    static let errorType: PyType = {
        let t = Lib.makeType("error", module: "re", bases: [Builtins.exceptionType("Exception")], kind: .exception)
        Lib.method(t, "__init__") { (_, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("error", args, ["msg", "pattern", "pos"], required: 1)
            guard let exc = v.asException else { throw .typeError("error.__init__ needs an exception") }
            fill(exc, a[0]!, a[1] ?? .none, a[2] ?? .none)
            return .none
        }
        return t
    }()

    /// Set the message and attributes of an `re.error`, as CPython's `error.__init__`.
    static func fill(_ exc: PyException, _ msg: Value, _ pattern: Value, _ pos: Value) {
        let d = exc.dict!
        d.setItem("msg", msg)
        d.setItem("pattern", pattern)
        d.setItem("pos", pos)
        var text: Value = msg
        if !pattern.isNone, case .int(let p) = pos, let m = msg.asStr?.string {
            let chars: [UInt32]
            if let s = pattern.asStr {
                chars = s.string.unicodeScalars.map { $0.value }
            } else if let b = pattern.asObject as? PyBytes {
                chars = b.bytes.map { UInt32($0) }
            } else {
                chars = []
            }
            let upto = chars.prefix(max(0, min(p, chars.count)))
            let line = upto.filter { $0 == 0x0A }.count + 1
            let col = p - ((upto.lastIndex(of: 0x0A)) ?? -1)
            d.setItem("lineno", .int(line))
            d.setItem("colno", .int(col))
            var s = "\(m) at position \(p)"
            if chars.contains(0x0A) { s += " (line \(line), column \(col))" }
            text = .str(s)
        } else {
            d.setItem("lineno", .none)
            d.setItem("colno", .none)
        }
        exc.args = PyTuple([text])
    }

    /// The Python error for a compile failure of `pattern`.
    static func pyError(_ e: RegexError, _ pattern: Value) -> PyError {
        switch e {
        case .syntax(let msg, let pos):
            let exc = PyException(type: errorType, args: Builtins.emptyTuple)
            fill(exc, .str(msg), pos == nil ? .none : pattern, pos.map { .int($0) } ?? .none)
            return PyError(exc)
        case .overflow(let msg): return .overflowError(msg)
        case .value(let msg): return .valueError(msg)
        case .index(let msg): return .indexError(msg)
        case .recursion: return PyError(PyException(type: Builtins.recursionErrorType, message: "maximum recursion depth exceeded"))
        }
    }

    // MARK: Compiling and the cache

    /// The pattern's code points (str) or bytes, and whether it is text.
    static func patternChars(_ v: Value) -> ([UInt32], Bool)? {
        if let s = v.asStr { return (codePoints(s), true) }
        if let b = v.asObject as? PyBytes { return (b.bytes.map { UInt32($0) }, false) }
        return nil
    }

    static func codePoints(_ s: PyStr) -> [UInt32] {
        if s.isASCII { return s.utf8.map { UInt32($0) } }
        return s.string.unicodeScalars.map { $0.value }
    }

    /// What identifies a compiled pattern in the cache: CPython keys it by (type, pattern, flags).
    struct CacheKey: Hashable {
        let isText: Bool
        let chars: [UInt32]
        let flags: Int
    }

    /// The compiled patterns of one interpreter, oldest first for eviction (`re.purge` empties it).
    final class Cache {
        var entries: [CacheKey: PyRegexPattern] = [:]
        var order: [CacheKey] = []
    }

    static func cache(_ interp: Interpreter) -> Cache {
        if let c = interp.extensions["re.cache"] as? Cache { return c }
        let c = Cache()
        interp.extensions["re.cache"] = c
        return c
    }

    static func flagsValue(_ interp: Interpreter, _ v: Value?) throws(PyError) -> Int {
        guard let v, !v.isNone else { return 0 }
        if case .int(let i) = v { return i }
        guard Lib.isInt(v) else {
            throw .typeError("unsupported operand type(s) for &: '\(v.typeName)' and 'RegexFlag'")
        }
        return try interp.intArgument(v)
    }

    /// `re.compile(pattern, flags)` with CPython's argument checks and cache.
    static func compile(_ interp: Interpreter, _ pattern: Value, _ flagsArg: Value?) throws(PyError) -> PyRegexPattern {
        let flags = try flagsValue(interp, flagsArg)
        if let p = pattern.asObject as? PyRegexPattern {
            if flags != 0 { throw .valueError("cannot process flags argument with a compiled pattern") }
            return p
        }
        guard let (chars, isText) = patternChars(pattern) else {
            throw .typeError("first argument must be string or compiled pattern")
        }
        let key = CacheKey(isText: isText, chars: chars, flags: flags)
        let c = cache(interp)
        if let hit = c.entries[key] { return hit }
        let p = try build(pattern, chars, isText, flags)
        if c.order.count >= 512 { c.entries[c.order.removeFirst()] = nil }
        c.entries[key] = p
        c.order.append(key)
        return p
    }

    static func build(_ pattern: Value, _ chars: [UInt32], _ isText: Bool, _ flags: Int) throws(PyError) -> PyRegexPattern {
        do throws(RegexError) {
            let parsed = try RegexParser.parse(chars, isText: isText, flags: flags)
            let program = try RegexCompiler.compile(parsed, isText: isText)
            return PyRegexPattern(pattern: pattern, isText: isText, flags: parsed.flags, program: program,
                groupNames: parsed.groupNames)
        } catch {
            throw pyError(error, pattern)
        }
    }

    // MARK: Module

    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "re")
        m.set("error", .object(errorType))
        m.set("Pattern", .object(ReModulePattern.type))
        m.set("Match", .object(ReModuleMatch.type))
        m.set("__version__", .str("2.2.1"))
        Lib.function(m, "compile") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("compile", args, ["pattern", "flags"], required: 1)
            return .object(try compile(interp, a[0]!, a[1]))
        }
        for name in ["match", "fullmatch", "search", "findall", "finditer"] {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                let a = try Lib.bind(name, args, ["pattern", "string", "flags"], required: 2)
                let p = try compile(interp, a[0]!, a[2])
                return try ReModulePattern.dispatch(interp, name, p, a[1]!, pos: nil, endpos: nil)
            }
        }
        for name in ["sub", "subn"] {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                let a = try Lib.bind(name, args, ["pattern", "repl", "string", "count", "flags"], required: 3)
                let p = try compile(interp, a[0]!, a[4])
                let count = try a[3].map { (v) throws(PyError) in try interp.intArgument(v) } ?? 0
                return try ReModulePattern.substitute(interp, p, a[1]!, a[2]!, count: count, tuple: name == "subn")
            }
        }
        Lib.function(m, "split") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("split", args, ["pattern", "string", "maxsplit", "flags"], required: 2)
            let p = try compile(interp, a[0]!, a[3])
            let maxsplit = try a[2].map { (v) throws(PyError) in try interp.intArgument(v) } ?? 0
            return try ReModulePattern.split(interp, p, a[1]!, maxsplit: maxsplit)
        }
        Lib.function(m, "escape") { (_, args) throws(PyError) -> Value in
            let a = try Lib.bind("escape", args, ["pattern"], required: 1)
            return try escape(a[0]!)
        }
        Lib.function(m, "purge") { (interp, args) throws(PyError) -> Value in
            try args.expect("purge", min: 0, max: 0)
            let c = cache(interp)
            c.entries.removeAll()
            c.order.removeAll()
            return .none
        }
        try defineFlags(interp, m)
        return m
    }

    /// `re.escape`: a backslash before each character that is special in patterns.
    static func escape(_ v: Value) throws(PyError) -> Value {
        let special: Set<UInt32> = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}".unicodeScalars.map { $0.value })
        if let s = v.asStr {
            var out = String.UnicodeScalarView()
            for u in s.string.unicodeScalars {
                if special.contains(u.value) { out.append("\\") }
                out.append(u)
            }
            return .str(String(out))
        }
        if let b = v.asObject as? PyBytes {
            var out = ContiguousArray<UInt8>()
            for c in b.bytes {
                if special.contains(UInt32(c)) { out.append(0x5C) }
                out.append(c)
            }
            return .object(PyBytes(out))
        }
        throw .typeError("decoding to str: need a bytes-like object, \(v.typeName) found")
    }

    /// `RegexFlag` and the flag constants, made by the `enum` module so that `re.I | re.M`, `repr` and
    /// `isinstance(re.I, int)` behave as CPython's.
    static func defineFlags(_ interp: Interpreter, _ m: PyModule) throws(PyError) {
        m.set("__builtins__", .object(interp.builtinsModule))
        let code = try interp.compile(flagsSource, filename: "<frozen re>", mode: .exec)
        _ = try interp.run(code, globals: m.namespace)
    }

    static let flagsSource = #"""
import enum as _enum

class RegexFlag(_enum.IntFlag, boundary=_enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = self._value_
        if value == 0:
            return 're.NOFLAG'
        if value < 0:
            return '~' + repr(RegexFlag(~value))
        names = []
        for name, bit in _FLAG_ORDER:
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __invert__(self):
        return RegexFlag(~self._value_ & 511) if self._value_ >= 0 else RegexFlag(~self._value_)

RegexFlag.__module__ = 're'
_FLAG_ORDER = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
               ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128)]
NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG
del _enum
"""#
}
