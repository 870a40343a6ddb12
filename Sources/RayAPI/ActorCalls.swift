import ClusterModel
import ClusterRuntime
import PyRuntime

/// Creating actors and calling their methods: the `_raylet` side of `ray.actor`.
enum ActorCalls {
    /// args: class id, class name, args, kwargs, num_cpus (-1: Ray's default), max_restarts, max_concurrency,
    /// name, namespace, is_async, detached, qualified name. Returns (actor id hex, lifetime ObjectRef).
    static func create(_ interp: Interpreter, _ rt: RayRuntime, _ a: Args) throws(PyError) -> Value {
        let worker = try rt.requireWorker()
        guard let classBytes = (a[0].asObject as? PyBytes)?.bytes else { throw .typeError("bad class id") }
        let className = a[1].asStr?.string ?? ""
        let (actorID, taskID) = worker.nextActorCreation()
        let options = ActorOptions(
            className: className, name: a[7].asStr?.string ?? "", namespace: a[8].asStr?.string ?? "",
            maxRestarts: try interp.intArgument(a[5]), maxConcurrency: try interp.intArgument(a[6]),
            isAsync: try interp.isTrue(a[9]), detached: try interp.isTrue(a[10]))
        var spec = try makeSpec(
            interp, rt, worker, taskID: taskID, type: .actorCreationTask, name: "\(className).__init__",
            functionName: (a[11].asStr?.string ?? className) + ".__init__", functionID: Array(classBytes),
            args: a[2], kwargs: a[3], numReturns: 1, numCPUs: try interp.floatArgument(a[4]), maxRetries: 0)
        spec.task.actorID = actorID
        spec.task.actorOptions = options
        let detached = try interp.isTrue(a[10])
        let ids = worker.submit(spec.task, nestedRefs: spec.nested)
        for id in spec.temporaryPuts { worker.removeLocalReference(id) }
        // Handles carry the creation task's return object: it is counted like any object (handles in other
        // processes borrow it), and when the last handle anywhere is gone the owner ends the actor.
        if !detached { worker.tieActorLifetime(actorID, to: ids[0]) }
        let ref = PyObjectRef(id: ids[0], owner: worker.address, worker: worker, counted: true)
        return .object(PyTuple([.str(actorID.hex), .object(ref)]))
    }

    /// args: actor id hex, class name, method name, args, kwargs, num_returns, max_task_retries.
    static func submit(_ interp: Interpreter, _ rt: RayRuntime, _ a: Args) throws(PyError) -> Value {
        let worker = try rt.requireWorker()
        guard let actorID = a[0].asStr.flatMap({ bytesFromHex($0.string) }).flatMap(ActorID.init(bytes:)) else {
            throw .valueError("bad actor id")
        }
        let className = a[1].asStr?.string ?? ""
        let method = a[2].asStr?.string ?? ""
        let taskID = worker.nextTaskID(actor: actorID)
        var spec = try makeSpec(
            interp, rt, worker, taskID: taskID, type: .actorTask, name: "\(className).\(method)",
            functionName: "\(className).\(method)", functionID: [], args: a[3], kwargs: a[4],
            numReturns: try interp.intArgument(a[5]), numCPUs: 0, maxRetries: try interp.intArgument(a[6]))
        spec.task.actorID = actorID
        spec.task.methodName = method
        let ids = worker.submit(spec.task, nestedRefs: spec.nested)
        for id in spec.temporaryPuts { worker.removeLocalReference(id) }
        let refs: [Value] = ids.map { .object(PyObjectRef(id: $0, owner: worker.address, worker: worker, counted: true)) }
        return .object(PyList(refs))
    }

    struct Prepared {
        var task: TaskSpec
        var nested: [OwnedObject]
        var temporaryPuts: [ObjectID]
    }

    static func makeSpec(
        _ interp: Interpreter, _ rt: RayRuntime, _ worker: CoreWorker, taskID: TaskID, type: TaskType, name: String,
        functionName: String, functionID: [UInt8], args: Value, kwargs: Value, numReturns: Int, numCPUs: Double,
        maxRetries: Int
    ) throws(PyError) -> Prepared {
        let (taskArgs, kwargNames, nested, puts) = try RayletModule.arguments(interp, rt, worker, args, kwargs, for: functionName)
        let spec = TaskSpec(
            taskID: taskID, jobID: worker.jobID, parentTaskID: worker.currentTaskID, type: type, name: name,
            functionName: functionName, functionID: functionID, args: taskArgs, kwargNames: kwargNames,
            numReturns: numReturns, numCPUs: numCPUs, maxRetries: maxRetries, retryExceptions: false,
            ownerAddress: worker.address, ownerWorkerID: worker.workerID, driverAddress: worker.driverAddress)
        return Prepared(task: spec, nested: nested, temporaryPuts: puts)
    }
}
