import ClusterModel
import ClusterRuntime
import PyLibrary
import PyNumpy
import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// A worker process: an interpreter plus a core worker, running the tasks the head assigns, one at a time.
/// Output printed by a task is forwarded to the driver line by line, prefixed there with the task's name and
/// this process's pid; an exception becomes an error object carrying the remote traceback.
public enum WorkerProcess {
    /// Run until the head goes away. Returns the exit status.
    public static func run(session: Session, workerID: WorkerID, nodeID: NodeID, headPID: Int32) -> Int32 {
        LargeStackThread.run {
            Library.registerAll()
            RayModule.register()
            NumpyModule.register()
            let interp = Interpreter()
            let runtime = RayRuntime.of(interp)
            runtime.isDriver = false
            let worker: CoreWorker
            do throws(RuntimeFailure) {
                worker = try CoreWorker.startWorker(session: session, workerID: workerID, nodeID: nodeID)
            } catch {
                RuntimeLog.warning("worker: \(error)")
                return 1
            }
            runtime.worker = worker
            let stdout = ForwardingSink(worker: worker, isStderr: false)
            let stderr = ForwardingSink(worker: worker, isStderr: true)
            interp.stdout = stdout
            interp.stderr = stderr
            let interrupt = interp.interrupt
            worker.interruptHandler = { interrupt.request() }
            _ = interp.makeMainModule(file: nil)
            watchParent(headPID)
            let executor = TaskExecutor(interp: interp, runtime: runtime, worker: worker)
            while let spec = worker.nextTask() {
                let name = spec.actorOptions?.className ?? executor.actorClassName ?? spec.name
                stdout.taskName = name
                stderr.taskName = name
                executor.execute(spec)
                stdout.flush()
                stderr.flush()
                if spec.type == .actorCreationTask && executor.actorInstance == nil {
                    break  // the constructor failed: this worker's actor is dead, and so is the worker
                }
                if executor.isAsyncActor {
                    // From now on calls run as coroutines on one event loop (see AsyncActorLoop).
                    AsyncActorLoop(executor: executor).run()
                    break
                }
                if spec.type == .actorCreationTask && executor.maxConcurrency > 1 {
                    // A threaded actor: calls run on several threads (see ThreadedActorPool).
                    ThreadedActorPool(executor: executor).run()
                    break
                }
            }
            worker.stop()
            return 0
        }
    }

    /// Exit at once when the head dies (fate sharing), from a thread waiting on the head's pidfd.
    static func watchParent(_ pid: Int32) {
        let fd = ProcessControl.exitDescriptor(of: pid)
        var thread = pthread_t()
        let box = Unmanaged.passRetained(FDBox(fd: fd ?? -1, pid: pid))
        pthread_create(
            &thread, nil,
            { raw in
                let box = Unmanaged<FDBox>.fromOpaque(raw!).takeRetainedValue()
                if box.fd >= 0 {
                    var p = pollfd(fd: box.fd, events: Int16(POLLIN), revents: 0)
                    while poll(&p, 1, -1) < 0 && errno == EINTR {}
                } else {
                    while ProcessControl.isAlive(box.pid) { usleep(200_000) }
                }
                _exit(0)
            }, box.toOpaque())
        pthread_detach(thread)
    }

    final class FDBox: @unchecked Sendable {
        let fd: Int32
        let pid: Int32
        init(fd: Int32, pid: Int32) {
            self.fd = fd
            self.pid = pid
        }
    }
}

/// Sends what a task prints to the driver, a line at a time (so output appears as it is printed).
final class ForwardingSink: OutputSink {
    let worker: CoreWorker
    let isStderr: Bool
    var taskName = ""
    var buffer = ""

    init(worker: CoreWorker, isStderr: Bool) {
        self.worker = worker
        self.isStderr = isStderr
    }

    func write(_ text: String) {
        buffer += text
        if let last = buffer.utf8.lastIndex(of: 10) {
            let cut = buffer.utf8.index(after: last)
            let lines = String(buffer[..<cut])
            buffer = String(buffer[cut...])
            worker.forwardOutput(name: taskName, isStderr: isStderr, text: lines)
        }
    }

    func flush() {
        if !buffer.isEmpty {
            worker.forwardOutput(name: taskName, isStderr: isStderr, text: buffer + "\n")
            buffer = ""
        }
    }
}

/// Runs task specs in the worker's interpreter: plain tasks, and, once an actor creation task ran here, the
/// methods of that actor instance.
final class TaskExecutor {
    let interp: Interpreter
    let runtime: RayRuntime
    let worker: CoreWorker
    /// The actor instance this worker hosts (after its creation task).
    var actorInstance: Value?
    var actorClassName: String?
    var isAsyncActor = false
    var maxConcurrency = 1

    init(interp: Interpreter, runtime: RayRuntime, worker: CoreWorker) {
        self.interp = interp
        self.runtime = runtime
        self.worker = worker
    }

    func execute(_ spec: TaskSpec) {
        worker.beginTask(spec)
        if spec.type == .actorCreationTask, let options = spec.actorOptions {
            actorClassName = options.className
            maxConcurrency = max(options.maxConcurrency, 1)
        }
        var returns: [TaskReturn] = []
        var result: Value = .none
        do throws(TaskAbort) {
            (returns, result) = try run(spec)
        } catch {
            let payload = error.payload
            returns = spec.returnIDs.map { TaskReturn(objectID: $0, payload: payload) }
        }
        interp.interrupt.clear()
        // What the task printed reaches the driver before its result does.
        interp.stdout.flush()
        interp.stderr.flush()
        worker.finishTask(spec, returns: returns)
        withExtendedLifetime(result) {}
    }

    /// Why a task produced an error instead of values.
    struct TaskAbort: Error {
        let payload: ObjectPayload
    }

    /// The task's return objects, and its result value (kept alive until the results are sent).
    func run(_ spec: TaskSpec) throws(TaskAbort) -> ([TaskReturn], Value) {
        let result = try invoke(spec)
        if spec.type == .actorCreationTask {
            actorInstance = result
            isAsyncActor = spec.actorOptions?.isAsync ?? false
            return (try returnValues(.none, spec), .none)
        }
        return (try returnValues(result, spec), result)
    }

    /// Call the task's function (or the actor's class, or one of its methods) with the task's arguments.
    func invoke(_ spec: TaskSpec) throws(TaskAbort) -> Value {
        let function = try callee(spec)
        var values: [Value] = []
        for arg in spec.args { values.append(try argument(arg, spec)) }
        let positional = Array(values[0..<(values.count - spec.kwargNames.count)])
        let keywords = Array(zip(spec.kwargNames, values[(values.count - spec.kwargNames.count)...]))
        do throws(PyError) {
            return try interp.call(function, positional, keywords: keywords)
        } catch {
            throw TaskAbort(payload: failure(error.exception, spec))
        }
    }

    func callee(_ spec: TaskSpec) throws(TaskAbort) -> Value {
        guard spec.type == .actorTask else { return try load(spec) }
        guard let instance = actorInstance else {
            throw TaskAbort(payload: TaskFailure(kind: .actorDied, message: "The actor is not created on this worker.").payload)
        }
        do throws(PyError) {
            return try interp.getAttribute(instance, PyStr.intern(spec.methodName))
        } catch {
            throw TaskAbort(payload: failure(error.exception, spec))
        }
    }

    func load(_ spec: TaskSpec) throws(TaskAbort) -> Value {
        if let f = runtime.functionCache[spec.functionID] { return f }
        do throws(RuntimeFailure) {
            let data = try worker.fetchFunction(id: spec.functionID)
            let f = try runtimeDeserialize(data)
            runtime.functionCache[spec.functionID] = f
            return f
        } catch {
            throw TaskAbort(payload: TaskFailure(kind: .taskError, message: "cannot load the function: \(error)").payload)
        }
    }

    func runtimeDeserialize(_ bytes: [UInt8]) throws(RuntimeFailure) -> Value {
        do throws(PyError) {
            return try runtime.deserialize(bytes)
        } catch {
            throw RuntimeFailure(TracebackPrinter.finalLine(error.exception, interp))
        }
    }

    func argument(_ arg: TaskArg, _ spec: TaskSpec) throws(TaskAbort) -> Value {
        var id = ObjectID.returned(by: spec.taskID, index: 0)
        var payload: ObjectPayload
        switch arg {
        case .value(let p):
            payload = p
        case .reference(let ref):
            id = ref.id
            do throws(CoreWorker.WaitInterruption) {
                // Hold the ref while fetching, as a Python ObjectRef would.
                let holder = PyObjectRef(id: ref.id, owner: ref.owner, worker: worker)
                payload = try worker.get([ref], timeout: nil, interrupted: { interp.interrupt.isSet })[0]
                withExtendedLifetime(holder) {}
            } catch {
                throw TaskAbort(payload: TaskFailure(kind: .taskCancelled, message: "interrupted while fetching arguments").payload)
            }
        }
        if case .error(let bytes) = payload {
            throw TaskAbort(payload: TaskFailure.decode(bytes).asDependencyFailure(of: spec.name, pid: getpid()).payload)
        }
        do throws(RuntimeFailure) {
            let stored = try worker.contents(of: id, payload, populate: true)
            do throws(PyError) {
                return try runtime.deserialize(stored)
            } catch {
                throw RuntimeFailure(TracebackPrinter.finalLine(error.exception, interp))
            }
        } catch {
            throw TaskAbort(payload: TaskFailure(kind: .objectLost, message: "cannot read an argument: \(error)").payload)
        }
    }

    func returnValues(_ result: Value, _ spec: TaskSpec) throws(TaskAbort) -> [TaskReturn] {
        var values: [Value]
        if spec.numReturns == 1 {
            values = [result]
        } else if spec.numReturns == 0 {
            values = []
        } else {
            do throws(PyError) {
                // Ray asks len() first: returning 5 for num_returns=2 says "object of type 'int' has no len()".
                _ = try interp.call(try interp.getAttribute(.object(interp.builtinsModule), "len"), [result])
                values = Array(try interp.iterate(result))
            } catch {
                throw TaskAbort(payload: failure(error.exception, spec))
            }
            if values.count != spec.numReturns {
                let message =
                    "Task returned \(values.count) objects, but num_returns=\(spec.numReturns)."
                throw TaskAbort(payload: failure(PyException.make(Builtins.valueErrorType, message), spec))
            }
        }
        var returns: [TaskReturn] = []
        for (i, v) in values.enumerated() {
            let id = ObjectID.returned(by: spec.taskID, index: UInt32(i + 1))
            do throws(PyError) {
                let (serialized, contained) = try runtime.serializeObject(v)
                let payload: ObjectPayload
                do throws(RuntimeFailure) {
                    payload = try RayRuntime.withContents(serialized) { contents throws(RuntimeFailure) in
                        try worker.makePayload(id, contents, owner: spec.ownerAddress)
                    }
                } catch {
                    throw PyError.runtimeError(error.description)
                }
                returns.append(TaskReturn(objectID: id, payload: payload, contained: contained))
            } catch {
                throw TaskAbort(payload: failure(error.exception, spec))
            }
        }
        return returns
    }

    /// The traceback without the frames of the ray module's own Python layer (`<frozen ray...>`), as Ray
    /// leaves its internal frames out of remote tracebacks.
    static func withoutRuntimeFrames(_ text: String) -> String {
        var out: [Substring] = []
        var skipping = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  File \"<frozen ray") {
                skipping = true
                continue
            }
            if skipping && line.hasPrefix("    ") { continue }
            skipping = false
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// Whether `retry_exceptions=[...]` lists a class of `exc` (any exception when no list was given).
    func retryable(_ exc: PyException, _ spec: TaskSpec) -> Bool {
        guard !spec.retryFilter.isEmpty else { return true }
        guard let classes = try? runtime.deserialize(spec.retryFilter), let items = try? interp.iterate(classes) else {
            return false
        }
        return items.contains { ($0.asObject as? PyType).map { exc.type.isSubtype(of: $0) } ?? false }
    }

    /// The error object for an exception raised by the task: the exception itself (when it can travel) and
    /// Ray's remote traceback text, `ray::name() (pid=..., ip=...)` followed by the frames.
    func failure(_ exc: PyException, _ spec: TaskSpec) -> ObjectPayload {
        var text = Self.withoutRuntimeFrames(TracebackPrinter.render(exc, interp))
        var cause: Value = .object(exc)
        if exc.type === Builtins.keyboardInterruptType && worker.cancelRequested(spec.taskID) {
            // Ray reports a cancelled running task as a TaskCancelledError raised where the task was.
            let message = "Task: TaskID(\(spec.taskID.hex)) was cancelled."
            if let module = try? interp.importSingle("ray.exceptions"),
                let type = try? interp.getAttribute(module, "TaskCancelledError"),
                let made = try? interp.call(type, [.none, .str(message)])
            {
                cause = made
            }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            while lines.last == "" { lines.removeLast() }
            if !lines.isEmpty { lines.removeLast() }
            text = (lines + ["ray.exceptions.TaskCancelledError: \(message)"]).joined(separator: "\n") + "\n"
        }
        let tracebackHeader = "Traceback (most recent call last):\n"
        if text.hasPrefix(tracebackHeader) { text.removeFirst(tracebackHeader.count) }
        var details = "pid=\(getpid()), ip=127.0.0.1"
        if spec.type == .actorTask, let instance = actorInstance {
            let shown = (try? interp.repr(instance)) ?? "<\(actorClassName ?? "actor") object>"
            details += ", actor_id=\(spec.actorID?.hex ?? ""), repr=\(shown)"
        }
        let header = "ray::\(spec.name)() (\(details))"
        while text.hasSuffix("\n") { text.removeLast() }
        let message = header + "\n" + text
        let data = (try? runtime.serialize(cause).0) ?? []
        return TaskFailure(kind: .taskError, message: message, data: data, retryable: retryable(exc, spec)).payload
    }
}
