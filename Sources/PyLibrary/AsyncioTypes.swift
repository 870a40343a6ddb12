import PyRuntime

/// The Python-visible types of asyncio: `Future`, `Task`, the event loop object and its timer handles, and the
/// coroutine-like awaitable that this module's "coroutine functions" return.
final class LazyAwaitable: PyNativeObject, @unchecked Sendable {  // thread-confined, as every PyObject
    typealias Start = (Interpreter, EventLoop) throws(PyError) -> AsyncFuture
    let name: String
    private var start: Start?
    private var iterator: Value?
    private var awaited = false

    init(name: String, start: @escaping Start) {
        self.name = name
        self.start = start
        super.init(type: Asyncio.awaitableType)
    }

    init(name: String, iterator: Value) {
        self.name = name
        self.iterator = iterator
        super.init(type: Asyncio.awaitableType)
    }

    /// Start the work on the running loop (once) and return the generator that awaits its future.
    func begin(_ interp: Interpreter) throws(PyError) -> Value {
        if let iterator { return iterator }
        guard let start else { throw .runtimeError("cannot reuse already awaited coroutine") }
        let loop = try Asyncio.requireRunningLoop(interp)
        self.start = nil
        let future = try start(interp, loop)
        let generator = try Asyncio.awaitGenerator(interp, future)
        iterator = generator
        return generator
    }

    /// `__await__`: the generator, which may be driven only once.
    func awaitIterator(_ interp: Interpreter) throws(PyError) -> Value {
        if awaited { throw .runtimeError("cannot reuse already awaited coroutine") }
        awaited = true
        return try begin(interp)
    }
}

extension Asyncio {
    static let awaitableType: PyType = {
        let t = Lib.makeType("coroutine", module: "builtins", kind: .native)
        func lazy(_ v: Value) throws(PyError) -> LazyAwaitable { try Lib.receiver(v, LazyAwaitable.self, "coroutine") }
        Lib.method(t, "__await__") { (interp, v, _) throws(PyError) -> Value in try lazy(v).awaitIterator(interp) }
        Lib.method(t, "send") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("send", min: 1, max: 1)
            return try interp.callMethod(try lazy(v).begin(interp), "send", [args[0]])
        }
        Lib.method(t, "throw") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("throw", min: 1, max: 3)
            return try interp.callMethod(try lazy(v).begin(interp), "throw", Array(args.positional))
        }
        Lib.method(t, "close") { (_, _, _) throws(PyError) -> Value in .none }
        Builtins.attribute(t, "__name__") { (_, v) throws(PyError) -> Value in .str(try lazy(v).name) }
        Builtins.attribute(t, "__qualname__") { (_, v) throws(PyError) -> Value in .str(try lazy(v).name) }
        Lib.method(t, "__repr__") { (_, v, _) throws(PyError) -> Value in
            .str("<coroutine object \(try lazy(v).name) at \(Interpreter.address(v.asObject))>")
        }
        return t
    }()

    // MARK: Future

    static func future(_ v: Value) throws(PyError) -> AsyncFuture {
        guard let f = v.asObject as? AsyncFuture else {
            throw .typeError("descriptor requires a '_asyncio.Future' object")
        }
        return f
    }

    static let futureType: PyType = {
        let t = Lib.makeType("Future", module: "_asyncio", kind: .native)
        t.constructor = { (interp, type, args) throws(PyError) -> Value in
            let a = try Lib.bind("Future", args, ["loop"], positionalCount: 0)
            let loop = (a[0]?.asObject as? LoopObject)?.loop ?? eventLoop(interp)
            return .object(AsyncFuture(loop: loop, type: type))
        }
        Lib.method(t, "result") { (_, v, _) throws(PyError) -> Value in try future(v).resultValue() }
        Lib.method(t, "exception") { (_, v, _) throws(PyError) -> Value in
            let f = try future(v)
            switch f.state {
            case .pending: throw PyError(.make(invalidStateErrorType, "Exception is not set."))
            case .cancelled: throw PyError(f.cancelledError())
            case .finished: return f.exception.map { .object($0) } ?? .none
            }
        }
        Lib.method(t, "done") { (_, v, _) throws(PyError) -> Value in .bool(try future(v).isDone) }
        Lib.method(t, "cancelled") { (_, v, _) throws(PyError) -> Value in .bool(try future(v).state == .cancelled) }
        Lib.method(t, "cancel") { (_, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("cancel", args, ["msg"])
            return .bool(try future(v).cancel(message: a[0] ?? .none))
        }
        Lib.method(t, "set_result") { (_, v, args) throws(PyError) -> Value in
            try args.expect("set_result", min: 1, max: 1)
            try future(v).setResult(args[0])
            return .none
        }
        Lib.method(t, "set_exception") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("set_exception", min: 1, max: 1)
            var e = args[0]
            if let type = e.asType, type.isException { e = try interp.call(e, []) }
            guard let exc = e.asException else { throw .typeError("invalid exception object") }
            try future(v).setException(exc)
            return .none
        }
        Lib.method(t, "add_done_callback") { (_, v, args) throws(PyError) -> Value in
            try args.expect("add_done_callback", min: 1, max: 1, keywords: true)
            try future(v).addCallback(.python(args[0]))
            return .none
        }
        Lib.method(t, "remove_done_callback") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("remove_done_callback", min: 1, max: 1)
            let f = try future(v)
            var removed = 0
            var kept: [AsyncFuture.Callback] = []
            for c in f.callbacks {
                if case .python(let fn) = c, try interp.sameOrEqual(fn, args[0]) {
                    removed += 1
                } else {
                    kept.append(c)
                }
            }
            f.callbacks = kept
            return .int(removed)
        }
        Lib.method(t, "get_loop") { (_, v, _) throws(PyError) -> Value in
            guard let loop = try future(v).loop else { throw .runtimeError("Event loop is closed") }
            return loop.pythonObject
        }
        Lib.method(t, "__await__") { (interp, v, _) throws(PyError) -> Value in
            try awaitGenerator(interp, try future(v))
        }
        Lib.iterMethod(t) { (interp, v) throws(PyError) -> Value in try awaitGenerator(interp, try future(v)) }
        Lib.method(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let f = try future(v)
            return .str("<\(v.type.name) \(try describe(interp, f))>")
        }
        return t
    }()

    /// `pending`, `cancelled`, `finished result=1` or `finished exception=ValueError('x')`.
    static func describe(_ interp: Interpreter, _ f: AsyncFuture) throws(PyError) -> String {
        switch f.state {
        case .pending: return "pending"
        case .cancelled: return "cancelled"
        case .finished:
            if let e = f.exception { return "finished exception=\(try interp.repr(.object(e)))" }
            return "finished result=\(try interp.repr(f.result))"
        }
    }

    // MARK: Task

    static let taskType: PyType = {
        let t = Lib.makeType("Task", module: "_asyncio", bases: [futureType], kind: .native)
        t.constructor = { (interp, _, args) throws(PyError) -> Value in
            let a = try Lib.bind("Task", args, ["coro", "loop", "name", "context"], required: 1, positionalCount: 1)
            let loop = (a[1]?.asObject as? LoopObject)?.loop ?? eventLoop(interp)
            return try loop.createTask(a[0]!, name: a[2] ?? .none)
        }
        func task(_ v: Value) throws(PyError) -> AsyncTask {
            guard let t = v.asObject as? AsyncTask else {
                throw .typeError("descriptor requires a '_asyncio.Task' object")
            }
            return t
        }
        Lib.method(t, "get_name") { (_, v, _) throws(PyError) -> Value in .str(try task(v).name) }
        Lib.method(t, "set_name") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("set_name", min: 1, max: 1)
            try task(v).name = try interp.str(args[0])
            return .none
        }
        Lib.method(t, "get_coro") { (_, v, _) throws(PyError) -> Value in try task(v).coroutine }
        Lib.method(t, "cancelling") { (_, v, _) throws(PyError) -> Value in .int(try task(v).cancelRequests) }
        Lib.method(t, "uncancel") { (_, v, _) throws(PyError) -> Value in
            let t = try task(v)
            if t.cancelRequests > 0 { t.cancelRequests -= 1 }
            return .int(t.cancelRequests)
        }
        Lib.method(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let t = try task(v)
            let coroName =
                (try? interp.getAttribute(t.coroutine, "__qualname__")).flatMap { $0.asStr?.string } ?? "coroutine"
            var text = "<Task \(t.stateName()) name='\(t.name)' coro=<\(coroName)() \(t.isDone ? "done" : "running")>"
            if t.state == .finished {
                if let e = t.exception {
                    text += " exception=\(try interp.repr(.object(e)))"
                } else {
                    text += " result=\(try interp.repr(t.result))"
                }
            }
            return .str(text + ">")
        }
        return t
    }()

    // MARK: Loop objects

    static let handleType: PyType = {
        let t = Lib.makeType("TimerHandle", module: "asyncio.events", kind: .native)
        func handle(_ v: Value) throws(PyError) -> TimerHandleObject { try Lib.receiver(v, TimerHandleObject.self, "asyncio.TimerHandle") }
        Lib.method(t, "cancel") { (_, v, _) throws(PyError) -> Value in
            try handle(v).timer?.cancel()
            try handle(v).cancelledFlag = true
            return .none
        }
        Lib.method(t, "cancelled") { (_, v, _) throws(PyError) -> Value in .bool(try handle(v).cancelledFlag) }
        Lib.method(t, "when") { (_, v, _) throws(PyError) -> Value in .float(try handle(v).timer?.when ?? 0) }
        return t
    }()

    static let loopType: PyType = {
        let t = Lib.makeType("_UnixSelectorEventLoop", module: "asyncio.unix_events", kind: .native)
        func loop(_ v: Value) throws(PyError) -> EventLoop {
            let object = try Lib.receiver(v, LoopObject.self, "asyncio.AbstractEventLoop")
            return object.loop
        }
        Lib.method(t, "run_until_complete") { (_, v, args) throws(PyError) -> Value in
            try args.expect("run_until_complete", min: 1, max: 1)
            return try loop(v).runUntilComplete(args[0])
        }
        Lib.method(t, "run_forever") { (_, v, _) throws(PyError) -> Value in
            try loop(v).runForever(until: { false })
            return .none
        }
        Lib.method(t, "stop") { (_, v, _) throws(PyError) -> Value in
            try loop(v).stop()
            return .none
        }
        Lib.method(t, "close") { (_, v, _) throws(PyError) -> Value in
            if try loop(v).isRunning { throw .runtimeError("Cannot close a running event loop") }
            try loop(v).close()
            return .none
        }
        Lib.method(t, "is_running") { (_, v, _) throws(PyError) -> Value in .bool(try loop(v).isRunning) }
        Lib.method(t, "is_closed") { (_, v, _) throws(PyError) -> Value in .bool(try loop(v).isClosed) }
        Lib.method(t, "time") { (_, v, _) throws(PyError) -> Value in .float(try loop(v).time()) }
        Lib.method(t, "get_debug") { (_, _, _) throws(PyError) -> Value in .false }
        Lib.method(t, "set_debug") { (_, _, _) throws(PyError) -> Value in .none }
        Lib.method(t, "create_future") { (_, v, _) throws(PyError) -> Value in .object(AsyncFuture(loop: try loop(v))) }
        Lib.method(t, "create_task") { (_, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("create_task", args, ["coro", "name", "context"], required: 1, positionalCount: 1)
            return try loop(v).createTask(a[0]!, name: a[1] ?? .none)
        }
        for name in ["call_soon", "call_soon_threadsafe", "call_later", "call_at"] {
            Lib.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                let timed = name == "call_later" || name == "call_at"
                guard args.count >= (timed ? 2 : 1) else { throw .typeError("\(name)() missing required arguments") }
                let l = try loop(v)
                let fn = args[timed ? 1 : 0]
                let rest = Array(args.positional[(timed ? 2 : 1)...])
                let callback: EventLoop.Callback = { () throws(PyError) in _ = try interp.call(fn, rest) }
                if name == "call_later" {
                    return .object(TimerHandleObject(l.callLater(try Lib.double(interp, args[0]), callback)))
                }
                if name == "call_at" {
                    return .object(TimerHandleObject(l.callAt(try Lib.double(interp, args[0]), callback)))
                }
                let handle = TimerHandleObject(nil)
                let body: EventLoop.Callback = { [weak handle] () throws(PyError) in
                    if handle?.cancelledFlag != true { try callback() }
                }
                if name == "call_soon" { l.callSoon(body) } else { l.callSoonThreadSafe(body) }
                return .object(handle)
            }
        }
        Lib.method(t, "shutdown_asyncgens") { (interp, v, _) throws(PyError) -> Value in
            let f = AsyncFuture(loop: try loop(v))
            try f.setResult(.none)
            return .object(f)
        }
        Lib.method(t, "__repr__") { (_, v, _) throws(PyError) -> Value in
            let l = try loop(v)
            return .str(
                "<_UnixSelectorEventLoop running=\(l.isRunning ? "True" : "False") "
                    + "closed=\(l.isClosed ? "True" : "False") debug=False>"
            )
        }
        return t
    }()
}
