import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// The asyncio event loop, in Swift: a queue of ready callbacks, a heap of timers and a thread-safe inbox.
///
/// One iteration moves due timers to the ready queue, runs the callbacks that were ready at its start, and, when
/// nothing is ready, sleeps until the earliest timer (in slices of at most 50 ms, so Ctrl-C raises
/// KeyboardInterrupt promptly) or until another thread posts work with `callSoonThreadSafe`. Tasks
/// (`AsyncTask`) are driven by callbacks: a step sends into the coroutine; when the coroutine yields a future,
/// the task asks to be stepped again when that future completes.
///
/// The loop belongs to one interpreter and runs on its thread. It is reusable by embedders (the actor runtime
/// runs the coroutines of one actor on one loop): create tasks with `createTask`, then `runUntilComplete` or
/// `runForever(until:)`.
public final class EventLoop {
    public typealias Callback = () throws(PyError) -> Void

    /// A scheduled callback that can be cancelled (`loop.call_later(...).cancel()`).
    public final class Timer {
        let deadline: Int
        let sequence: Int
        let callback: Callback
        public private(set) var cancelled = false
        init(deadline: Int, sequence: Int, callback: @escaping Callback) {
            self.deadline = deadline
            self.sequence = sequence
            self.callback = callback
        }
        public func cancel() { cancelled = true }
        /// The deadline in `EventLoop.time()` seconds.
        public var when: Double { Double(deadline) / 1e9 }
    }

    public let interpreter: Interpreter
    private var ready: [Callback] = []
    private var readyHead = 0
    private var timers: [Timer] = []
    private var sequence = 0
    public private(set) var isRunning = false
    public private(set) var isClosed = false
    private var stopRequested = false
    /// The task whose step runs now (`asyncio.current_task()`).
    var currentTask: AsyncTask?
    /// Tasks not finished yet (`asyncio.all_tasks()`), in creation order.
    var liveTasks: [ObjectIdentifier: AsyncTask] = [:]
    private var taskOrder: [AsyncTask] = []
    /// The Python object standing for this loop (`asyncio.get_running_loop()`), made on demand; it keeps the
    /// loop alive, not the other way round.
    private weak var cachedObject: LoopObject?
    var pythonObject: Value {
        if let o = cachedObject { return .object(o) }
        let o = LoopObject(self)
        cachedObject = o
        return .object(o)
    }

    // Work posted from other threads.
    private let inboxLock = NSLockLite()
    private var inbox: [Callback] = []
    private let wakeup = Wakeup()

    public init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    /// The loop running on `interpreter`'s thread now (inside `asyncio.run`, `runUntilComplete`, ...), if any.
    public static func running(in interpreter: Interpreter) -> EventLoop? {
        Asyncio.runningLoop(interpreter)
    }

    // MARK: Scheduling

    /// Run `callback` in a later iteration, after the callbacks already scheduled.
    public func callSoon(_ callback: @escaping Callback) {
        ready.append(callback)
    }

    /// Run `callback` after `seconds` (at once when not positive, but never before this iteration ends).
    @discardableResult
    public func callLater(_ seconds: Double, _ callback: @escaping Callback) -> Timer {
        let delay = seconds.isFinite ? Int((Swift.max(0, seconds) * 1e9).rounded()) : Int.max / 4
        return callAt(nanoseconds: LibraryClock.nanoseconds(CLOCK_MONOTONIC) &+ delay, callback)
    }

    /// Run `callback` at loop time `when` (seconds of the monotonic clock, as `loop.time()`).
    @discardableResult
    public func callAt(_ when: Double, _ callback: @escaping Callback) -> Timer {
        callAt(nanoseconds: when.isFinite ? Int((when * 1e9).rounded()) : Int.max / 2, callback)
    }

    private func callAt(nanoseconds: Int, _ callback: @escaping Callback) -> Timer {
        sequence += 1
        let timer = Timer(deadline: nanoseconds, sequence: sequence, callback: callback)
        pushTimer(timer)
        return timer
    }

    /// Post `callback` from any thread; the loop runs it on its own thread in its next iteration, waking up if it
    /// sleeps. The callback must only touch Python objects from the loop's thread (it runs there).
    public func callSoonThreadSafe(_ callback: @escaping Callback) {
        inboxLock.withLock { inbox.append(callback) }
        wakeup.signal()
    }

    /// `loop.time()`: seconds of the monotonic clock.
    public func time() -> Double { Double(LibraryClock.nanoseconds(CLOCK_MONOTONIC)) / 1e9 }

    // MARK: Timer heap (ordered by deadline, then scheduling order)

    private func earlier(_ a: Timer, _ b: Timer) -> Bool {
        a.deadline != b.deadline ? a.deadline < b.deadline : a.sequence < b.sequence
    }

    private func pushTimer(_ t: Timer) {
        timers.append(t)
        var i = timers.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if !earlier(timers[i], timers[parent]) { break }
            timers.swapAt(i, parent)
            i = parent
        }
    }

    private func popTimer() -> Timer {
        let top = timers[0]
        let last = timers.removeLast()
        if !timers.isEmpty {
            timers[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1
                let r = l + 1
                var smallest = i
                if l < timers.count && earlier(timers[l], timers[smallest]) { smallest = l }
                if r < timers.count && earlier(timers[r], timers[smallest]) { smallest = r }
                if smallest == i { break }
                timers.swapAt(i, smallest)
                i = smallest
            }
        }
        return top
    }

    // MARK: Tasks

    /// Wrap a coroutine (or another awaitable asyncio accepts) in a Task scheduled to start in the next iteration.
    /// - Returns: the `asyncio.Task` object.
    /// - Throws: TypeError when `coroutine` is not a coroutine.
    public func createTask(_ coroutine: Value, name: Value = .none) throws(PyError) -> Value {
        .object(try makeTask(coroutine, name: name))
    }

    func makeTask(_ coroutine: Value, name: Value = .none) throws(PyError) -> AsyncTask {
        if isClosed { throw .runtimeError("Event loop is closed") }
        guard Asyncio.isCoroutine(coroutine) else {
            throw .typeError("a coroutine was expected, got \(try interpreter.repr(coroutine))")
        }
        let task = AsyncTask(loop: self, coroutine: coroutine, name: name)
        liveTasks[ObjectIdentifier(task)] = task
        taskOrder.append(task)
        callSoon { [unowned task] () throws(PyError) in try task.step() }
        return task
    }

    func taskFinished(_ task: AsyncTask) {
        liveTasks.removeValue(forKey: ObjectIdentifier(task))
        if taskOrder.count > 64 && taskOrder.count > 2 * liveTasks.count {
            taskOrder.removeAll { liveTasks[ObjectIdentifier($0)] == nil }
        }
    }

    /// Unfinished tasks in creation order.
    var allTasks: [AsyncTask] { taskOrder.filter { liveTasks[ObjectIdentifier($0)] != nil } }

    // MARK: Running

    /// Run until `awaitable` (a coroutine, task or future) completes.
    /// - Returns: its result.
    /// - Throws: its exception (CancelledError when it was cancelled), or KeyboardInterrupt/SystemExit raised by
    ///   any task.
    public func runUntilComplete(_ awaitable: Value) throws(PyError) -> Value {
        let future: AsyncFuture
        if let f = awaitable.asObject as? AsyncFuture {
            future = f
        } else {
            future = try makeTask(awaitable)
        }
        try run { future.isDone }
        return try future.resultValue()
    }

    /// Run iterations until `stop()` returns true (checked between iterations) or `stop_requested` is set.
    public func runForever(until stop: () -> Bool) throws(PyError) {
        try run(stop)
    }

    /// `loop.stop()`: leave `runForever` after the current iteration.
    public func stop() { stopRequested = true }

    public func close() {
        if isRunning { return }
        isClosed = true
        ready.removeAll()
        timers.removeAll()
    }

    private func run(_ done: () -> Bool) throws(PyError) {
        if isRunning { throw .runtimeError("This event loop is already running") }
        if isClosed { throw .runtimeError("Event loop is closed") }
        let previous = Asyncio.runningLoop(interpreter)
        if previous != nil { throw .runtimeError("Cannot run the event loop while another loop is running") }
        isRunning = true
        stopRequested = false
        Asyncio.setRunningLoop(interpreter, self)
        defer {
            isRunning = false
            Asyncio.setRunningLoop(interpreter, nil)
        }
        while !done() && !stopRequested {
            try runOnce()
        }
    }

    /// One iteration: due timers, posted work, then the callbacks ready at the start of the iteration.
    private func runOnce() throws(PyError) {
        drainInbox()
        if readyHead >= ready.count {
            try sleepUntilWork()
            drainInbox()
        }
        let now = LibraryClock.nanoseconds(CLOCK_MONOTONIC)
        while let first = timers.first, first.deadline <= now || first.cancelled {
            let t = popTimer()
            if !t.cancelled { ready.append(t.callback) }
        }
        let end = ready.count
        while readyHead < end {
            let callback = ready[readyHead]
            readyHead += 1
            do throws(PyError) {
                try callback()
            } catch {
                if error.matches(Builtins.exceptionType) {
                    report(error.exception, context: "Exception in callback")
                } else {
                    compactReady()
                    throw error
                }
            }
        }
        compactReady()
        try interpreter.checkInterrupt()
    }

    private func compactReady() {
        if readyHead > 0 {
            ready.removeFirst(readyHead)
            readyHead = 0
        }
    }

    private func drainInbox() {
        let posted: [Callback] = inboxLock.withLock {
            defer { inbox.removeAll() }
            return inbox
        }
        ready.append(contentsOf: posted)
    }

    /// Wait for the earliest timer, posted work or an interrupt.
    private func sleepUntilWork() throws(PyError) {
        interpreter.stdout.flush()
        while true {
            try interpreter.checkInterrupt()
            if inboxLock.withLock({ !inbox.isEmpty }) { return }
            while let first = timers.first, first.cancelled { _ = popTimer() }
            let now = LibraryClock.nanoseconds(CLOCK_MONOTONIC)
            var wait = 50_000_000
            if let first = timers.first {
                if first.deadline <= now { return }
                wait = Swift.min(wait, first.deadline - now)
            }
            wakeup.wait(nanoseconds: wait)
        }
    }

    /// Print an error that no one can catch (a failing callback), as CPython's default exception handler does.
    func report(_ exc: PyException, context: String) {
        interpreter.stdout.flush()
        interpreter.stderr.write(context + "\n" + TracebackPrinter.render(exc, interpreter))
        interpreter.stderr.flush()
    }
}

/// A condition variable the loop sleeps on; `signal` wakes it from another thread. The pthread objects live in
/// allocated memory: they must not move, which class stored properties passed `inout` do not guarantee.
final class Wakeup: @unchecked Sendable {  // state guarded by the pthread mutex
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var signalled = false

    init() {
        pthread_mutex_init(mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    func signal() {
        pthread_mutex_lock(mutex)
        signalled = true
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }

    /// Wait until signalled or `nanoseconds` pass.
    func wait(nanoseconds: Int) {
        var deadline = timespec()
        clock_gettime(CLOCK_MONOTONIC, &deadline)
        let total = Int(deadline.tv_nsec) + nanoseconds
        deadline.tv_sec += total / 1_000_000_000
        deadline.tv_nsec = total % 1_000_000_000
        pthread_mutex_lock(mutex)
        while !signalled {
            if pthread_cond_timedwait(condition, mutex, &deadline) != 0 { break }
        }
        signalled = false
        pthread_mutex_unlock(mutex)
    }
}
