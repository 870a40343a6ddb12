import PyRuntime

/// `asyncio` on the Swift `EventLoop`: `run`, `sleep` (a real timer), `gather` (with `return_exceptions`),
/// `wait_for`, `wait`, `as_completed`, `timeout`, `create_task`/`ensure_future`, `Future` and `Task` (done
/// callbacks, cancellation with CancelledError), `Event`, `Lock`, `Semaphore`, `BoundedSemaphore`, `Queue`,
/// `LifoQueue`, `PriorityQueue` (AsyncioSync.swift), `get_running_loop`/`get_event_loop`/`new_event_loop` with
/// `run_until_complete`, `call_soon`, `call_later`, `create_future`, `time`, `current_task`, `all_tasks`,
/// `iscoroutine`, `iscoroutinefunction`.
///
/// Functions that are coroutines in CPython (`sleep`, `wait_for`, `wait`, `Event.wait`, `Queue.get`, ...) return
/// a small awaitable (type `coroutine`) that starts its work when first awaited or wrapped in a task, so they are
/// lazy like coroutines. The only Python source is the two-line generator that awaits a future
/// (`Asyncio.awaitGenerator`): a generator is the one object the VM can resume and get a return value from
/// without suspending, which `await future` needs when the future is already done.
///
/// Left out: threads and executors (`to_thread`, `run_in_executor`), streams, subprocesses, `shield`,
/// `Condition`, `TaskGroup`, `Runner`, async generators' shutdown, "never awaited"/"never retrieved" warnings.
enum Asyncio {
    // MARK: Types

    static let cancelledErrorType = Lib.makeType(
        "CancelledError", module: "asyncio.exceptions", bases: [Builtins.baseExceptionType], kind: .exception)
    static let invalidStateErrorType = Lib.makeType(
        "InvalidStateError", module: "asyncio.exceptions", bases: [Builtins.exceptionType], kind: .exception)

    // MARK: Per-interpreter state

    /// The loop running on this interpreter's thread, if any.
    static func runningLoop(_ interp: Interpreter) -> EventLoop? {
        interp.extensions["asyncio.runningLoop"] as? EventLoop
    }

    static func setRunningLoop(_ interp: Interpreter, _ loop: EventLoop?) {
        interp.extensions["asyncio.runningLoop"] = loop
    }

    static func requireRunningLoop(_ interp: Interpreter) throws(PyError) -> EventLoop {
        guard let loop = runningLoop(interp) else { throw .runtimeError("no running event loop") }
        return loop
    }

    /// The running loop, else the interpreter's default loop (`asyncio.get_event_loop()`).
    static func eventLoop(_ interp: Interpreter) -> EventLoop {
        if let loop = runningLoop(interp) { return loop }
        if let loop = interp.extensions["asyncio.defaultLoop"] as? EventLoop, !loop.isClosed { return loop }
        let loop = EventLoop(interpreter: interp)
        interp.extensions["asyncio.defaultLoop"] = loop
        return loop
    }

    static let helperFilename = "<asyncio>"

    /// The generator `await future` runs: yield the future to the task unless it is done, then its result.
    static func awaitGenerator(_ interp: Interpreter, _ future: AsyncFuture) throws(PyError) -> Value {
        let key = "asyncio.awaitFunction"
        if let f = interp.extensions[key] as? PyFunction { return try interp.call(.object(f), [.object(future)]) }
        let source = "def __await__(fut):\n    if not fut.done():\n        yield fut\n    return fut.result()\n"
        let namespace = PyModule(name: "asyncio.futures").namespace
        try interp.run(try interp.compile(source, filename: helperFilename, mode: .exec), globals: namespace)
        guard let f = namespace.getItem("__await__")?.asObject as? PyFunction else {
            throw .runtimeError("asyncio: cannot build the await helper")
        }
        interp.extensions[key] = f
        return try interp.call(.object(f), [.object(future)])
    }

    /// True for coroutine objects and the coroutine-like awaitables of this module.
    static func isCoroutine(_ v: Value) -> Bool {
        if let g = v.asObject as? PyGenerator { return g.flavor == .coroutine }
        return v.asObject is LazyAwaitable
    }

    /// `ensure_future`: futures as they are, coroutines and other awaitables wrapped in a task.
    static func ensureFuture(_ interp: Interpreter, _ v: Value, _ loop: EventLoop) throws(PyError) -> AsyncFuture {
        if let f = v.asObject as? AsyncFuture { return f }
        if isCoroutine(v) { return try loop.makeTask(v) }
        if case .object(let o) = v, o.type.lookup("__await__") != nil {
            return try loop.makeTask(
                .object(LazyAwaitable(name: "_wrap_awaitable", iterator: try interp.awaitableIterator(v))))
        }
        throw .typeError("An asyncio.Future, a coroutine or an awaitable is required")
    }

    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "asyncio")
        m.set("Future", .object(futureType))
        m.set("Task", .object(taskType))
        m.set("CancelledError", .object(cancelledErrorType))
        m.set("InvalidStateError", .object(invalidStateErrorType))
        m.set("TimeoutError", .object(Builtins.exceptionType("TimeoutError")))
        m.set("FIRST_COMPLETED", .str("FIRST_COMPLETED"))
        m.set("FIRST_EXCEPTION", .str("FIRST_EXCEPTION"))
        m.set("ALL_COMPLETED", .str("ALL_COMPLETED"))
        let exceptions = PyModule(name: "asyncio.exceptions")
        exceptions.set("CancelledError", .object(cancelledErrorType))
        exceptions.set("InvalidStateError", .object(invalidStateErrorType))
        exceptions.set("TimeoutError", .object(Builtins.exceptionType("TimeoutError")))
        m.set("exceptions", .object(exceptions))
        installRunning(m)
        AsyncioCombinators.install(m)
        AsyncioSync.install(m)
        return m
    }

    // MARK: Running and loops

    static func installRunning(_ m: PyModule) {
        Lib.function(m, "run") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("run", args, ["main", "debug"], required: 1, positionalCount: 1)
            if runningLoop(interp) != nil {
                throw .runtimeError("asyncio.run() cannot be called from a running event loop")
            }
            guard isCoroutine(a[0]!) else {
                throw .valueError("a coroutine was expected, got \(try interp.repr(a[0]!))")
            }
            let loop = EventLoop(interpreter: interp)
            defer { loop.close() }
            let main = try loop.makeTask(a[0]!)
            let result: Value
            do throws(PyError) {
                result = try loop.runUntilComplete(.object(main))
            } catch {
                try? cancelRemaining(loop)
                throw error
            }
            try cancelRemaining(loop)
            return result
        }
        Lib.function(m, "get_running_loop") { (interp, args) throws(PyError) -> Value in
            try args.expect("get_running_loop", min: 0, max: 0)
            return try requireRunningLoop(interp).pythonObject
        }
        Lib.function(m, "get_event_loop") { (interp, args) throws(PyError) -> Value in
            try args.expect("get_event_loop", min: 0, max: 0)
            return eventLoop(interp).pythonObject
        }
        Lib.function(m, "new_event_loop") { (interp, args) throws(PyError) -> Value in
            try args.expect("new_event_loop", min: 0, max: 0)
            return EventLoop(interpreter: interp).pythonObject
        }
        Lib.function(m, "set_event_loop") { (interp, args) throws(PyError) -> Value in
            try args.expect("set_event_loop", min: 1, max: 1)
            interp.extensions["asyncio.defaultLoop"] = (args[0].asObject as? LoopObject)?.loop
            return .none
        }
        Lib.function(m, "create_task") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("create_task", args, ["coro", "name", "context"], required: 1, positionalCount: 1)
            return try requireRunningLoop(interp).createTask(a[0]!, name: a[1] ?? .none)
        }
        Lib.function(m, "ensure_future") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("ensure_future", args, ["coro_or_future", "loop"], required: 1, positionalCount: 1)
            let loop = (a[1]?.asObject as? LoopObject)?.loop ?? eventLoop(interp)
            return .object(try ensureFuture(interp, a[0]!, loop))
        }
        Lib.function(m, "iscoroutine") { (_, args) throws(PyError) -> Value in
            try args.expect("iscoroutine", min: 1, max: 1)
            return .bool(isCoroutine(args[0]))
        }
        Lib.function(m, "iscoroutinefunction") { (interp, args) throws(PyError) -> Value in
            try args.expect("iscoroutinefunction", min: 1, max: 1)
            var f = args[0]
            while let p = f.asObject as? FunctoolsModule.PartialObject { f = p.function }
            if let b = f.asObject as? PyBoundMethod { f = b.function }
            guard let fn = f.asObject as? PyFunction else { return .false }
            return .bool(fn.code.flags.contains(.coroutine))
        }
        Lib.function(m, "current_task") { (interp, args) throws(PyError) -> Value in
            try args.expect("current_task", min: 0, max: 1)
            let loop = try loopArgument(interp, args)
            return loop.currentTask.map { .object($0) } ?? .none
        }
        Lib.function(m, "all_tasks") { (interp, args) throws(PyError) -> Value in
            try args.expect("all_tasks", min: 0, max: 1)
            let loop = try loopArgument(interp, args)
            let s = PySet()
            for t in loop.allTasks { try s.add(.object(t), interp) }
            return .object(s)
        }
    }

    /// The loop given as the first argument, else the running one.
    static func loopArgument(_ interp: Interpreter, _ args: Args) throws(PyError) -> EventLoop {
        if args.count > 0, let l = args[0].asObject as? LoopObject { return l.loop }
        return try requireRunningLoop(interp)
    }

    /// Cancel the tasks still running when `asyncio.run`'s main task ended, let them finish, and report those
    /// that failed with something other than cancellation.
    static func cancelRemaining(_ loop: EventLoop) throws(PyError) {
        let tasks = loop.allTasks
        if tasks.isEmpty { return }
        for t in tasks { t.cancel() }
        try loop.runForever(until: { tasks.allSatisfy { $0.isDone } })
        for t in tasks where t.state == .finished {
            guard let e = t.exception else { continue }
            let description = (try? loop.interpreter.repr(.object(t))) ?? "<Task>"
            loop.report(e, context: "unhandled exception during asyncio.run() shutdown\ntask: \(description)")
        }
    }
}
