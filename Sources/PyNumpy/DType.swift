/// The element types of the numpy subset. The raw values order the types by kind (bool < unsigned < signed <
/// float) so promotion can compare kinds; `uint64` exists mainly because numpy sums `uint8` arrays into it.
enum DType: Int, CaseIterable, Sendable {
    case bool = 0
    case uint8
    case uint64
    case int32
    case int64
    case float32
    case float64

    /// What numpy calls the type (`np.dtype('uint8').name`).
    var name: String {
        switch self {
        case .bool: "bool"
        case .uint8: "uint8"
        case .uint64: "uint64"
        case .int32: "int32"
        case .int64: "int64"
        case .float32: "float32"
        case .float64: "float64"
        }
    }

    var itemSize: Int {
        switch self {
        case .bool, .uint8: 1
        case .int32, .float32: 4
        case .uint64, .int64, .float64: 8
        }
    }

    /// The kind letter of `dtype.kind` and of the array interface's type string.
    var kindCharacter: String {
        switch self {
        case .bool: "b"
        case .uint8, .uint64: "u"
        case .int32, .int64: "i"
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
        case .uint64: "L"
        case .int32: "i"
        case .int64: "l"
        case .float32: "f"
        case .float64: "d"
        }
    }

    var isFloat: Bool { self == .float32 || self == .float64 }
    var isInteger: Bool { self == .uint8 || self == .uint64 || self == .int32 || self == .int64 }
    var isUnsigned: Bool { self == .uint8 || self == .uint64 }

    /// Types whose repr omits `dtype=` (numpy's defaults for Python bools, ints and floats).
    var isReprDefault: Bool { self == .bool || self == .int64 || self == .float64 }

    /// The inclusive range of an integer type, as Python ints would see it (nil for bool and floats).
    var integerBounds: (min: Int, max: Int)? {
        switch self {
        case .uint8: (0, 255)
        case .int32: (Int(Int32.min), Int(Int32.max))
        case .int64: (Int.min, Int.max)
        case .uint64: (0, Int.max)  // Python ints beyond Int.max are big ints, handled by the caller
        default: nil
        }
    }

    /// The dtype named by a string (`"uint8"`, `"u1"`, `"<f8"`, `"float"`, `"int"`...).
    init?(name: String) {
        var s = name
        if s.hasPrefix("<") || s.hasPrefix("|") || s.hasPrefix("=") { s.removeFirst() }
        switch s {
        case "bool", "bool_", "?", "b1": self = .bool
        case "uint8", "u1", "B", "ubyte": self = .uint8
        case "uint64", "u8", "L", "ulong", "uint": self = .uint64
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
        switch (lo, hi) {
        case (.bool, _): return hi
        case (.uint8, _): return hi
        case (.uint64, .int32), (.uint64, .int64): return .float64
        case (.uint64, .float32), (.int32, .float32), (.int64, .float32): return .float64
        default: return hi
        }
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
