import BigInt
import PySyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Methods of `int` and `float` beyond the core: bit_count, to_bytes/from_bytes, as_integer_ratio,
/// float.hex/fromhex, the rounding dunders, and the arithmetic and comparison dunders
/// (`(3).__add__(4)`), which return NotImplemented for operands of other types as CPython's do.
extension Builtins {
    static func installMoreNumberMethods() {
        installIntMethods()
        installFloatMethods()
        installNumberDunders()
    }

    private static func isIntLike(_ v: Value) -> Bool {
        switch v {
        case .int, .bool: return true
        default: return v.asBigInt != nil
        }
    }

    private static func isRealLike(_ v: Value) -> Bool {
        if case .float = v { return true }
        return isIntLike(v)
    }

    /// A float's value as an int (truncating), with CPython's errors for nan and infinities.
    static func floatToInt(_ d: Double) throws(PyError) -> Value {
        if d.isNaN { throw .valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw .overflowError("cannot convert float infinity to integer") }
        if Swift.abs(d) < 9e18 { return .int(Int(d)) }
        return PyBigInt.make(BigInt(d))
    }

    static func installIntMethods() {
        let t = intType
        method(t, "bit_count") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("bit_count", min: 0, max: 0)
            guard let n = interp.bigIntValue(v) else { return .int(0) }
            var count = 0
            for word in n.magnitude.words { count += word.nonzeroBitCount }
            return .int(count)
        }
        method(t, "to_bytes") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("to_bytes", min: 0, max: 2, keywords: true)
            for (k, _) in args.keywords where !["length", "byteorder", "signed"].contains(k) {
                throw .typeError("'\(k)' is an invalid keyword argument for to_bytes()")
            }
            let length = try interp.intArgument(args.argument(0, "length") ?? .int(1))
            let little = try byteOrderArgument(args.argument(1, "byteorder"))
            let signed = try interp.isTrue(args.keyword("signed") ?? .false)
            if length < 0 { throw .valueError("length argument must be non-negative") }
            let n = interp.bigIntValue(v) ?? 0
            if n < 0 && !signed { throw .overflowError("can't convert negative int to unsigned") }
            let bits = length * 8
            let fits: Bool
            if signed {
                fits = bits == 0 ? n == 0 : (n >= -(BigInt(1) << (bits - 1)) && n < (BigInt(1) << (bits - 1)))
            } else {
                fits = n.magnitude.bitWidth <= bits || n == 0
            }
            if !fits { throw .overflowError("int too big to convert") }
            var u = n < 0 ? (BigInt(1) << bits) + n : n
            var out = ContiguousArray<UInt8>(repeating: 0, count: length)
            for i in 0..<length {
                out[little ? i : length - 1 - i] = UInt8(truncatingIfNeeded: Int(u & 0xFF))
                u >>= 8
            }
            return .object(PyBytes(out))
        }
        t.namespace.setItem(
            "from_bytes",
            .object(PyMethodWrapper(function: function("from_bytes") { (interp, args) throws(PyError) -> Value in
                // args[0] is the class (bound classmethod).
                guard args.count >= 1, let cls = args[0].asType else { throw .typeError("from_bytes() needs a class") }
                let rest = args.count - 1
                if rest > 2 { throw .typeError("from_bytes() takes at most 2 positional arguments (\(rest) given)") }
                for (k, _) in args.keywords where !["bytes", "byteorder", "signed"].contains(k) {
                    throw .typeError("'\(k)' is an invalid keyword argument for from_bytes()")
                }
                guard let data = args.argument(1, "bytes") else {
                    throw .typeError("from_bytes() missing required argument 'bytes' (pos 1)")
                }
                let little = try byteOrderArgument(args.argument(2, "byteorder"))
                let signed = try interp.isTrue(args.keyword("signed") ?? .false)
                let bytes = try interp.bytesLike(data, allowIterable: true)
                var n = BigInt(0)
                for b in (little ? Array(bytes.reversed()) : Array(bytes)) { n = (n << 8) | BigInt(b) }
                if signed, let top = little ? bytes.last : bytes.first, top & 0x80 != 0 {
                    n -= BigInt(1) << (bytes.count * 8)
                }
                let result = PyBigInt.make(n)
                if cls === Builtins.intType { return result }
                return try interp.call(.object(cls), [result])
            }, isClassMethod: true)))
        method(t, "as_integer_ratio") { (interp, v, _) throws(PyError) -> Value in
            .object(PyTuple([PyBigInt.make(interp.bigIntValue(v) ?? 0), .int(1)]))
        }
        method(t, "conjugate") { (interp, v, _) throws(PyError) -> Value in PyBigInt.make(interp.bigIntValue(v) ?? 0) }
        attribute(t, "numerator") { (interp, v) throws(PyError) -> Value in PyBigInt.make(interp.bigIntValue(v) ?? 0) }
        attribute(t, "denominator") { (_, _) throws(PyError) -> Value in .int(1) }
        for name in ["__trunc__", "__floor__", "__ceil__", "__int__", "__index__", "__pos__"] {
            method(t, name) { (interp, v, _) throws(PyError) -> Value in PyBigInt.make(interp.bigIntValue(v) ?? 0) }
        }
        method(t, "__round__") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("__round__", min: 0, max: 1)
            let plain = PyBigInt.make(interp.bigIntValue(v) ?? 0)
            return try interp.round(plain, args.count > 0 && !args[0].isNone ? args[0] : nil)
        }
        method(t, "__float__") { (interp, v, _) throws(PyError) -> Value in .float(try interp.floatArgument(v)) }
        method(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in .str(intText(interp, v)) }
        method(t, "__str__") { (interp, v, _) throws(PyError) -> Value in .str(intText(interp, v)) }
        method(boolType, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            .str(try interp.isTrue(v) ? "True" : "False")
        }
        method(boolType, "__str__") { (interp, v, _) throws(PyError) -> Value in
            .str(try interp.isTrue(v) ? "True" : "False")
        }
    }

    static func intText(_ interp: Interpreter, _ v: Value) -> String {
        if case .int(let i) = v { return String(i) }
        return (interp.bigIntValue(v) ?? 0).description
    }

    /// `byteorder` of to_bytes/from_bytes ('big' by default since 3.11).
    static func byteOrderArgument(_ v: Value?) throws(PyError) -> Bool {
        guard let v else { return false }
        guard let s = v.asStr else {
            throw .typeError("to_bytes() argument 'byteorder' must be str, not \(v.typeName)")
        }
        switch s.string {
        case "little": return true
        case "big": return false
        default: throw .valueError("byteorder must be either 'little' or 'big'")
        }
    }

    static func installFloatMethods() {
        let t = floatType
        func d(_ interp: Interpreter, _ v: Value) throws(PyError) -> Double { try interp.floatArgument(v) }
        method(t, "as_integer_ratio") { (interp, v, _) throws(PyError) -> Value in
            let x = try d(interp, v)
            if x.isInfinite { throw .overflowError("cannot convert Infinity to integer ratio") }
            if x.isNaN { throw .valueError("cannot convert NaN to integer ratio") }
            // Swift's frexp returns the magnitude's significand: work on |x| and restore the sign.
            var (m, e) = (frexp(Swift.abs(x)).0, Int(frexp(Swift.abs(x)).1))
            var i = 0
            while m != m.rounded(.down) && i < 300 {
                m *= 2
                e -= 1
                i += 1
            }
            var num = BigInt(m)
            if x < 0 { num = -num }
            var den = BigInt(1)
            if e > 0 { num <<= e } else { den <<= -e }
            return .object(PyTuple([PyBigInt.make(num), PyBigInt.make(den)]))
        }
        method(t, "hex") { (interp, v, _) throws(PyError) -> Value in .str(floatHex(try d(interp, v))) }
        t.namespace.setItem(
            "fromhex",
            .object(PyMethodWrapper(function: function("fromhex") { (interp, args) throws(PyError) -> Value in
                guard args.count == 2, let cls = args[0].asType else {
                    throw .typeError("fromhex() takes exactly one argument (\(Swift.max(0, args.count - 1)) given)")
                }
                guard let s = args[1].asStr else {
                    throw .typeError("fromhex() argument must be str, not \(args[1].typeName)")
                }
                let value = Value.float(try parseHexFloat(s.string))
                if cls === Builtins.floatType { return value }
                return try interp.call(.object(cls), [value])
            }, isClassMethod: true)))
        method(t, "conjugate") { (interp, v, _) throws(PyError) -> Value in .float(try d(interp, v)) }
        method(t, "__trunc__") { (interp, v, _) throws(PyError) -> Value in try floatToInt(try d(interp, v)) }
        method(t, "__int__") { (interp, v, _) throws(PyError) -> Value in try floatToInt(try d(interp, v)) }
        method(t, "__floor__") { (interp, v, _) throws(PyError) -> Value in
            try floatToInt((try d(interp, v)).rounded(.down))
        }
        method(t, "__ceil__") { (interp, v, _) throws(PyError) -> Value in
            try floatToInt((try d(interp, v)).rounded(.up))
        }
        method(t, "__round__") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("__round__", min: 0, max: 1)
            return try interp.round(.float(try d(interp, v)), args.count > 0 && !args[0].isNone ? args[0] : nil)
        }
        method(t, "__float__") { (interp, v, _) throws(PyError) -> Value in .float(try d(interp, v)) }
        method(t, "__pos__") { (interp, v, _) throws(PyError) -> Value in .float(try d(interp, v)) }
        method(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in .str(Interpreter.floatRepr(try d(interp, v))) }
        method(t, "__str__") { (interp, v, _) throws(PyError) -> Value in .str(Interpreter.floatRepr(try d(interp, v))) }
    }

    /// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, subnormals as `0x0.<digits>p-1022`.
    static func floatHex(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
        let digits = Array("0123456789abcdef")
        let fr = frexp(Swift.abs(x))
        var m = fr.0
        var e = Int(fr.1)
        let shift = 1 - Swift.max(-1021 - e, 0)
        m = ldexp(m, Int32(shift))
        e -= shift
        var s = String(digits[Int(m)])
        m -= Double(Int(m))
        s += "."
        for _ in 0..<13 {
            m *= 16
            s.append(digits[Int(m)])
            m -= Double(Int(m))
        }
        let exp = e < 0 ? "-\(-e)" : "+\(e)"
        return (x < 0 ? "-0x" : "0x") + s + "p" + exp
    }

    /// `float.fromhex(s)`.
    static func parseHexFloat(_ text: String) throws(PyError) -> Double {
        var s = Substring(text)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        var negative = false
        if let f = s.first, f == "-" || f == "+" {
            negative = f == "-"
            s.removeFirst()
        }
        let lower = s.lowercased()
        if lower == "inf" || lower == "infinity" { return negative ? -.infinity : .infinity }
        if lower == "nan" { return .nan }
        var body = lower
        if body.hasPrefix("0x") { body.removeFirst(2) }
        let invalid = PyError.valueError("invalid hexadecimal floating-point string")
        guard !body.isEmpty, body.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == "p" || $0 == "+" || $0 == "-" }),
            let first = body.first, first.isHexDigit || first == "."
        else { throw invalid }
        guard let value = Double("0x" + body) else { throw invalid }
        if value.isInfinite { throw .overflowError("hexadecimal value too large to represent as a float") }
        return negative ? -value : value
    }

    /// `__add__`, `__radd__`, ..., `__eq__`, `__lt__`, ... on int and float, and the unary dunders.
    static func installNumberDunders() {
        let ops: [(String, BinaryOperator, Bool)] = [
            ("add", .add, true), ("sub", .sub, true), ("mul", .mul, true), ("truediv", .trueDiv, true),
            ("floordiv", .floorDiv, true), ("mod", .mod, true), ("pow", .pow, true), ("lshift", .lShift, false),
            ("rshift", .rShift, false), ("and", .bitAnd, false), ("or", .bitOr, false), ("xor", .bitXor, false),
        ]
        for (t, accepts) in [(intType, isIntLike as (Value) -> Bool), (floatType, isRealLike)] {
            let isFloat = t === floatType
            for (name, op, forFloat) in ops where forFloat || !isFloat {
                method(t, "__\(name)__") { (interp, v, args) throws(PyError) -> Value in
                    try args.expect("__\(name)__", min: 1, max: op == .pow ? 2 : 1)
                    guard accepts(args[0]) else { return Builtins.notImplemented }
                    if op == .pow, args.count == 2, !args[1].isNone {
                        return try interp.call(interp.builtins.getItem("pow")!, [v, args[0], args[1]])
                    }
                    return try interp.binaryOp(plain(v), plain(args[0]), op)
                }
                method(t, "__r\(name)__") { (interp, v, args) throws(PyError) -> Value in
                    try args.expect("__r\(name)__", min: 1, max: 1)
                    guard accepts(args[0]) else { return Builtins.notImplemented }
                    return try interp.binaryOp(plain(args[0]), plain(v), op)
                }
            }
            method(t, "__divmod__") { (interp, v, args) throws(PyError) -> Value in
                try args.expect("__divmod__", min: 1, max: 1)
                guard accepts(args[0]) else { return Builtins.notImplemented }
                return .object(PyTuple([
                    try interp.binaryOp(plain(v), plain(args[0]), .floorDiv),
                    try interp.binaryOp(plain(v), plain(args[0]), .mod),
                ]))
            }
            method(t, "__rdivmod__") { (interp, v, args) throws(PyError) -> Value in
                try args.expect("__rdivmod__", min: 1, max: 1)
                guard accepts(args[0]) else { return Builtins.notImplemented }
                return .object(PyTuple([
                    try interp.binaryOp(plain(args[0]), plain(v), .floorDiv),
                    try interp.binaryOp(plain(args[0]), plain(v), .mod),
                ]))
            }
            let comparisons: [(String, CompareOperator)] = [
                ("eq", .eq), ("ne", .notEq), ("lt", .lt), ("le", .ltE), ("gt", .gt), ("ge", .gtE),
            ]
            for (name, op) in comparisons {
                method(t, "__\(name)__") { (interp, v, args) throws(PyError) -> Value in
                    try args.expect("__\(name)__", min: 1, max: 1)
                    guard accepts(args[0]) else { return Builtins.notImplemented }
                    return try interp.compareOp(plain(v), plain(args[0]), op)
                }
            }
            method(t, "__neg__") { (interp, v, _) throws(PyError) -> Value in try interp.unaryOp(plain(v), .minus) }
            method(t, "__abs__") { (interp, v, _) throws(PyError) -> Value in
                try interp.call(interp.builtins.getItem("abs")!, [plain(v)])
            }
            method(t, "__bool__") { (interp, v, _) throws(PyError) -> Value in .bool(try interp.isTrue(plain(v))) }
            method(t, "__format__") { (interp, v, args) throws(PyError) -> Value in
                try args.expect("__format__", min: 1, max: 1)
                guard let spec = args[0].asStr else {
                    throw .typeError("__format__() argument must be str, not \(args[0].typeName)")
                }
                return .str(try interp.formatBuiltin(plain(v), spec.string))
            }
        }
        method(intType, "__invert__") { (interp, v, _) throws(PyError) -> Value in try interp.unaryOp(plain(v), .invert) }
    }

    /// The plain builtin value of a number (instances of user subclasses of int are still ints to Swift).
    @inline(__always) static func plain(_ v: Value) -> Value { v }
}

extension Interpreter {
    /// An int as the nearest float (round-half-even, as CPython), OverflowError when too large.
    public static func bigIntToDouble(_ n: BigInt) throws(PyError) -> Double {
        let mag = n.magnitude
        let bits = mag.bitWidth
        var d: Double
        if bits <= 64 {
            d = Double(UInt64(mag))
        } else {
            let shift = bits - 64
            var top = UInt64(mag >> shift)
            if mag.trailingZeroBitCount < shift { top |= 1 }  // sticky bit below the rounding position
            d = Double(top)
            d = scalbn(d, Int32(shift))
        }
        if d.isInfinite { throw .overflowError("int too large to convert to float") }
        return n.sign == .minus ? -d : d
    }

    /// The bytes of a bytes-like argument (bytes, bytearray, memoryview), or of an iterable of ints when
    /// `allowIterable`, with CPython's errors.
    public func bytesLike(_ v: Value, allowIterable: Bool = false) throws(PyError) -> ContiguousArray<UInt8> {
        if let b = v.asObject as? PyBytes { return b.bytes }
        if let m = v.asObject as? PyMemoryView { return m.bytes }
        if allowIterable && v.asStr != nil { throw .typeError("cannot convert 'str' object to bytes") }
        if allowIterable {
            var out = ContiguousArray<UInt8>()
            do {
                try forEach(v) { (x) throws(PyError) in
                    guard let i = intValue(x) else {
                        throw .typeError("'\(x.typeName)' object cannot be interpreted as an integer")
                    }
                    guard i >= 0 && i < 256 else { throw .valueError("bytes must be in range(0, 256)") }
                    out.append(UInt8(i))
                }
            } catch where error.exception.plainMessage.hasSuffix("is not iterable") {
                throw .typeError("cannot convert '\(v.typeName)' object to bytes")
            }
            return out
        }
        throw .typeError("a bytes-like object is required, not '\(v.typeName)'")
    }
}
