import BigInt
import PySyntax

#if canImport(Glibc)
    import Glibc
#endif

/// A number in the numeric tower, for mixed-type arithmetic.
enum Number {
    case int(BigInt)
    case float(Double)
    case complex(Double, Double)

    init?(_ v: Value) {
        switch v {
        case .int(let i): self = .int(BigInt(i))
        case .bool(let b): self = .int(b ? 1 : 0)
        case .float(let d): self = .float(d)
        case .object(let o):
            if o.kind == .bigInt { self = .int(unsafeDowncast(o, to: PyBigInt.self).value) }
            else if o.kind == .complex {
                let c = unsafeDowncast(o, to: PyComplex.self)
                self = .complex(c.real, c.imag)
            } else { return nil }
        default: return nil
        }
    }

    var asDouble: Double {
        switch self {
        case .int(let b): return Double(b)
        case .float(let d): return d
        case .complex(let r, _): return r
        }
    }
}

extension Interpreter {
    /// Arithmetic on ints, bools, big ints, floats and complex numbers; nil if an operand is not a number.
    func numericBinary(_ a: Value, _ b: Value, _ op: BinaryOperator) throws(PyError) -> Value? {
        // Float fast path.
        switch (a, b) {
        case (.float(let x), .float(let y)): return try floatBinary(x, y, op)
        case (.float(let x), .int(let y)): return try floatBinary(x, Double(y), op)
        case (.int(let x), .float(let y)): return try floatBinary(Double(x), y, op)
        case (.int(let x), .int(let y)):
            if let r = fastIntBinary(x, y, op) { return r }
        default: break
        }
        guard let na = Number(a), let nb = Number(b) else { return nil }
        switch (na, nb) {
        case (.int(let x), .int(let y)): return try bigIntBinary(x, y, op)
        case (.complex, _), (_, .complex): return try complexBinary(na, nb, op)
        default: return try floatBinary(try Self.toDouble(na), try Self.toDouble(nb), op)
        }
    }

    /// A number as a float, raising OverflowError for ints beyond the float range.
    static func toDouble(_ n: Number) throws(PyError) -> Double {
        if case .int(let b) = n { return try bigIntToDouble(b) }
        return n.asDouble
    }

    func floatBinary(_ x: Double, _ y: Double, _ op: BinaryOperator) throws(PyError) -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .trueDiv:
            if y == 0 { throw .zeroDivision("float division by zero") }
            return .float(x / y)
        case .floorDiv:
            if y == 0 { throw .zeroDivision("float floor division by zero") }
            return .float(Self.floatDivmod(x, y).0)
        case .mod:
            if y == 0 { throw .zeroDivision("float modulo") }
            return .float(Self.floatDivmod(x, y).1)
        case .pow:
            if x == 0 && y < 0 { throw .zeroDivision("0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() {
                return .object(complexPow(x, 0, y, 0))
            }
            let r = Glibc.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw .overflowError("(34, 'Numerical result out of range')") }
            return .float(r)
        default: return nil
        }
    }

    /// Python's float divmod: the remainder has the sign of the divisor.
    static func floatDivmod(_ x: Double, _ y: Double) -> (Double, Double) {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = copysign(0, y)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = copysign(0, x / y)
        }
        return (floordiv, mod)
    }

    func bigIntBinary(_ x: BigInt, _ y: BigInt, _ op: BinaryOperator) throws(PyError) -> Value? {
        switch op {
        case .add: return PyBigInt.make(x + y)
        case .sub: return PyBigInt.make(x - y)
        case .mul: return PyBigInt.make(x * y)
        case .floorDiv, .mod:
            if y == 0 { throw .zeroDivision(op == .mod ? "integer modulo by zero" : "integer division or modulo by zero") }
            let (q, r) = Self.floorDivMod(x, y)
            return PyBigInt.make(op == .mod ? r : q)
        case .trueDiv:
            if y == 0 { throw .zeroDivision("division by zero") }
            return .float(Self.bigTrueDivide(x, y))
        case .pow:
            if y < 0 {
                if x == 0 { throw .zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(Glibc.pow(Double(x), Double(y)))
            }
            guard let e = Int(exactly: y) else { throw .overflowError("exponent too large") }
            return PyBigInt.make(x.power(e))
        case .lShift:
            if y < 0 { throw .valueError("negative shift count") }
            guard let s = Int(exactly: y) else { throw .overflowError("too many digits in integer") }
            return PyBigInt.make(x << s)
        case .rShift:
            if y < 0 { throw .valueError("negative shift count") }
            guard let s = Int(exactly: y) else { return .int(x < 0 ? -1 : 0) }
            // BigInt's >> rounds toward negative infinity for negative values, as Python does.
            return PyBigInt.make(x >> s)
        case .bitAnd: return PyBigInt.make(x & y)
        case .bitOr: return PyBigInt.make(x | y)
        case .bitXor: return PyBigInt.make(x ^ y)
        case .matMul: return nil
        }
    }

    /// Floor division and modulo with Python's signs.
    static func floorDivMod(_ x: BigInt, _ y: BigInt) -> (BigInt, BigInt) {
        var (q, r) = x.quotientAndRemainder(dividingBy: y)
        if r != 0 && ((r < 0) != (y < 0)) {
            q -= 1
            r += y
        }
        return (q, r)
    }

    /// Correctly rounded for operands that fit in doubles exactly; good to 1 ulp otherwise.
    static func bigTrueDivide(_ x: BigInt, _ y: BigInt) -> Double {
        if x.magnitude.bitWidth <= 53 && y.magnitude.bitWidth <= 53 { return Double(x) / Double(y) }
        let (q, r) = x.quotientAndRemainder(dividingBy: y)
        return Double(q) + Double(r) / Double(y)
    }

    func complexBinary(_ a: Number, _ b: Number, _ op: BinaryOperator) throws(PyError) -> Value? {
        func parts(_ n: Number) -> (Double, Double) {
            if case .complex(let r, let i) = n { return (r, i) }
            return (n.asDouble, 0)
        }
        let (ar, ai) = parts(a)
        let (br, bi) = parts(b)
        switch op {
        case .add: return .object(PyComplex(ar + br, ai + bi))
        case .sub: return .object(PyComplex(ar - br, ai - bi))
        case .mul: return .object(PyComplex(ar * br - ai * bi, ar * bi + ai * br))
        case .trueDiv:
            let d = br * br + bi * bi
            if d == 0 { throw .zeroDivision("complex division by zero") }
            return .object(PyComplex((ar * br + ai * bi) / d, (ai * br - ar * bi) / d))
        case .pow:
            return .object(complexPow(ar, ai, br, bi))
        default: return nil
        }
    }

    func complexPow(_ ar: Double, _ ai: Double, _ br: Double, _ bi: Double) -> PyComplex {
        if br == 0 && bi == 0 { return PyComplex(1, 0) }
        if ar == 0 && ai == 0 { return PyComplex(0, 0) }
        let vabs = hypot(ar, ai)
        var len = Glibc.pow(vabs, br)
        let at = atan2(ai, ar)
        var phase = at * br
        if bi != 0 {
            len /= exp(at * bi)
            phase += bi * log(vabs)
        }
        return PyComplex(len * cos(phase), len * sin(phase))
    }

    // MARK: Comparison

    public func compareOp(_ a: Value, _ b: Value, _ op: CompareOperator) throws(PyError) -> Value {
        switch op {
        case .is: return .bool(a.isIdentical(to: b))
        case .isNot: return .bool(!a.isIdentical(to: b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(try !contains(b, a))
        default: return try richCompare(a, b, op)
        }
    }

    static let compareNames: [CompareOperator: (String, String)] = [
        .eq: ("__eq__", "__eq__"), .notEq: ("__ne__", "__ne__"), .lt: ("__lt__", "__gt__"),
        .ltE: ("__le__", "__ge__"), .gt: ("__gt__", "__lt__"), .gtE: ("__ge__", "__le__"),
    ]

    /// `==`, `!=`, `<`, ... with reflection and NotImplemented handling.
    public func richCompare(_ a: Value, _ b: Value, _ op: CompareOperator) throws(PyError) -> Value {
        let ta = a.type
        let tb = b.type
        if ta.dispatchesDunders || tb.dispatchesDunders {
            let (name, rname) = Self.compareNames[op]!
            let ma = userMethod(ta, name)
            let mb = userMethod(tb, rname)
            if let mb, ta !== tb, tb.isSubtype(of: ta) {
                let r = try call(mb, [b, a])
                if !r.isIdentical(to: Builtins.notImplemented) { return r }
            }
            if let ma {
                let r = try call(ma, [a, b])
                if !r.isIdentical(to: Builtins.notImplemented) { return r }
            }
            if let mb, !(ta !== tb && tb.isSubtype(of: ta)) {
                let r = try call(mb, [b, a])
                if !r.isIdentical(to: Builtins.notImplemented) { return r }
            }
            if op == .notEq, userMethod(ta, "__eq__") != nil || userMethod(tb, "__eq__") != nil {
                let r = try richCompare(a, b, .eq)
                return .bool(try !isTrue(r))
            }
        }
        if let r = try builtinCompare(a, b, op) { return .bool(r) }
        switch op {
        case .eq: return .bool(a.isIdentical(to: b))
        case .notEq: return .bool(!a.isIdentical(to: b))
        default:
            throw .typeError(
                "'\(op.symbol)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    /// `a == b` as a Swift Bool.
    public func equal(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.object(let x), .object(let y)):
            if x.kind == .str && y.kind == .str {
                return unsafeDowncast(x, to: PyStr.self).equals(unsafeDowncast(y, to: PyStr.self))
            }
        case (.none, .none): return true
        default: break
        }
        let r = try richCompare(a, b, .eq)
        if case .bool(let t) = r { return t }
        return try isTrue(r)
    }

    /// `a is b or a == b`: the membership test of containers.
    @inline(__always) public func sameOrEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if a.isIdentical(to: b) { return true }
        return try equal(a, b)
    }

    /// `a == b` for plain ints, floats and strs without calling out; nil for anything else.
    @inline(__always) static func fastEqual(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.object(let x), .object(let y)):
            if x.kind == .str, y.kind == .str, x.type === Builtins.strType, y.type === Builtins.strType {
                return unsafeDowncast(x, to: PyStr.self).equals(unsafeDowncast(y, to: PyStr.self))
            }
            return nil
        default: return nil
        }
    }

    /// `a < b` for plain ints, floats, strs and tuples of them, without dispatch; nil for anything else.
    /// Sorting with tuple keys spends most of its time here.
    static func fastLess(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.float(let x), .float(let y)): return x < y
        case (.object(let x), .object(let y)):
            if x.kind == .str, y.kind == .str, x.type === Builtins.strType, y.type === Builtins.strType {
                return unsafeDowncast(x, to: PyStr.self).compare(unsafeDowncast(y, to: PyStr.self)) < 0
            }
            if x.kind == .tuple, y.kind == .tuple, x.type === Builtins.tupleType, y.type === Builtins.tupleType {
                let p = unsafeDowncast(x, to: PyTuple.self).items
                let q = unsafeDowncast(y, to: PyTuple.self).items
                for i in 0..<Swift.min(p.count, q.count) {
                    if p[i].isIdentical(to: q[i]) { continue }  // identity first, as sequence comparison does
                    guard let same = fastEqual(p[i], q[i]) else { return nil }
                    if !same { return fastLess(p[i], q[i]) }
                }
                return p.count < q.count
            }
            return nil
        default: return nil
        }
    }

    /// `a < b` as a Swift Bool (sorting, min, max).
    public func lessThan(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if let fast = Self.fastLess(a, b) { return fast }
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.float(let x), .float(let y)): return x < y
        case (.object(let x), .object(let y)) where x.kind == .str && y.kind == .str:
            return unsafeDowncast(x, to: PyStr.self).compare(unsafeDowncast(y, to: PyStr.self)) < 0
        default:
            let r = try richCompare(a, b, .lt)
            if case .bool(let t) = r { return t }
            return try isTrue(r)
        }
    }

    /// Comparison of builtin values; nil when the types do not support `op` together.
    func builtinCompare(_ a: Value, _ b: Value, _ op: CompareOperator) throws(PyError) -> Bool? {
        func order(_ c: Int) -> Bool {
            switch op {
            case .lt: return c < 0
            case .ltE: return c <= 0
            case .gt: return c > 0
            case .gtE: return c >= 0
            case .eq: return c == 0
            default: return c != 0
            }
        }
        switch (a, b) {
        case (.int(let x), .int(let y)): return compareResult(x < y ? -1 : (x == y ? 0 : 1), op)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return op == .notEq }
            return compareResult(x < y ? -1 : (x == y ? 0 : 1), op)
        default: break
        }
        if let na = Number(a), let nb = Number(b) {
            return try compareNumbers(na, nb, op)
        }
        guard case .object(let oa) = a, case .object(let ob) = b else {
            if op == .eq || op == .notEq { return op == .eq ? a.isIdentical(to: b) : !a.isIdentical(to: b) }
            return nil
        }
        switch (oa.kind, ob.kind) {
        case (.str, .str):
            return order(unsafeDowncast(oa, to: PyStr.self).compare(unsafeDowncast(ob, to: PyStr.self)))
        case (.list, .list):
            return try compareSequences(
                unsafeDowncast(oa, to: PyList.self).items, unsafeDowncast(ob, to: PyList.self).items, op)
        case (.tuple, .tuple):
            return try compareSequences(
                unsafeDowncast(oa, to: PyTuple.self).items, unsafeDowncast(ob, to: PyTuple.self).items, op)
        case (.bytes, .bytes), (.bytearray, .bytearray), (.bytes, .bytearray), (.bytearray, .bytes):
            let x = unsafeDowncast(oa, to: PyBytes.self).bytes
            let y = unsafeDowncast(ob, to: PyBytes.self).bytes
            let c = x.lexicographicallyPrecedes(y) ? -1 : (x == y ? 0 : 1)
            return order(c)
        case (.dict, .dict):
            guard op == .eq || op == .notEq else { return nil }
            let eq = try dictsEqual(unsafeDowncast(oa, to: PyDict.self), unsafeDowncast(ob, to: PyDict.self))
            return op == .eq ? eq : !eq
        case (.set, .set):
            return try compareSets(unsafeDowncast(oa, to: PySet.self), unsafeDowncast(ob, to: PySet.self), op)
        case (.instance, .instance) where oa is PyDictView && ob is PyDictView:
            let va = oa as! PyDictView
            let vb = ob as! PyDictView
            if va.mode == .values || vb.mode == .values {
                return op == .eq ? oa === ob : (op == .notEq ? oa !== ob : nil)
            }
            let sa = PySet()
            for x in try iterate(a) { try sa.add(x, self) }
            let sb = PySet()
            for x in try iterate(b) { try sb.add(x, self) }
            return try compareSets(sa, sb, op)
        case (.slice, .slice):
            let x = unsafeDowncast(oa, to: PySlice.self)
            let y = unsafeDowncast(ob, to: PySlice.self)
            return try compareSequences([x.start, x.stop, x.step], [y.start, y.stop, y.step], op)
        case (.range, .range):
            guard op == .eq || op == .notEq else { return nil }
            let x = unsafeDowncast(oa, to: PyRange.self)
            let y = unsafeDowncast(ob, to: PyRange.self)
            let eq = x.count == y.count && (x.count == 0 || (x.start == y.start && (x.count == 1 || x.step == y.step)))
            return op == .eq ? eq : !eq
        default:
            if op == .eq { return oa === ob }
            if op == .notEq { return oa !== ob }
            return nil
        }
    }

    func compareNumbers(_ a: Number, _ b: Number, _ op: CompareOperator) throws(PyError) -> Bool? {
        switch (a, b) {
        case (.complex(let ar, let ai), _), (_, .complex(let ar, let ai)):
            guard op == .eq || op == .notEq else { return nil }
            _ = (ar, ai)
            func parts(_ n: Number) -> (Double, Double) {
                if case .complex(let r, let i) = n { return (r, i) }
                return (n.asDouble, 0)
            }
            let eq = parts(a) == parts(b)
            return op == .eq ? eq : !eq
        case (.int(let x), .int(let y)):
            let c = x < y ? -1 : (x == y ? 0 : 1)
            return compareResult(c, op)
        case (.int(let bx), .float(let y)):
            if y.isNaN { return op == .notEq }
            if y.isInfinite { return compareResult(y > 0 ? -1 : 1, op) }
            return compareResult(Self.compareIntFloat(bx, y), op)
        case (.float(let x), .int(let by)):
            if x.isNaN { return op == .notEq }
            if x.isInfinite { return compareResult(x > 0 ? 1 : -1, op) }
            return compareResult(-Self.compareIntFloat(by, x), op)
        default:
            let x = a.asDouble
            let y = b.asDouble
            if x.isNaN || y.isNaN { return op == .notEq }
            // Exact comparison of a big int with a float: compare as BigInt when the float is integral.
            if case .int(let bx) = a, y.isFinite, y == y.rounded(), bx.bitWidth > 52 {
                let c = bx < BigInt(y) ? -1 : (bx == BigInt(y) ? 0 : 1)
                return compareResult(c, op)
            }
            if case .int(let by) = b, x.isFinite, x == x.rounded(), by.bitWidth > 52 {
                let c = BigInt(x) < by ? -1 : (BigInt(x) == by ? 0 : 1)
                return compareResult(c, op)
            }
            let c = x < y ? -1 : (x == y ? 0 : 1)
            return compareResult(c, op)
        }
    }

    /// Exact sign of `i - d` for a finite float `d`.
    static func compareIntFloat(_ i: BigInt, _ d: Double) -> Int {
        let fl = d.rounded(.down)
        let whole = BigInt(fl)
        if i != whole { return i < whole ? -1 : 1 }
        return d > fl ? -1 : 0
    }

    @inline(__always) func compareResult(_ c: Int, _ op: CompareOperator) -> Bool {
        switch op {
        case .lt: return c < 0
        case .ltE: return c <= 0
        case .gt: return c > 0
        case .gtE: return c >= 0
        case .eq: return c == 0
        default: return c != 0
        }
    }

    /// Lexicographic comparison: the first unequal pair decides (identity counts as equal, as in CPython).
    func compareSequences(_ x: ContiguousArray<Value>, _ y: ContiguousArray<Value>, _ op: CompareOperator)
        throws(PyError) -> Bool
    {
        if (op == .eq || op == .notEq) && x.count != y.count { return op == .notEq }
        let n = Swift.min(x.count, y.count)
        for i in 0..<n {
            if x[i].isIdentical(to: y[i]) { continue }
            if try !equal(x[i], y[i]) {
                if op == .eq { return false }
                if op == .notEq { return true }
                let r = try richCompare(x[i], y[i], op)
                return try isTrue(r)
            }
        }
        return compareResult(x.count < y.count ? -1 : (x.count == y.count ? 0 : 1), op)
    }

    func dictsEqual(_ a: PyDict, _ b: PyDict) throws(PyError) -> Bool {
        if a.count != b.count { return false }
        for (k, v) in a.items {
            guard let w = try b.getItem(k, self) else { return false }
            if !v.isIdentical(to: w), try !equal(v, w) { return false }
        }
        return true
    }

    func compareSets(_ a: PySet, _ b: PySet, _ op: CompareOperator) throws(PyError) -> Bool {
        func subset(_ x: PySet, _ y: PySet) throws(PyError) -> Bool {
            if x.count > y.count { return false }
            for e in x.elements { if try !y.contains(e, self) { return false } }
            return true
        }
        switch op {
        case .eq: return a.count == b.count ? try subset(a, b) : false
        case .notEq: return a.count == b.count ? try !subset(a, b) : true
        case .ltE: return try subset(a, b)
        case .lt: return a.count < b.count ? try subset(a, b) : false
        case .gtE: return try subset(b, a)
        case .gt: return b.count < a.count ? try subset(b, a) : false
        default: return false
        }
    }

    // MARK: Hashing

    /// `hash(v)`.
    public static func hash(_ v: Value, _ interp: Interpreter?) throws(PyError) -> Int {
        switch v {
        case .int(let i):
            return intHash(i)
        case .bool(let b): return b ? 1 : 0
        case .none, .undefined: return 0x7FFF_0000_5CB5
        case .float(let d): return floatHash(d)
        case .object(let o):
            switch o.kind {
            case .str: return unsafeDowncast(o, to: PyStr.self).hashValue
            case .tuple: return try unsafeDowncast(o, to: PyTuple.self).hash(interp)
            case .bigInt: return unsafeDowncast(o, to: PyBigInt.self).pythonHash
            case .bytes:
                return PyStr(utf8: unsafeDowncast(o, to: PyBytes.self).bytes, count: 0).hashValue
            case .set:
                let s = unsafeDowncast(o, to: PySet.self)
                if s.isFrozen { return s.frozenHash() }
                throw .typeError("unhashable type: 'set'")
            case .list, .dict, .bytearray:
                throw .typeError("unhashable type: '\(o.type.name)'")
            case .complex:
                let c = unsafeDowncast(o, to: PyComplex.self)
                var h = floatHash(c.real) &+ 1_000_003 &* floatHash(c.imag)
                if h == -1 { h = -2 }
                return h
            default:
                if !o.type.isBuiltin {
                    let interp = interp ?? Interpreter.current
                    if let m = interp.userMethod(o.type, "__hash__") {
                        if m.isNone { throw .typeError("unhashable type: '\(o.type.name)'") }
                        let r = try interp.call(m, [v])
                        guard let h = interp.intValue(r) ?? r.asBigInt.map({ $0.pythonHash }) else {
                            throw .typeError("__hash__ method should return an integer")
                        }
                        return h == -1 ? -2 : h
                    }
                    if interp.userMethod(o.type, "__eq__") != nil {
                        throw .typeError("unhashable type: '\(o.type.name)'")
                    }
                }
                return identityHash(o)
            }
        }
    }

    @inline(__always) static func identityHash(_ o: PyObject) -> Int {
        let bits = UInt(bitPattern: ObjectIdentifier(o).hashValue)
        return Int(bitPattern: (bits >> 4) | (bits << (UInt(Int.bitWidth) - 4)))
    }

    @inline(__always) static func intHash(_ i: Int) -> Int {
        let m = (1 << 61) - 1
        if i >= 0 {
            return i < m ? i : i % m
        }
        if i == Int.min { return -(Int((UInt(bitPattern: i) % UInt(m)))) }
        var h = -((-i) % m)
        if h == -1 { h = -2 }
        return h
    }

    /// CPython's float hash: integral floats hash like the equal int.
    static func floatHash(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314_159 : -314_159 }
        if d == d.rounded(), abs(d) < 9.2e18 { return intHash(Int(d)) }
        let modulus: UInt64 = (1 << 61) - 1
        let parts = frexp(abs(d))
        var m = parts.0
        var e = Int(parts.1)
        let sign: Int = d < 0 ? -1 : 1
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | (x >> (61 - 28))
            m *= 268_435_456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(shift)) & modulus) | (x >> UInt64(61 - shift))
        var h = Int(x) * sign
        if h == -1 { h = -2 }
        return h
    }
}
