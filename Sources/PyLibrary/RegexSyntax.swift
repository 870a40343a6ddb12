import PyRuntime

/// The flag bits of the `re` module; the values are CPython's (`re.I == 2`, ...), so programs that combine them
/// as plain ints see the same numbers.
enum RegexFlag {
    static let template = 1
    static let ignoreCase = 2
    static let locale = 4
    static let multiline = 8
    static let dotAll = 16
    static let unicode = 32
    static let verbose = 64
    static let debug = 128
    static let ascii = 256
    /// The flags that say how character classes are understood; at most one may be set.
    static let typeFlags = ascii | locale | unicode
    static let globalOnly = debug | template
    /// Inline flag letters (`(?i)`), in CPython's table.
    static let letters: [UInt32: Int] = [
        0x69: ignoreCase, 0x4C: locale, 0x6D: multiline, 0x73: dotAll, 0x78: verbose, 0x61: ascii, 0x74: template,
        0x75: unicode,
    ]
}

/// Why a pattern could not be compiled: `re.error` with a message and pattern position, or one of the plain
/// Python errors CPython's compiler raises for flag and size problems.
enum RegexError: Error {
    case syntax(String, Int?)
    case overflow(String)
    case value(String)
    case index(String)
    case recursion
}

/// CPython's `MAXREPEAT`: an upper bound of `*`, `+` and `{m,}` means "unbounded".
let regexMaxRepeat = 4_294_967_295
/// CPython's `MAXGROUPS`.
let regexMaxGroups = 1_073_741_823

/// A class of characters named by an escape (`\d`, `\W`, ...). Whether it means the Unicode or the ASCII
/// class is decided when the pattern is compiled, from the flags in force.
enum RegexCategory: Equatable {
    case digit, notDigit, space, notSpace, word, notWord
}

/// One member of a character set (`[a-z\d_]`): a character, a range or a category.
enum RegexClassItem: Equatable {
    case literal(UInt32)
    case range(UInt32, UInt32)
    case category(RegexCategory)
}

/// The zero-width positions a pattern can require (`^`, `$`, `\A`, `\Z`, `\b`, `\B`).
enum RegexAnchor: Equatable {
    case beginning, end, beginningString, endString, boundary, nonBoundary
}

/// How a repetition behaves: greedy (`*`), lazy (`*?`) or possessive (`*+`, never gives anything back).
enum RegexRepeatKind {
    case greedy, lazy, possessive
}

/// The parsed form of a pattern: the same shape as CPython's `sre_parse` subpatterns, so that the checks the
/// parser makes (widths of look-behinds, open-group references) and the compiler's decisions follow CPython's.
indirect enum RegexNode {
    case literal(UInt32)
    case notLiteral(UInt32)
    case any
    case set([RegexClassItem], negated: Bool)
    case at(RegexAnchor)
    /// A group: capturing when `index` is set; `add`/`remove` are scoped flags (`(?i:...)`).
    case group(index: Int?, add: Int, remove: Int, [RegexNode])
    case atomic([RegexNode])
    case branch([[RegexNode]])
    case repetition(min: Int, max: Int, RegexRepeatKind, [RegexNode])
    case groupRef(Int)
    case groupExists(Int, yes: [RegexNode], no: [RegexNode]?)
    case look(behind: Bool, negated: Bool, [RegexNode])

    /// True for the nodes that match exactly one character (`_UNITCODES` in CPython).
    var isUnit: Bool {
        switch self {
        case .literal, .notLiteral, .any, .set: return true
        default: return false
        }
    }
}

/// The result of parsing: the nodes, the final flags (pattern flags plus global inline flags), the number of
/// capturing groups (group 0 included) and the group names in definition order.
struct RegexParsed {
    var nodes: [RegexNode]
    var flags: Int
    var groups: Int
    var groupNames: [(String, Int)]
}

/// The (min, max) width in characters of a sequence of nodes, as CPython's `SubPattern.getwidth`; `groupWidths`
/// gives the widths of closed groups for back-references.
func regexWidth(_ nodes: [RegexNode], _ groupWidths: [(Int, Int)?]) -> (Int, Int) {
    var lo = 0
    var hi = 0
    for node in nodes {
        switch node {
        case .branch(let items):
            var i = regexMaxRepeat - 1
            var j = 0
            for item in items {
                let (l, h) = regexWidth(item, groupWidths)
                i = min(i, l)
                j = max(j, h)
            }
            lo += i
            hi += j
        case .atomic(let p), .group(_, _, _, let p):
            let (l, h) = regexWidth(p, groupWidths)
            lo += l
            hi += h
        case .repetition(let mn, let mx, _, let p):
            let (l, h) = regexWidth(p, groupWidths)
            lo += l.multipliedReportingOverflow(by: mn).overflow ? regexMaxRepeat : l * mn
            hi += h.multipliedReportingOverflow(by: mx).overflow ? regexMaxRepeat : h * mx
        case .literal, .notLiteral, .any, .set:
            lo += 1
            hi += 1
        case .groupRef(let g):
            if g < groupWidths.count, let (l, h) = groupWidths[g] {
                lo += l
                hi += h
            }
        case .groupExists(_, let yes, let no):
            var (i, j) = regexWidth(yes, groupWidths)
            if let no {
                let (l, h) = regexWidth(no, groupWidths)
                i = min(i, l)
                j = max(j, h)
            } else {
                i = 0
            }
            lo += i
            hi += j
        case .at, .look:
            break
        }
        lo = min(lo, regexMaxRepeat)
        hi = min(hi, regexMaxRepeat)
    }
    return (min(lo, regexMaxRepeat - 1), min(hi, regexMaxRepeat))
}

// MARK: Character classes and case

/// The character tests of the engine: categories in their Unicode and ASCII meanings, and case mapping with
/// CPython's rules (simple lowercase mapping plus the extra equivalences of `re._casefix`).
enum RegexChars {
    @inline(__always) static func isASCIIDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isASCIISpace(_ c: UInt32) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
    @inline(__always) static func isASCIIWord(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || isASCIIDigit(c) || c == 0x5F
    }

    static func isWord(_ c: UInt32, unicode: Bool) -> Bool {
        if c < 0x80 { return isASCIIWord(c) }
        guard unicode, let u = Unicode.Scalar(c) else { return false }
        return UnicodeText.isAlnum(u)
    }

    static func isDigit(_ c: UInt32, unicode: Bool) -> Bool {
        if c < 0x80 { return isASCIIDigit(c) }
        guard unicode, let u = Unicode.Scalar(c) else { return false }
        return UnicodeText.isDecimal(u)
    }

    static func isSpace(_ c: UInt32, unicode: Bool) -> Bool {
        if c < 0x80 { return isASCIISpace(c) || (unicode && c >= 0x1C && c <= 0x1F) }
        guard unicode, let u = Unicode.Scalar(c) else { return false }
        return UnicodeText.isSpace(u)
    }

    static func test(_ cat: RegexCategory, _ c: UInt32, unicode: Bool) -> Bool {
        switch cat {
        case .digit: return isDigit(c, unicode: unicode)
        case .notDigit: return !isDigit(c, unicode: unicode)
        case .space: return isSpace(c, unicode: unicode)
        case .notSpace: return !isSpace(c, unicode: unicode)
        case .word: return isWord(c, unicode: unicode)
        case .notWord: return !isWord(c, unicode: unicode)
        }
    }

    @inline(__always) static func asciiLower(_ c: UInt32) -> UInt32 { c >= 0x41 && c <= 0x5A ? c + 32 : c }
    @inline(__always) static func asciiUpper(_ c: UInt32) -> UInt32 { c >= 0x61 && c <= 0x7A ? c - 32 : c }

    /// `Py_UNICODE_TOLOWER`: the lowercase mapping, or its first character where the full mapping has several
    /// ('İ' -> 'i'), as CPython's extended-case table gives.
    static func lower(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return asciiLower(c) }
        guard let u = Unicode.Scalar(c) else { return c }
        return u.properties.lowercaseMapping.unicodeScalars.first?.value ?? c
    }

    /// `Py_UNICODE_TOUPPER`, likewise ('ß' -> 'S').
    static func upper(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return asciiUpper(c) }
        guard let u = Unicode.Scalar(c) else { return c }
        return u.properties.uppercaseMapping.unicodeScalars.first?.value ?? c
    }

    /// For each lowercase character of the BMP, the other characters that lowercase to it ('k' -> 'K', 'K'
    /// (Kelvin sign)): what a case-insensitive range must consider. Built on first use.
    static let inverseLower: [UInt32: [UInt32]] = {
        var table: [UInt32: [UInt32]] = [:]
        for c in UInt32(0x41)..<0x10000 where c < 0xD800 || c >= 0xE000 {
            let l = lower(c)
            if l != c { table[l, default: []].append(c) }
        }
        return table
    }()

    /// Characters that are equal ignoring case although their lowercase forms differ ('s' and 'ſ'), keyed by
    /// lowercase form: CPython's `re._casefix._EXTRA_CASES`.
    static let extraCases: [UInt32: [UInt32]] = {
        let groups: [[UInt32]] = [
            [0x69, 0x131], [0x73, 0x17F], [0xB5, 0x3BC], [0x3B9, 0x345, 0x1FBE], [0x390, 0x1FD3], [0x3B0, 0x1FE3],
            [0x3B2, 0x3D0], [0x3B5, 0x3F5], [0x3B8, 0x3D1], [0x3BA, 0x3F0], [0x3C0, 0x3D6], [0x3C1, 0x3F1],
            [0x3C2, 0x3C3], [0x3C6, 0x3D5], [0x432, 0x1C80], [0x434, 0x1C81], [0x43E, 0x1C82], [0x441, 0x1C83],
            [0x442, 0x1C84, 0x1C85], [0x44A, 0x1C86], [0x463, 0x1C87], [0x1C88, 0xA64B], [0x1E61, 0x1E9B], [0xFB05, 0xFB06],
        ]
        var table: [UInt32: [UInt32]] = [:]
        for g in groups {
            for c in g { table[c] = g.filter { $0 != c } }
        }
        return table
    }()
}
