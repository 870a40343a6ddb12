import PyRuntime

/// `asyncio.Future` and `asyncio.Task` as Swift objects.
///
/// A future completes once (result, exception or cancellation) and then schedules its done-callbacks on the loop,
/// in registration order. Awaiting a future runs a two-line generator (see `Asyncio.awaitGenerator`): it yields
/// the future to the task driving the coroutine stack unless the future is already done, then returns
/// `future.result()`. A task drives its coroutine with `send(None)`/`throw(exc)`; when the coroutine yields a
/// future, the task registers its wake-up on it (and throws the future's exception into the coroutine, or
/// resumes it, when it completes), exactly as CPython's `Task.__step`/`__wakeup`.
class AsyncFuture: PyNativeObject, @unchecked Sendable {  // thread-confined, as every PyObject
    enum State { case pending, cancelled, finished }
    enum Callback {
        case swift((AsyncFuture) throws(PyError) -> Void)
        case python(Value)
    }

    weak var loop: EventLoop?
    var state = State.pending
    var result: Value = .none
    var exception: PyException?
    var cancelMessage: Value = .none
    var callbacks: [Callback] = []

    init(loop: EventLoop, type: PyType = Asyncio.futureType) {
        self.loop = loop
        super.init(type: type)
    }

    var isDone: Bool { state != .pending }

    func cancelledError() -> PyException {
        let args = cancelMessage.isNone ? Builtins.emptyTuple : PyTuple([cancelMessage])
        return PyException(type: Asyncio.cancelledErrorType, args: args)
    }

    /// `result()`: the value, or the stored exception (CancelledError when cancelled) raised.
    func resultValue() throws(PyError) -> Value {
        switch state {
        case .pending: throw PyError(.make(Asyncio.invalidStateErrorType, "Result is not set."))
        case .cancelled: throw PyError(cancelledError())
        case .finished:
            if let exception { throw PyError(exception) }
            return result
        }
    }

    func setResult(_ v: Value) throws(PyError) {
        if state != .pending { throw PyError(.make(Asyncio.invalidStateErrorType, "invalid state")) }
        result = v
        state = .finished
        scheduleCallbacks()
    }

    func setException(_ e: PyException) throws(PyError) {
        if state != .pending { throw PyError(.make(Asyncio.invalidStateErrorType, "invalid state")) }
        if e.type.isSubtype(of: Builtins.stopIterationType) {
            throw .typeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        }
        exception = e
        state = .finished
        scheduleCallbacks()
    }

    /// `cancel()`: false when already done. Tasks and gathering futures override it to cancel what they wait for.
    @discardableResult
    func cancel(message: Value = .none) -> Bool {
        markCancelled(message: message)
    }

    /// Complete this future as cancelled.
    @discardableResult
    func markCancelled(message: Value = .none) -> Bool {
        if state != .pending { return false }
        state = .cancelled
        cancelMessage = message
        scheduleCallbacks()
        return true
    }

    func addCallback(_ c: Callback) {
        if isDone {
            schedule(c)
        } else {
            callbacks.append(c)
        }
    }

    /// Complete with `value` and run the Swift callbacks (a task waiting on it resumes) right now, in this
    /// iteration; Python callbacks are still scheduled. Used where CPython's waiter would itself run the code
    /// that follows its wake-up (a queue's blocked `get` taking its item).
    func completeNow(_ value: Value) throws(PyError) {
        if state != .pending { throw PyError(.make(Asyncio.invalidStateErrorType, "invalid state")) }
        result = value
        state = .finished
        let pending = callbacks
        callbacks.removeAll()
        for c in pending {
            switch c {
            case .swift(let body): try body(self)
            case .python: schedule(c)
            }
        }
    }

    /// Run `body` with this future once it is done (in a later loop iteration).
    func whenDone(_ body: @escaping (AsyncFuture) throws(PyError) -> Void) { addCallback(.swift(body)) }

    private func scheduleCallbacks() {
        let pending = callbacks
        callbacks.removeAll()
        for c in pending { schedule(c) }
    }

    private func schedule(_ c: Callback) {
        guard let loop else { return }
        switch c {
        case .swift(let body):
            loop.callSoon { [self] () throws(PyError) in try body(self) }
        case .python(let fn):
            loop.callSoon { [self] () throws(PyError) in try loop.interpreter.call(fn, [.object(self)]) }
        }
    }

    /// Copy this future's outcome into `other` (unless `other` is already done).
    func propagate(to other: AsyncFuture) throws(PyError) {
        if other.isDone { return }
        switch state {
        case .pending: return
        case .cancelled: other.markCancelled(message: cancelMessage)
        case .finished:
            if let exception { try other.setException(exception) } else { try other.setResult(result) }
        }
    }

    func stateName() -> String {
        switch state {
        case .pending: return "pending"
        case .cancelled: return "cancelled"
        case .finished: return "finished"
        }
    }
}

/// A coroutine scheduled on the loop (`asyncio.create_task`).
final class AsyncTask: AsyncFuture, @unchecked Sendable {  // thread-confined, as every PyObject
    var coroutine: Value
    var name: String
    var waitingOn: AsyncFuture?
    var mustCancel = false
    var cancelRequests = 0

    nonisolated(unsafe) private static var counter = 0
    private static let counterLock = NSLockLite()

    init(loop: EventLoop, coroutine: Value, name: Value) {
        self.coroutine = coroutine
        if let s = name.asStr {
            self.name = s.string
        } else {
            self.name = AsyncTask.counterLock.withLock {
                AsyncTask.counter += 1
                return "Task-\(AsyncTask.counter)"
            }
        }
        super.init(loop: loop, type: Asyncio.taskType)
    }

    /// `Task.cancel()`: cancel the awaited future, or throw CancelledError in at the next step.
    @discardableResult
    override func cancel(message: Value = .none) -> Bool {
        if isDone { return false }
        cancelRequests += 1
        if let waiting = waitingOn, waiting.cancel(message: message) { return true }
        mustCancel = true
        cancelMessage = message
        return true
    }

    /// One step: resume the coroutine, then act on what it yielded.
    func step(throwing thrown: PyException? = nil) throws(PyError) {
        guard let loop, !isDone else { return }
        let interp = loop.interpreter
        var exc = thrown
        if mustCancel {
            if exc == nil || !exc!.type.isSubtype(of: Asyncio.cancelledErrorType) { exc = cancelledError() }
            mustCancel = false
        }
        waitingOn = nil
        let previous = loop.currentTask
        loop.currentTask = self
        defer { loop.currentTask = previous }
        let yielded: Value
        do throws(PyError) {
            if let exc {
                yielded = try interp.callMethod(coroutine, "throw", [.object(exc)])
            } else {
                yielded = try interp.callMethod(coroutine, "send", [.none])
            }
        } catch {
            let e = error.exception
            // The await helper's frames are plumbing, as CPython's C-implemented futures show none.
            e.traceback.removeAll { $0.code.code.filename == Asyncio.helperFilename }
            if e.type.isSubtype(of: Builtins.stopIterationType) {
                if mustCancel {
                    mustCancel = false
                    markCancelled(message: cancelMessage)
                } else {
                    try setResult(e.args.count > 0 ? e.args.items[0] : .none)
                }
            } else if e.type.isSubtype(of: Asyncio.cancelledErrorType) {
                markCancelled(message: e.args.count > 0 ? e.args.items[0] : .none)
            } else if e.type.isSubtype(of: Builtins.keyboardInterruptType)
                || e.type.isSubtype(of: Builtins.systemExitType)
            {
                try setException(e)
                loop.taskFinished(self)
                throw error
            } else {
                try setException(e)
            }
            loop.taskFinished(self)
            return
        }
        if let future = yielded.asObject as? AsyncFuture {
            if future === self {
                let e = PyException.runtimeError("Task cannot await on itself: \(try interp.repr(.object(self)))")
                loop.callSoon { [self] () throws(PyError) in try step(throwing: e) }
                return
            }
            waitingOn = future
            future.whenDone { [weak self] (f) throws(PyError) in try self?.wakeUp(f) }
            if mustCancel && future.cancel(message: cancelMessage) { mustCancel = false }
        } else if yielded.isNone {
            loop.callSoon { [self] () throws(PyError) in try step() }
        } else {
            let e = PyException.runtimeError("Task got bad yield: \(try interp.repr(yielded))")
            loop.callSoon { [self] () throws(PyError) in try step(throwing: e) }
        }
    }

    private func wakeUp(_ future: AsyncFuture) throws(PyError) {
        do throws(PyError) {
            _ = try future.resultValue()
        } catch {
            try step(throwing: error.exception)
            return
        }
        try step()
    }
}

/// The Python view of an `EventLoop` (`asyncio.get_running_loop()`).
final class LoopObject: PyNativeObject, @unchecked Sendable {  // thread-confined, as every PyObject
    let loop: EventLoop
    init(_ loop: EventLoop) {
        self.loop = loop
        super.init(type: Asyncio.loopType)
    }
}

/// `loop.call_later(...)`'s handle.
final class TimerHandleObject: PyNativeObject, @unchecked Sendable {  // thread-confined, as every PyObject
    let timer: EventLoop.Timer?
    var cancelledFlag = false
    init(_ timer: EventLoop.Timer?) {
        self.timer = timer
        super.init(type: Asyncio.handleType)
    }
}
