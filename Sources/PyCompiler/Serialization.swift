import PySyntax

/// Why bytes could not be turned back into a `CodeObject`: truncated or corrupt input, an unknown format
/// version, or code that fails validation (operands out of range, inconsistent stack).
public struct CodeObjectDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// Byte offset where the problem was detected.
    public var offset: Int

    public var description: String { "invalid serialized code object at byte \(offset): \(message)" }
}

/// A compact, versioned binary form of code objects, so that functions can be shipped to worker processes.
///
/// Layout: the magic `SRCO`, a little-endian `UInt16` format version, then the code object. Integers are
/// LEB128 varints (zigzag for signed values), strings are a byte count plus UTF-8, floats their 8 IEEE bytes.
/// A code object is: name, qualified name, filename, first line, flags, argument counts, varNames, cellVars,
/// freeVars, cellParameterSlots, names, constants (tag byte + payload, nested code objects inline),
/// instructions (opcode byte + operands), positions (line deltas), exception table, stack size, docstring.
///
/// Decoding validates what the VM trusts without checking: operand indexes, jump targets, the exception
/// table, and the stack size (recomputed with `StackDepthAnalysis`). It is a consistency check between two
/// ends running the same software, not a sandbox for hostile bytecode.
extension CodeObject {
    /// Bumped whenever the encoding or the instruction set changes incompatibly.
    public static let serializationVersion: UInt16 = 1
    static let serializationMagic: [UInt8] = Array("SRCO".utf8)

    public func serialized() -> [UInt8] {
        var w = ByteWriter()
        w.bytes += Self.serializationMagic
        w.u8(UInt8(Self.serializationVersion & 0xFF))
        w.u8(UInt8(Self.serializationVersion >> 8))
        w.code(self)
        return w.bytes
    }

    public static func deserialize(_ bytes: [UInt8]) throws -> CodeObject {
        var r = ByteReader(bytes: bytes)
        guard bytes.count >= 6, Array(bytes[0..<4]) == serializationMagic else {
            throw CodeObjectDecodingError(message: "not a serialized code object", offset: 0)
        }
        r.position = 4
        let version = UInt16(try r.u8()) | UInt16(try r.u8()) << 8
        guard version == serializationVersion else {
            throw CodeObjectDecodingError(message: "unsupported format version \(version)", offset: 4)
        }
        let code = try r.code(depth: 0)
        guard r.position == bytes.count else { throw r.failure("trailing bytes") }
        return code
    }
}

// MARK: Encoding

private struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }

    mutating func uvarint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func svarint(_ v: Int64) {
        uvarint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func int(_ v: Int32) { svarint(Int64(v)) }

    mutating func count(_ n: Int) { uvarint(UInt64(n)) }

    mutating func string(_ s: String) {
        let utf8 = Array(s.utf8)
        count(utf8.count)
        bytes += utf8
    }

    mutating func strings(_ list: [String]) {
        count(list.count)
        for s in list { string(s) }
    }

    mutating func double(_ d: Double) {
        let bits = d.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8((bits >> UInt64(shift)) & 0xFF)) }
    }

    mutating func constant(_ c: Constant) {
        switch c {
        case .none: u8(0)
        case .bool(let b): u8(b ? 2 : 1)
        case .ellipsis: u8(3)
        case .int(let i):
            u8(4)
            svarint(Int64(i))
        case .bigInt(let s):
            u8(5)
            string(s)
        case .float(let d):
            u8(6)
            double(d)
        case .complex(let re, let im):
            u8(7)
            double(re)
            double(im)
        case .str(let s):
            u8(8)
            string(s)
        case .bytes(let b):
            u8(9)
            count(b.count)
            bytes += b
        case .tuple(let items):
            u8(10)
            count(items.count)
            for item in items { constant(item) }
        case .code(let code):
            u8(11)
            self.code(code)
        case .frozenset(let items):
            u8(12)
            count(items.count)
            for item in items { constant(item) }
        }
    }

    mutating func code(_ c: CodeObject) {
        string(c.name)
        string(c.qualifiedName)
        string(c.filename)
        int(c.firstLine)
        uvarint(UInt64(c.flags.rawValue))
        int(c.argCount)
        int(c.posOnlyArgCount)
        int(c.kwOnlyArgCount)
        strings(c.varNames)
        strings(c.cellVars)
        strings(c.freeVars)
        count(c.cellParameterSlots.count)
        for s in c.cellParameterSlots { int(s) }
        strings(c.names)
        count(c.constants.count)
        for k in c.constants { constant(k) }
        count(c.instructions.count)
        for i in c.instructions { instruction(i) }
        var previousLine: Int32 = 0
        for p in c.positions {
            svarint(Int64(p.start.line) - Int64(previousLine))
            int(p.start.column)
            svarint(Int64(p.end.line) - Int64(p.start.line))
            int(p.end.column)
            previousLine = p.start.line
        }
        count(c.exceptionTable.count)
        for e in c.exceptionTable {
            int(e.start)
            int(e.end)
            int(e.handler)
            int(e.depth)
        }
        int(c.stackSize)
        if let doc = c.docstring {
            u8(1)
            string(doc)
        } else {
            u8(0)
        }
    }

    mutating func instruction(_ i: Instruction) {
        let (opcode, operands) = InstructionCoding.encode(i)
        u8(opcode)
        for o in operands { int(o) }
    }
}

// MARK: Decoding

private struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    /// Bound on nested tuples and code objects, so corrupt input cannot exhaust the native stack.
    static let maxDepth = 200

    func failure(_ message: String) -> CodeObjectDecodingError {
        CodeObjectDecodingError(message: message, offset: position)
    }

    mutating func u8() throws(CodeObjectDecodingError) -> UInt8 {
        guard position < bytes.count else { throw failure("unexpected end of data") }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func uvarint() throws(CodeObjectDecodingError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try u8()
            if shift == 63 && b > 1 { throw failure("varint overflow") }
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
            if shift > 63 { throw failure("varint overflow") }
        }
    }

    mutating func svarint() throws(CodeObjectDecodingError) -> Int64 {
        let u = try uvarint()
        return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
    }

    mutating func int() throws(CodeObjectDecodingError) -> Int32 {
        let v = try svarint()
        guard let i = Int32(exactly: v) else { throw failure("integer out of range") }
        return i
    }

    /// A count of items that each take at least one byte (bounded by the remaining input).
    mutating func count() throws(CodeObjectDecodingError) -> Int {
        let n = try uvarint()
        guard n <= UInt64(bytes.count - position) else { throw failure("count larger than the data") }
        return Int(n)
    }

    mutating func raw(_ n: Int) throws(CodeObjectDecodingError) -> [UInt8] {
        guard n <= bytes.count - position else { throw failure("unexpected end of data") }
        defer { position += n }
        return Array(bytes[position..<(position + n)])
    }

    mutating func string() throws(CodeObjectDecodingError) -> String {
        let utf8 = try raw(try count())
        guard let s = String(validating: utf8, as: UTF8.self) else { throw failure("invalid UTF-8") }
        return s
    }

    mutating func strings() throws(CodeObjectDecodingError) -> [String] {
        let n = try count()
        var list: [String] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try string()) }
        return list
    }

    mutating func double() throws(CodeObjectDecodingError) -> Double {
        let b = try raw(8)
        var bits: UInt64 = 0
        for (k, byte) in b.enumerated() { bits |= UInt64(byte) << UInt64(8 * k) }
        return Double(bitPattern: bits)
    }

    mutating func constant(depth: Int) throws(CodeObjectDecodingError) -> Constant {
        guard depth < Self.maxDepth else { throw failure("constants nested too deeply") }
        let tag = try u8()
        switch tag {
        case 0: return .none
        case 1: return .bool(false)
        case 2: return .bool(true)
        case 3: return .ellipsis
        case 4:
            let v = try svarint()
            guard let i = Int(exactly: v) else { throw failure("integer out of range") }
            return .int(i)
        case 5:
            let s = try string()
            let digits = s.hasPrefix("-") ? s.dropFirst() : s[...]
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else {
                throw failure("malformed big integer")
            }
            return .bigInt(s)
        case 6: return .float(try double())
        case 7: return .complex(real: try double(), imag: try double())
        case 8: return .str(try string())
        case 9: return .bytes(try raw(try count()))
        case 10:
            let n = try count()
            var items: [Constant] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(try constant(depth: depth + 1)) }
            return .tuple(items)
        case 11: return .code(try code(depth: depth + 1))
        case 12:
            let n = try count()
            var items: [Constant] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(try constant(depth: depth + 1)) }
            return .frozenset(items)
        default: throw failure("unknown constant tag \(tag)")
        }
    }

    mutating func code(depth: Int) throws(CodeObjectDecodingError) -> CodeObject {
        guard depth < Self.maxDepth else { throw failure("code objects nested too deeply") }
        let start = position
        let name = try string()
        let qualifiedName = try string()
        let filename = try string()
        let firstLine = try int()
        let rawFlags = try uvarint()
        guard rawFlags <= UInt64(UInt16.max) else { throw failure("bad flags") }
        let flags = CodeFlags(rawValue: UInt16(rawFlags))
        let argCount = try int()
        let posOnly = try int()
        let kwOnly = try int()
        let varNames = try strings()
        let cellVars = try strings()
        let freeVars = try strings()
        var cellParameterSlots: [Int32] = []
        for _ in 0..<(try count()) { cellParameterSlots.append(try int()) }
        let names = try strings()
        var constants: [Constant] = []
        for _ in 0..<(try count()) { constants.append(try constant(depth: depth)) }
        let instructionCount = try count()
        var instructions: [Instruction] = []
        instructions.reserveCapacity(instructionCount)
        for _ in 0..<instructionCount {
            let opcode = try u8()
            let operandCount = InstructionCoding.operandCount(opcode)
            guard operandCount >= 0 else { throw failure("unknown opcode \(opcode)") }
            var operands: [Int32] = []
            for _ in 0..<operandCount { operands.append(try int()) }
            guard let i = InstructionCoding.decode(opcode, operands) else { throw failure("bad operands") }
            instructions.append(i)
        }
        var positions: [SourceRange] = []
        positions.reserveCapacity(instructionCount)
        var previousLine: Int64 = 0
        for _ in 0..<instructionCount {
            let line = previousLine + (try svarint())
            let column = try int()
            let endLine = line + (try svarint())
            let endColumn = try int()
            guard let l = Int32(exactly: line), let el = Int32(exactly: endLine) else {
                throw failure("line out of range")
            }
            positions.append(
                SourceRange(
                    start: SourceLocation(line: l, column: column), end: SourceLocation(line: el, column: endColumn)))
            previousLine = line
        }
        var table: [ExceptionTableEntry] = []
        for _ in 0..<(try count()) {
            table.append(ExceptionTableEntry(start: try int(), end: try int(), handler: try int(), depth: try int()))
        }
        let stackSize = try int()
        let docstring: String? = try u8() != 0 ? try string() : nil
        let code = CodeObject(
            name: name, qualifiedName: qualifiedName, filename: filename, firstLine: firstLine, flags: flags,
            argCount: argCount, posOnlyArgCount: posOnly, kwOnlyArgCount: kwOnly, varNames: varNames,
            cellVars: cellVars, freeVars: freeVars, cellParameterSlots: cellParameterSlots, names: names,
            constants: constants, instructions: instructions, positions: positions, exceptionTable: table,
            stackSize: stackSize, docstring: docstring)
        if let problem = CodeValidation.problem(in: code) {
            throw CodeObjectDecodingError(message: "\(name): \(problem)", offset: start)
        }
        return code
    }
}

/// Checks the invariants the VM relies on without checking them itself.
enum CodeValidation {
    static func problem(in code: CodeObject) -> String? {
        guard code.argCount >= 0, code.posOnlyArgCount >= 0, code.posOnlyArgCount <= code.argCount,
            code.kwOnlyArgCount >= 0, code.parameterSlotCount <= code.varNames.count
        else { return "bad argument counts" }
        guard code.cellParameterSlots.count == code.cellVars.count,
            code.cellParameterSlots.allSatisfy({ $0 >= -1 && Int($0) < code.parameterSlotCount })
        else { return "bad cell parameter slots" }
        guard code.positions.count == code.instructions.count else { return "positions do not match instructions" }
        let cells = code.cellVars.count + code.freeVars.count
        for (pc, i) in code.instructions.enumerated() {
            if let problem = operandProblem(i, code, cells: cells) { return "instruction \(pc): \(problem)" }
        }
        switch StackDepthAnalysis.analyze(code.instructions, exceptionTable: code.exceptionTable) {
        case .success(let result):
            if result.maxDepth > Int(code.stackSize) { return "stack size \(code.stackSize) below \(result.maxDepth)" }
        case .failure(let failure):
            return failure.description
        }
        return nil
    }

    private static func operandProblem(_ i: Instruction, _ code: CodeObject, cells: Int) -> String? {
        func inRange(_ v: Int32, _ count: Int) -> Bool { v >= 0 && Int(v) < count }
        switch i {
        case .loadConst(let k):
            return inRange(k, code.constants.count) ? nil : "constant index out of range"
        case .loadFast(let k), .storeFast(let k), .deleteFast(let k):
            return inRange(k, code.varNames.count) ? nil : "local index out of range"
        case .loadDeref(let k), .storeDeref(let k), .deleteDeref(let k), .loadClosure(let k), .loadClassDeref(let k):
            return inRange(k, cells) ? nil : "cell index out of range"
        case .loadGlobal(let k), .storeGlobal(let k), .deleteGlobal(let k), .loadName(let k), .storeName(let k),
            .deleteName(let k), .loadAttr(let k), .storeAttr(let k), .deleteAttr(let k), .loadMethod(let k),
            .importName(let k), .importFrom(let k):
            return inRange(k, code.names.count) ? nil : "name index out of range"
        case .callKw(_, let k), .callMethodKw(_, let k):
            guard inRange(k, code.constants.count), case .tuple(let items) = code.constants[Int(k)],
                items.allSatisfy({ if case .str = $0 { true } else { false } })
            else { return "keyword names are not a tuple of strings" }
            if case .callKw(let argc, _) = i, Int(argc) < items.count { return "too few arguments" }
            if case .callMethodKw(let argc, _) = i, Int(argc) < items.count { return "too few arguments" }
            return nil
        case .copy(let n), .listAppend(let n), .setAdd(let n), .mapAdd(let n), .listExtend(let n),
            .setUpdate(let n), .dictUpdate(let n), .dictMerge(let n):
            return n >= 1 ? nil : "operand must be positive"
        case .swap(let n):
            return n >= 2 ? nil : "swap operand must be at least 2"
        case .buildSlice(let n):
            return n == 2 || n == 3 ? nil : "bad slice arity"
        case .raise(let n):
            return (0...2).contains(n) ? nil : "bad raise form"
        case .buildTuple(let n), .buildList(let n), .buildSet(let n), .buildMap(let n), .buildString(let n),
            .unpackSequence(let n), .call(let n), .callMethod(let n):
            return n >= 0 ? nil : "negative count"
        case .unpackEx(let before, let after):
            return before >= 0 && after >= 0 ? nil : "negative count"
        case .makeFunction(let flags):
            return flags <= 0x0F ? nil : "bad function flags"
        case .formatValue(let conversion, _):
            return conversion <= 3 ? nil : "bad conversion"
        default:
            return nil
        }
    }
}
