import PyRuntime

/// One token of a pattern or replacement template: a character, or a backslash and the character after it.
struct RegexToken: Equatable {
    var first: UInt32
    var second: UInt32?
    var length: Int { second == nil ? 1 : 2 }
    var isEscape: Bool { second != nil }
    func isChar(_ c: Character) -> Bool { second == nil && first == c.unicodeScalars.first!.value }
    var text: String { regexText(second.map { [first, $0] } ?? [first]) }
}

/// Code points as a Swift string (for messages; lone surrogates become U+FFFD).
func regexText(_ chars: some Sequence<UInt32>) -> String {
    var s = String.UnicodeScalarView()
    for c in chars { s.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
    return String(s)
}

/// CPython's `sre_parse.Tokenizer`: walks the pattern (code points of a str, bytes of a bytes pattern) a token
/// at a time and knows the position to report in errors.
struct RegexTokenizer {
    let chars: [UInt32]
    let isText: Bool
    var index = 0
    var next: RegexToken?

    init(_ chars: [UInt32], isText: Bool) throws(RegexError) {
        self.chars = chars
        self.isText = isText
        try advance()
    }

    mutating func advance() throws(RegexError) {
        guard index < chars.count else {
            next = nil
            return
        }
        var token = RegexToken(first: chars[index])
        var i = index
        if chars[i] == 0x5C {
            i += 1
            guard i < chars.count else { throw .syntax("bad escape (end of pattern)", chars.count - 1) }
            token.second = chars[i]
        }
        index = i + 1
        next = token
    }

    mutating func match(_ c: Character) throws(RegexError) -> Bool {
        if let n = next, n.isChar(c) {
            try advance()
            return true
        }
        return false
    }

    mutating func get() throws(RegexError) -> RegexToken? {
        let this = next
        try advance()
        return this
    }

    /// Up to `n` following plain characters for which `accept` holds.
    mutating func getWhile(_ n: Int, _ accept: (UInt32) -> Bool) throws(RegexError) -> [UInt32] {
        var result: [UInt32] = []
        for _ in 0..<n {
            guard let c = next, !c.isEscape, accept(c.first) else { break }
            result.append(c.first)
            try advance()
        }
        return result
    }

    /// The text up to `terminator` (a group name); CPython's messages when it is missing or empty.
    mutating func getUntil(_ terminator: Character, _ name: String) throws(RegexError) -> String {
        var result: [UInt32] = []
        var length = 0
        while true {
            let c = next
            try advance()
            guard let c else {
                if result.isEmpty { throw error("missing " + name) }
                throw error("missing \(terminator), unterminated name", length)
            }
            if c.isChar(terminator) {
                if result.isEmpty { throw error("missing " + name, 1) }
                break
            }
            result.append(c.first)
            if let s = c.second { result.append(s) }
            length += c.length
        }
        return regexText(result)
    }

    var tell: Int { index - (next?.length ?? 0) }

    mutating func seek(_ i: Int) throws(RegexError) {
        index = i
        try advance()
    }

    func error(_ msg: String, _ offset: Int = 0) -> RegexError {
        var text = msg
        if !isText {
            text = String(msg.unicodeScalars.map { $0.isASCII ? String($0) : "\\x" + hex2($0.value) }.joined())
        }
        return .syntax(text, tell - offset)
    }

    func checkGroupName(_ name: String, _ offset: Int) throws(RegexError) {
        if !UnicodeText.isIdentifier(name.unicodeScalars) {
            throw error("bad character in group name \(Interpreter.strRepr(PyStr(name)))", name.unicodeScalars.count + offset)
        }
    }
}

private func hex2(_ v: UInt32) -> String {
    let s = String(v, radix: 16)
    return s.count < 2 ? "0" + s : s
}

@inline(__always) func regexIsDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
@inline(__always) func regexIsOctal(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x37 }
@inline(__always) func regexIsHex(_ c: UInt32) -> Bool {
    regexIsDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
}
@inline(__always) func regexIsASCIILetter(_ c: UInt32) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

/// The value of the digits of `chars` in `radix`.
func regexNumber(_ chars: [UInt32], radix: UInt32) -> Int {
    var n = 0
    for c in chars {
        let d: UInt32 = regexIsDigit(c) ? c - 0x30 : (c | 0x20) - 0x61 + 10
        n = n * Int(radix) + Int(d)
    }
    return n
}

/// The single-character escapes shared by patterns and templates (`\n`, `\t`, ...).
func regexSimpleEscape(_ c: UInt32) -> UInt32? {
    switch c {
    case 0x61: return 7  // \a
    case 0x62: return 8  // \b (inside a set or a template)
    case 0x66: return 12
    case 0x6E: return 10
    case 0x72: return 13
    case 0x74: return 9
    case 0x76: return 11
    case 0x5C: return 0x5C
    default: return nil
    }
}

/// CPython's `sre_parse`: the pattern syntax, the checks and the error messages (with their positions) of the
/// reference implementation. Parsing nests once per group, bounded by `maxDepth`.
struct RegexParser {
    var source: RegexTokenizer
    var flags: Int
    var groupNames: [(String, Int)] = []
    var groupWidths: [(Int, Int)?] = [nil]
    var lookbehindGroups: Int?
    var groupRefPos: [(Int, Int)] = []
    static let maxDepth = 1000

    var groups: Int { groupWidths.count }

    static func parse(_ chars: [UInt32], isText: Bool, flags: Int) throws(RegexError) -> RegexParsed {
        var p = RegexParser(source: try RegexTokenizer(chars, isText: isText), flags: flags)
        let nodes = try p.parseSub(verbose: flags & RegexFlag.verbose != 0, nested: 0)
        p.flags = try fixFlags(isText: isText, p.flags)
        if p.source.next != nil { throw p.source.error("unbalanced parenthesis") }
        for (g, pos) in p.groupRefPos where g >= p.groups {
            throw .syntax("invalid group reference \(g)", pos)
        }
        return RegexParsed(nodes: nodes, flags: p.flags, groups: p.groups, groupNames: p.groupNames)
    }

    static func fixFlags(isText: Bool, _ flags: Int) throws(RegexError) -> Int {
        var flags = flags
        if isText {
            if flags & RegexFlag.locale != 0 { throw .value("cannot use LOCALE flag with a str pattern") }
            if flags & RegexFlag.ascii == 0 {
                flags |= RegexFlag.unicode
            } else if flags & RegexFlag.unicode != 0 {
                throw .value("ASCII and UNICODE flags are incompatible")
            }
        } else {
            if flags & RegexFlag.unicode != 0 { throw .value("cannot use UNICODE flag with a bytes pattern") }
            if flags & RegexFlag.locale != 0 && flags & RegexFlag.ascii != 0 {
                throw .value("ASCII and LOCALE flags are incompatible")
            }
        }
        return flags
    }

    // MARK: Groups

    mutating func openGroup(_ name: String?) throws(RegexError) -> Int {
        let gid = groups
        groupWidths.append(nil)
        if groups > regexMaxGroups { throw .syntax("too many groups", nil) }
        if let name {
            if let old = groupNames.first(where: { $0.0 == name }) {
                throw source.error(
                    "redefinition of group name \(Interpreter.strRepr(PyStr(name))) as group \(gid); was group \(old.1)",
                    name.unicodeScalars.count + 1)
            }
            groupNames.append((name, gid))
        }
        return gid
    }

    func checkGroup(_ gid: Int) -> Bool { gid < groups && groupWidths[gid] != nil }

    func checkLookbehindGroup(_ gid: Int) throws(RegexError) {
        guard let lb = lookbehindGroups else { return }
        if !checkGroup(gid) { throw source.error("cannot refer to an open group") }
        if gid >= lb { throw source.error("cannot refer to group defined in the same lookbehind subpattern") }
    }

    // MARK: Alternation and sequences

    mutating func parseSub(verbose: Bool, nested: Int) throws(RegexError) -> [RegexNode] {
        if nested > RegexParser.maxDepth { throw .recursion }
        var items: [[RegexNode]] = []
        var verbose = verbose
        while true {
            items.append(try parse(verbose: verbose, nested: nested + 1, first: nested == 0 && items.isEmpty))
            if !(try source.match("|")) { break }
            if nested == 0 { verbose = flags & RegexFlag.verbose != 0 }
        }
        if items.count == 1 { return items[0] }
        return [.branch(items)]
    }

    mutating func parse(verbose: Bool, nested: Int, first: Bool = false) throws(RegexError) -> [RegexNode] {
        var verbose = verbose
        var sub: [RegexNode] = []
        while true {
            guard let this = source.next else { break }
            if this.isChar("|") || this.isChar(")") { break }
            try source.advance()
            if verbose && !this.isEscape {
                if [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C].contains(this.first) { continue }
                if this.first == 0x23 {
                    while let t = try source.get(), !t.isChar("\n") {}
                    continue
                }
            }
            if this.isEscape {
                sub.append(try escape(this))
                continue
            }
            switch this.first {
            case 0x5B:  // [
                sub.append(try parseSet(here: source.tell - 1))
            case 0x2A, 0x2B, 0x3F, 0x7B:  // * + ? {
                if try !parseRepeat(this, &sub) { sub.append(.literal(this.first)) }
            case 0x2E:
                sub.append(.any)
            case 0x28:  // (
                if let node = try parseGroup(&verbose, nested: nested, first: first, isEmpty: sub.isEmpty) {
                    sub.append(node)
                }
            case 0x5E:
                sub.append(.at(.beginning))
            case 0x24:
                sub.append(.at(.end))
            default:
                sub.append(.literal(this.first))
            }
        }
        // Unpack non-capturing groups without flags.
        var out: [RegexNode] = []
        out.reserveCapacity(sub.count)
        for node in sub {
            if case .group(nil, 0, 0, let p) = node { out.append(contentsOf: p) } else { out.append(node) }
        }
        return out
    }

    // MARK: Repeats

    /// Applies a quantifier to the last item; false when `{` turns out to be a literal.
    mutating func parseRepeat(_ this: RegexToken, _ sub: inout [RegexNode]) throws(RegexError) -> Bool {
        let here = source.tell
        var lo = 0
        var hi = regexMaxRepeat
        switch this.first {
        case 0x3F: hi = 1
        case 0x2B: lo = 1
        case 0x7B:
            if let n = source.next, n.isChar("}") { return false }
            var loDigits: [UInt32] = []
            var hiDigits: [UInt32] = []
            while let n = source.next, !n.isEscape, regexIsDigit(n.first) {
                loDigits.append(n.first)
                try source.advance()
            }
            if try source.match(",") {
                while let n = source.next, !n.isEscape, regexIsDigit(n.first) {
                    hiDigits.append(n.first)
                    try source.advance()
                }
            } else {
                hiDigits = loDigits
            }
            if !(try source.match("}")) {
                try source.seek(here)
                return false
            }
            if !loDigits.isEmpty {
                if loDigits.count > 10 || regexNumber(loDigits, radix: 10) >= regexMaxRepeat {
                    throw .overflow("the repetition number is too large")
                }
                lo = regexNumber(loDigits, radix: 10)
            }
            if !hiDigits.isEmpty {
                if hiDigits.count > 10 || regexNumber(hiDigits, radix: 10) >= regexMaxRepeat {
                    throw .overflow("the repetition number is too large")
                }
                hi = regexNumber(hiDigits, radix: 10)
                if hi < lo { throw source.error("min repeat greater than max repeat", source.tell - here) }
            }
        default: break
        }
        guard let last = sub.last else { throw source.error("nothing to repeat", source.tell - here + 1) }
        var item = [last]
        switch last {
        case .at: throw source.error("nothing to repeat", source.tell - here + 1)
        case .repetition: throw source.error("multiple repeat", source.tell - here + 1)
        case .group(nil, 0, 0, let p): item = p
        default: break
        }
        let kind: RegexRepeatKind
        if try source.match("?") {
            kind = .lazy
        } else if try source.match("+") {
            kind = .possessive
        } else {
            kind = .greedy
        }
        sub[sub.count - 1] = .repetition(min: lo, max: hi, kind, item)
        return true
    }

    // MARK: Character sets

    mutating func parseSet(here: Int) throws(RegexError) -> RegexNode {
        var set: [RegexClassItem] = []
        let negate = try source.match("^")
        while true {
            guard let this = try source.get() else {
                throw source.error("unterminated character set", source.tell - here)
            }
            if this.isChar("]") && !set.isEmpty { break }
            let code1: RegexClassItem = this.isEscape ? try classEscape(this) : .literal(this.first)
            if try source.match("-") {
                guard let that = try source.get() else {
                    throw source.error("unterminated character set", source.tell - here)
                }
                if that.isChar("]") {
                    set.append(code1)
                    set.append(.literal(0x2D))
                    break
                }
                let code2: RegexClassItem = that.isEscape ? try classEscape(that) : .literal(that.first)
                guard case .literal(let lo) = code1, case .literal(let hi) = code2, hi >= lo else {
                    throw source.error(
                        "bad character range \(this.text)-\(that.text)", this.length + 1 + that.length)
                }
                set.append(.range(lo, hi))
            } else {
                set.append(code1)
            }
        }
        var unique: [RegexClassItem] = []
        for item in set where !unique.contains(item) { unique.append(item) }
        if unique.count == 1, case .literal(let c) = unique[0] {
            return negate ? .notLiteral(c) : .literal(c)
        }
        return .set(unique, negated: negate)
    }

    // MARK: Escapes

    /// An escape inside a set.
    mutating func classEscape(_ token: RegexToken) throws(RegexError) -> RegexClassItem {
        let c = token.second!
        if let v = regexSimpleEscape(c) { return .literal(v) }
        if let cat = categoryEscape(c) { return .category(cat) }
        if let v = try numericEscape(token) { return .literal(v) }
        if regexIsOctal(c) {
            let digits = [c] + (try source.getWhile(2, regexIsOctal))
            let v = regexNumber(digits, radix: 8)
            if v > 0o377 {
                throw source.error(
                    "octal escape value \\\(regexText(digits)) outside of range 0-0o377", digits.count + 1)
            }
            return .literal(UInt32(v))
        }
        if !regexIsDigit(c) && !regexIsASCIILetter(c) { return .literal(c) }
        throw source.error("bad escape \(token.text)", 2)
    }

    func categoryEscape(_ c: UInt32) -> RegexCategory? {
        switch c {
        case 0x64: return .digit
        case 0x44: return .notDigit
        case 0x73: return .space
        case 0x53: return .notSpace
        case 0x77: return .word
        case 0x57: return .notWord
        default: return nil
        }
    }

    /// `\xhh`, `\uXXXX`, `\UXXXXXXXX` and `\N{...}` (the last three in str patterns only).
    mutating func numericEscape(_ token: RegexToken) throws(RegexError) -> UInt32? {
        let c = token.second!
        var width = 0
        if c == 0x78 {
            width = 2
        } else if c == 0x75 && source.isText {
            width = 4
        } else if c == 0x55 && source.isText {
            width = 8
        } else if c == 0x4E && source.isText {
            if !(try source.match("{")) { throw source.error("missing {") }
            let name = try source.getUntil("}", "character name")
            throw source.error(
                "undefined character name \(Interpreter.strRepr(PyStr(name)))", name.unicodeScalars.count + 4)
        } else {
            return nil
        }
        let digits = try source.getWhile(width, regexIsHex)
        if digits.count != width {
            throw source.error("incomplete escape \(token.text)\(regexText(digits))", digits.count + 2)
        }
        let v = regexNumber(digits, radix: 16)
        if v > 0x10FFFF { throw source.error("bad escape \(token.text)\(regexText(digits))", digits.count + 2) }
        return UInt32(v)
    }

    /// An escape outside sets: categories, anchors, characters, octal escapes and group references.
    mutating func escape(_ token: RegexToken) throws(RegexError) -> RegexNode {
        let c = token.second!
        switch c {
        case 0x41: return .at(.beginningString)
        case 0x5A: return .at(.endString)
        case 0x62: return .at(.boundary)
        case 0x42: return .at(.nonBoundary)
        default: break
        }
        if let cat = categoryEscape(c) { return .set([.category(cat)], negated: false) }
        if let v = regexSimpleEscape(c) { return .literal(v) }
        if let v = try numericEscape(token) { return .literal(v) }
        if c == 0x30 {
            let digits = try source.getWhile(2, regexIsOctal)
            return .literal(UInt32(regexNumber(digits, radix: 8)))
        }
        if regexIsDigit(c) {
            var digits = [c]
            if let n = source.next, !n.isEscape, regexIsDigit(n.first) {
                digits.append(n.first)
                try source.advance()
                if regexIsOctal(digits[0]) && regexIsOctal(digits[1]), let n3 = source.next, !n3.isEscape,
                    regexIsOctal(n3.first)
                {
                    digits.append(n3.first)
                    try source.advance()
                    let v = regexNumber(digits, radix: 8)
                    if v > 0o377 {
                        throw source.error(
                            "octal escape value \\\(regexText(digits)) outside of range 0-0o377", 4)
                    }
                    return .literal(UInt32(v))
                }
            }
            let group = regexNumber(digits, radix: 10)
            if group < groups {
                if !checkGroup(group) { throw source.error("cannot refer to an open group", digits.count + 1) }
                try checkLookbehindGroup(group)
                return .groupRef(group)
            }
            throw source.error("invalid group reference \(group)", digits.count)
        }
        if !regexIsASCIILetter(c) { return .literal(c) }
        throw source.error("bad escape \(token.text)", 2)
    }
}
