import PySyntax
import XCTest

@testable import PyCompiler

final class SerializationTests: XCTestCase {
    /// Structural equality (`==` on code objects is identity).
    func assertSameCode(_ a: CodeObject, _ b: CodeObject, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.name, b.name, file: file, line: line)
        XCTAssertEqual(a.qualifiedName, b.qualifiedName, file: file, line: line)
        XCTAssertEqual(a.filename, b.filename, file: file, line: line)
        XCTAssertEqual(a.firstLine, b.firstLine, file: file, line: line)
        XCTAssertEqual(a.flags, b.flags, file: file, line: line)
        XCTAssertEqual(a.argCount, b.argCount, file: file, line: line)
        XCTAssertEqual(a.posOnlyArgCount, b.posOnlyArgCount, file: file, line: line)
        XCTAssertEqual(a.kwOnlyArgCount, b.kwOnlyArgCount, file: file, line: line)
        XCTAssertEqual(a.varNames, b.varNames, file: file, line: line)
        XCTAssertEqual(a.cellVars, b.cellVars, file: file, line: line)
        XCTAssertEqual(a.freeVars, b.freeVars, file: file, line: line)
        XCTAssertEqual(a.cellParameterSlots, b.cellParameterSlots, file: file, line: line)
        XCTAssertEqual(a.names, b.names, file: file, line: line)
        XCTAssertEqual(a.instructions, b.instructions, file: file, line: line)
        XCTAssertEqual(a.positions, b.positions, file: file, line: line)
        XCTAssertEqual(a.exceptionTable, b.exceptionTable, file: file, line: line)
        XCTAssertEqual(a.stackSize, b.stackSize, file: file, line: line)
        XCTAssertEqual(a.docstring, b.docstring, file: file, line: line)
        XCTAssertEqual(a.constants.count, b.constants.count, file: file, line: line)
        for (x, y) in zip(a.constants, b.constants) { assertSameConstant(x, y, file: file, line: line) }
    }

    func assertSameConstant(_ x: Constant, _ y: Constant, file: StaticString, line: UInt) {
        switch (x, y) {
        case (.code(let p), .code(let q)):
            assertSameCode(p, q, file: file, line: line)
        case (.tuple(let p), .tuple(let q)):
            XCTAssertEqual(p.count, q.count, file: file, line: line)
            for (i, j) in zip(p, q) { assertSameConstant(i, j, file: file, line: line) }
        case (.float(let p), .float(let q)):
            XCTAssertEqual(p.bitPattern, q.bitPattern, file: file, line: line)
        case (.complex(let p1, let p2), .complex(let q1, let q2)):
            XCTAssertEqual([p1.bitPattern, p2.bitPattern], [q1.bitPattern, q2.bitPattern], file: file, line: line)
        default:
            XCTAssertEqual(x, y, file: file, line: line)
        }
    }

    func testCorpusRoundTrips() throws {
        for source in Corpus.programs {
            let code = try compile(source)
            let bytes = code.serialized()
            let decoded = try CodeObject.deserialize(bytes)
            assertSameCode(code, decoded)
            XCTAssertEqual(code.disassembly, decoded.disassembly)
            XCTAssertEqual(decoded.serialized(), bytes)
        }
    }

    func testAllConstantKindsRoundTrip() throws {
        let code = try compile(
            """
            values = (None, True, False, ..., 0, -1, 9223372036854775807, -9223372036854775808,
                      123456789012345678901234567890, -0.0, 1.5e300, float, 2j, -3j, 'héllo ✓ \\u0301',
                      b'\\x00\\xff', (1, (2, ())), '')
            """)
        let decoded = try CodeObject.deserialize(code.serialized())
        assertSameCode(code, decoded)
    }

    func testHeaderIsVersioned() throws {
        let bytes = try compile("x = 1").serialized()
        XCTAssertEqual(Array(bytes[0..<4]), Array("SRCO".utf8))
        XCTAssertEqual(UInt16(bytes[4]) | UInt16(bytes[5]) << 8, CodeObject.serializationVersion)
        var future = bytes
        future[4] &+= 1
        XCTAssertThrowsError(try CodeObject.deserialize(future))
        XCTAssertThrowsError(try CodeObject.deserialize(Array("XXXX".utf8) + bytes.dropFirst(4)))
        XCTAssertThrowsError(try CodeObject.deserialize([]))
    }

    func testTruncatedAndCorruptInputIsRejected() throws {
        let bytes = try compile(Corpus.programs[34]).serialized()
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            XCTAssertThrowsError(try CodeObject.deserialize(Array(bytes[0..<cut])), "cut at \(cut)")
        }
        XCTAssertThrowsError(try CodeObject.deserialize(bytes + [0]))
        // Flipping bytes must either fail cleanly or produce code that still passes validation.
        for i in stride(from: 6, to: bytes.count, by: 3) {
            var corrupt = bytes
            corrupt[i] ^= 0x5A
            if let code = try? CodeObject.deserialize(corrupt) {
                XCTAssertNil(CodeValidation.problem(in: code))
            }
        }
    }

    func testValidationRejectsUnsafeCode() {
        func make(_ instructions: [Instruction], stackSize: Int32 = 4, constants: [Constant] = [.none]) -> CodeObject {
            CodeObject(
                name: "f", qualifiedName: "f", filename: "t.py", firstLine: 1, flags: [], argCount: 0,
                posOnlyArgCount: 0, kwOnlyArgCount: 0, varNames: ["a"], cellVars: [], freeVars: [],
                cellParameterSlots: [], names: ["n"], constants: constants, instructions: instructions,
                positions: Array(repeating: .unknown, count: instructions.count), exceptionTable: [],
                stackSize: stackSize, docstring: nil)
        }
        let good = make([.loadConst(0), .returnValue])
        XCTAssertNoThrow(try CodeObject.deserialize(good.serialized()))
        for bad in [
            make([.loadConst(1), .returnValue]),
            make([.loadFast(1), .returnValue]),
            make([.loadDeref(0), .returnValue]),
            make([.loadName(3), .returnValue]),
            make([.loadConst(0), .jump(9)]),
            make([.loadConst(0), .loadConst(0), .loadConst(0), .buildTuple(3), .returnValue], stackSize: 2),
            make([.loadConst(0), .copy(0), .returnValue]),
            make([.loadConst(0), .loadConst(0), .callKw(argc: 1, kwNames: 0), .returnValue]),
        ] {
            XCTAssertThrowsError(try CodeObject.deserialize(bad.serialized()), bad.disassembly)
        }
    }

    func testEncodingIsCompact() throws {
        let code = try compile(Corpus.programs[47])
        let bytes = code.serialized()
        let instructionCount = allCodes(code).map(\.instructions.count).reduce(0, +)
        // Roughly: a few bytes per instruction and position, plus names and constants.
        XCTAssertLessThan(bytes.count, instructionCount * 12 + 2000)
    }

    func testEveryInstructionHasAStableOpcode() {
        var seen = Set<UInt8>()
        let samples: [Instruction] = [
            .nop, .popTop, .copy(1), .swap(2), .loadConst(0), .loadFast(0), .storeFast(0), .deleteFast(0),
            .loadDeref(0), .storeDeref(0), .deleteDeref(0), .loadClosure(0), .loadClassDeref(0), .loadGlobal(0),
            .storeGlobal(0), .deleteGlobal(0), .loadName(0), .storeName(0), .deleteName(0), .loadAttr(0),
            .storeAttr(0), .deleteAttr(0), .loadMethod(0), .binarySubscr, .storeSubscr, .deleteSubscr,
            .buildSlice(2), .binary(.add), .inplace(.pow), .unary(.not), .compare(.notIn), .jump(0),
            .popJumpIfFalse(0), .popJumpIfTrue(0), .jumpIfFalseOrPop(0), .jumpIfTrueOrPop(0), .getIter,
            .forIter(0), .returnValue, .buildTuple(0), .buildList(0), .buildSet(0), .buildMap(0), .buildString(0),
            .listAppend(1), .setAdd(1), .mapAdd(1), .listExtend(1), .setUpdate(1), .dictUpdate(1), .dictMerge(1),
            .listToTuple, .formatValue(conversion: 2, hasSpec: true), .unpackSequence(2),
            .unpackEx(before: 1, after: 2), .makeFunction(flags: 8), .call(argc: 1), .callKw(argc: 1, kwNames: 0),
            .callMethod(argc: 1), .callMethodKw(argc: 1, kwNames: 0), .callEx(hasKwargs: true), .loadBuildClass,
            .loadAssertionError, .raise(1), .reraise, .pushExcInfo, .popExcept, .checkExcMatch, .beforeWith,
            .withExceptStart, .beforeAsyncWith, .yieldValue, .yieldFrom, .getYieldFromIter, .getAwaitable,
            .getAIter, .getANext, .endAsyncFor, .importName(0), .importFrom(0), .importStar, .printExpr,
            .setupAnnotations,
        ]
        for i in samples {
            let (opcode, operands) = InstructionCoding.encode(i)
            XCTAssertTrue(seen.insert(opcode).inserted, "duplicate opcode for \(i)")
            XCTAssertEqual(InstructionCoding.operandCount(opcode), operands.count, "\(i)")
            XCTAssertEqual(InstructionCoding.decode(opcode, operands), i)
        }
        XCTAssertEqual(seen.count, 83)
    }
}
