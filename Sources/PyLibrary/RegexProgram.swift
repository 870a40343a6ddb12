import PyRuntime

/// How letters compare under IGNORECASE: not at all, ASCII letters only (bytes patterns, `re.ASCII`), or by
/// Unicode simple lowercase mapping plus CPython's extra equivalences.
enum RegexFold {
    case none, ascii, unicode

    @inline(__always) func lower(_ c: UInt32) -> UInt32 {
        switch self {
        case .none: return c
        case .ascii: return RegexChars.asciiLower(c)
        case .unicode: return RegexChars.lower(c)
        }
    }

    @inline(__always) func upper(_ c: UInt32) -> UInt32 {
        switch self {
        case .none: return c
        case .ascii: return RegexChars.asciiUpper(c)
        case .unicode: return RegexChars.upper(c)
        }
    }
}

/// A compiled character set (`[...]`, `\d`, a case-insensitive literal with extra equivalents). Membership of
/// ASCII characters, after case folding and negation, is precomputed in a 128-bit map; other characters go
/// through the item list.
final class RegexCharSet: @unchecked Sendable {  // immutable after init
    let items: [RegexClassItem]
    let negated: Bool
    let unicode: Bool
    let fold: RegexFold
    private let hasRanges: Bool
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ items: [RegexClassItem], negated: Bool, unicode: Bool, fold: RegexFold) {
        var stored = items
        if fold != .none {
            // Literals are kept lowercased, with their extra equivalents, as CPython's compiler does.
            stored = []
            for item in items {
                guard case .literal(let c) = item else {
                    stored.append(item)
                    continue
                }
                let l = fold.lower(c)
                stored.append(.literal(l))
                if fold == .unicode, let extra = RegexChars.extraCases[l] {
                    for e in extra { stored.append(.literal(e)) }
                }
            }
        }
        self.items = stored
        self.negated = negated
        self.unicode = unicode
        self.fold = fold
        hasRanges = stored.contains { if case .range = $0 { return true } else { return false } }
        for c in UInt32(0)..<128 where slowMatches(c) {
            if c < 64 { low |= 1 << UInt64(c) } else { high |= 1 << UInt64(c - 64) }
        }
    }

    private func contains(_ c: UInt32) -> Bool {
        for item in items {
            switch item {
            case .literal(let x): if x == c { return true }
            case .range(let a, let b): if a <= c && c <= b { return true }
            case .category(let cat): if RegexChars.test(cat, c, unicode: unicode) { return true }
            }
        }
        return false
    }

    private func inRange(_ c: UInt32) -> Bool {
        for item in items {
            if case .range(let a, let b) = item, a <= c && c <= b { return true }
        }
        return false
    }

    /// Whether some character of a range lowercases to `l` (CPython lowercases every member of a BMP range
    /// into its charmap).
    private func rangeHasPreimage(_ l: UInt32) -> Bool {
        if inRange(l) { return true }
        if let others = RegexChars.inverseLower[l], others.contains(where: inRange) { return true }
        return l > 0xFFFF && inRange(RegexChars.upper(l))
    }

    private func slowMatches(_ c: UInt32) -> Bool {
        var found: Bool
        switch fold {
        case .none:
            found = contains(c)
        case .ascii:
            let l = RegexChars.asciiLower(c)
            found = contains(l) || inRange(RegexChars.asciiUpper(l))
        case .unicode:
            let l = RegexChars.lower(c)
            found = contains(l)
            if !found && hasRanges {
                found = rangeHasPreimage(l) || (RegexChars.extraCases[l]?.contains(where: rangeHasPreimage) ?? false)
            }
        }
        return found != negated
    }

    @inline(__always) func matches(_ c: UInt32) -> Bool {
        if c < 64 { return low & (1 << UInt64(c)) != 0 }
        if c < 128 { return high & (1 << UInt64(c - 64)) != 0 }
        return slowMatches(c)
    }
}

/// A test of one character: the unit the engine advances by.
enum RegexCharTest {
    case char(UInt32)
    case notChar(UInt32)
    /// The character's lowercase form equals the (lowercase) operand.
    case charFold(UInt32, RegexFold)
    case notCharFold(UInt32, RegexFold)
    case any
    case anyAll
    case set(RegexCharSet)

    @inline(__always) func matches(_ c: UInt32) -> Bool {
        switch self {
        case .char(let x): return c == x
        case .notChar(let x): return c != x
        case .charFold(let x, let f): return c == x || f.lower(c) == x
        case .notCharFold(let x, let f): return c != x && f.lower(c) != x
        case .any: return c != 0x0A
        case .anyAll: return true
        case .set(let s): return s.matches(c)
        }
    }
}

/// The zero-width tests with their flags resolved.
enum RegexAt: Equatable {
    case beginning, beginningLine, end, endLine, beginningString, endString
    case boundary(unicode: Bool), nonBoundary(unicode: Bool)
}

/// One instruction of a compiled pattern. Branching instructions name their targets by index.
enum RegexOp {
    case test(RegexCharTest)
    case at(RegexAt)
    /// Continue at the first target; on failure, at the second.
    case split(Int, Int)
    case jump(Int)
    /// Store the position in a capture slot (2*g: start of group g, 2*g+1: its end).
    case save(Int)
    case backref(Int, RegexFold)
    /// Reset the iteration count of loop register `reg`.
    case repeatStart(Int)
    /// The head of a counted loop whose body follows; `exit` is the instruction after the loop.
    case loop(reg: Int, min: Int, max: Int, lazy: Bool, exit: Int)
    /// A repeat of a one-character test, run without one backtracking entry per character.
    case single(RegexCharTest, min: Int, max: Int, RegexRepeatKind)
    /// A lookaround whose pattern follows (ended by `succeed`); execution goes on at `next`.
    case look(behind: Bool, negated: Bool, width: Int, next: Int)
    /// An atomic group whose pattern follows (ended by `succeed`); execution goes on at `next`.
    case atomic(next: Int)
    /// Fall through when group `group` has matched, else go to `no`.
    case groupExists(group: Int, no: Int)
    case succeed
    case match
}

/// A compiled pattern: the instructions, the counts the matcher allocates, and a first-character test for
/// skipping hopeless start positions in searches.
struct RegexProgram {
    var ops: [RegexOp] = []
    var groups = 1
    var registers = 0
    var firstTest: RegexCharTest?
    /// The pattern can only match at the start of the string (`\A...`, `^...` without MULTILINE).
    var anchored = false
}

/// Turns parsed nodes into a `RegexProgram`, resolving flags (case, dot, anchors, Unicode classes) per scope as
/// CPython's `sre_compile` does.
struct RegexCompiler {
    var program = RegexProgram()
    let isText: Bool

    static func compile(_ parsed: RegexParsed, isText: Bool) throws(RegexError) -> RegexProgram {
        var c = RegexCompiler(isText: isText)
        c.program.groups = parsed.groups
        var widths: [(Int, Int)?] = Array(repeating: nil, count: parsed.groups)
        c.collectWidths(parsed.nodes, &widths)
        try c.emit(parsed.nodes, parsed.flags, widths, depth: 0)
        c.program.ops.append(.match)
        c.program.firstTest = c.firstTest()
        if case .at(let a) = c.program.ops.first, a == .beginningString || a == .beginning {
            c.program.anchored = true
        }
        return c.program
    }

    /// The widths of the capturing groups, for look-behinds that refer back to them.
    func collectWidths(_ nodes: [RegexNode], _ widths: inout [(Int, Int)?]) {
        for node in nodes {
            switch node {
            case .group(let index, _, _, let p):
                collectWidths(p, &widths)
                if let index { widths[index] = regexWidth(p, widths) }
            case .atomic(let p), .repetition(_, _, _, let p), .look(_, _, let p): collectWidths(p, &widths)
            case .branch(let items): for p in items { collectWidths(p, &widths) }
            case .groupExists(_, let yes, let no):
                collectWidths(yes, &widths)
                if let no { collectWidths(no, &widths) }
            default: break
            }
        }
    }

    func firstTest() -> RegexCharTest? {
        for op in program.ops {
            switch op {
            case .save: continue
            case .test(let t): return t
            case .single(let t, let min, _, _): return min > 0 ? t : nil
            default: return nil
            }
        }
        return nil
    }

    func fold(_ flags: Int) -> RegexFold {
        if flags & RegexFlag.ignoreCase == 0 { return .none }
        return flags & RegexFlag.unicode != 0 ? .unicode : .ascii
    }

    /// The test for one-character node `node` under `flags`.
    func charTest(_ node: RegexNode, _ flags: Int) -> RegexCharTest {
        let f = fold(flags)
        let unicode = flags & RegexFlag.unicode != 0
        switch node {
        case .literal(let c), .notLiteral(let c):
            let negated: Bool
            if case .notLiteral = node { negated = true } else { negated = false }
            if f == .none || (f.lower(c) == c && f.upper(c) == c && (f == .ascii || RegexChars.extraCases[c] == nil)) {
                return negated ? .notChar(c) : .char(c)
            }
            let l = f.lower(c)
            if f == .unicode && RegexChars.extraCases[l] != nil {
                return .set(RegexCharSet([.literal(c)], negated: negated, unicode: unicode, fold: f))
            }
            return negated ? .notCharFold(l, f) : .charFold(l, f)
        case .any:
            return flags & RegexFlag.dotAll != 0 ? .anyAll : .any
        case .set(let items, let negated):
            return .set(RegexCharSet(items, negated: negated, unicode: unicode, fold: f))
        default:
            fatalError("not a one-character node")
        }
    }

    mutating func add(_ op: RegexOp) -> Int {
        program.ops.append(op)
        return program.ops.count - 1
    }

    mutating func emit(_ nodes: [RegexNode], _ flags: Int, _ widths: [(Int, Int)?], depth: Int) throws(RegexError) {
        if depth > RegexParser.maxDepth * 2 { throw .recursion }
        for node in nodes {
            try emit(node, flags, widths, depth: depth + 1)
        }
    }

    mutating func emit(_ node: RegexNode, _ flags: Int, _ widths: [(Int, Int)?], depth: Int) throws(RegexError) {
        switch node {
        case .literal, .notLiteral, .any, .set:
            _ = add(.test(charTest(node, flags)))
        case .at(let a):
            let multiline = flags & RegexFlag.multiline != 0
            let unicode = flags & RegexFlag.unicode != 0
            switch a {
            case .beginning: _ = add(.at(multiline ? .beginningLine : .beginning))
            case .end: _ = add(.at(multiline ? .endLine : .end))
            case .beginningString: _ = add(.at(.beginningString))
            case .endString: _ = add(.at(.endString))
            case .boundary: _ = add(.at(.boundary(unicode: unicode)))
            case .nonBoundary: _ = add(.at(.nonBoundary(unicode: unicode)))
            }
        case .group(let index, let addFlags, let removeFlags, let p):
            let inner = (flags | addFlags) & ~removeFlags
            if let index { _ = add(.save(2 * index)) }
            try emit(p, inner, widths, depth: depth)
            if let index { _ = add(.save(2 * index + 1)) }
        case .atomic(let p):
            try emitAtomic(p, flags, widths, depth: depth)
        case .branch(let items):
            var jumps: [Int] = []
            for (i, item) in items.enumerated() {
                if i < items.count - 1 {
                    let split = add(.split(0, 0))
                    try emit(item, flags, widths, depth: depth)
                    jumps.append(add(.jump(0)))
                    program.ops[split] = .split(split + 1, program.ops.count)
                } else {
                    try emit(item, flags, widths, depth: depth)
                }
            }
            for j in jumps { program.ops[j] = .jump(program.ops.count) }
        case .repetition(let min, let max, let kind, let p):
            try emitRepeat(min, max, kind, p, flags, widths, depth: depth)
        case .groupRef(let g):
            _ = add(.backref(g, fold(flags)))
        case .groupExists(let g, let yes, let no):
            let test = add(.groupExists(group: g, no: 0))
            try emit(yes, flags, widths, depth: depth)
            if let no {
                let jump = add(.jump(0))
                program.ops[test] = .groupExists(group: g, no: program.ops.count)
                try emit(no, flags, widths, depth: depth)
                program.ops[jump] = .jump(program.ops.count)
            } else {
                program.ops[test] = .groupExists(group: g, no: program.ops.count)
            }
        case .look(let behind, let negated, let p):
            var width = 0
            if behind {
                let (lo, hi) = regexWidth(p, widths)
                if lo != hi { throw .syntax("look-behind requires fixed-width pattern", nil) }
                width = lo
            }
            let head = add(.look(behind: behind, negated: negated, width: width, next: 0))
            try emit(p, flags, widths, depth: depth)
            _ = add(.succeed)
            program.ops[head] = .look(behind: behind, negated: negated, width: width, next: program.ops.count)
        }
    }

    mutating func emitAtomic(_ p: [RegexNode], _ flags: Int, _ widths: [(Int, Int)?], depth: Int) throws(RegexError) {
        let head = add(.atomic(next: 0))
        try emit(p, flags, widths, depth: depth)
        _ = add(.succeed)
        program.ops[head] = .atomic(next: program.ops.count)
    }

    mutating func emitRepeat(
        _ min: Int, _ max: Int, _ kind: RegexRepeatKind, _ p: [RegexNode], _ flags: Int, _ widths: [(Int, Int)?],
        depth: Int
    ) throws(RegexError) {
        if p.count == 1 && p[0].isUnit {
            _ = add(.single(charTest(p[0], flags), min: min, max: max, kind))
            return
        }
        if kind == .possessive {
            try emitAtomic([.repetition(min: min, max: max, .greedy, p)], flags, widths, depth: depth + 1)
            return
        }
        if min == 1 && max == 1 {
            try emit(p, flags, widths, depth: depth)
            return
        }
        if max == 0 { return }
        if min == 0 && max == 1 {
            let split = add(.split(0, 0))
            try emit(p, flags, widths, depth: depth)
            program.ops[split] = kind == .lazy ? .split(program.ops.count, split + 1) : .split(split + 1, program.ops.count)
            return
        }
        let reg = program.registers
        program.registers += 1
        _ = add(.repeatStart(reg))
        let head = add(.loop(reg: reg, min: min, max: max, lazy: kind == .lazy, exit: 0))
        try emit(p, flags, widths, depth: depth)
        _ = add(.jump(head))
        program.ops[head] = .loop(reg: reg, min: min, max: max, lazy: kind == .lazy, exit: program.ops.count)
    }
}
