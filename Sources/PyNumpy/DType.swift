/// The element types of the numpy subset: bool, the unsigned and signed integers of 8 to 64 bits, float32 and
/// float64. The raw values order the types by kind (bool < unsigned < signed < float) and size within a kind.
enum DType: Int, CaseIterable, Sendable {
    case bool = 0
    case uint8, uint16, uint32, uint64
    case int8, int16, int32, int64
    case float32, float64

    /// What numpy calls the type (`np.dtype('uint8').name`).
    var name: String {
        switch self {
        case .bool: "bool"
        case .uint8: "uint8"
        case .uint16: "uint16"
        case .uint32: "uint32"
        case .uint64: "uint64"
        case .int8: "int8"
        case .int16: "int16"
        case .int32: "int32"
        case .int64: "int64"
        case .float32: "float32"
        case .float64: "float64"
        }
    }

    var itemSize: Int {
        switch self {
        case .bool, .uint8, .int8: 1
        case .uint16, .int16: 2
        case .uint32, .int32, .float32: 4
        case .uint64, .int64, .float64: 8
        }
    }

    /// The kind letter of `dtype.kind` and of the array interface's type string.
    var kindCharacter: String {
        switch self {
        case .bool: "b"
        case .uint8, .uint16, .uint32, .uint64: "u"
        case .int8, .int16, .int32, .int64: "i"
        case .float32, .float64: "f"
        }
    }

    /// `dtype.str`: byte order, kind and size (`<f8`, `|u1`).
    var typeString: String { (itemSize == 1 ? "|" : "<") + kindCharacter + String(itemSize) }

    /// `dtype.char`, the one-letter code.
    var character: String {
        switch self {
        case .bool: "?"
        case .uint8: "B"
        case .uint16: "H"
        case .uint32: "I"
        case .uint64: "L"
        case .int8: "b"
        case .int16: "h"
        case .int32: "i"
        case .int64: "l"
        case .float32: "f"
        case .float64: "d"
        }
    }

    var isFloat: Bool { self == .float32 || self == .float64 }
    var isUnsigned: Bool { self == .uint8 || self == .uint16 || self == .uint32 || self == .uint64 }
    var isSigned: Bool { self == .int8 || self == .int16 || self == .int32 || self == .int64 }
    var isInteger: Bool { isUnsigned || isSigned }

    /// Types whose repr omits `dtype=` (numpy's defaults for Python bools, ints and floats).
    var isReprDefault: Bool { self == .bool || self == .int64 || self == .float64 }

    /// The inclusive range of an integer type, as Python ints would see it (nil for bool and floats).
    var integerBounds: (min: Int, max: Int)? {
        switch self {
        case .uint8: (0, Int(UInt8.max))
        case .uint16: (0, Int(UInt16.max))
        case .uint32: (0, Int(UInt32.max))
        case .uint64: (0, Int.max)  // Python ints beyond Int.max are big ints, handled by the caller
        case .int8: (Int(Int8.min), Int(Int8.max))
        case .int16: (Int(Int16.min), Int(Int16.max))
        case .int32: (Int(Int32.min), Int(Int32.max))
        case .int64: (Int.min, Int.max)
        default: nil
        }
    }

    /// The signed integer type of `bytes` bytes (8 for anything larger).
    static func signed(bytes: Int) -> DType {
        bytes <= 1 ? .int8 : bytes == 2 ? .int16 : bytes == 4 ? .int32 : .int64
    }

    /// The dtype named by a string (`"uint8"`, `"u1"`, `"<f8"`, `"float"`, `"int"`...).
    init?(name: String) {
        var s = name
        if s.hasPrefix("<") || s.hasPrefix("|") || s.hasPrefix("=") { s.removeFirst() }
        switch s {
        case "bool", "bool_", "?", "b1": self = .bool
        case "uint8", "u1", "B", "ubyte": self = .uint8
        case "uint16", "u2", "H", "ushort": self = .uint16
        case "uint32", "u4", "I", "uintc": self = .uint32
        case "uint64", "u8", "L", "ulong", "uint": self = .uint64
        case "int8", "i1", "b", "byte": self = .int8
        case "int16", "i2", "h", "short": self = .int16
        case "int32", "i4", "i", "intc": self = .int32
        case "int64", "i8", "l", "int", "long", "int_", "intp": self = .int64
        case "float32", "f4", "f", "single": self = .float32
        case "float64", "f8", "d", "float", "double", "float_": self = .float64
        default: return nil
        }
    }

    /// numpy 2's promotion of two array (or numpy scalar) types: the smallest type that holds both.
    static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        let (lo, hi) = a.rawValue < b.rawValue ? (a, b) : (b, a)
        if lo == .bool { return hi }
        if hi.isFloat {
            if lo.isFloat { return hi }
            // integers up to 16 bits fit float32's mantissa; wider ones need float64
            return hi == .float32 && lo.itemSize <= 2 ? .float32 : .float64
        }
        if lo.isUnsigned == hi.isUnsigned { return lo.itemSize > hi.itemSize ? lo : hi }
        // one unsigned (lo, by the raw order) and one signed type
        if hi.itemSize > lo.itemSize { return hi }
        return lo == .uint64 ? .float64 : signed(bytes: lo.itemSize * 2)
    }

    /// The result type of an operation between an array of type `a` and a Python scalar (NEP 50: Python
    /// scalars are "weak": they take the array's type when it is of the same kind or a higher one).
    static func promoteWeak(_ a: DType, scalar: WeakScalarKind) -> DType {
        switch scalar {
        case .bool: return a
        case .int: return a == .bool ? .int64 : a
        case .float: return a.isFloat ? a : .float64
        }
    }
}

/// The kind of a Python scalar operand, for weak promotion.
enum WeakScalarKind {
    case bool, int, float
}
