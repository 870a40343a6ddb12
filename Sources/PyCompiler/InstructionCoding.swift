import PySyntax

/// The stable numbering of instructions in serialized code: an opcode byte and a fixed number of `Int32`
/// operands per opcode. Numbers are part of the format; new instructions take new numbers (and existing
/// numbers never change meaning without bumping `CodeObject.serializationVersion`).
enum InstructionCoding {
    static func encode(_ i: Instruction) -> (UInt8, [Int32]) {
        switch i {
        case .nop: (0, [])
        case .popTop: (1, [])
        case .copy(let n): (2, [n])
        case .swap(let n): (3, [n])
        case .loadConst(let n): (4, [n])
        case .loadFast(let n): (5, [n])
        case .storeFast(let n): (6, [n])
        case .deleteFast(let n): (7, [n])
        case .loadDeref(let n): (8, [n])
        case .storeDeref(let n): (9, [n])
        case .deleteDeref(let n): (10, [n])
        case .loadClosure(let n): (11, [n])
        case .loadClassDeref(let n): (12, [n])
        case .loadGlobal(let n): (13, [n])
        case .storeGlobal(let n): (14, [n])
        case .deleteGlobal(let n): (15, [n])
        case .loadName(let n): (16, [n])
        case .storeName(let n): (17, [n])
        case .deleteName(let n): (18, [n])
        case .loadAttr(let n): (19, [n])
        case .storeAttr(let n): (20, [n])
        case .deleteAttr(let n): (21, [n])
        case .loadMethod(let n): (22, [n])
        case .binarySubscr: (23, [])
        case .storeSubscr: (24, [])
        case .deleteSubscr: (25, [])
        case .buildSlice(let n): (26, [n])
        case .binary(let op): (27, [Int32(op.rawValue)])
        case .inplace(let op): (28, [Int32(op.rawValue)])
        case .unary(let op): (29, [Int32(op.rawValue)])
        case .compare(let op): (30, [Int32(op.rawValue)])
        case .jump(let n): (31, [n])
        case .popJumpIfFalse(let n): (32, [n])
        case .popJumpIfTrue(let n): (33, [n])
        case .jumpIfFalseOrPop(let n): (34, [n])
        case .jumpIfTrueOrPop(let n): (35, [n])
        case .getIter: (36, [])
        case .forIter(let n): (37, [n])
        case .returnValue: (38, [])
        case .buildTuple(let n): (39, [n])
        case .buildList(let n): (40, [n])
        case .buildSet(let n): (41, [n])
        case .buildMap(let n): (42, [n])
        case .buildString(let n): (43, [n])
        case .listAppend(let n): (44, [n])
        case .setAdd(let n): (45, [n])
        case .mapAdd(let n): (46, [n])
        case .listExtend(let n): (47, [n])
        case .setUpdate(let n): (48, [n])
        case .dictUpdate(let n): (49, [n])
        case .dictMerge(let n): (50, [n])
        case .listToTuple: (51, [])
        case .formatValue(let conversion, let hasSpec): (52, [Int32(conversion), hasSpec ? 1 : 0])
        case .unpackSequence(let n): (53, [n])
        case .unpackEx(let before, let after): (54, [before, after])
        case .makeFunction(let flags): (55, [Int32(flags)])
        case .call(let n): (56, [n])
        case .callKw(let n, let k): (57, [n, k])
        case .callMethod(let n): (58, [n])
        case .callMethodKw(let n, let k): (59, [n, k])
        case .callEx(let hasKwargs): (60, [hasKwargs ? 1 : 0])
        case .loadBuildClass: (61, [])
        case .loadAssertionError: (62, [])
        case .raise(let n): (63, [n])
        case .reraise: (64, [])
        case .pushExcInfo: (65, [])
        case .popExcept: (66, [])
        case .checkExcMatch: (67, [])
        case .beforeWith: (68, [])
        case .withExceptStart: (69, [])
        case .beforeAsyncWith: (70, [])
        case .yieldValue: (71, [])
        case .yieldFrom: (72, [])
        case .getYieldFromIter: (73, [])
        case .getAwaitable: (74, [])
        case .getAIter: (75, [])
        case .getANext: (76, [])
        case .endAsyncFor: (77, [])
        case .importName(let n): (78, [n])
        case .importFrom(let n): (79, [n])
        case .importStar: (80, [])
        case .printExpr: (81, [])
        case .setupAnnotations: (82, [])
        }
    }

    /// Operands of `opcode`, or -1 for an unknown opcode.
    static func operandCount(_ opcode: UInt8) -> Int {
        switch opcode {
        case 0, 1, 23, 24, 25, 36, 38, 51, 61, 62, 64...77, 80, 81, 82: 0
        case 52, 54, 57, 59: 2
        case 2...22, 26...35, 37, 39...50, 53, 55, 56, 58, 60, 63, 78, 79: 1
        default: -1
        }
    }

    static func decode(_ opcode: UInt8, _ o: [Int32]) -> Instruction? {
        func u8(_ v: Int32) -> UInt8? { UInt8(exactly: v) }
        switch opcode {
        case 0: return .nop
        case 1: return .popTop
        case 2: return .copy(o[0])
        case 3: return .swap(o[0])
        case 4: return .loadConst(o[0])
        case 5: return .loadFast(o[0])
        case 6: return .storeFast(o[0])
        case 7: return .deleteFast(o[0])
        case 8: return .loadDeref(o[0])
        case 9: return .storeDeref(o[0])
        case 10: return .deleteDeref(o[0])
        case 11: return .loadClosure(o[0])
        case 12: return .loadClassDeref(o[0])
        case 13: return .loadGlobal(o[0])
        case 14: return .storeGlobal(o[0])
        case 15: return .deleteGlobal(o[0])
        case 16: return .loadName(o[0])
        case 17: return .storeName(o[0])
        case 18: return .deleteName(o[0])
        case 19: return .loadAttr(o[0])
        case 20: return .storeAttr(o[0])
        case 21: return .deleteAttr(o[0])
        case 22: return .loadMethod(o[0])
        case 23: return .binarySubscr
        case 24: return .storeSubscr
        case 25: return .deleteSubscr
        case 26: return .buildSlice(o[0])
        case 27: return u8(o[0]).flatMap(BinaryOperator.init(rawValue:)).map { .binary($0) }
        case 28: return u8(o[0]).flatMap(BinaryOperator.init(rawValue:)).map { .inplace($0) }
        case 29: return u8(o[0]).flatMap(UnaryOperator.init(rawValue:)).map { .unary($0) }
        case 30: return u8(o[0]).flatMap(CompareOperator.init(rawValue:)).map { .compare($0) }
        case 31: return .jump(o[0])
        case 32: return .popJumpIfFalse(o[0])
        case 33: return .popJumpIfTrue(o[0])
        case 34: return .jumpIfFalseOrPop(o[0])
        case 35: return .jumpIfTrueOrPop(o[0])
        case 36: return .getIter
        case 37: return .forIter(o[0])
        case 38: return .returnValue
        case 39: return .buildTuple(o[0])
        case 40: return .buildList(o[0])
        case 41: return .buildSet(o[0])
        case 42: return .buildMap(o[0])
        case 43: return .buildString(o[0])
        case 44: return .listAppend(o[0])
        case 45: return .setAdd(o[0])
        case 46: return .mapAdd(o[0])
        case 47: return .listExtend(o[0])
        case 48: return .setUpdate(o[0])
        case 49: return .dictUpdate(o[0])
        case 50: return .dictMerge(o[0])
        case 51: return .listToTuple
        case 52:
            guard let conversion = u8(o[0]), o[1] == 0 || o[1] == 1 else { return nil }
            return .formatValue(conversion: conversion, hasSpec: o[1] == 1)
        case 53: return .unpackSequence(o[0])
        case 54: return .unpackEx(before: o[0], after: o[1])
        case 55: return u8(o[0]).map { .makeFunction(flags: $0) }
        case 56: return .call(argc: o[0])
        case 57: return .callKw(argc: o[0], kwNames: o[1])
        case 58: return .callMethod(argc: o[0])
        case 59: return .callMethodKw(argc: o[0], kwNames: o[1])
        case 60: return o[0] == 0 || o[0] == 1 ? .callEx(hasKwargs: o[0] == 1) : nil
        case 61: return .loadBuildClass
        case 62: return .loadAssertionError
        case 63: return .raise(o[0])
        case 64: return .reraise
        case 65: return .pushExcInfo
        case 66: return .popExcept
        case 67: return .checkExcMatch
        case 68: return .beforeWith
        case 69: return .withExceptStart
        case 70: return .beforeAsyncWith
        case 71: return .yieldValue
        case 72: return .yieldFrom
        case 73: return .getYieldFromIter
        case 74: return .getAwaitable
        case 75: return .getAIter
        case 76: return .getANext
        case 77: return .endAsyncFor
        case 78: return .importName(o[0])
        case 79: return .importFrom(o[0])
        case 80: return .importStar
        case 81: return .printExpr
        case 82: return .setupAnnotations
        default: return nil
        }
    }
}
