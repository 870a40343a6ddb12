import PySyntax
import XCTest

@testable import PyCompiler

/// Validates the compiler's stack bookkeeping on every construct: each reachable instruction has one depth,
/// handlers are entered at their unwind depth + 1, protected code never sits below its handler's depth, and
/// `stackSize` is exactly the maximum depth.
final class StackDepthTests: XCTestCase {
    static func validate(_ code: CodeObject, _ label: String) {
        let result: StackDepthAnalysis.Result
        switch StackDepthAnalysis.analyze(code.instructions, exceptionTable: code.exceptionTable) {
        case .success(let r): result = r
        case .failure(let f):
            XCTFail("\(label) \(code.qualifiedName): \(f)\n\(code.disassembly)")
            return
        }
        XCTAssertEqual(Int(code.stackSize), result.maxDepth, "\(label) \(code.qualifiedName)")
        XCTAssertEqual(code.positions.count, code.instructions.count)
        // Exception table: sorted, non-overlapping, handlers entered at depth + 1.
        var previousEnd: Int32 = 0
        for entry in code.exceptionTable {
            XCTAssertLessThan(entry.start, entry.end, label)
            XCTAssertGreaterThanOrEqual(entry.start, previousEnd, "overlapping entries in \(label)")
            previousEnd = entry.end
            if let handlerDepth = result.depths[Int(entry.handler)] {
                XCTAssertEqual(handlerDepth, Int(entry.depth) + 1, "\(label): handler \(entry.handler)")
            }
            for pc in Int(entry.start)..<Int(entry.end) {
                if let d = result.depths[pc] { XCTAssertGreaterThanOrEqual(d, Int(entry.depth), "\(label) pc \(pc)") }
            }
        }
        // A yield's resume point stays in the yield's region.
        for (pc, i) in code.instructions.enumerated() where i == .yieldValue {
            XCTAssertEqual(code.instructions[pc + 1], .nop)
            let region = code.exceptionTable.first { $0.start <= pc && pc < $0.end }
            let next = code.exceptionTable.first { $0.start <= pc + 1 && pc + 1 < $0.end }
            XCTAssertEqual(region, next, "\(label): yield at \(pc)")
        }
        // Every handler target is reachable (nothing is generated for nothing).
        for entry in code.exceptionTable where result.depths[Int(entry.start)] != nil {
            XCTAssertNotNil(result.depths[Int(entry.handler)], label)
        }
    }

    func testCorpus() throws {
        for (i, source) in Corpus.programs.enumerated() {
            for mode in [CompileMode.exec, .single, .cell] {
                let code = try compile(source, mode: mode)
                for c in allCodes(code) { Self.validate(c, "program \(i) (\(mode))") }
            }
        }
    }

    func testHandlerDepthsInsideLoopsAndWith() throws {
        let code = try compile(
            """
            def f():
                for a in x:
                    with m:
                        try:
                            pass
                        except E:
                            pass
            """)
        let f = try XCTUnwrap(nestedCode(code, "f"))
        // The try inside `for` (iterator) and `with` (exit method) unwinds to depth 2.
        XCTAssertTrue(f.exceptionTable.contains { $0.depth == 2 })
        XCTAssertTrue(f.exceptionTable.contains { $0.depth == 3 })
    }

    func testReturnThroughFinallyPreservesValueDepth() throws {
        let code = try compile(
            """
            def f():
                try:
                    return g()
                finally:
                    try:
                        h()
                    except E:
                        pass
            """)
        let f = try XCTUnwrap(nestedCode(code, "f"))
        // The inlined finally body runs with the return value on the stack: its try unwinds to depth 1.
        XCTAssertTrue(f.exceptionTable.contains { $0.depth == 1 })
    }

    func testAnalysisRejectsInconsistentCode() {
        let bad: [Instruction] = [.loadConst(0), .popJumpIfTrue(3), .loadConst(0), .returnValue]
        if case .success = StackDepthAnalysis.analyze(bad, exceptionTable: []) {
            XCTFail("inconsistent depths accepted")
        }
        let underflow: [Instruction] = [.popTop, .loadConst(0), .returnValue]
        if case .success = StackDepthAnalysis.analyze(underflow, exceptionTable: []) {
            XCTFail("underflow accepted")
        }
        let fallsOff: [Instruction] = [.loadConst(0), .popTop]
        if case .success = StackDepthAnalysis.analyze(fallsOff, exceptionTable: []) {
            XCTFail("running off the end accepted")
        }
        let shallow: [Instruction] = [.nop, .loadConst(0), .returnValue, .popTop, .loadConst(0), .returnValue]
        let table = [ExceptionTableEntry(start: 0, end: 2, handler: 3, depth: 1)]
        if case .success = StackDepthAnalysis.analyze(shallow, exceptionTable: table) {
            XCTFail("code below its handler depth accepted")
        }
    }

    func testLargeDisplaysUseBoundedStack() throws {
        let code = try compile("x = [" + (0..<1000).map { "a\($0)" }.joined(separator: ", ") + "]")
        XCTAssertLessThanOrEqual(code.stackSize, 3)
    }

    func testDeeplyNestedSourceCompilesOnSmallStacks() throws {
        // Left-deep operator chains as long as the parser accepts: compiled on a large-stack helper thread.
        let chain = "x = " + Array(repeating: "a", count: 4900).joined(separator: " + ") + "\n"
        let code = try compile(chain)
        XCTAssertEqual(code.stackSize, 2)
        let calls = "f" + String(repeating: "(1)", count: 3000) + ".x\n"
        XCTAssertEqual(try compile(calls).stackSize, 2)
        let nested = "x = " + String(repeating: "(", count: 190) + "1" + String(repeating: ")", count: 190) + "\n"
        XCTAssertEqual(try compile(nested).constants.first, .int(1))
    }
}
