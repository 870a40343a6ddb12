import BigInt
import PyCompiler

/// Python values as bytes for another process: the cluster runtime's equivalent of cloudpickle.
///
/// # Wire format (version 1)
///
/// A payload is the 4-byte magic `SRPV`, one version byte (`1`), then exactly one *value*; nothing may follow
/// it. Conventions used below:
/// - `uvar`: unsigned LEB128 varint (7 bits per byte, least significant group first, high bit = more).
/// - `svar`: a signed integer zigzag-mapped (`(v << 1) ^ (v >> 63)`) then written as a `uvar`.
/// - `text`: `uvar` byte count + UTF-8 bytes (not a value, not memoized; used for names inside records).
/// - `blob`: `uvar` byte count + raw bytes.
/// - `f64`: the 8 bytes of an IEEE-754 bit pattern, little-endian (so nan payloads, inf and -0.0 are exact).
/// - `key16`: 16 raw bytes (a class identity key).
/// - a *value* is one tag byte followed by the tag's payload.
///
/// The memo: both ends number objects in the order they are *registered* (0, 1, 2, ...), and `REF uvar`
/// stands for a registered object. Mutable or self-referencing objects (list, dict, set, bytearray, instances,
/// exceptions, functions, cells, properties, globals dicts) register *before* their contents are written, so
/// cycles close through them (`l = []; l.append(l)`). Objects built from their parts (tuple, frozenset, bound
/// methods, static/class methods, slices, ranges, class skeletons) register *after* their parts; the writer
/// first emits each not-yet-written part as `PREP part` (read and dropped by the reader, it only fills the memo)
/// so that a cycle reaching the composite from inside its parts is resolved before the composite's record,
/// keeping identity exact. Leaves (str, bytes, big ints, complex, code, by-name references) register when
/// read; repeated strings (attribute names across many instances) travel once.
///
/// | tag  | name          | payload                                                                   | memo   |
/// |------|---------------|---------------------------------------------------------------------------|--------|
/// | 0x00 | NONE          |                                                                           |        |
/// | 0x01 | FALSE         |                                                                           |        |
/// | 0x02 | TRUE          |                                                                           |        |
/// | 0x03 | INT           | svar (64-bit int)                                                         |        |
/// | 0x04 | BIGINT        | u8 sign (0 = +, 1 = −), blob magnitude (little-endian bytes)              | after  |
/// | 0x05 | FLOAT         | f64                                                                       |        |
/// | 0x06 | COMPLEX       | f64 real, f64 imag                                                        | after  |
/// | 0x07 | STR           | blob (UTF-8, validated on reading)                                        | after  |
/// | 0x08 | BYTES         | blob                                                                      | after  |
/// | 0x09 | BYTEARRAY     | blob                                                                      | before |
/// | 0x0A | ELLIPSIS      |                                                                           |        |
/// | 0x0B | NOTIMPLEMENTED|                                                                           |        |
/// | 0x0F | EMPTY         | an empty cell's content (valid only there)                                |        |
/// | 0x10 | REF           | uvar memo index                                                           |        |
/// | 0x11 | PREP          | value (for the memo only), then the value that stands here                |        |
/// | 0x20 | LIST          | uvar n, n values                                                          | before |
/// | 0x21 | TUPLE         | uvar n, n values                                                          | after  |
/// | 0x22 | DICT          | uvar n, n × (key value, value value), insertion order                     | before |
/// | 0x23 | SET           | uvar n, n values (re-added in this order)                                 | before |
/// | 0x24 | FROZENSET     | uvar n, n values (added in this order)                                    | after  |
/// | 0x25 | RANGE         | value start, value stop, value step (ints)                                | after  |
/// | 0x26 | SLICE         | value start, value stop, value step                                       | after  |
/// | 0x30 | BUILTINTYPE   | text name (`int`, `NoneType`, `ValueError`, ...)                          | after  |
/// | 0x31 | GLOBAL        | text module, text qualname: imported, then attributes looked up           | after  |
/// | 0x32 | MODULE        | text name, imported with `importSingle`                                   | after  |
/// | 0x33 | GETATTR       | value object, text name (`str.join`, `int.from_bytes`)                    | after  |
/// | 0x34 | CODE          | blob (`CodeObject.serialized()`)                                          | after  |
/// | 0x40 | CLASS         | key16, text name, text qualname, text module, value metatype, uvar n,     | after  |
/// |      |               | n base values, u8 has-slots (+ uvar n, n texts) — *registered here* —     | skele- |
/// |      |               | uvar n, n × (text name, value) namespace                                  | ton    |
/// | 0x41 | INSTANCE      | value class — registered — value `__dict__` (DICT or REF)                 | before |
/// | 0x42 | EXCEPTION     | value type — registered — value args (tuple), value `__dict__`, value     | before |
/// |      |               | `__cause__`, value `__context__`, u8 suppress, value rendered traceback    |        |
/// | 0x43 | FUNCTION      | blob code, value globals (GLOBALS or REF), uvar n, n closure cells each   | before |
/// |      |               | REF or NEWCELL — registered — text name, text qualname, value doc, value  | (after |
/// |      |               | `__module__`, uvar n + n defaults, value kwdefaults, value annotations,   | header)|
/// |      |               | uvar n + n × (text, value) globals the code reads, the content (value or  |        |
/// |      |               | EMPTY) of each NEWCELL in order, value `__dict__` (DICT or NONE)          |        |
/// | 0x44 | CELL          | — registered — value content or EMPTY                                     | before |
/// | 0x45 | BOUNDMETHOD   | value function, value receiver                                            | after  |
/// | 0x46 | PROPERTY      | — registered — value fget, value fset, value fdel, value doc              | before |
/// | 0x47 | STATICMETHOD  | value function, value `__dict__`                                          | after  |
/// | 0x48 | CLASSMETHOD   | value function, value `__dict__`                                          | after  |
/// | 0x49 | GLOBALS       | text module name: a fresh globals dict (`__name__`, `__builtins__`)       | before |
/// | 0x4A | NEWCELL       | (only in a FUNCTION header) a fresh empty cell                            | before |
/// | 0x50 | EXTERNAL      | text kind, blob payload: a native object of another target, by its codec | after  |
/// | 0x51 | EXTERNAL_OOB  | text kind, blob meta, uvar buffer index: as EXTERNAL, with its bulk data | after  |
/// |      |               | out of band (`SerializedValue.buffers`); written only when asked for      |        |
/// | 0x4B | SUBCLASSINST  | value class, u8 kind (`ObjectKind` raw value: 5 list, 6 tuple, 7 dict),   | list,  |
/// |      |               | then as LIST / TUPLE / DICT without the tag, then value `__dict__` (DICT  | dict:  |
/// |      |               | or NONE). Instances of class statements subclassing list, tuple or dict.  | before |
///
/// Classes travel by value (cloudpickle's choice for classes of `__main__`) unless they can be found by name
/// in a library module both ends have (`GLOBAL`). Each class carries a random identity key, assigned the first
/// time it is serialized and remembered per interpreter; the receiving interpreter keeps a registry from key to
/// class, so two objects of one class sent separately get the same class object there (and a class sent back
/// to its origin is the original). Functions travel by value with only the globals their code (and nested
/// code) names; functions of one globals dict share one rebuilt globals dict on the receiving end. Modules
/// travel by name, builtins by name.
///
/// Reading validates every length, index and tag and raises `ValueError("corrupt serialized value: ...")`;
/// it never traps on malformed input. It is *not* a sandbox: a payload may carry functions and classes, and
/// rebuilding dicts and sets calls the `__hash__`/`__eq__` of the classes it carries, as unpickling does.
public struct SerializedValue: Sendable {
    public var bytes: [UInt8]
    /// Bulk data of native objects (array contents) that travels beside `bytes` rather than inside it, in
    /// the order EXTERNAL_OOB entries name them; empty unless the writer asked for out-of-band buffers.
    public var buffers: [OutOfBandBuffer]

    public init(bytes: [UInt8], buffers: [OutOfBandBuffer] = []) {
        self.bytes = bytes
        self.buffers = buffers
    }

    /// Bytes in all: the stream plus its out-of-band buffers.
    public var totalCount: Int { buffers.reduce(bytes.count) { $0 + $1.count } }
}

/// Memory a serialized value refers to instead of containing it (pickle protocol 5's out-of-band buffers):
/// a large array's data is copied once, straight into the object store, and read back by mapping the store
/// rather than copying. On the writing side the buffer borrows the array's memory; on the reading side it
/// borrows a read-only mapping, and whatever is built on it keeps `owner` alive, so the mapping stays
/// pinned while any value backed by it lives.
public final class OutOfBandBuffer: @unchecked Sendable {  // immutable after init; the memory is never written through it
    public let base: UnsafeRawPointer
    public let count: Int
    /// False when the memory is a sealed object in the shared store: values built on it must be read-only.
    public let isWritable: Bool
    /// Keeps the memory alive (an array's storage, or the store mapping).
    public let owner: AnyObject?

    public init(base: UnsafeRawPointer, count: Int, isWritable: Bool, owner: AnyObject?) {
        self.base = base
        self.count = count
        self.isWritable = isWritable
        self.owner = owner
    }

    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }
}

enum SerialTag {
    static let none: UInt8 = 0x00, false_: UInt8 = 0x01, true_: UInt8 = 0x02, int: UInt8 = 0x03
    static let bigInt: UInt8 = 0x04, float: UInt8 = 0x05, complex: UInt8 = 0x06, str: UInt8 = 0x07
    static let bytes: UInt8 = 0x08, bytearray: UInt8 = 0x09, ellipsis: UInt8 = 0x0A, notImplemented: UInt8 = 0x0B
    static let empty: UInt8 = 0x0F, ref: UInt8 = 0x10, prep: UInt8 = 0x11
    static let list: UInt8 = 0x20, tuple: UInt8 = 0x21, dict: UInt8 = 0x22, set: UInt8 = 0x23
    static let frozenset: UInt8 = 0x24, range: UInt8 = 0x25, slice: UInt8 = 0x26
    static let builtinType: UInt8 = 0x30, global: UInt8 = 0x31, module: UInt8 = 0x32, getattr: UInt8 = 0x33
    static let code: UInt8 = 0x34
    static let classDef: UInt8 = 0x40, instance: UInt8 = 0x41, exception: UInt8 = 0x42, function: UInt8 = 0x43
    static let cell: UInt8 = 0x44, boundMethod: UInt8 = 0x45, property: UInt8 = 0x46, staticMethod: UInt8 = 0x47
    static let classMethod: UInt8 = 0x48, globals: UInt8 = 0x49, newCell: UInt8 = 0x4A, subclassInstance: UInt8 = 0x4B
    static let external: UInt8 = 0x50, externalOutOfBand: UInt8 = 0x51
}

/// Serialization of native objects that other targets define (the ray module's ObjectRef and handles): each
/// registers a codec for its type, written as `EXTERNAL text kind, blob payload` and rebuilt by the codec of
/// the same kind on the other end. Codecs see the interpreter, so they can record what they carry (the refs
/// nested in a task argument) in the interpreter's `extensions`.
///
/// A codec for objects with bulk data (arrays) can also move that data out of band: `encodeOutOfBand`
/// returns small metadata plus a buffer over the object's memory (or nil to stay in band, e.g. for small
/// objects), and `decodeOutOfBand` rebuilds the object over the buffer it is given, without copying.
public struct ExternalValueCodec: Sendable {
    public typealias OutOfBandEncoder =
        @Sendable (Interpreter, PyObject) throws(PyError) -> (meta: [UInt8], buffer: OutOfBandBuffer)?
    public typealias OutOfBandDecoder = @Sendable (Interpreter, [UInt8], OutOfBandBuffer) throws(PyError) -> Value

    public let kind: String
    public let encode: @Sendable (Interpreter, PyObject) throws(PyError) -> [UInt8]
    public let decode: @Sendable (Interpreter, [UInt8]) throws(PyError) -> Value
    public let encodeOutOfBand: OutOfBandEncoder?
    public let decodeOutOfBand: OutOfBandDecoder?

    public init(
        kind: String, encode: @escaping @Sendable (Interpreter, PyObject) throws(PyError) -> [UInt8],
        decode: @escaping @Sendable (Interpreter, [UInt8]) throws(PyError) -> Value,
        encodeOutOfBand: OutOfBandEncoder? = nil, decodeOutOfBand: OutOfBandDecoder? = nil
    ) {
        self.kind = kind
        self.encode = encode
        self.decode = decode
        self.encodeOutOfBand = encodeOutOfBand
        self.decodeOutOfBand = decodeOutOfBand
    }
}

/// The registry of external codecs (filled once at start-up, read afterwards).
public enum ExternalValueCodecs {
    nonisolated(unsafe) static var byType: [ObjectIdentifier: ExternalValueCodec] = [:]
    nonisolated(unsafe) static var byKind: [String: ExternalValueCodec] = [:]

    public static func register(_ codec: ExternalValueCodec, for type: PyType) {
        byType[ObjectIdentifier(type)] = codec
        byKind[codec.kind] = codec
    }

    static func codec(for type: PyType) -> ExternalValueCodec? {
        byType.isEmpty ? nil : byType[ObjectIdentifier(type)]
    }
}

/// Per-interpreter state: class identity keys in both directions.
final class ValueSerializationState {
    static let extensionKey = "valueSerialization"
    var keyByClass: [ObjectIdentifier: [UInt8]] = [:]
    var classByKey: [[UInt8]: PyType] = [:]

    static let magic: [UInt8] = Array("SRPV".utf8)
    static let version: UInt8 = 1
    /// Deepest nesting of values either end accepts (the native stack is checked as well).
    static let maxDepth = 10_000
}

extension Interpreter {
    var valueSerializationState: ValueSerializationState {
        if let s = extensions[ValueSerializationState.extensionKey] as? ValueSerializationState { return s }
        let s = ValueSerializationState()
        extensions[ValueSerializationState.extensionKey] = s
        return s
    }

    /// Serialize `value` for another process. Throws TypeError ("cannot pickle 'generator' object", as
    /// CPython's pickle words it) for values that cannot travel: generators, coroutines, open files,
    /// iterators, library objects, modules other than by name.
    /// - Parameter outOfBand: let codecs that can put their bulk data in `SerializedValue.buffers`; the
    ///   caller must then carry the buffers beside the bytes (and keep them alive until they are copied).
    public func serialize(_ value: Value, outOfBand: Bool = false) throws(PyError) -> SerializedValue {
        var w = ValueWriter(interp: self)
        w.allowsOutOfBand = outOfBand
        w.out += ValueSerializationState.magic
        w.out.append(ValueSerializationState.version)
        try w.value(value)
        return SerializedValue(bytes: w.out, buffers: w.buffers)
    }

    /// Names in builtins that are types, plus the builtin types not reachable from `builtins`.
    static let builtinTypesByName: [String: PyType] = {
        let t = Builtins.table
        var map: [String: PyType] = [:]
        for type in [
            t.type, t.object, t.int, t.float, t.bool, t.none, t.str, t.bytes, t.bytearray, t.list, t.tuple, t.dict,
            t.set, t.frozenset, t.complex, t.function, t.builtinFunction, t.methodDescriptor, t.method, t.cell,
            t.module, t.code, t.generator, t.coroutine, t.asyncGenerator, t.range, t.slice, t.property,
            t.staticmethod, t.classmethod, t.notImplementedType, t.ellipsisType,
        ] {
            map[type.name] = type
        }
        for (name, type) in t.exceptions { map[name] = type }
        return map
    }()
}

// MARK: Writing

struct ValueWriter {
    let interp: Interpreter
    var out: [UInt8] = []
    var memo: [ObjectIdentifier: Int] = [:]
    /// Keeps memoized objects alive so their identifiers cannot be reused during one serialization.
    var keepAlive: [AnyObject] = []
    var depth = 0
    var allowsOutOfBand = false
    var buffers: [OutOfBandBuffer] = []

    init(interp: Interpreter) {
        self.interp = interp
    }

    // Primitive encodings.
    mutating func u8(_ b: UInt8) { out.append(b) }

    mutating func uvar(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    mutating func count(_ n: Int) { uvar(UInt64(n)) }

    mutating func svar(_ v: Int64) { uvar(UInt64(bitPattern: (v << 1) ^ (v >> 63))) }

    mutating func f64(_ d: Double) {
        let bits = d.bitPattern
        for i in 0..<8 { out.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))) }
    }

    mutating func blob<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        count(bytes.count)
        out.append(contentsOf: bytes)
    }

    mutating func text(_ s: String) { blob(Array(s.utf8)) }

    // Memo.
    mutating func register(_ o: AnyObject) {
        memo[ObjectIdentifier(o)] = memo.count
        keepAlive.append(o)
    }

    /// Emit `REF` and return true when `o` was already written.
    mutating func backReference(_ o: AnyObject) -> Bool {
        guard let index = memo[ObjectIdentifier(o)] else { return false }
        u8(SerialTag.ref)
        count(index)
        return true
    }

    /// Write each not-yet-written part that could lead back to `owner` as `PREP part`; afterwards `owner`
    /// may itself have been written (true: a `REF` was emitted).
    mutating func prepare(_ parts: [Value], owner: AnyObject) throws(PyError) -> Bool {
        for part in parts {
            guard case .object(let o) = part, memo[ObjectIdentifier(o)] == nil else { continue }
            switch o.kind {
            case .str, .bytes, .bigInt, .complex, .code, .builtinFunction, .methodDescriptor, .module: continue
            default: break
            }
            u8(SerialTag.prep)
            try value(part)
        }
        return backReference(owner)
    }

    static func refusal(_ v: Value, _ why: String? = nil) -> PyError {
        let name = v.asObject.map { o -> String in
            o.type.moduleName == "builtins" ? o.type.name : "\(o.type.moduleName).\(o.type.name)"
        } ?? v.typeName
        return .typeError("cannot pickle '\(name)' object" + (why.map { ": " + $0 } ?? ""))
    }

    mutating func value(_ v: Value) throws(PyError) {
        switch v {
        case .none: u8(SerialTag.none)
        case .bool(let b): u8(b ? SerialTag.true_ : SerialTag.false_)
        case .int(let i):
            u8(SerialTag.int)
            svar(Int64(i))
        case .float(let d):
            u8(SerialTag.float)
            f64(d)
        case .undefined: throw .valueError("cannot serialize an unbound value")
        case .object(let o):
            if backReference(o) { return }
            depth += 1
            defer { depth -= 1 }
            if depth > ValueSerializationState.maxDepth || Interpreter.nativeStackPointer() < interp.nativeStackFloor {
                throw PyError(.make(Builtins.recursionErrorType, "maximum recursion depth exceeded while pickling an object"))
            }
            try object(o, v)
        }
    }

    mutating func object(_ o: PyObject, _ v: Value) throws(PyError) {
        switch o.kind {
        case .str:
            guard o.type === Builtins.strType else { throw Self.refusal(v, "subclasses of builtin types are not supported") }
            u8(SerialTag.str)
            blob(unsafeDowncast(o, to: PyStr.self).utf8)
            register(o)
        case .bytes, .bytearray:
            let b = unsafeDowncast(o, to: PyBytes.self)
            guard o.type === Builtins.bytesType || o.type === Builtins.bytearrayType else {
                throw Self.refusal(v, "subclasses of builtin types are not supported")
            }
            if o.kind == .bytearray {
                u8(SerialTag.bytearray)
                register(o)
                blob(b.bytes)
            } else {
                u8(SerialTag.bytes)
                blob(b.bytes)
                register(o)
            }
        case .bigInt:
            let n = unsafeDowncast(o, to: PyBigInt.self).value
            guard o.type === Builtins.intType else { throw Self.refusal(v, "subclasses of builtin types are not supported") }
            u8(SerialTag.bigInt)
            u8(n.sign == .minus ? 1 : 0)
            var bytes: [UInt8] = []
            for word in n.magnitude.words {
                for i in 0..<(UInt.bitWidth / 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt(8 * i))) }
            }
            while bytes.last == 0 { bytes.removeLast() }
            blob(bytes)
            register(o)
        case .complex:
            let c = unsafeDowncast(o, to: PyComplex.self)
            u8(SerialTag.complex)
            f64(c.real)
            f64(c.imag)
            register(o)
        case .list:
            guard o.type === Builtins.listType else { return try builtinSubclass(o, v) }
            let l = unsafeDowncast(o, to: PyList.self)
            u8(SerialTag.list)
            register(o)
            let items = l.items
            count(items.count)
            for item in items { try value(item) }
        case .tuple:
            guard o.type === Builtins.tupleType else { return try builtinSubclass(o, v) }
            let t = unsafeDowncast(o, to: PyTuple.self)
            if try prepare(Array(t.items), owner: o) { return }
            u8(SerialTag.tuple)
            count(t.items.count)
            for item in t.items { try value(item) }
            register(o)
        case .dict:
            guard o.type === Builtins.dictType else { return try builtinSubclass(o, v) }
            u8(SerialTag.dict)
            register(o)
            try dictBody(unsafeDowncast(o, to: PyDict.self))
        case .set:
            let s = unsafeDowncast(o, to: PySet.self)
            let elements = s.elements
            if s.isFrozen {
                guard o.type === Builtins.frozensetType else { throw Self.refusal(v, "subclasses of builtin types are not supported") }
                if try prepare(elements, owner: o) { return }
                u8(SerialTag.frozenset)
                count(elements.count)
                for e in elements { try value(e) }
                register(o)
            } else {
                guard o.type === Builtins.setType else { throw Self.refusal(v, "subclasses of builtin types are not supported") }
                u8(SerialTag.set)
                register(o)
                count(elements.count)
                for e in elements { try value(e) }
            }
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            u8(SerialTag.range)
            if let big = r.big {
                try value(PyBigInt.make(big.start))
                try value(PyBigInt.make(big.stop))
                try value(PyBigInt.make(big.step))
            } else {
                try value(.int(r.start))
                try value(.int(r.stop))
                try value(.int(r.step))
            }
            register(o)
        case .slice:
            let s = unsafeDowncast(o, to: PySlice.self)
            if try prepare([s.start, s.stop, s.step], owner: o) { return }
            u8(SerialTag.slice)
            try value(s.start)
            try value(s.stop)
            try value(s.step)
            register(o)
        case .type: try type(unsafeDowncast(o, to: PyType.self))
        case .module:
            let m = unsafeDowncast(o, to: PyModule.self)
            u8(SerialTag.module)
            text(m.name)
            register(o)
        case .code:
            u8(SerialTag.code)
            blob(unsafeDowncast(o, to: PyCode.self).code.serialized())
            register(o)
        case .instance:
            if o === Builtins.table.ellipsis { return u8(SerialTag.ellipsis) }
            if o === Builtins.table.notImplemented { return u8(SerialTag.notImplemented) }
            guard o is PyInstance, o.type.instanceKind == .instance else { throw Self.refusal(v) }
            if try prepare([.object(o.type)], owner: o) { return }
            u8(SerialTag.instance)
            try value(.object(o.type))
            register(o)
            try value(o.dict.map { .object($0) } ?? .none)
        case .exception:
            let e = unsafeDowncast(o, to: PyException.self)
            if try prepare([.object(o.type)], owner: o) { return }
            u8(SerialTag.exception)
            try value(.object(o.type))
            register(o)
            try value(.object(e.args))
            try value(e.dict.map { .object($0) } ?? .none)
            try value(e.cause.map { .object($0) } ?? .none)
            try value(e.context.map { .object($0) } ?? .none)
            u8(e.suppressContext ? 1 : 0)
            try value(e.renderedTracebackOverride.map { .str($0) } ?? .none)
        case .function: try function(unsafeDowncast(o, to: PyFunction.self))
        case .cell:
            let c = unsafeDowncast(o, to: PyCell.self)
            u8(SerialTag.cell)
            register(o)
            try cellContent(c)
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            if try prepare([m.function, m.receiver], owner: o) { return }
            u8(SerialTag.boundMethod)
            try value(m.function)
            try value(m.receiver)
            register(o)
        case .builtinFunction:
            let f = unsafeDowncast(o, to: PyBuiltinFunction.self)
            let module = f.moduleName ?? "builtins"
            guard try resolvesByName(o, module: module, qualname: f.name) else {
                throw Self.refusal(v, "builtin function '\(f.name)' not found as \(module).\(f.name)")
            }
            u8(SerialTag.global)
            text(module)
            text(f.name)
            register(o)
        case .methodDescriptor:
            let d = unsafeDowncast(o, to: PyMethodDescriptor.self)
            guard d.owner.namespace.getItem(d.name)?.asObject === o else { throw Self.refusal(v) }
            if try prepare([.object(d.owner)], owner: o) { return }
            u8(SerialTag.getattr)
            try value(.object(d.owner))
            text(d.name)
            register(o)
        case .property:
            let p = unsafeDowncast(o, to: PyProperty.self)
            u8(SerialTag.property)
            register(o)
            try value(p.getter)
            try value(p.setter)
            try value(p.deleter)
            try value(p.doc)
        case .staticMethod, .classMethod:
            let m = unsafeDowncast(o, to: PyMethodWrapper.self)
            let d: Value = (m.dict?.count ?? 0) > 0 ? .object(m.dict!) : .none
            if try prepare([m.function, d], owner: o) { return }
            u8(o.kind == .staticMethod ? SerialTag.staticMethod : SerialTag.classMethod)
            try value(m.function)
            try value(d)
            register(o)
        case .native where ExternalValueCodecs.codec(for: o.type) != nil:
            let codec = ExternalValueCodecs.codec(for: o.type)!
            if allowsOutOfBand, let encode = codec.encodeOutOfBand, let (meta, buffer) = try encode(interp, o) {
                u8(SerialTag.externalOutOfBand)
                text(codec.kind)
                blob(meta)
                count(buffers.count)
                buffers.append(buffer)
            } else {
                u8(SerialTag.external)
                text(codec.kind)
                blob(try codec.encode(interp, o))
            }
            register(o)
        case .generator, .iterator, .native:
            throw Self.refusal(v)
        }
    }

    /// An instance of a class statement's subclass of list, tuple or dict: class, contents, `__dict__`.
    mutating func builtinSubclass(_ o: PyObject, _ v: Value) throws(PyError) {
        guard !o.type.isBuiltin else { throw Self.refusal(v, "subclasses of builtin types are not supported") }
        let attributes: Value = o.dict.map { .object($0) } ?? .none
        switch o.kind {
        case .list:
            if try prepare([.object(o.type)], owner: o) { return }
            u8(SerialTag.subclassInstance)
            try value(.object(o.type))
            u8(o.kind.rawValue)
            register(o)
            let items = unsafeDowncast(o, to: PyList.self).items
            count(items.count)
            for item in items { try value(item) }
        case .dict:
            if try prepare([.object(o.type)], owner: o) { return }
            u8(SerialTag.subclassInstance)
            try value(.object(o.type))
            u8(o.kind.rawValue)
            register(o)
            try dictBody(unsafeDowncast(o, to: PyDict.self))
        default:
            let items = unsafeDowncast(o, to: PyTuple.self).items
            if try prepare([.object(o.type)] + Array(items), owner: o) { return }
            u8(SerialTag.subclassInstance)
            try value(.object(o.type))
            u8(o.kind.rawValue)
            count(items.count)
            for item in items { try value(item) }
            register(o)
        }
        try value(attributes)
    }

    mutating func dictBody(_ d: PyDict) throws(PyError) {
        let items = d.items
        count(items.count)
        for (k, item) in items {
            try value(k)
            try value(item)
        }
    }

    mutating func cellContent(_ c: PyCell) throws(PyError) {
        if c.value.isUndefined { u8(SerialTag.empty) } else { try value(c.value) }
    }

    /// Whether `module.qualname` names `o` in a module every process can import (library modules, builtins).
    func resolvesByName(_ o: PyObject, module: String, qualname: String) throws(PyError) -> Bool {
        let root: Value
        if module == "builtins" {
            root = .object(interp.builtinsModule)
        } else {
            guard ModuleRegistry.factory(module) != nil, let m = interp.modules.getItem(module) else { return false }
            root = m
        }
        var current = root
        for part in qualname.split(separator: ".", omittingEmptySubsequences: false) {
            guard !part.isEmpty, part != "<locals>",
                let next = try? interp.lookupAttributeOrNil(current, String(part))
            else { return false }
            current = next
        }
        return current.asObject === o
    }

    mutating func type(_ t: PyType) throws(PyError) {
        if t.isBuiltin, t.moduleName == "builtins", Interpreter.builtinTypesByName[t.name] === t {
            u8(SerialTag.builtinType)
            text(t.name)
            register(t)
            return
        }
        if try resolvesByName(t, module: t.moduleName, qualname: t.qualifiedName) {
            u8(SerialTag.global)
            text(t.moduleName)
            text(t.qualifiedName)
            register(t)
            return
        }
        guard !t.isBuiltin else {
            throw .typeError("cannot pickle '\(t.name)' type: not found as \(t.moduleName).\(t.qualifiedName)")
        }
        // By value: bases and the metatype first, then the skeleton, then the namespace.
        let bases = t.bases.map { Value.object($0) }
        if try prepare(bases + [.object(t.type)], owner: t) { return }
        let state = interp.valueSerializationState
        let key: [UInt8]
        if let known = state.keyByClass[ObjectIdentifier(t)] {
            key = known
        } else {
            var g = SystemRandomNumberGenerator()
            key = (0..<16).map { _ in UInt8.random(in: 0...255, using: &g) }
            state.keyByClass[ObjectIdentifier(t)] = key
            state.classByKey[key] = t
        }
        u8(SerialTag.classDef)
        out += key
        text(t.name)
        text(t.qualifiedName)
        text(t.moduleName)
        try value(.object(t.type))
        count(bases.count)
        for b in bases { try value(b) }
        if let slots = t.slotNames {
            u8(1)
            let sorted = slots.sorted()
            count(sorted.count)
            for s in sorted { text(s) }
        } else {
            u8(0)
        }
        register(t)
        let items = t.namespace.items
        count(items.count)
        for (k, item) in items {
            guard let name = k.asStr else { throw .typeError("cannot pickle class '\(t.name)': non-str attribute name") }
            text(name.string)
            try value(item)
        }
    }

    /// The global names a code object (and the code nested in it) reads, in first-use order.
    static func globalNames(_ code: CodeObject, into names: inout [String], seen: inout Set<String>) {
        for n in code.names where seen.insert(n).inserted { names.append(n) }
        func walk(_ c: Constant, _ names: inout [String], _ seen: inout Set<String>) {
            switch c {
            case .code(let inner): globalNames(inner, into: &names, seen: &seen)
            case .tuple(let items), .frozenset(let items): for i in items { walk(i, &names, &seen) }
            default: break
            }
        }
        for c in code.constants { walk(c, &names, &seen) }
    }

    mutating func function(_ f: PyFunction) throws(PyError) {
        if let module = f.moduleName.asStr?.string, module != "__main__",
            try resolvesByName(f, module: module, qualname: f.qualifiedName)
        {
            u8(SerialTag.global)
            text(module)
            text(f.qualifiedName)
            register(f)
            return
        }
        u8(SerialTag.function)
        blob(f.code.code.serialized())
        // The globals dict: one rebuilt dict per source dict.
        if !backReference(f.globals) {
            u8(SerialTag.globals)
            text(f.globals.getItem("__name__")?.asStr?.string ?? "__main__")
            register(f.globals)
        }
        count(f.closure.count)
        var newCells: [PyCell] = []
        for cell in f.closure where !backReference(cell) {
            u8(SerialTag.newCell)
            register(cell)
            newCells.append(cell)
        }
        register(f)
        text(f.name)
        text(f.qualifiedName)
        try value(f.doc)
        try value(f.moduleName)
        count(f.defaults.count)
        for d in f.defaults { try value(d) }
        try value(f.kwDefaults.map { .object($0) } ?? .none)
        try value(f.annotations.map { .object($0) } ?? .none)
        var names: [String] = []
        var seen: Set<String> = []
        Self.globalNames(f.code.code, into: &names, seen: &seen)
        var globals: [(String, Value)] = []
        for n in names where n != "__builtins__" {
            if let g = f.globals.getItem(n) { globals.append((n, g)) }
        }
        count(globals.count)
        for (n, g) in globals {
            text(n)
            try value(g)
        }
        for cell in newCells { try cellContent(cell) }
        if let d = f.dict, d.count > 0 { try value(.object(d)) } else { u8(SerialTag.none) }
    }
}
