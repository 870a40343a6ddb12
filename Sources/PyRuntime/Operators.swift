import BigInt
import PySyntax

#if canImport(Glibc)
    import Glibc
#endif

/// Arithmetic, comparison, truth and hashing with Python semantics. Builtin types are handled in Swift by kind;
/// user classes go through their dunder methods with CPython's reflected-operand rules.
extension Interpreter {
    static let binaryNames: [BinaryOperator: (String, String, String)] = [
        .add: ("__add__", "__radd__", "__iadd__"), .sub: ("__sub__", "__rsub__", "__isub__"),
        .mul: ("__mul__", "__rmul__", "__imul__"), .matMul: ("__matmul__", "__rmatmul__", "__imatmul__"),
        .trueDiv: ("__truediv__", "__rtruediv__", "__itruediv__"),
        .floorDiv: ("__floordiv__", "__rfloordiv__", "__ifloordiv__"), .mod: ("__mod__", "__rmod__", "__imod__"),
        .pow: ("__pow__", "__rpow__", "__ipow__"), .lShift: ("__lshift__", "__rlshift__", "__ilshift__"),
        .rShift: ("__rshift__", "__rrshift__", "__irshift__"), .bitOr: ("__or__", "__ror__", "__ior__"),
        .bitXor: ("__xor__", "__rxor__", "__ixor__"), .bitAnd: ("__and__", "__rand__", "__iand__"),
    ]

    /// Int-int arithmetic that cannot overflow or fail; nil sends the VM to the general path.
    @inline(__always) func fastIntBinary(_ x: Int, _ y: Int, _ op: BinaryOperator) -> Value? {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? nil : .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? nil : .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? nil : .int(r)
        case .mod:
            if y == 0 || (y == -1 && x == Int.min) { return nil }
            let r = x % y
            return .int((r != 0 && (r ^ y) < 0) ? r + y : r)
        case .floorDiv:
            if y == 0 || (y == -1 && x == Int.min) { return nil }
            let q = x / y
            return .int((x % y != 0 && (x ^ y) < 0) ? q - 1 : q)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .trueDiv:
            if y == 0 { return nil }
            if abs(x) < (1 << 53) && abs(y) < (1 << 53) { return .float(Double(x) / Double(y)) }
            return nil
        case .lShift:
            if y < 0 || y >= 64 { return nil }
            let r = x << y
            return (r >> y) == x ? .int(r) : nil
        case .rShift:
            if y < 0 { return nil }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        default: return nil
        }
    }

    /// Float arithmetic that cannot raise (no division, no power); nil sends the VM to the general path.
    @inline(__always) func fastFloatBinary(_ a: Value, _ b: Value, _ op: BinaryOperator) -> Value? {
        let x: Double
        let y: Double
        switch (a, b) {
        case (.float(let p), .float(let q)): (x, y) = (p, q)
        case (.float(let p), .int(let q)): (x, y) = (p, Double(q))
        case (.int(let p), .float(let q)): (x, y) = (Double(p), q)
        default: return nil
        }
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .trueDiv: return y == 0 ? nil : .float(x / y)
        default: return nil
        }
    }

    @inline(__always) func fastFloatCompare(_ x: Double, _ y: Double, _ op: CompareOperator) -> Bool {
        switch op {
        case .lt: return x < y
        case .ltE: return x <= y
        case .gt: return x > y
        case .gtE: return x >= y
        case .eq: return x == y
        case .notEq: return x != y
        default: return false
        }
    }

    @inline(__always) func fastIntCompare(_ x: Int, _ y: Int, _ op: CompareOperator) -> Bool {
        switch op {
        case .lt: return x < y
        case .ltE: return x <= y
        case .gt: return x > y
        case .gtE: return x >= y
        case .eq, .is: return x == y
        case .notEq, .isNot: return x != y
        case .in, .notIn: return false  // never reached with two ints (the general path raises)
        }
    }

    /// The attribute `name` defined by a user class in the MRO of `type` (builtin classes are skipped, their
    /// behaviour lives in Swift).
    @inline(__always) func userMethod(_ type: PyType, _ name: String) -> Value? {
        if !type.dispatchesDunders { return nil }
        return type.userAttribute(PyStr.intern(name))
    }

    /// `userMethod` for a name that is already interned (the hot paths keep theirs in statics).
    @inline(__always) func userMethod(_ type: PyType, _ name: PyStr) -> Value? {
        if !type.dispatchesDunders { return nil }
        return type.userAttribute(name)
    }

    // MARK: Binary operators

    public func binaryOp(_ a: Value, _ b: Value, _ op: BinaryOperator) throws(PyError) -> Value {
        let ta = a.type
        let tb = b.type
        if ta.dispatchesDunders || tb.dispatchesDunders {
            let (name, rname, _) = Self.binaryNames[op]!
            let ma = userMethod(ta, name)
            let mb = ta === tb ? nil : userMethod(tb, rname)
            if let mb, tb.isSubtype(of: ta), ta !== tb {
                let r = try call(mb, [b, a])
                if !r.isIdentical(to: Builtins.notImplemented) { return r }
            }
            if let ma {
                let r = try call(ma, [a, b])
                if !r.isIdentical(to: Builtins.notImplemented) { return r }
            }
            if let mb, !tb.isSubtype(of: ta) {
                let r = try call(mb, [b, a])
                if !r.isIdentical(to: Builtins.notImplemented) { return r }
            }
        }
        if let r = try builtinBinary(a, b, op) { return r }
        throw binaryTypeError(a, b, op)
    }

    func binaryTypeError(_ a: Value, _ b: Value, _ op: BinaryOperator) -> PyError {
        if op == .add, a.type.isSubtype(of: Builtins.strType) {
            return .typeError("can only concatenate str (not \"\(b.typeName)\") to str")
        }
        if op == .add, a.type.isSubtype(of: Builtins.listType) {
            return .typeError("can only concatenate list (not \"\(b.typeName)\") to list")
        }
        if op == .add, a.type.isSubtype(of: Builtins.tupleType) {
            return .typeError("can only concatenate tuple (not \"\(b.typeName)\") to tuple")
        }
        if op == .mul, a.asStr != nil || a.asList != nil || a.asTuple != nil || b.asStr != nil || b.asList != nil {
            let seq = (a.asStr != nil || a.asList != nil || a.asTuple != nil) ? a : b
            let other = seq.isIdentical(to: a) ? b : a
            return .typeError("can't multiply sequence by non-int of type '\(other.typeName)'")
        }
        let sym = op == .pow ? "** or pow()" : op.symbol
        return .typeError("unsupported operand type(s) for \(sym): '\(a.typeName)' and '\(b.typeName)'")
    }

    public func inplaceOp(_ a: Value, _ b: Value, _ op: BinaryOperator) throws(PyError) -> Value {
        if case .object(let o) = a, o.type.dispatchesDunders {
            let (_, _, iname) = Self.binaryNames[op]!
            if let m = userMethod(o.type, iname) {
                let r = try call(m, [a, b])
                if !r.isIdentical(to: Builtins.notImplemented) { return r }
            }
            return try binaryOp(a, b, op)
        }
        if case .object(let o) = a {
            switch o.kind {
            case .list where op == .add:
                let l = unsafeDowncast(o, to: PyList.self)
                if !o.type.isBuiltin, let m = userMethod(o.type, "__iadd__") { return try call(m, [a, b]) }
                try l.items.append(contentsOf: iterate(b))
                return a
            case .list where op == .mul:
                if case .int(let n) = b {
                    let l = unsafeDowncast(o, to: PyList.self)
                    let items = l.items
                    l.items.removeAll(keepingCapacity: true)
                    for _ in 0..<Swift.max(0, n) { l.items.append(contentsOf: items) }
                    return a
                }
            case .set where op == .bitOr || op == .bitAnd || op == .sub || op == .bitXor:
                let s = unsafeDowncast(o, to: PySet.self)
                if !s.isFrozen, let other = b.asObject as? PySet {
                    try setInplace(s, other, op)
                    return a
                }
            case .dict where op == .bitOr:
                try dictUpdate(unsafeDowncast(o, to: PyDict.self), b, merging: false, function: .undefined)
                return a
            case .instance, .native, .exception:
                let (_, _, iname) = Self.binaryNames[op]!
                if let m = userMethod(o.type, iname) {
                    let r = try call(m, [a, b])
                    if !r.isIdentical(to: Builtins.notImplemented) { return r }
                }
            default:
                break
            }
        }
        return try binaryOp(a, b, op)
    }

    /// Builtin implementations; nil means NotImplemented.
    func builtinBinary(_ a: Value, _ b: Value, _ op: BinaryOperator) throws(PyError) -> Value? {
        if case .bool(let x) = a, case .bool(let y) = b {
            switch op {
            case .bitAnd: return .bool(x && y)
            case .bitOr: return .bool(x || y)
            case .bitXor: return .bool(x != y)
            default: break
            }
        }
        if let r = try numericBinary(a, b, op) { return r }
        if op == .bitOr, a.asType != nil || b.asType != nil || a.asObject is PyUnionType || b.asObject is PyUnionType,
            let union = PyUnionType.make(a, b)
        {
            return .object(union)
        }
        if let va = a.asObject as? PyDictView, va.mode != .values, [.bitAnd, .bitOr, .sub, .bitXor].contains(op) {
            let sa = PySet()
            for x in try iterate(a) { try sa.add(x, self) }
            let sb = PySet()
            for x in try iterate(b) { try sb.add(x, self) }
            return .object(try setBinary(sa, sb, op))
        }
        guard case .object(let oa) = a else {
            if case .object(let ob) = b, op == .mul, let n = intValue(a) { return try repeatSequence(ob, n) }
            return nil
        }
        switch (oa.kind, op) {
        case (.str, .add):
            guard let sb = b.asStr else { return nil }
            return .object(unsafeDowncast(oa, to: PyStr.self) + sb)
        case (.str, .mul), (.list, .mul), (.tuple, .mul), (.bytes, .mul), (.bytearray, .mul):
            guard let n = try indexValue(b) else { return nil }
            return try repeatSequence(oa, n)
        case (.str, .mod):
            return .object(try percentFormat(unsafeDowncast(oa, to: PyStr.self), b))
        case (.bytes, .mod), (.bytearray, .mod):
            return try bytesPercentFormat(unsafeDowncast(oa, to: PyBytes.self), b)
        case (.list, .add):
            guard let lb = b.asList else { return nil }
            var items = unsafeDowncast(oa, to: PyList.self).items
            items.append(contentsOf: lb.items)
            return .object(PyList(items))
        case (.tuple, .add):
            guard let tb = b.asTuple else { return nil }
            var items = unsafeDowncast(oa, to: PyTuple.self).items
            items.append(contentsOf: tb.items)
            return .object(PyTuple(items))
        case (.bytes, .add), (.bytearray, .add):
            guard let bb = b.asObject as? PyBytes else {
                if b.asStr != nil { throw .typeError("can't concat str to \(oa.type.name)") }
                return nil
            }
            var bytes = unsafeDowncast(oa, to: PyBytes.self).bytes
            bytes.append(contentsOf: bb.bytes)
            return .object(PyBytes(bytes, mutable: oa.kind == .bytearray))
        case (.set, .bitOr), (.set, .bitAnd), (.set, .sub), (.set, .bitXor):
            guard let sb = b.asObject as? PySet else { return nil }
            return .object(try setBinary(unsafeDowncast(oa, to: PySet.self), sb, op))
        case (.dict, .bitOr):
            guard let db = b.asDict else { return nil }
            let d = unsafeDowncast(oa, to: PyDict.self).copy()
            try dictUpdate(d, .object(db), merging: false, function: .undefined)
            return .object(d)
        default:
            return nil
        }
    }

    /// `seq * n`.
    func repeatSequence(_ o: PyObject, _ n: Int) throws(PyError) -> Value? {
        let times = Swift.max(0, n)
        switch o.kind {
        case .str:
            let s = unsafeDowncast(o, to: PyStr.self)
            var bytes = ContiguousArray<UInt8>()
            bytes.reserveCapacity(s.utf8.count * times)
            for _ in 0..<times { bytes.append(contentsOf: s.utf8) }
            return .object(PyStr(utf8: bytes, count: s.count * times))
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            var items = ContiguousArray<Value>()
            items.reserveCapacity(l.items.count * times)
            for _ in 0..<times { items.append(contentsOf: l.items) }
            return .object(PyList(items))
        case .tuple:
            let t = unsafeDowncast(o, to: PyTuple.self)
            var items = ContiguousArray<Value>()
            for _ in 0..<times { items.append(contentsOf: t.items) }
            return .object(PyTuple(items))
        case .bytes, .bytearray:
            let b = unsafeDowncast(o, to: PyBytes.self)
            var bytes = ContiguousArray<UInt8>()
            for _ in 0..<times { bytes.append(contentsOf: b.bytes) }
            return .object(PyBytes(bytes, mutable: o.kind == .bytearray))
        default:
            return nil
        }
    }

    /// An int value (including bools) as Swift Int, nil for other types or big ints.
    @inline(__always) func intValue(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default:
            // Instances of int subclasses are PyBigInts of any magnitude.
            if let b = v.asBigInt, b.type !== Builtins.intType { return Int(exactly: b.value) }
            return nil
        }
    }

    // MARK: Unary operators

    public func unaryOp(_ a: Value, _ op: UnaryOperator) throws(PyError) -> Value {
        switch op {
        case .not:
            return .bool(try !isTrue(a))
        case .minus:
            switch a {
            case .int(let i): return i == Int.min ? PyBigInt.make(-BigInt(i)) : .int(-i)
            case .bool(let b): return .int(b ? -1 : 0)
            case .float(let d): return .float(-d)
            default:
                if let big = a.asBigInt { return PyBigInt.make(-big.value) }
                if let c = a.asObject as? PyComplex { return .object(PyComplex(-c.real, -c.imag)) }
                if let m = userMethod(a.type, "__neg__") { return try call(m, [a]) }
                throw .typeError("bad operand type for unary -: '\(a.typeName)'")
            }
        case .plus:
            switch a {
            case .int, .float: return a
            case .bool(let b): return .int(b ? 1 : 0)
            default:
                if a.asBigInt != nil || a.asObject is PyComplex { return a }
                if let m = userMethod(a.type, "__pos__") { return try call(m, [a]) }
                throw .typeError("bad operand type for unary +: '\(a.typeName)'")
            }
        case .invert:
            switch a {
            case .int(let i): return .int(~i)
            case .bool(let b): return .int(b ? -2 : -1)
            default:
                if let big = a.asBigInt { return PyBigInt.make(-big.value - 1) }
                if let m = userMethod(a.type, "__invert__") { return try call(m, [a]) }
                throw .typeError("bad operand type for unary ~: '\(a.typeName)'")
            }
        }
    }

    // MARK: Truth

    /// `bool(v)`.
    @inline(__always) public func isTrue(_ v: Value) throws(PyError) -> Bool {
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .none, .undefined: return false
        case .float(let d): return d != 0
        case .object(let o):
            switch o.kind {
            case .str: return unsafeDowncast(o, to: PyStr.self).count > 0
            case .list: return !unsafeDowncast(o, to: PyList.self).items.isEmpty
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).count > 0
            case .dict: return unsafeDowncast(o, to: PyDict.self).count > 0
            case .set: return unsafeDowncast(o, to: PySet.self).count > 0
            case .bigInt: return unsafeDowncast(o, to: PyBigInt.self).value != 0
            case .range: return unsafeDowncast(o, to: PyRange.self).count > 0
            case .bytes, .bytearray: return !unsafeDowncast(o, to: PyBytes.self).bytes.isEmpty
            case .complex:
                let c = unsafeDowncast(o, to: PyComplex.self)
                return c.real != 0 || c.imag != 0
            default:
                return try objectTruth(v, o)
            }
        }
    }

    private func objectTruth(_ v: Value, _ o: PyObject) throws(PyError) -> Bool {
        if let m = o.type.lookup(PyStr.intern("__bool__")) {
            let r = try callBound(m, receiver: v, args: Args(values: UnsafeBufferPointer(start: nil, count: 0), count: 0, kwNames: nil))
            guard case .bool(let b) = r else {
                throw .typeError("__bool__ should return bool, returned \(r.typeName)")
            }
            return b
        }
        if let m = o.type.lookup(PyStr.intern("__len__")) {
            let r = try callBound(m, receiver: v, args: Args(values: UnsafeBufferPointer(start: nil, count: 0), count: 0, kwNames: nil))
            return try isTrue(r)
        }
        return true
    }
}
