/// The operations of the elementwise kernels as types: a kernel is specialised for one of them, so the
/// operation is a static call the compiler inlines into the loop (a closure argument would leave an
/// indirect call per element and defeat vectorisation).
protocol BinaryKernel {
    associatedtype In
    associatedtype Out
    static func apply(_ a: In, _ b: In) -> Out
}

protocol UnaryKernel {
    associatedtype In
    associatedtype Out
    static func apply(_ a: In) -> Out
}

enum AddOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.npAdd(a, b) }
}

enum SubOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.npSub(a, b) }
}

enum MulOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.npMul(a, b) }
}

enum FloorDivOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.npFloorDiv(a, b) }
}

enum ModOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.npMod(a, b) }
}

enum PowOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.npPow(a, b) }
}

enum TrueDivOp<T: NumpyFloat>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> T { a / b }
}

enum EqOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> Bool { a == b }
}

enum NeOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> Bool { a != b }
}

enum LtOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> Bool { a < b }
}

enum LeOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> Bool { a <= b }
}

enum GtOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> Bool { a > b }
}

enum GeOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> Bool { a >= b }
}

/// numpy's maximum and minimum: a NaN on either side wins.
enum MaxOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> T { a.npIsNaN ? a : (b.npIsNaN ? b : (a >= b ? a : b)) }
}

enum MinOp<T: NumpyArithmetic>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> T { a.npIsNaN ? a : (b.npIsNaN ? b : (a <= b ? a : b)) }
}

enum AndOp<T: FixedWidthInteger>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> T { a & b }
}

enum OrOp<T: FixedWidthInteger>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> T { a | b }
}

enum XorOp<T: FixedWidthInteger>: BinaryKernel {
    @inline(__always) static func apply(_ a: T, _ b: T) -> T { a ^ b }
}

enum CastOp<S: NumpyElement, D: NumpyElement>: UnaryKernel {
    @inline(__always) static func apply(_ a: S) -> D { D(npCast: a) }
}

enum NegOp<T: NumpyArithmetic>: UnaryKernel {
    @inline(__always) static func apply(_ a: T) -> T { T.npNeg(a) }
}

enum AbsOp<T: NumpyArithmetic>: UnaryKernel {
    @inline(__always) static func apply(_ a: T) -> T { T.npAbs(a) }
}

enum InvertOp<T: FixedWidthInteger>: UnaryKernel {
    @inline(__always) static func apply(_ a: T) -> T { ~a }
}

/// Logical not of bools seen as bytes 0 and 1.
enum NotByteOp: UnaryKernel {
    @inline(__always) static func apply(_ a: UInt8) -> UInt8 { a ^ 1 }
}
