import ClusterModel
import ClusterRuntime
import PyLibrary
import PyRuntime

/// An asynchronous actor's worker: every call runs as a coroutine on one asyncio event loop, up to
/// `max_concurrency` at once, interleaving at each `await` (two calls sleeping 15 s finish together). The
/// core worker's I/O thread wakes the loop when a call arrives.
final class AsyncActorLoop {
    let executor: TaskExecutor
    let loop: EventLoop
    var running = 0
    /// `async def _call(coro, done)`: awaits a method's coroutine and reports its outcome to `done`.
    let wrapper: Value?

    init(executor: TaskExecutor) {
        self.executor = executor
        loop = EventLoop(interpreter: executor.interp)
        let source = """
            async def _call(coro, done):
                try:
                    result = await coro
                except BaseException as e:
                    done(None, e)
                    return
                done(result, None)
            """
        let globals = PyDict()
        globals.setItem("__builtins__", .object(executor.interp.builtinsModule))
        if let code = try? executor.interp.compile(source, filename: "<ray actor loop>", mode: .exec),
            (try? executor.interp.run(code, globals: globals)) != nil
        {
            wrapper = globals.getItem("_call")
        } else {
            wrapper = nil
        }
    }

    func run() {
        let worker = executor.worker
        let loop = self.loop
        let waker = Waker(self)
        worker.taskArrivedHandler = { waker.wake() }
        loop.callSoon { [weak self] () throws(PyError) in self?.startCalls() }
        do throws(PyError) {
            try loop.runForever(until: { worker.isStopping })
        } catch {
            RuntimeLog.warning("async actor loop ended: \(TracebackPrinter.finalLine(error.exception, executor.interp))")
        }
    }

    /// Start waiting calls while fewer than max_concurrency run.
    func startCalls() {
        while running < executor.maxConcurrency, let spec = executor.worker.takeTask() {
            start(spec)
        }
    }

    func start(_ spec: TaskSpec) {
        let worker = executor.worker
        worker.beginTask(spec)
        let value: Value
        do throws(TaskExecutor.TaskAbort) {
            value = try executor.invoke(spec)
        } catch {
            finish(spec, .failure(error.payload))
            return
        }
        guard value.asObject?.kind == .generator, let wrapper, value.type.name == "coroutine" else {
            finish(spec, .success(value))
            return
        }
        running += 1
        let done = PyBuiltinFunction(name: "done") { [weak self] (_, args) throws(PyError) -> Value in
            guard let self else { return .none }
            self.running -= 1
            if let exc = args[1].asObject as? PyException {
                self.finish(spec, .failure(self.executor.failure(exc, spec)))
            } else {
                self.finish(spec, .success(args[0]))
            }
            self.startCalls()
            return .none
        }
        do throws(PyError) {
            let coroutine = try executor.interp.call(wrapper, [value, .object(done)])
            _ = try loop.createTask(coroutine)
        } catch {
            running -= 1
            finish(spec, .failure(executor.failure(error.exception, spec)))
        }
    }

    enum Outcome {
        case success(Value)
        case failure(ObjectPayload)
    }

    func finish(_ spec: TaskSpec, _ outcome: Outcome) {
        var returns: [TaskReturn]
        switch outcome {
        case .success(let v):
            do throws(TaskExecutor.TaskAbort) {
                returns = try executor.returnValues(v, spec)
            } catch {
                returns = spec.returnIDs.map { TaskReturn(objectID: $0, payload: error.payload) }
            }
        case .failure(let payload):
            returns = spec.returnIDs.map { TaskReturn(objectID: $0, payload: payload) }
        }
        executor.interp.stdout.flush()
        executor.interp.stderr.flush()
        executor.worker.finishTask(spec, returns: returns)
    }
}

/// Wakes the loop from the I/O thread: `callSoonThreadSafe` is the loop's one thread-safe entry point.
final class Waker: @unchecked Sendable {  // only calls EventLoop.callSoonThreadSafe, which is thread-safe
    let actorLoop: AsyncActorLoop

    init(_ actorLoop: AsyncActorLoop) {
        self.actorLoop = actorLoop
    }

    func wake() {
        let target = actorLoop
        target.loop.callSoonThreadSafe { () throws(PyError) in target.startCalls() }
    }
}
