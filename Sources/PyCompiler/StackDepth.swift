/// Computes and checks the operand stack depth of every instruction of a code object.
///
/// The VM allocates `stackSize` slots per frame and never checks for overflow, so the compiler must not
/// under-estimate. This analysis walks the control flow graph (jumps, fall-through and exception edges) from
/// the first instruction and requires that every reachable instruction is always reached with the same depth,
/// that nothing pops more than is on the stack, that code covered by an exception handler is at least as deep
/// as the handler's unwind depth, and that execution never runs off the end. The compiler runs it on every
/// code object it produces, and deserialization runs it on every code object it receives.
public enum StackDepthAnalysis {
    /// What went wrong, with the instruction index where it was detected.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var pc: Int
        public var message: String
        public var description: String { "instruction \(pc): \(message)" }
    }

    /// The result: the maximum depth and the depth before each instruction (nil where unreachable).
    public struct Result: Sendable, Equatable {
        public var maxDepth: Int
        public var depths: [Int?]
    }

    /// How many items an instruction needs on the stack and how many it leaves, on each way out.
    struct Effect {
        /// Items the instruction reads (the stack must be at least this deep before it).
        var pops: Int
        /// Items on the stack, relative to the depth before minus `pops`, when execution falls through
        /// (nil when it never does).
        var next: Int?
        /// The jump target and the number of items left when it is taken.
        var branch: (target: Int, pushes: Int)?
    }

    static func effect(of instruction: Instruction) -> Effect {
        func simple(_ pops: Int, _ pushes: Int) -> Effect { Effect(pops: pops, next: pushes, branch: nil) }
        switch instruction {
        case .nop, .setupAnnotations: return simple(0, 0)
        case .popTop: return simple(1, 0)
        case .copy(let n): return simple(Int(n), Int(n) + 1)
        case .swap(let n): return simple(Int(n), Int(n))
        case .loadConst, .loadFast, .loadDeref, .loadClosure, .loadClassDeref, .loadGlobal, .loadName,
            .loadBuildClass, .loadAssertionError:
            return simple(0, 1)
        case .storeFast, .storeDeref, .storeGlobal, .storeName: return simple(1, 0)
        case .deleteFast, .deleteDeref, .deleteGlobal, .deleteName: return simple(0, 0)
        case .loadAttr: return simple(1, 1)
        case .storeAttr: return simple(2, 0)
        case .deleteAttr: return simple(1, 0)
        case .loadMethod: return simple(1, 2)
        case .binarySubscr: return simple(2, 1)
        case .storeSubscr: return simple(3, 0)
        case .deleteSubscr: return simple(2, 0)
        case .buildSlice(let n): return simple(Int(n), 1)
        case .binary, .inplace, .compare: return simple(2, 1)
        case .unary: return simple(1, 1)
        case .jump(let t): return Effect(pops: 0, next: nil, branch: (Int(t), 0))
        case .popJumpIfFalse(let t), .popJumpIfTrue(let t): return Effect(pops: 1, next: 0, branch: (Int(t), 0))
        case .jumpIfFalseOrPop(let t), .jumpIfTrueOrPop(let t):
            return Effect(pops: 1, next: 0, branch: (Int(t), 1))
        case .getIter: return simple(1, 1)
        case .forIter(let t): return Effect(pops: 1, next: 2, branch: (Int(t), 0))
        case .returnValue: return Effect(pops: 1, next: nil, branch: nil)
        case .buildTuple(let n), .buildList(let n), .buildSet(let n), .buildString(let n):
            return simple(Int(n), 1)
        case .buildMap(let n): return simple(2 * Int(n), 1)
        case .listAppend(let i), .setAdd(let i): return simple(Int(i) + 1, Int(i))
        case .mapAdd(let i): return simple(Int(i) + 2, Int(i))
        case .listExtend(let i), .setUpdate(let i), .dictUpdate(let i): return simple(Int(i) + 1, Int(i))
        case .dictMerge(let i): return simple(Int(i) + 3, Int(i) + 2)
        case .listToTuple: return simple(1, 1)
        case .formatValue(_, let hasSpec): return simple(hasSpec ? 2 : 1, 1)
        case .unpackSequence(let n): return simple(1, Int(n))
        case .unpackEx(let before, let after): return simple(1, Int(before) + Int(after) + 1)
        case .makeFunction(let flags): return simple(1 + (flags & 0x0F).nonzeroBitCount, 1)
        case .call(let argc), .callKw(let argc, _): return simple(Int(argc) + 1, 1)
        case .callMethod(let argc), .callMethodKw(let argc, _): return simple(Int(argc) + 2, 1)
        case .callEx(let hasKwargs): return simple(hasKwargs ? 3 : 2, 1)
        case .raise(let n): return Effect(pops: Int(n), next: nil, branch: nil)
        case .reraise: return Effect(pops: 1, next: nil, branch: nil)
        case .pushExcInfo: return simple(1, 2)
        case .popExcept: return simple(1, 0)
        case .checkExcMatch: return simple(2, 2)
        case .beforeWith, .beforeAsyncWith: return simple(1, 2)
        case .withExceptStart: return simple(3, 4)
        case .yieldValue: return simple(1, 1)
        case .yieldFrom: return simple(2, 1)
        case .getYieldFromIter, .getAwaitable, .getAIter: return simple(1, 1)
        case .getANext: return simple(1, 2)
        case .endAsyncFor: return simple(2, 0)
        case .importName: return simple(2, 1)
        case .importFrom: return simple(1, 2)
        case .importStar: return simple(1, 0)
        case .printExpr: return simple(1, 0)
        }
    }

    /// Runs the analysis; fails on the first inconsistency.
    public static func analyze(
        _ instructions: [Instruction], exceptionTable: [ExceptionTableEntry]
    ) -> Swift.Result<Result, Failure> {
        let count = instructions.count
        guard count > 0 else { return .failure(Failure(pc: 0, message: "empty code")) }
        // The handler that applies to each instruction: the first entry (in table order) covering it.
        var handlerOf = [Int](repeating: -1, count: count)
        for (index, entry) in exceptionTable.enumerated().reversed() {
            guard entry.start >= 0, entry.start <= entry.end, Int(entry.end) <= count, entry.handler >= 0,
                Int(entry.handler) < count, entry.depth >= 0
            else { return .failure(Failure(pc: Int(entry.start), message: "malformed exception table entry")) }
            for pc in Int(entry.start)..<Int(entry.end) { handlerOf[pc] = index }
        }
        var depths = [Int?](repeating: nil, count: count)
        var maxDepth = 0
        var worklist: [Int] = [0]
        depths[0] = 0
        func reach(_ target: Int, _ depth: Int, from pc: Int) -> Failure? {
            guard target >= 0, target < count else {
                return Failure(pc: pc, message: "control flow leaves the code (target \(target))")
            }
            if let known = depths[target] {
                if known != depth {
                    return Failure(pc: target, message: "reached with depths \(known) and \(depth) (from \(pc))")
                }
                return nil
            }
            depths[target] = depth
            maxDepth = max(maxDepth, depth)
            worklist.append(target)
            return nil
        }
        while let pc = worklist.popLast() {
            let depth = depths[pc]!
            let h = handlerOf[pc]
            if h >= 0 {
                let entry = exceptionTable[h]
                if depth < Int(entry.depth) {
                    return .failure(
                        Failure(pc: pc, message: "depth \(depth) is below its handler's depth \(entry.depth)"))
                }
                if let failure = reach(Int(entry.handler), Int(entry.depth) + 1, from: pc) {
                    return .failure(failure)
                }
            }
            let effect = effect(of: instructions[pc])
            if depth < effect.pops {
                return .failure(Failure(pc: pc, message: "stack underflow (depth \(depth), needs \(effect.pops))"))
            }
            let base = depth - effect.pops
            if let next = effect.next {
                maxDepth = max(maxDepth, base + next)
                if let failure = reach(pc + 1, base + next, from: pc) { return .failure(failure) }
            }
            if let branch = effect.branch {
                maxDepth = max(maxDepth, base + branch.pushes)
                if let failure = reach(branch.target, base + branch.pushes, from: pc) { return .failure(failure) }
            }
        }
        return .success(Result(maxDepth: maxDepth, depths: depths))
    }
}
