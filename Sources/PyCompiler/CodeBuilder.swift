import PySyntax

/// A jump target inside one code unit. Jumps are emitted before their target is known; `CodeBuilder.finish`
/// rewrites them to absolute instruction indexes.
struct Label: Hashable, Sendable {
    let id: Int
}

/// Accumulates the instruction stream of one code unit together with what the VM needs beside it: the source
/// range of every instruction, and which exception handler protects it.
///
/// Exception handling is described the CPython 3.11 way, without setup/pop instructions: the compiler keeps a
/// stack of active handlers while it emits code, each instruction is tagged with the innermost one, and
/// `finish` turns runs of equally tagged instructions into `ExceptionTableEntry`s. Because every instruction
/// has exactly one innermost handler, the entries never overlap (so "inner before outer" holds trivially).
final class CodeBuilder {
    private(set) var instructions: [Instruction] = []
    private(set) var positions: [SourceRange] = []
    /// For each instruction, the index in `handlers` of the innermost active handler, or -1.
    private var handlerTags: [Int32] = []
    private var labelTargets: [Int] = []
    /// Indexes of emitted instructions whose jump operand is still a label id.
    private var jumpFixups: [Int] = []
    /// Every handler ever pushed: where it starts and the operand stack depth to unwind to.
    private(set) var handlers: [(label: Label, depth: Int)] = []
    /// Active handlers, innermost last (indexes into `handlers`).
    var handlerStack: [Int] = []

    /// Source range given to the instructions emitted next.
    var location: SourceRange = .unknown

    func newLabel() -> Label {
        labelTargets.append(-1)
        return Label(id: labelTargets.count - 1)
    }

    func bind(_ label: Label) {
        labelTargets[label.id] = instructions.count
    }

    func emit(_ instruction: Instruction) {
        instructions.append(instruction)
        positions.append(location)
        handlerTags.append(Int32(handlerStack.last ?? -1))
    }

    /// Emits a jump-family instruction built by `make` whose target is `label`.
    func emitJump(_ make: (Int32) -> Instruction, to label: Label) {
        jumpFixups.append(instructions.count)
        emit(make(Int32(label.id)))
    }

    /// Makes a new handler the innermost one; returns its id for `pushHandler(id:)`.
    @discardableResult
    func pushHandler(_ label: Label, depth: Int) -> Int {
        handlers.append((label, depth))
        handlerStack.append(handlers.count - 1)
        return handlers.count - 1
    }

    /// Re-activates a handler pushed earlier (after a jump, the code at the next label is protected again).
    func pushHandler(id: Int) {
        handlerStack.append(id)
    }

    func popHandler() {
        handlerStack.removeLast()
    }

    /// Whether execution can fall through to the next instruction emitted (false right after a return, raise
    /// or jump, unless a label is bound there).
    var isReachableHere: Bool {
        guard let last = instructions.last else { return true }
        if labelTargets.contains(instructions.count) { return true }
        switch last {
        case .returnValue, .raise, .reraise, .jump: return false
        default: return true
        }
    }

    /// Resolves labels and builds the exception table.
    func finish(reporter: ErrorReporter) throws(SyntaxError) -> (
        instructions: [Instruction], positions: [SourceRange], exceptionTable: [ExceptionTableEntry]
    ) {
        var resolved = instructions
        for index in jumpFixups {
            guard let labelID = resolved[index].jumpTarget else { continue }
            let target = labelTargets[Int(labelID)]
            guard target >= 0, target < resolved.count else {
                throw reporter.internalError("unbound jump label", at: positions[index])
            }
            resolved[index] = resolved[index].withJumpTarget(Int32(target))
        }
        // Jump threading: an unconditional jump to an unconditional jump goes straight to the final target
        // (conditional jumps are left alone so that loop back edges stay `jump`s, where the VM polls for
        // interrupts).
        for index in jumpFixups {
            guard case .jump(var target) = resolved[index] else { continue }
            var hops = 0
            while case .jump(let next) = resolved[Int(target)], next != target, hops < 100 {
                target = next
                hops += 1
            }
            resolved[index] = .jump(target)
        }
        var table: [ExceptionTableEntry] = []
        var start = 0
        while start < handlerTags.count {
            let tag = handlerTags[start]
            var end = start + 1
            while end < handlerTags.count && handlerTags[end] == tag { end += 1 }
            if tag >= 0 {
                let handler = handlers[Int(tag)]
                let target = labelTargets[handler.label.id]
                guard target >= 0, target < resolved.count else {
                    throw reporter.internalError("unbound exception handler", at: positions[start])
                }
                table.append(
                    ExceptionTableEntry(
                        start: Int32(start), end: Int32(end), handler: Int32(target), depth: Int32(handler.depth)))
            }
            start = end
        }
        return (resolved, positions, table)
    }
}

extension Instruction {
    /// The absolute target of a jump-family instruction (nil for other instructions).
    var jumpTarget: Int32? {
        switch self {
        case .jump(let t), .popJumpIfFalse(let t), .popJumpIfTrue(let t), .jumpIfFalseOrPop(let t),
            .jumpIfTrueOrPop(let t), .forIter(let t):
            t
        default:
            nil
        }
    }

    /// The same instruction with another jump target (unchanged for non-jumps).
    func withJumpTarget(_ t: Int32) -> Instruction {
        switch self {
        case .jump: .jump(t)
        case .popJumpIfFalse: .popJumpIfFalse(t)
        case .popJumpIfTrue: .popJumpIfTrue(t)
        case .jumpIfFalseOrPop: .jumpIfFalseOrPop(t)
        case .jumpIfTrueOrPop: .jumpIfTrueOrPop(t)
        case .forIter: .forIter(t)
        default: self
        }
    }
}
