/// `memoryview(obj)`: a read-only view of a bytes-like object (indexing, slicing, len, tobytes, tolist,
/// hex). Views of a bytearray see later changes, as in CPython.
public final class PyMemoryView: PyNativeObject, @unchecked Sendable {
    public let base: PyBytes

    public init(_ base: PyBytes) {
        self.base = base
        super.init(type: Builtins.memoryviewType)
    }

    public var bytes: ContiguousArray<UInt8> { base.bytes }
}

extension Builtins {
    public static let memoryviewType: PyType = {
        let t = PyType(
            name: "memoryview", metatype: typeType, bases: [objectType], instanceKind: .native, isBuiltin: true,
            namespace: PyDict(type: dictType))
        t.mro = [t, objectType]
        t.constructor = { (interp, _, args) throws(PyError) -> Value in
            try args.expect("memoryview", min: 1, max: 1, keywords: true)
            let x = args.argument(0, "object")!
            if let m = x.asObject as? PyMemoryView { return .object(PyMemoryView(m.base)) }
            guard let b = x.asObject as? PyBytes else {
                throw .typeError("memoryview: a bytes-like object is required, not '\(x.typeName)'")
            }
            return .object(PyMemoryView(b))
        }
        func view(_ v: Value) -> PyMemoryView { v.asObject as! PyMemoryView }
        method(t, "__len__") { (_, v, _) throws(PyError) -> Value in .int(view(v).bytes.count) }
        method(t, "__getitem__") { (interp, v, args) throws(PyError) -> Value in
            let r = try interp.getItem(.object(PyBytes(view(v).bytes)), args[0])
            if let b = r.asObject as? PyBytes { return .object(PyMemoryView(b)) }
            return r
        }
        method(t, "__iter__") { (_, v, _) throws(PyError) -> Value in
            .object(PyArrayIterator(view(v).bytes.map { .int(Int($0)) }))
        }
        method(t, "tobytes") { (_, v, _) throws(PyError) -> Value in .object(PyBytes(view(v).bytes)) }
        method(t, "tolist") { (_, v, _) throws(PyError) -> Value in .object(PyList(view(v).bytes.map { .int(Int($0)) })) }
        method(t, "hex") { (interp, v, args) throws(PyError) -> Value in
            .str(try hexString(interp, view(v).bytes, sep: args.argument(0, "sep"), perSep: args.argument(1, "bytes_per_sep")))
        }
        method(t, "release") { (_, _, _) throws(PyError) -> Value in .none }
        method(t, "__enter__") { (_, v, _) throws(PyError) -> Value in v }
        method(t, "__exit__") { (_, _, _) throws(PyError) -> Value in .none }
        method(t, "__eq__") { (_, v, args) throws(PyError) -> Value in
            if let o = args[0].asObject as? PyBytes { return .bool(o.bytes == view(v).bytes) }
            if let o = args[0].asObject as? PyMemoryView { return .bool(o.bytes == view(v).bytes) }
            return .false
        }
        method(t, "__repr__") { (_, v, _) throws(PyError) -> Value in
            .str("<memory at \(Interpreter.address(v.asObject))>")
        }
        attribute(t, "nbytes") { (_, v) throws(PyError) -> Value in .int(view(v).bytes.count) }
        attribute(t, "readonly") { (_, v) throws(PyError) -> Value in .bool(view(v).base.kind == .bytes) }
        attribute(t, "obj") { (_, v) throws(PyError) -> Value in .object(view(v).base) }
        return t
    }()
}
