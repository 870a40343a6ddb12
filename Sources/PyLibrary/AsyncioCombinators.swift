import PyRuntime

/// `asyncio.sleep`, `gather`, `wait_for`, `wait`, `as_completed` and `timeout`, built from futures and loop
/// timers with CPython's semantics: gather keeps the other children running when one fails (unless the gather
/// itself is cancelled), wait_for cancels the inner awaitable on timeout and raises TimeoutError once it has
/// finished cancelling, timeout() turns the cancellation it caused into TimeoutError at the end of its block.
enum AsyncioCombinators {
    /// The future of `gather`: cancelling it cancels its children.
    final class GatheringFuture: AsyncFuture, @unchecked Sendable {  // thread-confined, as every PyObject
        var children: [AsyncFuture] = []
        var cancelRequested = false

        @discardableResult
        override func cancel(message: Value = .none) -> Bool {
            if isDone { return false }
            var any = false
            for child in children where child.cancel(message: message) { any = true }
            if any { cancelRequested = true }
            return any
        }
    }

    static func install(_ m: PyModule) {
        Lib.function(m, "sleep") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("sleep", args, ["delay", "result"], required: 1)
            let delay = try Lib.double(interp, a[0]!)
            let result = a[1] ?? .none
            return .object(
                LazyAwaitable(name: "sleep") { (_, loop) throws(PyError) -> AsyncFuture in
                    let f = AsyncFuture(loop: loop)
                    let fire: EventLoop.Callback = { () throws(PyError) in if !f.isDone { try f.setResult(result) } }
                    if delay <= 0 {
                        loop.callSoon(fire)
                    } else {
                        let timer = loop.callLater(delay, fire)
                        f.whenDone { (_) throws(PyError) in timer.cancel() }
                    }
                    return f
                })
        }
        Lib.function(m, "gather") { (interp, args) throws(PyError) -> Value in
            for (k, _) in args.keywords where k != "return_exceptions" {
                throw .typeError("gather() got an unexpected keyword argument '\(k)'")
            }
            let returnExceptions = try interp.isTrue(args.keyword("return_exceptions") ?? .false)
            let loop = Asyncio.eventLoop(interp)
            return .object(try gather(interp, loop, Array(args.positional), returnExceptions: returnExceptions))
        }
        Lib.function(m, "wait_for") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("wait_for", args, ["fut", "timeout"], required: 2)
            let awaitable = a[0]!
            let timeout: Double? = a[1]!.isNone ? nil : try Lib.double(interp, a[1]!)
            return .object(
                LazyAwaitable(name: "wait_for") { (interp, loop) throws(PyError) -> AsyncFuture in
                    try waitFor(interp, loop, awaitable, timeout)
                })
        }
        Lib.function(m, "wait") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("wait", args, ["fs", "timeout", "return_when"], required: 1, positionalCount: 1)
            let items = try interp.iterate(a[0]!)
            let timeout: Double? = (a[1] ?? .none).isNone ? nil : try Lib.double(interp, a[1]!)
            let when = try a[2].map { (v) throws(PyError) in try interp.str(v) } ?? "ALL_COMPLETED"
            if !["ALL_COMPLETED", "FIRST_COMPLETED", "FIRST_EXCEPTION"].contains(when) {
                throw .valueError("Invalid return_when value: \(when)")
            }
            if items.isEmpty { throw .valueError("Set of Tasks/Futures is empty.") }
            for x in items where Asyncio.isCoroutine(x) {
                throw .typeError("Passing coroutines is forbidden, use tasks explicitly.")
            }
            return .object(
                LazyAwaitable(name: "wait") { (interp, loop) throws(PyError) -> AsyncFuture in
                    try wait(interp, loop, items, timeout: timeout, returnWhen: when)
                })
        }
        Lib.function(m, "as_completed") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("as_completed", args, ["fs", "timeout"], required: 1, positionalCount: 1)
            let loop = Asyncio.eventLoop(interp)
            var children: [AsyncFuture] = []
            for x in try interp.iterate(a[0]!) {
                let f = try Asyncio.ensureFuture(interp, x, loop)
                if !children.contains(where: { $0 === f }) { children.append(f) }
            }
            let outputs = children.map { _ in AsyncFuture(loop: loop) }
            var next = 0
            for child in children {
                child.whenDone { (f) throws(PyError) in
                    guard next < outputs.count else { return }
                    try f.propagate(to: outputs[next])
                    next += 1
                }
            }
            if let t = a[1], !t.isNone {
                let timer = loop.callLater(try Lib.double(interp, t)) { () throws(PyError) in
                    for o in outputs where !o.isDone {
                        try o.setException(.make(Builtins.exceptionType("TimeoutError"), ""))
                    }
                    next = outputs.count
                }
                outputs.last?.whenDone { (_) throws(PyError) in timer.cancel() }
            }
            return .object(PyArrayIterator(outputs.map { .object($0) }))
        }
        AsyncioTimeout.install(m)
    }

    static func gather(
        _ interp: Interpreter, _ loop: EventLoop, _ awaitables: [Value], returnExceptions: Bool
    )
        throws(PyError) -> AsyncFuture
    {
        let outer = GatheringFuture(loop: loop)
        if awaitables.isEmpty {
            try outer.setResult(.object(PyList()))
            return outer
        }
        var seen: [(Value, AsyncFuture)] = []
        for a in awaitables {
            if let pair = seen.first(where: { $0.0.isIdentical(to: a) }) {
                outer.children.append(pair.1)
                continue
            }
            let f = try Asyncio.ensureFuture(interp, a, loop)
            seen.append((a, f))
            outer.children.append(f)
        }
        let children = outer.children
        var finished = 0
        for child in children {
            child.whenDone { [weak outer] (f) throws(PyError) in
                finished += 1
                guard let outer, !outer.isDone else { return }
                if !returnExceptions {
                    if f.state == .cancelled {
                        try outer.setException(f.cancelledError())
                        return
                    }
                    if let e = f.exception {
                        try outer.setException(e)
                        return
                    }
                }
                guard finished == children.count else { return }
                var results = ContiguousArray<Value>()
                for c in children {
                    switch c.state {
                    case .cancelled: results.append(.object(c.cancelledError()))
                    default: results.append(c.exception.map { .object($0) } ?? c.result)
                    }
                }
                if outer.cancelRequested {
                    try outer.setException(f.cancelledError())
                } else {
                    try outer.setResult(.object(PyList(results)))
                }
            }
        }
        return outer
    }

    static func waitFor(
        _ interp: Interpreter, _ loop: EventLoop, _ awaitable: Value, _ timeout: Double?
    )
        throws(PyError) -> AsyncFuture
    {
        let inner = try Asyncio.ensureFuture(interp, awaitable, loop)
        guard let timeout else { return inner }
        let outer = AsyncFuture(loop: loop)
        var timedOut = false
        let expire: EventLoop.Callback = { () throws(PyError) in
            if inner.isDone { return }
            timedOut = true
            inner.cancel()
        }
        let timer: EventLoop.Timer?
        if timeout <= 0 {
            timer = nil
            if !inner.isDone { try expire() }
        } else {
            timer = loop.callLater(timeout, expire)
        }
        inner.whenDone { (f) throws(PyError) in
            timer?.cancel()
            if outer.isDone { return }
            if timedOut && f.state == .cancelled {
                let e = PyException(type: Builtins.exceptionType("TimeoutError"), args: Builtins.emptyTuple)
                let cause = f.cancelledError()
                e.cause = cause
                e.context = cause
                e.suppressContext = true
                try outer.setException(e)
            } else {
                try f.propagate(to: outer)
            }
        }
        // The waiting task was cancelled: cancel the inner work too.
        outer.whenDone { (f) throws(PyError) in
            if f.state == .cancelled {
                timer?.cancel()
                inner.cancel()
            }
        }
        return outer
    }

    static func wait(
        _ interp: Interpreter, _ loop: EventLoop, _ items: ContiguousArray<Value>, timeout: Double?, returnWhen: String
    )
        throws(PyError) -> AsyncFuture
    {
        var futures: [(Value, AsyncFuture)] = []
        for x in items {
            let f = try Asyncio.ensureFuture(interp, x, loop)
            if !futures.contains(where: { $0.1 === f }) { futures.append((.object(f), f)) }
        }
        let outer = AsyncFuture(loop: loop)
        func finish() throws(PyError) {
            if outer.isDone { return }
            let done = PySet()
            let pending = PySet()
            for (v, f) in futures { try (f.isDone ? done : pending).add(v, interp) }
            try outer.setResult(.object(PyTuple([.object(done), .object(pending)])))
        }
        func satisfied() -> Bool {
            let doneCount = futures.filter { $0.1.isDone }.count
            switch returnWhen {
            case "FIRST_COMPLETED": return doneCount > 0
            case "FIRST_EXCEPTION":
                return doneCount == futures.count
                    || futures.contains { $0.1.state == .finished && $0.1.exception != nil }
            default: return doneCount == futures.count
            }
        }
        if satisfied() {
            try finish()
            return outer
        }
        for (_, f) in futures {
            f.whenDone { (_) throws(PyError) in if satisfied() { try finish() } }
        }
        if let timeout {
            let timer = loop.callLater(timeout) { () throws(PyError) in try finish() }
            outer.whenDone { (_) throws(PyError) in timer.cancel() }
        }
        return outer
    }
}

/// `asyncio.timeout(delay)` (3.11): an async context manager that cancels the current task at the deadline and
/// raises TimeoutError from the cancellation when its block ends.
enum AsyncioTimeout {
    final class Timeout: PyNativeObject, @unchecked Sendable {  // thread-confined, as every PyObject
        var deadline: Double?
        var task: AsyncTask?
        var timer: EventLoop.Timer?
        var expired = false
        init(_ deadline: Double?) {
            self.deadline = deadline
            super.init(type: AsyncioTimeout.type)
        }

        func schedule(_ loop: EventLoop) {
            timer?.cancel()
            timer = nil
            guard let deadline, let task else { return }
            timer = loop.callAt(deadline) { [weak self] () throws(PyError) in
                guard let self, !task.isDone else { return }
                self.expired = true
                task.cancel()
            }
        }
    }

    static let type: PyType = {
        let t = Lib.makeType("Timeout", module: "asyncio.timeouts", kind: .native)
        func timeout(_ v: Value) throws(PyError) -> Timeout { try Lib.receiver(v, Timeout.self, "asyncio.Timeout") }
        Lib.method(t, "__aenter__") { (interp, v, _) throws(PyError) -> Value in
            let loop = try Asyncio.requireRunningLoop(interp)
            guard let task = loop.currentTask else { throw .runtimeError("Timeout should be used inside a task") }
            let tm = try timeout(v)
            tm.task = task
            tm.schedule(loop)
            let f = AsyncFuture(loop: loop)
            try f.setResult(v)
            return .object(f)
        }
        Lib.method(t, "__aexit__") { (interp, v, args) throws(PyError) -> Value in
            let tm = try timeout(v)
            tm.timer?.cancel()
            let loop = try Asyncio.requireRunningLoop(interp)
            if tm.expired, args.count > 1, let e = args[1].asException, e.type.isSubtype(of: Asyncio.cancelledErrorType)
            {
                if let task = tm.task, task.cancelRequests > 0 { task.cancelRequests -= 1 }
                let timeoutError = PyException(type: Builtins.exceptionType("TimeoutError"), args: Builtins.emptyTuple)
                timeoutError.cause = e
                timeoutError.context = e
                timeoutError.suppressContext = true
                throw PyError(timeoutError)
            }
            let f = AsyncFuture(loop: loop)
            try f.setResult(.none)
            return .object(f)
        }
        Lib.method(t, "when") { (_, v, _) throws(PyError) -> Value in try timeout(v).deadline.map { .float($0) } ?? .none }
        Lib.method(t, "expired") { (_, v, _) throws(PyError) -> Value in .bool(try timeout(v).expired) }
        Lib.method(t, "reschedule") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("reschedule", min: 1, max: 1)
            let tm = try timeout(v)
            tm.deadline = args[0].isNone ? nil : try Lib.double(interp, args[0])
            if let loop = Asyncio.runningLoop(interp) { tm.schedule(loop) }
            return .none
        }
        return t
    }()

    static func install(_ m: PyModule) {
        Lib.function(m, "timeout") { (interp, args) throws(PyError) -> Value in
            try args.expect("timeout", min: 1, max: 1)
            if args[0].isNone { return .object(Timeout(nil)) }
            let delay = try Lib.double(interp, args[0])
            let loop = try Asyncio.requireRunningLoop(interp)
            return .object(Timeout(loop.time() + delay))
        }
        Lib.function(m, "timeout_at") { (interp, args) throws(PyError) -> Value in
            try args.expect("timeout_at", min: 1, max: 1)
            return .object(Timeout(args[0].isNone ? nil : try Lib.double(interp, args[0])))
        }
    }
}
