import ClusterModel
import ClusterRuntime
import PyRuntime

/// `ray.ObjectRef`: a Python value naming an object of the cluster. Creating one counts a local reference in
/// the process's core worker and destroying one (Swift's deterministic deinit, like CPython's refcounting)
/// releases it, so an object lives exactly as long as some ref to it does, anywhere.
final class PyObjectRef: PyNativeObject, @unchecked Sendable {  // thread-confined like every PyObject
    let id: ObjectID
    /// The owner's address (this process's own address when it owns the object).
    let owner: String
    /// The core worker that counted this ref (a ref outliving `ray.shutdown` releases nothing).
    let worker: CoreWorker

    init(id: ObjectID, owner: String, worker: CoreWorker, counted: Bool = false) {
        self.id = id
        self.owner = owner
        self.worker = worker
        super.init(type: ObjectRefType.type)
        if !counted { worker.addLocalReference(id, owner: owner == worker.address ? nil : owner) }
    }

    deinit {
        if !worker.isStopping { worker.removeLocalReference(id) }
    }

    var owned: OwnedObject { OwnedObject(id: id, owner: owner) }
}

/// A printable binary id (`TaskID(...)`, `JobID(...)`): what `ref.task_id()` and the runtime context return.
final class PyBinaryID: PyNativeObject, @unchecked Sendable {
    let name: String
    let bytes: [UInt8]

    init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        super.init(type: ObjectRefType.binaryIDType)
    }

    var hex: String { bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }
}

enum ObjectRefType {
    static func ref(_ v: Value) throws(PyError) -> PyObjectRef {
        guard let r = v.asObject as? PyObjectRef else {
            throw .typeError("descriptor requires a 'ObjectRef' object but received a '\(v.typeName)'")
        }
        return r
    }

    static let type: PyType = {
        let t = makeType("ObjectRef", module: "ray", bases: [binaryIDType])
        // ObjectRef(binary): a ref to an object this process knows by id (Ray's advanced constructor).
        t.constructor = { (interp, _, args) throws(PyError) -> Value in
            try args.expect("ObjectRef", min: 1, max: 3)
            guard let b = args[0].asObject as? PyBytes, let id = ObjectID(bytes: Array(b.bytes)) else {
                throw .valueError("ObjectRef expects 28 bytes of id")
            }
            let worker = try RayRuntime.of(interp).requireWorker()
            return .object(PyObjectRef(id: id, owner: worker.address, worker: worker))
        }
        Builtins.method(t, "__repr__") { (_, v, _) throws(PyError) -> Value in .str("ObjectRef(\(try ref(v).id.hex))") }
        Builtins.method(t, "hex") { (_, v, _) throws(PyError) -> Value in .str(try ref(v).id.hex) }
        Builtins.method(t, "binary") { (_, v, _) throws(PyError) -> Value in .object(PyBytes(try ref(v).id.bytes)) }
        Builtins.method(t, "is_nil") { (_, v, _) throws(PyError) -> Value in
            .bool(try ref(v).id.bytes.allSatisfy { $0 == 0xff })
        }
        Builtins.method(t, "job_id") { (_, v, _) throws(PyError) -> Value in
            .object(PyBinaryID(name: "JobID", bytes: try ref(v).id.task.job.bytes))
        }
        Builtins.method(t, "task_id") { (_, v, _) throws(PyError) -> Value in
            .object(PyBinaryID(name: "TaskID", bytes: try ref(v).id.task.bytes))
        }
        Builtins.method(t, "__await__") { (interp, v, _) throws(PyError) -> Value in
            let ray = try interp.importSingle("ray")
            let coroutine = try interp.call(try interp.getAttribute(ray, "_await_ref"), [v])
            return try interp.call(try interp.getAttribute(coroutine, "__await__"), [])
        }
        Builtins.method(t, "__hash__") { (_, v, _) throws(PyError) -> Value in
            let b = try ref(v).id.bytes
            var h = 0
            for i in 0..<8 { h = h << 8 | Int(b[i]) }
            return .int(h == -1 ? -2 : h)
        }
        Builtins.method(t, "__eq__") { (_, v, args) throws(PyError) -> Value in
            guard let a = v.asObject as? PyObjectRef, let b = args[0].asObject as? PyObjectRef else {
                return Builtins.notImplemented
            }
            return .bool(a.id == b.id)
        }
        Builtins.method(t, "__ne__") { (_, v, args) throws(PyError) -> Value in
            guard let a = v.asObject as? PyObjectRef, let b = args[0].asObject as? PyObjectRef else {
                return Builtins.notImplemented
            }
            return .bool(a.id != b.id)
        }
        return t
    }()

    static let binaryIDType: PyType = {
        let t = makeType("BaseID", module: "ray._raylet")
        func id(_ v: Value) throws(PyError) -> PyBinaryID {
            guard let i = v.asObject as? PyBinaryID else { throw .typeError("expected an id") }
            return i
        }
        Builtins.method(t, "__repr__") { (_, v, _) throws(PyError) -> Value in
            let i = try id(v)
            return .str("\(i.name)(\(i.hex))")
        }
        Builtins.method(t, "hex") { (_, v, _) throws(PyError) -> Value in .str(try id(v).hex) }
        Builtins.method(t, "binary") { (_, v, _) throws(PyError) -> Value in .object(PyBytes(try id(v).bytes)) }
        Builtins.method(t, "__hash__") { (_, v, _) throws(PyError) -> Value in .int(try id(v).hex.hashValue) }
        Builtins.method(t, "__eq__") { (_, v, args) throws(PyError) -> Value in
            guard let a = v.asObject as? PyBinaryID, let b = args[0].asObject as? PyBinaryID else {
                return Builtins.notImplemented
            }
            return .bool(a.name == b.name && a.bytes == b.bytes)
        }
        return t
    }()

    static func makeType(_ name: String, module: String, bases: [PyType] = []) -> PyType {
        do {
            return try PyType.makeLibraryType(name: name, module: module, bases: bases, instanceKind: .native, isBuiltin: false)
        } catch {
            fatalError("cannot create \(module).\(name)")
        }
    }

    /// ObjectRefs inside serialized values travel as id + owner; the receiving process becomes a borrower.
    static func registerCodec() {
        ExternalValueCodecs.register(
            ExternalValueCodec(
                kind: "ray.ObjectRef",
                encode: { (interp, object) throws(PyError) -> [UInt8] in
                    let r = object as! PyObjectRef
                    RayRuntime.of(interp).noteSerializedRef(r.owned)
                    var w = WireWriter()
                    r.owned.encode(&w)
                    return w.bytes
                },
                decode: { (interp, bytes) throws(PyError) -> Value in
                    var reader = WireReader(bytes)
                    let owned: OwnedObject
                    do throws(WireError) {
                        owned = try OwnedObject.decode(&reader)
                    } catch {
                        throw .valueError("corrupt ObjectRef: \(error)")
                    }
                    let worker = try RayRuntime.of(interp).requireWorker()
                    return .object(PyObjectRef(id: owned.id, owner: owned.owner, worker: worker))
                }), for: type)
    }
}
