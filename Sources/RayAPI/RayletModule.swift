import ClusterModel
import ClusterRuntime
import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `_raylet`: the native core of the ray module (Ray has a Cython module of that name in the same place). The
/// Python layer (`ray`, `ray.exceptions`, `ray.util.state`) checks arguments and shapes results with Ray's
/// messages; these functions take positional arguments already validated and do the work.
enum RayletModule {
    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "_raylet")
        m.set("ObjectRef", .object(ObjectRefType.type))
        func def(_ name: String, _ arity: ClosedRange<Int>, _ body: @escaping (Interpreter, RayRuntime, Args) throws(PyError) -> Value) {
            m.set(
                name,
                .object(
                    PyBuiltinFunction(name: name, module: "_raylet") { (interp, args) throws(PyError) -> Value in
                        try args.expect(name, min: arity.lowerBound, max: arity.upperBound)
                        return try body(interp, RayRuntime.of(interp), args)
                    }))
        }
        def("init", 3...4) { (interp, rt, args) throws(PyError) -> Value in
            let cpus = args[0].isNone ? Double(sysconf(Int32(_SC_NPROCESSORS_ONLN))) : try interp.floatArgument(args[0])
            let physical = Int(sysconf(Int32(_SC_PHYS_PAGES))) * Int(sysconf(Int32(_SC_PAGESIZE)))
            let store = args[1].isNone ? physical * 3 / 10 : try interp.intArgument(args[1])
            // The runtime's log level: the more verbose of RAY_BACKEND_LOG_LEVEL and ray.init(logging_level=...).
            let requested = args.count > 3 ? args[3].asStr.flatMap { LogLevel(name: $0.string) } : nil
            let level = min(requested ?? RuntimeLog.level, RuntimeLog.level)
            try rt.startDriver(
                numCPUs: cpus, objectStoreMemory: store, logToDriver: try interp.isTrue(args[2]), logLevel: level)
            interp.exitHooks.append { [weak rt] in rt?.shutdown(grace: rt?.exitGrace ?? 0) }
            return .none
        }
        def("is_initialized", 0...0) { (_, rt, _) throws(PyError) -> Value in .bool(rt.worker != nil) }
        def("is_worker", 0...0) { (_, rt, _) throws(PyError) -> Value in .bool(rt.worker != nil && !rt.isDriver) }
        def("shutdown", 0...0) { (_, rt, _) throws(PyError) -> Value in
            rt.shutdown()
            return .none
        }
        def("set_error_factory", 1...1) { (_, rt, args) throws(PyError) -> Value in
            rt.errorFactory = args[0]
            return .none
        }
        def("export_function", 1...1) { (_, rt, args) throws(PyError) -> Value in
            let worker = try rt.requireWorker()
            let (bytes, _) = try rt.serialize(args[0])
            let id = SHA256.hash(bytes)
            worker.exportFunction(id: id, data: bytes)
            return .object(PyBytes(id))
        }
        def("submit_task", 9...9) { (interp, rt, args) throws(PyError) -> Value in
            try submitTask(interp, rt, args)
        }
        def("get", 2...2) { (interp, rt, args) throws(PyError) -> Value in
            try get(interp, rt, refs: args[0], timeout: args[1])
        }
        def("wait", 3...3) { (interp, rt, args) throws(PyError) -> Value in
            let worker = try rt.requireWorker()
            let refs = try refList(interp, args[0])
            let timeout = args[2].isNone ? nil : try interp.floatArgument(args[2])
            let ready: [Int]
            let count = try interp.intArgument(args[1])
            do throws(CoreWorker.WaitInterruption) {
                let owned = refs.map(\.owned)
                ready = try interp.releasingLock {
                    Result { () throws(CoreWorker.WaitInterruption) in
                        try worker.wait(owned, count: count, timeout: timeout, interrupted: { interp.interrupt.isSet })
                    }
                }.get()
            } catch {
                try interp.checkInterrupt()
                throw .runtimeError("ray.wait was interrupted: the cluster is shutting down")
            }
            return .object(PyList(ready.map { .int($0) }))
        }
        def("put", 1...1) { (_, rt, args) throws(PyError) -> Value in
            let worker = try rt.requireWorker()
            let (serialized, contained) = try rt.serializeObject(args[0])
            do throws(RuntimeFailure) {
                let id = try RayRuntime.withContents(serialized) { contents throws(RuntimeFailure) in
                    try worker.put(contents, contained: contained)
                }
                return .object(PyObjectRef(id: id, owner: worker.address, worker: worker, counted: true))
            } catch {
                throw .runtimeError(error.description)
            }
        }
        def("cancel", 2...2) { (interp, rt, args) throws(PyError) -> Value in
            let worker = try rt.requireWorker()
            let ref = try ObjectRefType.ref(args[0])
            worker.cancel(ref.id.task, force: try interp.isTrue(args[1]))
            return .none
        }
        def("context", 0...0) { (_, rt, _) throws(PyError) -> Value in
            let worker = try rt.requireWorker()
            let spec = rt.isDriver ? nil : worker.executing
            let task: Value = spec.map { .str($0.taskID.hex) } ?? .none
            let actor: Value = (spec?.actorID).map { .str($0.hex) } ?? .none
            let name: Value = spec.map { .str($0.name) } ?? .none
            let function: Value = spec.map { .str($0.functionName) } ?? .none
            return .object(
                PyTuple([
                    .str(worker.jobID.hex), task, .str(worker.workerID.hex), .str(worker.nodeID.hex), .str(rt.namespace),
                    actor, name, function,
                ]))
        }
        def("set_namespace", 1...1) { (_, rt, args) throws(PyError) -> Value in
            rt.namespace = args[0].asStr?.string ?? ""
            return .none
        }
        def("state", 1...1) { (interp, rt, args) throws(PyError) -> Value in
            try StateRows.query(interp, try rt.requireWorker(), args[0].asStr?.string ?? "")
        }
        def("create_actor", 12...12) { (interp, rt, args) throws(PyError) -> Value in
            try ActorCalls.create(interp, rt, args)
        }
        def("submit_actor_task", 7...7) { (interp, rt, args) throws(PyError) -> Value in
            try ActorCalls.submit(interp, rt, args)
        }
        def("kill_actor", 2...2) { (interp, rt, args) throws(PyError) -> Value in
            let worker = try rt.requireWorker()
            guard let id = args[0].asStr.flatMap({ bytesFromHex($0.string) }).flatMap(ActorID.init(bytes:)) else {
                throw .valueError("bad actor id")
            }
            worker.killActor(id, noRestart: try interp.isTrue(args[1]))
            return .none
        }
        def("named_actor", 2...2) { (_, rt, args) throws(PyError) -> Value in
            let worker = try rt.requireWorker()
            let record: ActorRecord?
            do throws(RuntimeFailure) {
                record = try worker.namedActor(args[0].asStr?.string ?? "", namespace: args[1].asStr?.string ?? "")
            } catch {
                throw .runtimeError(error.description)
            }
            guard let record else { return .none }
            return .object(StateRows.actor(record))
        }
        def("session_dir", 0...0) { (_, rt, _) throws(PyError) -> Value in .str(try rt.requireWorker().session.directory) }
        return m
    }

    static func refList(_ interp: Interpreter, _ v: Value) throws(PyError) -> [PyObjectRef] {
        var out: [PyObjectRef] = []
        for item in try interp.iterate(v) { out.append(try ObjectRefType.ref(item)) }
        return out
    }

    /// args: function id, function name, task name, args tuple, kwargs dict, num_returns, num_cpus,
    /// max_retries, retry_exceptions.
    static func submitTask(_ interp: Interpreter, _ rt: RayRuntime, _ a: Args) throws(PyError) -> Value {
        let worker = try rt.requireWorker()
        guard let functionBytes = (a[0].asObject as? PyBytes)?.bytes else { throw .typeError("bad function id") }
        let functionID = Array(functionBytes)
        let (taskArgs, kwargNames, nested, temporaryPuts) = try arguments(interp, rt, worker, a[3], a[4], for: a[1].asStr?.string ?? "")
        let taskID = worker.nextTaskID()
        let parent = worker.currentTaskID
        let numReturns = try interp.intArgument(a[5])
        let numCPUs = try interp.floatArgument(a[6])
        let maxRetries = try interp.intArgument(a[7])
        // retry_exceptions: a bool, or a list of exception classes (shipped to the worker, which decides).
        let retryExceptions = try interp.isTrue(a[8])
        var retryFilter: [UInt8] = []
        if a[8].asObject is PyList || a[8].asObject is PyTuple {
            retryFilter = try rt.serialize(.object(PyTuple(Array(try interp.iterate(a[8]))))).0
        }
        var spec = TaskSpec(
            taskID: taskID, jobID: worker.jobID, parentTaskID: parent, type: .normalTask,
            name: a[2].asStr?.string ?? "", functionName: a[1].asStr?.string ?? "", functionID: functionID,
            args: taskArgs, kwargNames: kwargNames, numReturns: numReturns, numCPUs: numCPUs, maxRetries: maxRetries,
            retryExceptions: retryExceptions, ownerAddress: worker.address, ownerWorkerID: worker.workerID,
            driverAddress: worker.driverAddress)
        spec.retryFilter = retryFilter
        let ids = worker.submit(spec, nestedRefs: nested)
        for id in temporaryPuts { worker.removeLocalReference(id) }
        let refs: [Value] = ids.map { .object(PyObjectRef(id: $0, owner: worker.address, worker: worker, counted: true)) }
        return .object(PyList(refs))
    }

    static func get(_ interp: Interpreter, _ rt: RayRuntime, refs refsValue: Value, timeout: Value) throws(PyError)
        -> Value
    {
        let worker = try rt.requireWorker()
        let refs = try refList(interp, refsValue)
        let seconds = timeout.isNone ? nil : try interp.floatArgument(timeout)
        let payloads: [ObjectPayload]
        do throws(CoreWorker.WaitInterruption) {
            let owned = refs.map(\.owned)
            payloads = try interp.releasingLock {
                Result { () throws(CoreWorker.WaitInterruption) in
                    try worker.get(owned, timeout: seconds, interrupted: { interp.interrupt.isSet })
                }
            }.get()
        } catch .timedOut {
            throw try raised(interp, rt, kind: "timeout", message: "Get timed out: some object(s) not ready.", data: .none)
        } catch {
            try interp.checkInterrupt()
            throw .runtimeError("ray.get was interrupted: the cluster is shutting down")
        }
        var values: [Value] = []
        values.reserveCapacity(payloads.count)
        for (ref, payload) in zip(refs, payloads) {
            if case .error(let bytes) = payload {
                let failure = TaskFailure.decode(bytes)
                var cause: Value = .none
                if !failure.data.isEmpty, let v = try? rt.deserialize(failure.data) { cause = v }
                throw try raised(interp, rt, kind: "\(failure.kind)", message: failure.message, data: cause)
            }
            let stored: StoredObject
            do throws(RuntimeFailure) {
                stored = try worker.contents(of: ref.id, payload)
            } catch {
                throw try raised(interp, rt, kind: "objectLost", message: error.description, data: .none)
            }
            values.append(try rt.deserialize(stored))
        }
        return .object(PyList(values))
    }

    /// Top-level arguments of a call: ObjectRefs pass as references (resolved before the task runs), values
    /// are serialized (large ones put into the object store, once per call); refs nested in values are listed.
    static func arguments(
        _ interp: Interpreter, _ rt: RayRuntime, _ worker: CoreWorker, _ args: Value, _ kwargs: Value,
        for function: String
    ) throws(PyError) -> ([TaskArg], [String], [OwnedObject], [ObjectID]) {
        var kwargNames: [String] = []
        var values = Array(try interp.iterate(args))
        if let kwargs = kwargs.asObject as? PyDict {
            for (k, v) in kwargs.items {
                kwargNames.append(k.asStr?.string ?? "")
                values.append(v)
            }
        }
        var taskArgs: [TaskArg] = []
        var nested: [OwnedObject] = []
        var temporaryPuts: [ObjectID] = []
        for v in values {
            if let ref = v.asObject as? PyObjectRef {
                taskArgs.append(.reference(ref.owned))
                continue
            }
            let serialized: SerializedValue
            let contained: [OwnedObject]
            do throws(PyError) {
                (serialized, contained) = try rt.serializeObject(v)
            } catch {
                guard error.exception.type === Builtins.typeErrorType else { throw error }
                let shown = (try? interp.repr(v)) ?? "<\(v.typeName) object>"
                let reason = TracebackPrinter.finalLine(error.exception, interp)
                throw .typeError("Could not serialize the argument \(shown) for a task or actor \(function):\n\(reason)")
            }
            nested += contained
            if serialized.buffers.isEmpty && serialized.bytes.count < SharedObjectStore.inlineLimit {
                taskArgs.append(.value(.inline(serialized.bytes)))
            } else {
                do throws(RuntimeFailure) {
                    let id = try RayRuntime.withContents(serialized) { contents throws(RuntimeFailure) in
                        try worker.put(contents, contained: contained)
                    }
                    temporaryPuts.append(id)
                    taskArgs.append(.reference(OwnedObject(id: id, owner: worker.address)))
                } catch {
                    throw .runtimeError(error.description)
                }
            }
        }
        return (taskArgs, kwargNames, nested, temporaryPuts)
    }

    /// The exception `ray.exceptions` builds for a failure.
    static func raised(_ interp: Interpreter, _ rt: RayRuntime, kind: String, message: String, data: Value)
        throws(PyError) -> PyError
    {
        guard let factory = rt.errorFactory else { return .runtimeError(message) }
        let exc = try interp.call(factory, [.str(kind), .str(message), data])
        guard let e = exc.asObject as? PyException else { return .runtimeError(message) }
        return PyError(e)
    }
}
