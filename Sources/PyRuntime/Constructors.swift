import BigInt

/// Constructors of the builtin types (`int("3")`, `list(x)`, ...) and the frame-aware builtins.
extension Builtins {
    static func installConstructors() {
        installOSErrorSupport()
        intType.constructor = { (interp, t, args) throws(PyError) -> Value in
            if t !== intType {
                // A user subclass of int: compute the value as int() would, then wrap it with the subtype.
                let plain = try intType.constructor!(interp, intType, args)
                return .object(PyBigInt(interp.bigIntValue(plain) ?? 0, subtype: t))
            }
            try args.expect("int", min: 0, max: 2, keywords: true)
            guard let x = args.argument(0, "x") else { return .int(0) }
            if let baseValue = args.argument(1, "base") {
                guard let s = x.asStr?.string ?? (x.asObject as? PyBytes).map({ String(decoding: $0.bytes, as: UTF8.self) }) else {
                    throw .typeError("int() can't convert non-string with explicit base")
                }
                return try interp.parseInt(s, base: interp.intArgument(baseValue))
            }
            switch x {
            case .int: return x
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d):
                if d.isNaN { throw .valueError("cannot convert float NaN to integer") }
                if d.isInfinite { throw .overflowError("cannot convert float infinity to integer") }
                if Swift.abs(d) < 9e18 { return .int(Int(d)) }
                return PyBigInt.make(BigInt(d))
            default:
                if x.asBigInt != nil { return x }
                if let s = x.asStr { return try interp.parseInt(s.string, base: 10) }
                if let b = x.asObject as? PyBytes { return try interp.parseInt(String(decoding: b.bytes, as: UTF8.self), base: 10) }
                if let m = interp.userMethod(x.type, "__int__") ?? interp.userMethod(x.type, "__index__") {
                    return try interp.call(m, [x])
                }
                throw .typeError("int() argument must be a string, a bytes-like object or a real number, not '\(x.typeName)'")
            }
        }
        floatType.constructor = { (interp, t, args) throws(PyError) -> Value in
            try args.expect("float", min: 0, max: 1)
            guard args.count == 1 else { return .float(0) }
            let x = args[0]
            if let s = x.asStr {
                if let d = Interpreter.parseFloatLiteral(s.scalars) { return .float(d) }
                throw .valueError("could not convert string to float: \(Interpreter.strRepr(s))")
            }
            if let b = x.asObject as? PyBytes {
                if let d = Interpreter.parseFloatLiteral(b.bytes.map { Unicode.Scalar($0) }) { return .float(d) }
                throw .valueError("could not convert string to float: \(Interpreter.bytesRepr(b.bytes))")
            }
            if let m = interp.userMethod(x.type, "__float__") { return try interp.call(m, [x]) }
            if let big = x.asBigInt { return .float(try Interpreter.bigIntToDouble(big.value)) }
            return .float(try interp.floatArgument(x))
        }
        boolType.constructor = { (interp, _, args) throws(PyError) -> Value in
            try args.expect("bool", min: 0, max: 1)
            return .bool(args.count == 1 ? try interp.isTrue(args[0]) : false)
        }
        strType.constructor = { (interp, t, args) throws(PyError) -> Value in
            try args.expect("str", min: 0, max: 3, keywords: true)
            let encoding = args.argument(1, "encoding")
            let errors = args.argument(2, "errors")
            guard let x = args.argument(0, "object") else {
                if encoding != nil || errors != nil { return .object(Builtins.emptyStr) }
                return t === Builtins.strType ? .object(Builtins.emptyStr) : .object(PyStr(utf8: [], type: t))
            }
            var text: PyStr
            if encoding != nil || errors != nil {
                if x.asStr != nil { throw .typeError("decoding str is not supported") }
                let data: ContiguousArray<UInt8>
                if let b = x.asObject as? PyBytes { data = b.bytes }
                else if let m = x.asObject as? PyMemoryView { data = m.bytes }
                else { throw .typeError("decoding to str: need a bytes-like object, \(x.typeName) found") }
                let enc = try Builtins.stringArgument(encoding, "str", "encoding") ?? "utf-8"
                let err = try Builtins.stringArgument(errors, "str", "errors") ?? "strict"
                text = try Codec.named(enc).decode(data, errors: err)
            } else {
                text = try interp.strObject(x)
            }
            if t === Builtins.strType { return .object(text) }
            return .object(PyStr(utf8: text.utf8, type: t))
        }
        listType.constructor = { (interp, t, args) throws(PyError) -> Value in
            try args.expect("list", min: 0, max: 1)
            let items = args.count == 1 ? try interp.iterate(args[0]) : []
            return .object(t === Builtins.listType ? PyList(items) : PyList(items: items, type: t))
        }
        tupleType.constructor = { (interp, t, args) throws(PyError) -> Value in
            try args.expect("tuple", min: 0, max: 1)
            if args.count == 1, let tu = args[0].asTuple, t === Builtins.tupleType, args[0].type === Builtins.tupleType {
                return .object(tu)
            }
            let items = args.count == 1 ? try interp.iterate(args[0]) : []
            return .object(t === Builtins.tupleType ? PyTuple(items) : PyTuple(items: items, type: t))
        }
        dictType.constructor = { (interp, t, args) throws(PyError) -> Value in
            try args.expect("dict", min: 0, max: 1, keywords: true)
            let d = t === Builtins.dictType ? PyDict() : PyDict(type: t)
            if args.count == 1 { try interp.updateDict(d, from: args[0]) }
            for (k, v) in args.keywords { d.setItem(k, v) }
            return .object(d)
        }
        for (t, frozen) in [(setType, false), (frozensetType, true)] {
            t.constructor = { (interp, type, args) throws(PyError) -> Value in
                try args.expect(frozen ? "frozenset" : "set", min: 0, max: 1)
                let s = type.isBuiltin ? PySet(frozen: frozen) : PySet(frozen: frozen, type: type)
                if args.count == 1 {
                    if let other = args[0].asObject as? PySet, type.isBuiltin { return .object(other.copy(frozen: frozen)) }
                    for x in try interp.iterate(args[0]) { try s.add(x, interp) }
                }
                return .object(s)
            }
        }
        rangeType.constructor = { (interp, _, args) throws(PyError) -> Value in
            if args.hasKeywords { throw .typeError("range() takes no keyword arguments") }
            func bound(_ v: Value) throws(PyError) -> BigInt {
                if let b = interp.bigIntValue(v) { return b }
                if let i = try interp.indexValue(v) { return BigInt(i) }
                throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
            }
            switch args.count {
            case 1: return .object(PyRange.make(start: 0, stop: try bound(args[0]), step: 1))
            case 2, 3:
                let step = args.count == 3 ? try bound(args[2]) : 1
                if step == 0 { throw .valueError("range() arg 3 must not be zero") }
                return .object(PyRange.make(start: try bound(args[0]), stop: try bound(args[1]), step: step))
            default:
                throw .typeError(args.count == 0 ? "range expected at least 1 argument, got 0" : "range expected at most 3 arguments, got \(args.count)")
            }
        }
        sliceType.constructor = { (_, _, args) throws(PyError) -> Value in
            try args.expect("slice", min: 1, max: 3)
            if args.count == 1 { return .object(PySlice(start: .none, stop: args[0], step: .none)) }
            return .object(PySlice(start: args[0], stop: args[1], step: args.count > 2 ? args[2] : .none))
        }
        bytesType.constructor = { (interp, _, args) throws(PyError) -> Value in
            .object(PyBytes(try interp.bytesFrom(args)))
        }
        bytearrayType.constructor = { (interp, _, args) throws(PyError) -> Value in
            .object(PyBytes(try interp.bytesFrom(args), mutable: true))
        }
        complexType.constructor = { (interp, _, args) throws(PyError) -> Value in
            try args.expect("complex", min: 0, max: 2, keywords: true)
            let r = try args.argument(0, "real").map { (v) throws(PyError) -> Double in try interp.floatArgument(v) } ?? 0
            let i = try args.argument(1, "imag").map { (v) throws(PyError) -> Double in try interp.floatArgument(v) } ?? 0
            return .object(PyComplex(r, i))
        }
        attribute(sliceType, "start") { (_, v) throws(PyError) -> Value in (v.asObject as! PySlice).start }
        attribute(sliceType, "stop") { (_, v) throws(PyError) -> Value in (v.asObject as! PySlice).stop }
        attribute(sliceType, "step") { (_, v) throws(PyError) -> Value in (v.asObject as! PySlice).step }
        attribute(rangeType, "start") { (_, v) throws(PyError) -> Value in .int((v.asObject as! PyRange).start) }
        attribute(rangeType, "stop") { (_, v) throws(PyError) -> Value in .int((v.asObject as! PyRange).stop) }
        attribute(rangeType, "step") { (_, v) throws(PyError) -> Value in .int((v.asObject as! PyRange).step) }
        for viewType in [dictKeysType, dictValuesType, dictItemsType] {
            method(viewType, "__iter__") { (_, v, _) throws(PyError) -> Value in
                let view = v.asObject as! PyDictView
                return .object(PyDictIterator(view.mapping, mode: view.mode))
            }
            method(viewType, "__len__") { (_, v, _) throws(PyError) -> Value in .int((v.asObject as! PyDictView).mapping.count) }
            method(viewType, "__contains__") { (interp, v, args) throws(PyError) -> Value in
                let view = v.asObject as! PyDictView
                switch view.mode {
                case .keys: return .bool(try view.mapping.getItem(args[0], interp) != nil)
                default: return .bool(try interp.contains(.object(PyList(try interp.iterate(v))), args[0]))
                }
            }
            method(viewType, "__repr__") { (interp, v, _) throws(PyError) -> Value in
                let items = try interp.iterate(v)
                return .str("\(v.typeName)(\(try interp.repr(.object(PyList(items)))))")
            }
        }
    }

    /// `super()`, `locals()`, `globals()`, `vars()`, `dir()`, `eval`, `exec`: they need the caller's frame.
    static func installFrameBuiltins(_ b: PyDict) {
        func add(_ name: String, _ body: @escaping FrameAwareBuiltins.Body) {
            let fn = PyBuiltinFunction(name: name) { (_, _) throws(PyError) -> Value in
                throw .runtimeError("\(name)(): no current frame")
            }
            FrameAwareBuiltins.register(fn, body)
            b.setItem(name, .object(fn))
        }
        add("globals") { (_, frame, _) throws(PyError) -> Value in .object(frame.globals) }
        add("locals") { (_, frame, _) throws(PyError) -> Value in .object(frame.localsSnapshot()) }
        add("vars") { (interp, frame, args) throws(PyError) -> Value in
            if args.count == 0 { return .object(frame.localsSnapshot()) }
            guard case .object(let o) = args[0], let d = o.dict else {
                throw .typeError("vars() argument must have __dict__ attribute")
            }
            return .object(d)
        }
        add("dir") { (interp, frame, args) throws(PyError) -> Value in
            var names: [String] = []
            if args.count == 0 {
                names = frame.localsSnapshot().keys.compactMap { $0.asStr?.string }
            } else if args[0].asType == nil, args[0].type.lookup("__dir__") != nil {
                // A class's own __dir__ decides (proxies such as actor handles list their dynamic names).
                let listed = try interp.callMethod(args[0], "__dir__", [])
                let items = PyList(Array(try interp.iterate(listed)))
                try interp.sortList(items, key: .none, reverse: false)
                return .object(items)
            } else {
                let v = args[0]
                var seen = Set<String>()
                if case .object(let o) = v, let d = o.dict, o.kind != .type {
                    for k in d.keys { if let s = k.asStr?.string { seen.insert(s) } }
                }
                let types = v.asType.map { $0.mro } ?? v.type.mro
                for t in types { for k in t.namespace.keys { if let s = k.asStr?.string { seen.insert(s) } } }
                names = Array(seen)
            }
            names.sort()
            return .object(PyList(names.map { .str($0) }))
        }
        add("super") { (interp, frame, args) throws(PyError) -> Value in
            var cls: PyType
            var obj: Value
            if args.count == 2 {
                guard let t = args[0].asType else { throw .typeError("super() argument 1 must be a type") }
                cls = t
                obj = args[1]
            } else {
                guard let cell = frame.cell(named: "__class__"), let t = cell.value.asType else {
                    throw .runtimeError("super(): __class__ cell not found")
                }
                cls = t
                guard frame.code.code.argCount > 0 || frame.code.code.flags.contains(.varArgs),
                    var first = frame.local(0)
                else {
                    throw .runtimeError("super(): no arguments")
                }
                if let c = first.asObject as? PyCell, frame.code.code.cellParameterSlots.contains(0) { first = c.value }
                if let c = frame.cell(named: frame.code.code.varNames.first ?? ""), !c.value.isUndefined { first = c.value }
                obj = first
            }
            return .object(PySuper(cls: cls, object: obj))
        }
        add("eval") { (interp, frame, args) throws(PyError) -> Value in
            try interp.evalOrExec(args, frame: frame, mode: .eval)
        }
        add("exec") { (interp, frame, args) throws(PyError) -> Value in
            _ = try interp.evalOrExec(args, frame: frame, mode: .exec)
            return .none
        }
    }
}

/// `super(cls, obj)`: attribute lookup that starts after `cls` in the MRO of `obj`'s type.
public final class PySuper: PyObject, @unchecked Sendable {
    let cls: PyType
    let object: Value

    init(cls: PyType, object: Value) {
        self.cls = cls
        self.object = object
        super.init(kind: .instance, type: Builtins.superType)
    }
}

extension Builtins {
    static let superType: PyType = {
        let t = PyType(
            name: "super", metatype: typeType, bases: [objectType], instanceKind: .instance, isBuiltin: true,
            namespace: PyDict(type: dictType))
        t.mro = [t, objectType]
        method(t, "__getattribute__") { (interp, v, args) throws(PyError) -> Value in
            let s = v.asObject as! PySuper
            let name = args[0].asStr!
            let startType = s.object.asType.flatMap { $0.isSubtype(of: s.cls) ? $0 : nil } ?? s.object.type
            let mro = startType.mro
            guard let i = mro.firstIndex(where: { $0 === s.cls }) else { throw interp.attributeError(v, name) }
            for t in mro[(i + 1)...] {
                if let attr = t.namespace.getItem(str: name) {
                    if s.object.asType != nil && s.object.asType === startType {
                        if let w = attr.asObject as? PyMethodWrapper, w.kind == .classMethod {
                            return .object(PyBoundMethod(function: w.function, receiver: s.object))
                        }
                        if let w = attr.asObject as? PyMethodWrapper { return w.function }
                        return attr
                    }
                    return try interp.bind(attr, instance: s.object, owner: startType)
                }
            }
            throw .attributeError("'super' object has no attribute '\(name.string)'")
        }
        return t
    }()
}

extension Builtins {
    /// `range.index`, `range.count`, and `__reversed__`-free membership helpers.
    static func installRangeMethods() {
        method(rangeType, "index") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("index", min: 1, max: 1)
            let r = v.asObject as! PyRange
            if let b = r.big, let i = interp.bigIntValue(args[0]), try interp.contains(v, args[0]) {
                return PyBigInt.make((i - b.start) / b.step)
            }
            if case .int(let i) = args[0], try interp.contains(v, args[0]) {
                return .int((i - r.start) / r.step)
            }
            throw .valueError("\(try interp.repr(args[0])) is not in range")
        }
        method(sliceType, "indices") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("indices", min: 1, max: 1)
            let n = try interp.intArgument(args[0])
            if n < 0 { throw .valueError("length should not be negative") }
            let (start, stop, step, _) = try interp.sliceIndices(v.asObject as! PySlice, length: n)
            return .object(PyTuple([.int(start), .int(stop), .int(step)]))
        }
        noneType.constructor = { (_, _, args) throws(PyError) -> Value in
            if args.count > 0 || args.hasKeywords { throw .typeError("NoneType takes no arguments") }
            return .none
        }
        method(rangeType, "count") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("count", min: 1, max: 1)
            return .int(try interp.contains(v, args[0]) ? 1 : 0)
        }
    }
}
