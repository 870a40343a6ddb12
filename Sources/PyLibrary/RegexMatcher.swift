import PyRuntime

/// The backtracking engine: runs a `RegexProgram` over the code points of a subject.
///
/// Choice points and the undo records of captures and loop counters share one explicit stack, so the depth of
/// backtracking never touches the native stack; only lookarounds and atomic groups recurse, as deep as they
/// nest in the pattern. A repeat of a single-character test keeps one stack entry that gives characters back
/// one at a time (CPython's REPEAT_ONE), and loops stop iterating once an iteration matches the empty string.
struct RegexMatcher {
    /// An entry of the backtracking stack.
    enum Frame {
        /// Resume at `pc` with the position `pos`.
        case branch(pc: Int, pos: Int)
        /// Undo a capture slot store.
        case slot(index: Int, old: Int, lastIndex: Int)
        /// Undo a loop register change.
        case register(reg: Int, count: Int, last: Int)
        /// A greedy single-character repeat that may give back characters down to `minPos`.
        case greedy(next: Int, minPos: Int, pos: Int)
        /// A lazy single-character repeat (the op at `op`) that may take one more character.
        case lazy(op: Int, pos: Int, count: Int)
        /// A lazy loop (the op at `op`) that may run its body once more.
        case lazyLoop(op: Int, pos: Int)
    }

    let ops: [RegexOp]
    let subject: [UInt32]
    /// The end of the visible subject (`endpos`).
    let end: Int
    let interp: Interpreter
    var slots: [Int]
    var lastIndex = -1
    var counts: [Int]
    var lastPos: [Int]
    var stack: [Frame] = []
    /// Only a match reaching `end` counts (`fullmatch`).
    var fullMatch = false
    /// An empty match at `searchStart` is rejected (iteration after an empty match).
    var mustAdvance = false
    var searchStart = 0
    var steps = 0

    init(_ program: RegexProgram, _ subject: [UInt32], end: Int, interp: Interpreter) {
        self.ops = program.ops
        self.subject = subject
        self.end = end
        self.interp = interp
        slots = Array(repeating: -1, count: program.groups * 2)
        counts = Array(repeating: 0, count: program.registers)
        lastPos = Array(repeating: -1, count: program.registers)
    }

    mutating func reset() {
        for i in slots.indices { slots[i] = -1 }
        lastIndex = -1
        stack.removeAll(keepingCapacity: true)
    }

    /// Match anchored at `start`; the end position on success (captures in `slots`).
    mutating func match(at start: Int) throws(PyError) -> Int? {
        reset()
        searchStart = start
        guard let e = try run(0, start) else { return nil }
        slots[0] = start
        slots[1] = e
        return e
    }

    /// The leftmost match starting at or after `start`.
    mutating func search(from start: Int, _ program: RegexProgram) throws(PyError) -> Int? {
        searchStart = start
        var s = start
        while s <= end {
            if let t = program.firstTest {
                while s < end && !t.matches(subject[s]) { s += 1 }
                if s >= end { return nil }
            }
            reset()
            if let e = try run(0, s) {
                slots[0] = s
                slots[1] = e
                return e
            }
            if program.anchored { return nil }
            s += 1
        }
        return nil
    }

    // MARK: Zero-width tests

    func isWord(_ i: Int, _ unicode: Bool) -> Bool { RegexChars.isWord(subject[i], unicode: unicode) }

    func at(_ a: RegexAt, _ pos: Int) -> Bool {
        switch a {
        case .beginning, .beginningString: return pos == 0
        case .beginningLine: return pos == 0 || subject[pos - 1] == 0x0A
        case .end: return pos == end || (pos + 1 == end && subject[pos] == 0x0A)
        case .endLine: return pos == end || subject[pos] == 0x0A
        case .endString: return pos == end
        case .boundary(let u), .nonBoundary(let u):
            if end == 0 { return false }
            let before = pos > 0 && isWord(pos - 1, u)
            let after = pos < end && isWord(pos, u)
            if case .boundary = a { return before != after }
            return before == after
        }
    }

    // MARK: Running

    /// Keep only the undo records above `base` (a lookaround or atomic group succeeded: its choice points are
    /// dropped, but its captures must still be undone if the outer match backtracks past it).
    mutating func commit(_ base: Int) {
        var w = base
        for r in base..<stack.count {
            switch stack[r] {
            case .slot, .register:
                stack[w] = stack[r]
                w += 1
            default: break
            }
        }
        stack.removeSubrange(w...)
    }

    /// Undo everything above `base`.
    mutating func unwind(_ base: Int) {
        while stack.count > base {
            switch stack.removeLast() {
            case .slot(let i, let old, let li):
                slots[i] = old
                lastIndex = li
            case .register(let r, let c, let l):
                counts[r] = c
                lastPos[r] = l
            default: break
            }
        }
    }

    /// Run from `pc` at `pos` until `match`/`succeed` (the end position) or until every choice point above
    /// the current stack height is exhausted (nil).
    mutating func run(_ startPC: Int, _ startPos: Int) throws(PyError) -> Int? {
        let base = stack.count
        var pc = startPC
        var pos = startPos
        while true {
            steps &+= 1
            if steps & 0xFFFF == 0 { try interp.checkInterrupt() }
            var ok = true
            switch ops[pc] {
            case .test(let t):
                if pos < end && t.matches(subject[pos]) {
                    pos += 1
                    pc += 1
                } else {
                    ok = false
                }
            case .at(let a):
                if at(a, pos) { pc += 1 } else { ok = false }
            case .split(let first, let second):
                stack.append(.branch(pc: second, pos: pos))
                pc = first
            case .jump(let target):
                pc = target
            case .save(let i):
                stack.append(.slot(index: i, old: slots[i], lastIndex: lastIndex))
                slots[i] = pos
                if i & 1 == 1 { lastIndex = i >> 1 }
                pc += 1
            case .backref(let g, let fold):
                let s = slots[2 * g]
                let e = slots[2 * g + 1]
                if s < 0 || e < 0 || pos + (e - s) > end {
                    ok = false
                    break
                }
                var i = 0
                while i < e - s {
                    let a = subject[s + i]
                    let b = subject[pos + i]
                    if a != b && (fold == .none || fold.lower(a) != fold.lower(b)) { break }
                    i += 1
                }
                if i == e - s {
                    pos += i
                    pc += 1
                } else {
                    ok = false
                }
            case .repeatStart(let r):
                stack.append(.register(reg: r, count: counts[r], last: lastPos[r]))
                counts[r] = 0
                lastPos[r] = -1
                pc += 1
            case .loop(let r, let min, let max, let lazy, let exit):
                let c = counts[r]
                if c < min {
                    stack.append(.register(reg: r, count: c, last: lastPos[r]))
                    counts[r] = c + 1
                    pc += 1
                } else if lazy {
                    stack.append(.lazyLoop(op: pc, pos: pos))
                    pc = exit
                } else if c >= max || pos == lastPos[r] {
                    pc = exit
                } else {
                    stack.append(.branch(pc: exit, pos: pos))
                    stack.append(.register(reg: r, count: c, last: lastPos[r]))
                    counts[r] = c + 1
                    lastPos[r] = pos
                    pc += 1
                }
            case .single(let t, let min, let max, let kind):
                if kind == .lazy {
                    var n = 0
                    while n < min && pos + n < end && t.matches(subject[pos + n]) { n += 1 }
                    if n < min {
                        ok = false
                        break
                    }
                    pos += n
                    if min < max { stack.append(.lazy(op: pc, pos: pos, count: n)) }
                    pc += 1
                } else {
                    let limit = max >= end - pos ? end : pos + max
                    var p = pos
                    while p < limit && t.matches(subject[p]) { p += 1 }
                    if p - pos < min {
                        ok = false
                        break
                    }
                    if kind == .greedy && p > pos + min { stack.append(.greedy(next: pc + 1, minPos: pos + min, pos: p)) }
                    pos = p
                    pc += 1
                }
            case .look(let behind, let negated, let width, let next):
                let mark = stack.count
                var matched = false
                let from = behind ? pos - width : pos
                if from >= 0 { matched = try run(pc + 1, from) != nil }
                if matched {
                    if negated {
                        unwind(mark)
                        ok = false
                    } else {
                        commit(mark)
                        pc = next
                    }
                } else if negated {
                    pc = next
                } else {
                    ok = false
                }
            case .atomic(let next):
                let mark = stack.count
                if let e = try run(pc + 1, pos) {
                    commit(mark)
                    pos = e
                    pc = next
                } else {
                    ok = false
                }
            case .groupExists(let g, let no):
                pc = slots[2 * g] >= 0 && slots[2 * g + 1] >= 0 ? pc + 1 : no
            case .succeed:
                return pos
            case .match:
                if (fullMatch && pos != end) || (mustAdvance && pos == searchStart) {
                    ok = false
                } else {
                    return pos
                }
            }
            if ok { continue }
            // Backtrack to the most recent choice point above `base`.
            guard let resume = backtrack(base) else { return nil }
            (pc, pos) = resume
        }
    }

    /// Pop the stack down to the next choice point; nil when none is left above `base`.
    mutating func backtrack(_ base: Int) -> (Int, Int)? {
        while stack.count > base {
            switch stack.removeLast() {
            case .branch(let pc, let pos):
                return (pc, pos)
            case .slot(let i, let old, let li):
                slots[i] = old
                lastIndex = li
            case .register(let r, let c, let l):
                counts[r] = c
                lastPos[r] = l
            case .greedy(let next, let minPos, let p):
                var np = p - 1
                // When a literal follows, give back straight to the next place where it can match.
                if case .test(.char(let c)) = ops[next] {
                    while np >= minPos && (np >= end || subject[np] != c) { np -= 1 }
                    if np < minPos { continue }
                }
                if np > minPos { stack.append(.greedy(next: next, minPos: minPos, pos: np)) }
                return (next, np)
            case .lazy(let op, let p, let count):
                guard case .single(let t, _, let max, _) = ops[op] else { continue }
                if count < max && p < end && t.matches(subject[p]) {
                    stack.append(.lazy(op: op, pos: p + 1, count: count + 1))
                    return (op + 1, p + 1)
                }
            case .lazyLoop(let op, let p):
                guard case .loop(let r, _, let max, _, _) = ops[op] else { continue }
                let c = counts[r]
                if c >= max || p == lastPos[r] { continue }
                stack.append(.register(reg: r, count: c, last: lastPos[r]))
                counts[r] = c + 1
                lastPos[r] = p
                return (op + 1, p)
            }
        }
        return nil
    }
}
