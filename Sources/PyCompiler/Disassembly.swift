import PySyntax

extension Instruction {
    /// The instruction's name in listings, in CPython's `dis` style (`LOAD_FAST`, `CALL_METHOD_KW`...).
    public var opname: String {
        switch self {
        case .nop: "NOP"
        case .popTop: "POP_TOP"
        case .copy: "COPY"
        case .swap: "SWAP"
        case .loadConst: "LOAD_CONST"
        case .loadFast: "LOAD_FAST"
        case .storeFast: "STORE_FAST"
        case .deleteFast: "DELETE_FAST"
        case .loadDeref: "LOAD_DEREF"
        case .storeDeref: "STORE_DEREF"
        case .deleteDeref: "DELETE_DEREF"
        case .loadClosure: "LOAD_CLOSURE"
        case .loadClassDeref: "LOAD_CLASSDEREF"
        case .loadGlobal: "LOAD_GLOBAL"
        case .storeGlobal: "STORE_GLOBAL"
        case .deleteGlobal: "DELETE_GLOBAL"
        case .loadName: "LOAD_NAME"
        case .storeName: "STORE_NAME"
        case .deleteName: "DELETE_NAME"
        case .loadAttr: "LOAD_ATTR"
        case .storeAttr: "STORE_ATTR"
        case .deleteAttr: "DELETE_ATTR"
        case .loadMethod: "LOAD_METHOD"
        case .binarySubscr: "BINARY_SUBSCR"
        case .storeSubscr: "STORE_SUBSCR"
        case .deleteSubscr: "DELETE_SUBSCR"
        case .buildSlice: "BUILD_SLICE"
        case .binary: "BINARY_OP"
        case .inplace: "INPLACE_OP"
        case .unary: "UNARY_OP"
        case .compare: "COMPARE_OP"
        case .jump: "JUMP"
        case .popJumpIfFalse: "POP_JUMP_IF_FALSE"
        case .popJumpIfTrue: "POP_JUMP_IF_TRUE"
        case .jumpIfFalseOrPop: "JUMP_IF_FALSE_OR_POP"
        case .jumpIfTrueOrPop: "JUMP_IF_TRUE_OR_POP"
        case .getIter: "GET_ITER"
        case .forIter: "FOR_ITER"
        case .returnValue: "RETURN_VALUE"
        case .buildTuple: "BUILD_TUPLE"
        case .buildList: "BUILD_LIST"
        case .buildSet: "BUILD_SET"
        case .buildMap: "BUILD_MAP"
        case .buildString: "BUILD_STRING"
        case .listAppend: "LIST_APPEND"
        case .setAdd: "SET_ADD"
        case .mapAdd: "MAP_ADD"
        case .listExtend: "LIST_EXTEND"
        case .setUpdate: "SET_UPDATE"
        case .dictUpdate: "DICT_UPDATE"
        case .dictMerge: "DICT_MERGE"
        case .listToTuple: "LIST_TO_TUPLE"
        case .formatValue: "FORMAT_VALUE"
        case .unpackSequence: "UNPACK_SEQUENCE"
        case .unpackEx: "UNPACK_EX"
        case .makeFunction: "MAKE_FUNCTION"
        case .call: "CALL"
        case .callKw: "CALL_KW"
        case .callMethod: "CALL_METHOD"
        case .callMethodKw: "CALL_METHOD_KW"
        case .callEx: "CALL_FUNCTION_EX"
        case .loadBuildClass: "LOAD_BUILD_CLASS"
        case .loadAssertionError: "LOAD_ASSERTION_ERROR"
        case .raise: "RAISE_VARARGS"
        case .reraise: "RERAISE"
        case .pushExcInfo: "PUSH_EXC_INFO"
        case .popExcept: "POP_EXCEPT"
        case .checkExcMatch: "CHECK_EXC_MATCH"
        case .beforeWith: "BEFORE_WITH"
        case .withExceptStart: "WITH_EXCEPT_START"
        case .beforeAsyncWith: "BEFORE_ASYNC_WITH"
        case .yieldValue: "YIELD_VALUE"
        case .yieldFrom: "YIELD_FROM"
        case .getYieldFromIter: "GET_YIELD_FROM_ITER"
        case .getAwaitable: "GET_AWAITABLE"
        case .getAIter: "GET_AITER"
        case .getANext: "GET_ANEXT"
        case .endAsyncFor: "END_ASYNC_FOR"
        case .importName: "IMPORT_NAME"
        case .importFrom: "IMPORT_FROM"
        case .importStar: "IMPORT_STAR"
        case .printExpr: "PRINT_EXPR"
        case .setupAnnotations: "SETUP_ANNOTATIONS"
        }
    }
}

extension CodeObject {
    /// A human-readable listing in the spirit of `dis.dis`: a header, one line per instruction (source line
    /// when it changes, `>>` on jump targets, index, name, operand and its meaning), the exception table, then
    /// the listings of nested code objects.
    public var disassembly: String {
        var out = ""
        appendDisassembly(to: &out)
        return out
    }

    private func appendDisassembly(to out: inout String) {
        out += "Disassembly of \(Self.describe(self)):\n"
        var header = "  flags: \(flagNames), args: \(argCount)"
        if posOnlyArgCount > 0 { header += ", posonly: \(posOnlyArgCount)" }
        if kwOnlyArgCount > 0 { header += ", kwonly: \(kwOnlyArgCount)" }
        header += ", stack: \(stackSize)"
        out += header + "\n"
        if !varNames.isEmpty { out += "  varnames: \(varNames.joined(separator: ", "))\n" }
        if !cellVars.isEmpty { out += "  cellvars: \(cellVars.joined(separator: ", "))\n" }
        if !freeVars.isEmpty { out += "  freevars: \(freeVars.joined(separator: ", "))\n" }
        var targets = Set<Int>()
        for i in instructions { if let t = i.jumpTarget { targets.insert(Int(t)) } }
        for e in exceptionTable { targets.insert(Int(e.handler)) }
        var lastLine: Int32 = -1
        for (pc, instruction) in instructions.enumerated() {
            let line = pc < positions.count ? positions[pc].start.line : 0
            var text = line != lastLine ? Self.pad("\(line)", 4, right: true) : "    "
            lastLine = line
            text += targets.contains(pc) ? "  >> " : "     "
            text += Self.pad("\(pc)", 4, right: true) + " "
            let operand = operandText(instruction)
            text += operand.isEmpty ? instruction.opname : Self.pad(instruction.opname, 22, right: false) + operand
            out += text + "\n"
        }
        if !exceptionTable.isEmpty {
            out += "  ExceptionTable:\n"
            for e in exceptionTable {
                out += "    \(e.start) to \(e.end) -> \(e.handler) [\(e.depth)]\n"
            }
        }
        for c in constants {
            if case .code(let nested) = c {
                out += "\n"
                nested.appendDisassembly(to: &out)
            }
        }
    }

    private var flagNames: String {
        let all: [(CodeFlags, String)] = [
            (.varArgs, "varargs"), (.varKeywords, "varkeywords"), (.generator, "generator"),
            (.coroutine, "coroutine"), (.asyncGenerator, "async_generator"),
            (.usesLocalsMapping, "locals_mapping"), (.classBody, "class_body"), (.comprehension, "comprehension"),
        ]
        let names = all.filter { flags.contains($0.0) }.map(\.1)
        return names.isEmpty ? "none" : names.joined(separator: "|")
    }

    private func operandText(_ instruction: Instruction) -> String {
        func named(_ i: Int32, _ list: [String]) -> String {
            Int(i) >= 0 && Int(i) < list.count ? "\(i) (\(list[Int(i)]))" : "\(i) (?)"
        }
        func cell(_ i: Int32) -> String { named(i, cellVars + freeVars) }
        func const(_ i: Int32) -> String {
            Int(i) >= 0 && Int(i) < constants.count ? "\(i) (\(Self.repr(constants[Int(i)])))" : "\(i) (?)"
        }
        switch instruction {
        case .copy(let n), .swap(let n), .buildSlice(let n), .buildTuple(let n), .buildList(let n),
            .buildSet(let n), .buildMap(let n), .buildString(let n), .listAppend(let n), .setAdd(let n),
            .mapAdd(let n), .listExtend(let n), .setUpdate(let n), .dictUpdate(let n), .dictMerge(let n),
            .unpackSequence(let n), .call(let n), .callMethod(let n), .raise(let n):
            return "\(n)"
        case .jump(let t), .popJumpIfFalse(let t), .popJumpIfTrue(let t), .jumpIfFalseOrPop(let t),
            .jumpIfTrueOrPop(let t), .forIter(let t):
            return "to \(t)"
        case .loadConst(let i):
            return const(i)
        case .loadFast(let i), .storeFast(let i), .deleteFast(let i):
            return named(i, varNames)
        case .loadDeref(let i), .storeDeref(let i), .deleteDeref(let i), .loadClosure(let i),
            .loadClassDeref(let i):
            return cell(i)
        case .loadGlobal(let i), .storeGlobal(let i), .deleteGlobal(let i), .loadName(let i), .storeName(let i),
            .deleteName(let i), .loadAttr(let i), .storeAttr(let i), .deleteAttr(let i), .loadMethod(let i),
            .importName(let i), .importFrom(let i):
            return named(i, names)
        case .binary(let op):
            return op.symbol
        case .inplace(let op):
            return op.symbol + "="
        case .unary(let op):
            switch op {
            case .invert: return "~"
            case .not: return "not"
            case .plus: return "+"
            case .minus: return "-"
            }
        case .compare(let op):
            return op.symbol
        case .formatValue(let conversion, let hasSpec):
            let conv = ["", "!s", "!r", "!a"][Int(min(conversion, 3))]
            let parts = [conv, hasSpec ? "with spec" : ""].filter { !$0.isEmpty }
            return parts.joined(separator: ", ")
        case .unpackEx(let before, let after):
            return "\(before), \(after)"
        case .makeFunction(let flags):
            let names = [(0x01, "defaults"), (0x02, "kwdefaults"), (0x04, "annotations"), (0x08, "closure")]
                .filter { Int(flags) & $0.0 != 0 }.map(\.1)
            return names.isEmpty ? "\(flags)" : "\(flags) (\(names.joined(separator: ", ")))"
        case .callKw(let argc, let kw), .callMethodKw(let argc, let kw):
            return "\(argc) (kwnames \(Int(kw) < constants.count ? Self.repr(constants[Int(kw)]) : "?"))"
        case .callEx(let hasKwargs):
            return hasKwargs ? "1 (kwargs)" : "0"
        default:
            return ""
        }
    }

    private static func pad(_ s: String, _ width: Int, right: Bool) -> String {
        let n = s.count
        if n >= width { return right ? s : s + " " }
        let padding = String(repeating: " ", count: width - n)
        return right ? padding + s : s + padding
    }

    static func describe(_ code: CodeObject) -> String {
        "<code object \(code.name), file \"\(code.filename)\", line \(code.firstLine)>"
    }

    /// A Python-style repr of a constant.
    static func repr(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .ellipsis: return "Ellipsis"
        case .int(let i): return "\(i)"
        case .bigInt(let s): return s
        case .float(let d): return floatRepr(d)
        case .complex(let r, let i):
            let imag = floatRepr(i, forComplex: true) + "j"
            if r == 0 && r.sign == .plus { return imag }
            let sign = i.sign == .minus || i.isNaN ? "" : "+"
            return "(\(floatRepr(r, forComplex: true))\(sign)\(imag))"
        case .str(let s): return stringRepr(s)
        case .bytes(let b): return bytesRepr(b)
        case .tuple(let items):
            if items.count == 1 { return "(\(repr(items[0])),)" }
            return "(" + items.map(repr).joined(separator: ", ") + ")"
        case .frozenset(let items): return "frozenset({" + items.map(repr).joined(separator: ", ") + "})"
        case .code(let code): return describe(code)
        }
    }

    private static func floatRepr(_ d: Double, forComplex: Bool = false) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        var s = "\(d)"
        if forComplex && s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }

    private static func stringRepr(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + hex(scalar.value, 2)
                } else if scalar.value >= 0x80 && !isPrintable(scalar) {
                    out += scalar.value <= 0xFF
                        ? "\\x" + hex(scalar.value, 2)
                        : scalar.value <= 0xFFFF ? "\\u" + hex(scalar.value, 4) : "\\U" + hex(scalar.value, 8)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append(quote)
        return out
    }

    /// Python's `str.isprintable` for one character.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
            .spaceSeparator:
            return false
        default:
            return true
        }
    }

    private static func bytesRepr(_ bytes: [UInt8]) -> String {
        let quote: UInt8 = bytes.contains(0x27) && !bytes.contains(0x22) ? 0x22 : 0x27
        var out = "b" + String(UnicodeScalar(quote))
        for b in bytes {
            switch b {
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case quote: out += "\\" + String(UnicodeScalar(quote))
            case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(b))
            default: out += "\\x" + hex(UInt32(b), 2)
            }
        }
        return out + String(UnicodeScalar(quote))
    }

    private static func hex(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
