#if canImport(Glibc)
    import Glibc
#endif

/// A Swift type that is the element type of a numpy dtype. Kernels are generic over it and get specialised per
/// type, so inner loops work on raw `T`s with no boxing and no dynamic dispatch.
protocol NumpyElement {
    static var dtype: DType { get }
    var npDouble: Double { get }
    /// Integers as they are (wrapping for uint64), floats truncated as C does.
    var npInt64: Int64 { get }
    var npUInt64: UInt64 { get }
    var npBool: Bool { get }
    /// Conversion with numpy's unsafe casting rules (integers wrap, floats truncate).
    init<S: NumpyElement>(npCast s: S)
}

/// Elements with arithmetic: each operation has numpy's semantics for the type (wrapping integers, floor
/// division and modulo with the sign rules of Python, zero for integer division by zero).
protocol NumpyArithmetic: NumpyElement, Comparable {
    static func npAdd(_ a: Self, _ b: Self) -> Self
    static func npSub(_ a: Self, _ b: Self) -> Self
    static func npMul(_ a: Self, _ b: Self) -> Self
    static func npFloorDiv(_ a: Self, _ b: Self) -> Self
    static func npMod(_ a: Self, _ b: Self) -> Self
    static func npPow(_ a: Self, _ b: Self) -> Self
    static func npNeg(_ a: Self) -> Self
    static func npAbs(_ a: Self) -> Self
    static var npZero: Self { get }
    var npIsNaN: Bool { get }
}

/// Integer elements: the arithmetic is shared.
protocol NumpyInteger: NumpyArithmetic, FixedWidthInteger {}

extension NumpyInteger {
    @inline(__always) static func npAdd(_ a: Self, _ b: Self) -> Self { a &+ b }
    @inline(__always) static func npSub(_ a: Self, _ b: Self) -> Self { a &- b }
    @inline(__always) static func npMul(_ a: Self, _ b: Self) -> Self { a &* b }
    @inline(__always) static func npFloorDiv(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return 0 }
        if Self.isSigned && b == (0 &- 1) { return 0 &- a }
        let q = a / b
        if Self.isSigned && (a % b != 0) && ((a < 0) != (b < 0)) { return q &- 1 }
        return q
    }
    @inline(__always) static func npMod(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return 0 }
        if Self.isSigned && b == (0 &- 1) { return 0 }
        let r = a % b
        if Self.isSigned && r != 0 && ((r < 0) != (b < 0)) { return r &+ b }
        return r
    }
    @inline(__always) static func npPow(_ a: Self, _ b: Self) -> Self {
        var result: Self = 1
        var base = a
        var e = b
        if e < 0 { return 0 }  // rejected before the loop runs
        while e > 0 {
            if e & 1 == 1 { result = result &* base }
            e >>= 1
            if e > 0 { base = base &* base }
        }
        return result
    }
    @inline(__always) static func npNeg(_ a: Self) -> Self { 0 &- a }
    @inline(__always) static func npAbs(_ a: Self) -> Self { a < 0 ? 0 &- a : a }
    @inline(__always) static var npZero: Self { 0 }
    @inline(__always) var npIsNaN: Bool { false }
    @inline(__always) var npDouble: Double { Double(self) }
    @inline(__always) var npInt64: Int64 { Int64(truncatingIfNeeded: self) }
    @inline(__always) var npUInt64: UInt64 { UInt64(truncatingIfNeeded: self) }
    @inline(__always) var npBool: Bool { self != 0 }
    @inline(__always) init<S: NumpyElement>(npCast s: S) {
        if S.dtype == .uint64 {
            self.init(truncatingIfNeeded: s.npUInt64)
        } else {
            self.init(truncatingIfNeeded: s.npInt64)
        }
    }
}

/// Float elements: IEEE arithmetic, numpy's floor division and modulo.
protocol NumpyFloat: NumpyArithmetic, BinaryFloatingPoint {}

extension NumpyFloat {
    @inline(__always) static func npAdd(_ a: Self, _ b: Self) -> Self { a + b }
    @inline(__always) static func npSub(_ a: Self, _ b: Self) -> Self { a - b }
    @inline(__always) static func npMul(_ a: Self, _ b: Self) -> Self { a * b }
    @inline(__always) static func npTrueDiv(_ a: Self, _ b: Self) -> Self { a / b }
    static func npFloorDiv(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return a / b }
        let (div, _) = divmod(a, b)
        return div
    }
    static func npMod(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return Self(Double(a).truncatingRemainder(dividingBy: Double(b))) }
        return divmod(a, b).1
    }
    /// Python's float divmod: the quotient rounded toward minus infinity, the remainder with the sign of `b`.
    @inline(__always) static func divmod(_ a: Self, _ b: Self) -> (Self, Self) {
        var mod = a.truncatingRemainder(dividingBy: b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) {
                mod += b
                div -= 1
            }
        } else {
            mod = b < 0 ? -0.0 : 0.0
        }
        var floordiv: Self
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = (a / b).sign == .minus ? -0.0 : 0.0
        }
        return (floordiv, mod)
    }
    @inline(__always) static func npNeg(_ a: Self) -> Self { -a }
    @inline(__always) static func npAbs(_ a: Self) -> Self { Swift.abs(a) }
    @inline(__always) static var npZero: Self { 0 }
    @inline(__always) var npIsNaN: Bool { isNaN }
    @inline(__always) var npBool: Bool { self != 0 }
}

extension UInt8: NumpyInteger {
    static var dtype: DType { .uint8 }
}

extension UInt64: NumpyInteger {
    static var dtype: DType { .uint64 }
}

extension UInt16: NumpyInteger {
    static var dtype: DType { .uint16 }
}

extension UInt32: NumpyInteger {
    static var dtype: DType { .uint32 }
}

extension Int8: NumpyInteger {
    static var dtype: DType { .int8 }
}

extension Int16: NumpyInteger {
    static var dtype: DType { .int16 }
}

extension Int32: NumpyInteger {
    static var dtype: DType { .int32 }
}

extension Int64: NumpyInteger {
    static var dtype: DType { .int64 }
}

extension Float: NumpyFloat {
    static var dtype: DType { .float32 }
    @inline(__always) var npDouble: Double { Double(self) }
    @inline(__always) var npInt64: Int64 { Conversions.int64(Double(self)) }
    @inline(__always) var npUInt64: UInt64 { NumpyValue.float(Double(self)).asUInt64 }
    @inline(__always) init<S: NumpyElement>(npCast s: S) {
        if S.dtype == .float32 || S.dtype == .float64 { self = Float(s.npDouble) }
        else if S.dtype == .uint64 { self = Float(s.npUInt64) }
        else { self = Float(s.npInt64) }
    }
    static func npPow(_ a: Float, _ b: Float) -> Float { powf(a, b) }
}

extension Double: NumpyFloat {
    static var dtype: DType { .float64 }
    @inline(__always) var npDouble: Double { self }
    @inline(__always) var npInt64: Int64 { Conversions.int64(self) }
    @inline(__always) var npUInt64: UInt64 { NumpyValue.float(self).asUInt64 }
    @inline(__always) init<S: NumpyElement>(npCast s: S) {
        if S.dtype == .float32 || S.dtype == .float64 { self = s.npDouble }
        else if S.dtype == .uint64 { self = Double(s.npUInt64) }
        else { self = Double(s.npInt64) }
    }
    static func npPow(_ a: Double, _ b: Double) -> Double { pow(a, b) }
}

/// numpy's bool: one byte, 0 or 1.
extension Bool: NumpyElement {
    static var dtype: DType { .bool }
    @inline(__always) var npDouble: Double { self ? 1 : 0 }
    @inline(__always) var npInt64: Int64 { self ? 1 : 0 }
    @inline(__always) var npUInt64: UInt64 { self ? 1 : 0 }
    @inline(__always) var npBool: Bool { self }
    @inline(__always) init<S: NumpyElement>(npCast s: S) { self = s.npBool }
}
