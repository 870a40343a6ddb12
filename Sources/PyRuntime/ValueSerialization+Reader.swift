import BigInt
import PyCompiler

/// Reading the format described in `ValueSerialization.swift`. Every read is bounds-checked; malformed input
/// raises `ValueError("corrupt serialized value: ...")`.
extension Interpreter {
    public func deserialize(_ data: SerializedValue) throws(PyError) -> Value {
        let bytes = data.bytes
        let magic = ValueSerializationState.magic
        guard bytes.count >= magic.count + 1, Array(bytes[0..<magic.count]) == magic else {
            throw ValueReader.corrupt("not a serialized value (bad magic)", at: 0)
        }
        guard bytes[magic.count] == ValueSerializationState.version else {
            throw ValueReader.corrupt("unsupported format version \(bytes[magic.count])", at: magic.count)
        }
        var r = ValueReader(interp: self, bytes: bytes)
        r.buffers = data.buffers
        r.position = magic.count + 1
        let v = try r.value()
        guard r.position == bytes.count else { throw r.corrupt("trailing bytes") }
        return v
    }
}

struct ValueReader {
    let interp: Interpreter
    let bytes: [UInt8]
    var position = 0
    var memo: [Value] = []
    var depth = 0
    var buffers: [OutOfBandBuffer] = []

    init(interp: Interpreter, bytes: [UInt8]) {
        self.interp = interp
        self.bytes = bytes
    }

    static func corrupt(_ message: String, at offset: Int) -> PyError {
        .valueError("corrupt serialized value: \(message) (at byte \(offset))")
    }

    func corrupt(_ message: String) -> PyError { Self.corrupt(message, at: position) }

    // MARK: Primitives

    mutating func u8() throws(PyError) -> UInt8 {
        guard position < bytes.count else { throw corrupt("unexpected end of data") }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func uvar() throws(PyError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try u8()
            if shift == 63 && b > 1 { throw corrupt("varint overflow") }
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
            if shift > 63 { throw corrupt("varint too long") }
        }
    }

    mutating func svar() throws(PyError) -> Int64 {
        let u = try uvar()
        return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
    }

    /// A count of things that each take at least one byte: never more than the bytes left.
    mutating func count() throws(PyError) -> Int {
        let n = try uvar()
        guard n <= UInt64(bytes.count - position) else { throw corrupt("length \(n) exceeds the data") }
        return Int(n)
    }

    mutating func raw(_ n: Int) throws(PyError) -> ArraySlice<UInt8> {
        guard n >= 0, n <= bytes.count - position else { throw corrupt("unexpected end of data") }
        defer { position += n }
        return bytes[position..<(position + n)]
    }

    mutating func blob() throws(PyError) -> ArraySlice<UInt8> { try raw(try count()) }

    mutating func f64() throws(PyError) -> Double {
        let b = try raw(8)
        var bits: UInt64 = 0
        for (i, byte) in b.enumerated() { bits |= UInt64(byte) << (8 * UInt64(i)) }
        return Double(bitPattern: bits)
    }

    /// UTF-8 bytes validated (encoded surrogates allowed, as Python strs may hold them).
    mutating func utf8() throws(PyError) -> ContiguousArray<UInt8> {
        let start = position
        let b = try blob()
        guard Self.isValidUTF8(b) else { throw Self.corrupt("invalid UTF-8 text", at: start) }
        return ContiguousArray(b)
    }

    mutating func text() throws(PyError) -> String {
        String(decoding: try utf8(), as: UTF8.self)
    }

    static func isValidUTF8(_ b: ArraySlice<UInt8>) -> Bool {
        var i = b.startIndex
        while i < b.endIndex {
            let lead = b[i]
            let n: Int
            let minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0x00...0x7F:
                i += 1
                continue
            case 0xC2...0xDF: (n, minimum, scalar) = (1, 0x80, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (n, minimum, scalar) = (2, 0x800, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (n, minimum, scalar) = (3, 0x10000, UInt32(lead & 0x07))
            default: return false
            }
            guard b.endIndex - i > n else { return false }
            for k in 1...n {
                let c = b[i + k]
                guard c & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF else { return false }
            i += n + 1
        }
        return true
    }

    mutating func register(_ v: Value) { memo.append(v) }

    // MARK: Values

    mutating func value() throws(PyError) -> Value {
        let start = position
        let tag = try u8()
        depth += 1
        defer { depth -= 1 }
        if depth > ValueSerializationState.maxDepth || Interpreter.nativeStackPointer() < interp.nativeStackFloor {
            throw Self.corrupt("nesting too deep", at: start)
        }
        switch tag {
        case SerialTag.none: return .none
        case SerialTag.false_: return .false
        case SerialTag.true_: return .true
        case SerialTag.int: return .int(Int(try svar()))
        case SerialTag.float: return .float(try f64())
        case SerialTag.ellipsis: return Builtins.ellipsis
        case SerialTag.notImplemented: return Builtins.notImplemented
        case SerialTag.ref:
            let index = try uvar()
            guard index < UInt64(memo.count) else { throw Self.corrupt("reference to unknown object \(index)", at: start) }
            return memo[Int(index)]
        case SerialTag.prep:
            _ = try value()
            return try value()
        case SerialTag.bigInt:
            let sign = try u8()
            guard sign <= 1 else { throw corrupt("bad sign") }
            let magnitude = try blob()
            var words: [UInt] = []
            let wordBytes = UInt.bitWidth / 8
            var i = magnitude.startIndex
            while i < magnitude.endIndex {
                var w: UInt = 0
                for k in 0..<wordBytes where i + k < magnitude.endIndex {
                    w |= UInt(magnitude[i + k]) << UInt(8 * k)
                }
                words.append(w)
                i += wordBytes
            }
            let m = BigUInt(words: words)
            let v = PyBigInt.make(BigInt(sign: sign == 1 ? .minus : .plus, magnitude: m))
            register(v)
            return v
        case SerialTag.complex:
            let v = Value.object(PyComplex(try f64(), try f64()))
            register(v)
            return v
        case SerialTag.str:
            let v = Value.object(PyStr(utf8: try utf8()))
            register(v)
            return v
        case SerialTag.bytes:
            let v = Value.object(PyBytes(ContiguousArray(try blob())))
            register(v)
            return v
        case SerialTag.bytearray:
            let b = PyBytes([], mutable: true)
            register(.object(b))
            b.bytes = ContiguousArray(try blob())
            return .object(b)
        case SerialTag.list:
            let l = PyList()
            register(.object(l))
            let n = try count()
            for _ in 0..<n { l.items.append(try value()) }
            return .object(l)
        case SerialTag.tuple:
            let n = try count()
            var items = ContiguousArray<Value>()
            for _ in 0..<n { items.append(try value()) }
            let v = Value.object(PyTuple(items))
            register(v)
            return v
        case SerialTag.dict:
            let d = PyDict()
            register(.object(d))
            try dictBody(d)
            return .object(d)
        case SerialTag.set, SerialTag.frozenset:
            let frozen = tag == SerialTag.frozenset
            let s = PySet(frozen: frozen)
            if !frozen { register(.object(s)) }
            let n = try count()
            for _ in 0..<n { try s.add(try value(), interp) }
            if frozen { register(.object(s)) }
            return .object(s)
        case SerialTag.range:
            let (a, b, c) = (try value(), try value(), try value())
            guard let start = interp.bigIntValue(a), let stop = interp.bigIntValue(b), let step = interp.bigIntValue(c),
                step != 0
            else { throw Self.corrupt("bad range bounds", at: start) }
            let v = Value.object(PyRange.make(start: start, stop: stop, step: step))
            register(v)
            return v
        case SerialTag.slice:
            let v = Value.object(PySlice(start: try value(), stop: try value(), step: try value()))
            register(v)
            return v
        case SerialTag.builtinType:
            let name = try text()
            guard let t = Interpreter.builtinTypesByName[name] else { throw Self.corrupt("unknown builtin type '\(name)'", at: start) }
            register(.object(t))
            return .object(t)
        case SerialTag.global:
            let module = try text()
            let qualname = try text()
            let v = try global(module, qualname, at: start)
            register(v)
            return v
        case SerialTag.module:
            let name = try text()
            guard Self.isDottedName(name) else { throw Self.corrupt("bad module name", at: start) }
            let v = try interp.importSingle(name)
            register(v)
            return v
        case SerialTag.getattr:
            let owner = try value()
            let name = try text()
            let v = try interp.getAttribute(owner, name)
            register(v)
            return v
        case SerialTag.code:
            let v = Value.object(PyCode(try code()))
            register(v)
            return v
        case SerialTag.classDef: return try classDef(at: start)
        case SerialTag.instance:
            let t = try typeValue()
            guard t.instanceKind == .instance, !t.isBuiltin || t === Builtins.objectType else {
                throw Self.corrupt("'\(t.name)' instances cannot be rebuilt", at: start)
            }
            let o = PyInstance(type: t)
            register(.object(o))
            let d = try value()
            if let dict = d.asDict { o.dict = dict } else if !d.isNone { throw Self.corrupt("instance __dict__ is not a dict", at: start) }
            return .object(o)
        case SerialTag.exception:
            let t = try typeValue()
            guard t.isException, t.instanceKind == .exception else { throw Self.corrupt("'\(t.name)' is not an exception type", at: start) }
            let e = PyException(type: t, args: PyTuple([]))
            register(.object(e))
            guard let args = try value().asTuple else { throw corrupt("exception args are not a tuple") }
            e.args = args
            let d = try value()
            if let dict = d.asDict { e.dict = dict } else if !d.isNone { throw corrupt("exception __dict__ is not a dict") }
            e.cause = try optionalException()
            e.context = try optionalException()
            e.suppressContext = try u8() != 0
            let rendered = try value()
            if let s = rendered.asStr { e.renderedTracebackOverride = s.string } else if !rendered.isNone {
                throw corrupt("bad traceback text")
            }
            return .object(e)
        case SerialTag.function: return try function(at: start)
        case SerialTag.cell:
            let c = PyCell()
            register(.object(c))
            c.value = try cellContent()
            return .object(c)
        case SerialTag.boundMethod:
            let f = try value()
            let receiver = try value()
            let v = Value.object(PyBoundMethod(function: f, receiver: receiver))
            register(v)
            return v
        case SerialTag.property:
            let p = PyProperty(getter: .none, setter: .none, deleter: .none, doc: .none)
            register(.object(p))
            p.getter = try value()
            p.setter = try value()
            p.deleter = try value()
            p.doc = try value()
            return .object(p)
        case SerialTag.staticMethod, SerialTag.classMethod:
            let f = try value()
            let d = try value()
            let w = PyMethodWrapper(function: f, isClassMethod: tag == SerialTag.classMethod)
            if let dict = d.asDict { w.dict = dict } else if !d.isNone { throw corrupt("bad method wrapper __dict__") }
            register(.object(w))
            return .object(w)
        case SerialTag.subclassInstance:
            let t = try typeValue()
            let kind = try u8()
            guard !t.isBuiltin, t.instanceKind.rawValue == kind else {
                throw Self.corrupt("'\(t.name)' does not match the instance layout", at: start)
            }
            let made: PyObject
            switch t.instanceKind {
            case .list:
                let l = PyList(items: [], type: t)
                register(.object(l))
                let n = try count()
                for _ in 0..<n { l.items.append(try value()) }
                made = l
            case .dict:
                let d = PyDict(type: t)
                register(.object(d))
                try dictBody(d)
                made = d
            case .tuple:
                let n = try count()
                var items = ContiguousArray<Value>()
                for _ in 0..<n { items.append(try value()) }
                made = PyTuple(items: items, type: t)
                register(.object(made))
            default:
                throw Self.corrupt("unsupported instance layout", at: start)
            }
            let d = try value()
            if let dict = d.asDict { made.dict = dict } else if !d.isNone { throw corrupt("instance __dict__ is not a dict") }
            return .object(made)
        case SerialTag.globals:
            let name = try text()
            let d = PyDict()
            d.setItem("__name__", .str(name))
            d.setItem("__builtins__", .object(interp.builtinsModule))
            register(.object(d))
            return .object(d)
        case SerialTag.external:
            let kind = try text()
            let payload = Array(try raw(try count()))
            guard let codec = ExternalValueCodecs.byKind[kind] else { throw Self.corrupt("unknown external kind '\(kind)'", at: start) }
            let v = try codec.decode(interp, payload)
            register(v)
            return v
        case SerialTag.externalOutOfBand:
            let kind = try text()
            let meta = Array(try raw(try count()))
            let index = try uvar()
            guard let codec = ExternalValueCodecs.byKind[kind], let decode = codec.decodeOutOfBand else {
                throw Self.corrupt("unknown out-of-band external kind '\(kind)'", at: start)
            }
            guard index < UInt64(buffers.count) else { throw Self.corrupt("missing out-of-band buffer \(index)", at: start) }
            let v = try decode(interp, meta, buffers[Int(index)])
            register(v)
            return v
        default:
            throw Self.corrupt("unknown tag 0x\(String(tag, radix: 16))", at: start)
        }
    }

    static func isDottedName(_ s: String) -> Bool {
        !s.isEmpty && s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            guard let first = part.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
            return part.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        }
    }

    mutating func dictBody(_ d: PyDict) throws(PyError) {
        let n = try count()
        for _ in 0..<n {
            let k = try value()
            let v = try value()
            try d.setItem(k, v, interp)
        }
    }

    mutating func typeValue() throws(PyError) -> PyType {
        let start = position
        guard let t = try value().asType else { throw Self.corrupt("expected a type", at: start) }
        return t
    }

    mutating func optionalException() throws(PyError) -> PyException? {
        let v = try value()
        if v.isNone { return nil }
        guard let e = v.asException else { throw corrupt("expected an exception or None") }
        return e
    }

    mutating func cellContent() throws(PyError) -> Value {
        if position < bytes.count, bytes[position] == SerialTag.empty {
            position += 1
            return .undefined
        }
        return try value()
    }

    mutating func code() throws(PyError) -> CodeObject {
        let start = position
        let b = Array(try blob())
        do {
            return try CodeObject.deserialize(b)
        } catch {
            throw Self.corrupt("bad code object: \(error)", at: start)
        }
    }

    /// `module.qualname` in a module of this process.
    mutating func global(_ module: String, _ qualname: String, at start: Int) throws(PyError) -> Value {
        guard Self.isDottedName(module) else { throw Self.corrupt("bad module name", at: start) }
        var current: Value
        if module == "builtins" {
            current = .object(interp.builtinsModule)
        } else {
            current = try interp.importSingle(module)
        }
        for part in qualname.split(separator: ".", omittingEmptySubsequences: false) {
            guard !part.isEmpty else { throw Self.corrupt("bad qualified name '\(qualname)'", at: start) }
            current = try interp.getAttribute(current, String(part))
        }
        return current
    }

    mutating func classDef(at start: Int) throws(PyError) -> Value {
        let key = Array(try raw(16))
        let name = try text()
        let qualname = try text()
        let module = try text()
        let meta = try typeValue()
        guard meta.isSubtype(of: Builtins.typeType) else { throw Self.corrupt("bad metaclass", at: start) }
        let n = try count()
        var bases: [PyType] = []
        for _ in 0..<n { bases.append(try typeValue()) }
        var slots: Set<String>?
        if try u8() != 0 {
            var names = Set<String>()
            let m = try count()
            for _ in 0..<m { names.insert(try text()) }
            slots = names
        }
        let state = interp.valueSerializationState
        let cls: PyType
        let reused: Bool
        if let known = state.classByKey[key] {
            cls = known
            reused = true
        } else {
            if bases.isEmpty { bases = [Builtins.objectType] }
            var kind = ObjectKind.instance
            for b in bases where b.instanceKind != .instance {
                if kind != .instance && kind != b.instanceKind { throw Self.corrupt("base layout conflict", at: start) }
                kind = b.instanceKind
            }
            if bases.contains(where: { $0 === Builtins.boolType || $0.instanceKind == .type }) {
                throw Self.corrupt("unacceptable base type", at: start)
            }
            cls = PyType(
                name: name, metatype: meta, bases: bases, instanceKind: kind, isBuiltin: false,
                namespace: PyDict(), moduleName: module)
            cls.qualifiedName = qualname
            try cls.computeMRO()
            for b in bases { b.subclasses.append(Unowned(value: cls)) }
            cls.slotNames = slots
            state.classByKey[key] = cls
            state.keyByClass[ObjectIdentifier(cls)] = key
            reused = false
        }
        register(.object(cls))
        let count = try count()
        for _ in 0..<count {
            let attribute = PyStr.intern(try text())
            let v = try value()
            if !reused { cls.setAttribute(attribute, v) }
        }
        return .object(cls)
    }

    mutating func function(at start: Int) throws(PyError) -> Value {
        let codeObject = try code()
        guard let globals = try value().asDict else { throw Self.corrupt("function globals are not a dict", at: start) }
        let nCells = try count()
        guard nCells == codeObject.freeVars.count else { throw Self.corrupt("closure does not match the code", at: start) }
        var cells = ContiguousArray<PyCell>()
        var newCells: [PyCell] = []
        for _ in 0..<nCells {
            let tag = try u8()
            if tag == SerialTag.newCell {
                let c = PyCell()
                register(.object(c))
                cells.append(c)
                newCells.append(c)
            } else if tag == SerialTag.ref {
                let index = try uvar()
                guard index < UInt64(memo.count), let c = memo[Int(index)].asObject as? PyCell else {
                    throw corrupt("closure entry is not a cell")
                }
                cells.append(c)
            } else {
                throw corrupt("bad closure entry")
            }
        }
        let f = PyFunction(
            code: PyCode(codeObject), globals: globals, defaults: [], kwDefaults: nil, closure: cells, annotations: nil)
        register(.object(f))
        f.name = try text()
        f.qualifiedName = try text()
        f.doc = try value()
        f.moduleName = try value()
        let nDefaults = try count()
        var defaults = ContiguousArray<Value>()
        for _ in 0..<nDefaults { defaults.append(try value()) }
        f.defaults = defaults
        let kw = try value()
        if let d = kw.asDict { f.kwDefaults = d } else if !kw.isNone { throw corrupt("kwdefaults are not a dict") }
        let ann = try value()
        if let d = ann.asDict { f.annotations = d } else if !ann.isNone { throw corrupt("annotations are not a dict") }
        let nGlobals = try count()
        for _ in 0..<nGlobals {
            let name = PyStr.intern(try text())
            globals.setItem(str: name, try value())
        }
        for c in newCells { c.value = try cellContent() }
        let d = try value()
        if let dict = d.asDict { f.dict = dict } else if !d.isNone { throw corrupt("function __dict__ is not a dict") }
        return .object(f)
    }
}
