import PyRuntime

/// asyncio's synchronization primitives and queues: `Event`, `Lock`, `Semaphore`, `BoundedSemaphore` (usable
/// with `async with`), and `Queue`, `LifoQueue`, `PriorityQueue` with `QueueEmpty`/`QueueFull`, `task_done` and
/// `join`. Waiters are futures served first come, first served; a released lock (or semaphore slot, or a queued
/// item) is handed to the first waiter directly.
enum AsyncioSync {
    /// Futures waiting in line, each with the value it completes with when served.
    final class WaitLine {
        var waiting: [(AsyncFuture, Value)] = []

        /// A pending future in line, completed with `value` when served.
        func enqueue(_ loop: EventLoop, _ value: Value) -> AsyncFuture {
            let f = AsyncFuture(loop: loop)
            waiting.append((f, value))
            return f
        }

        /// Complete the first waiter that is still pending (cancelled ones are dropped); false when none.
        func serveFirst(_ transform: (Value) -> Value = { $0 }) throws(PyError) -> Bool {
            while !waiting.isEmpty {
                let (f, value) = waiting.removeFirst()
                if f.isDone { continue }
                try f.setResult(transform(value))
                return true
            }
            return false
        }

        var hasPending: Bool { waiting.contains { !$0.0.isDone } }
    }

    static func done(_ loop: EventLoop, _ value: Value) throws(PyError) -> AsyncFuture {
        let f = AsyncFuture(loop: loop)
        try f.setResult(value)
        return f
    }

    // MARK: Event

    final class Event: PyNativeObject, @unchecked Sendable {  // thread-confined, as every PyObject
        var isSet = false
        let line = WaitLine()
        override init(type: PyType) {
            super.init(type: type)
            dict = PyDict()
        }
    }

    static let eventType: PyType = {
        let t = Lib.makeType("Event", module: "asyncio.locks", kind: .native)
        t.constructor = { (_, type, args) throws(PyError) -> Value in
            try args.expect("Event", min: 0, max: 0)
            return .object(Event(type: type))
        }
        func event(_ v: Value) throws(PyError) -> Event { try Lib.receiver(v, Event.self, "asyncio.Event") }
        Lib.method(t, "is_set") { (_, v, _) throws(PyError) -> Value in .bool(try event(v).isSet) }
        Lib.method(t, "set") { (_, v, _) throws(PyError) -> Value in
            let e = try event(v)
            if !e.isSet {
                e.isSet = true
                while try e.line.serveFirst() {}
            }
            return .none
        }
        Lib.method(t, "clear") { (_, v, _) throws(PyError) -> Value in
            try event(v).isSet = false
            return .none
        }
        Lib.method(t, "wait") { (_, v, _) throws(PyError) -> Value in
            let e = try event(v)
            return .object(
                LazyAwaitable(name: "Event.wait") { (_, loop) throws(PyError) -> AsyncFuture in
                    if e.isSet { return try done(loop, .true) }
                    return e.line.enqueue(loop, .true)
                })
        }
        return t
    }()

    // MARK: Lock and semaphores

    /// A lock is a semaphore with one slot; `bound` limits releases (BoundedSemaphore).
    final class Semaphore: PyNativeObject, @unchecked Sendable {  // thread-confined, as every PyObject
        var value: Int
        let bound: Int?
        let isLock: Bool
        let line = WaitLine()
        init(type: PyType, value: Int, bound: Int?, isLock: Bool) {
            self.value = value
            self.bound = bound
            self.isLock = isLock
            super.init(type: type)
            dict = PyDict()
        }

        func acquire(_ loop: EventLoop, result: Value) throws(PyError) -> AsyncFuture {
            if value > 0 && !line.hasPending {
                value -= 1
                return try done(loop, result)
            }
            return line.enqueue(loop, result)
        }

        func release() throws(PyError) {
            if isLock && value > 0 { throw .runtimeError("Lock is not acquired.") }
            if try line.serveFirst() { return }
            if let bound, value >= bound { throw .valueError("BoundedSemaphore released too many times") }
            value += 1
        }
    }

    static func semaphoreType(_ name: String, isLock: Bool, bounded: Bool) -> PyType {
        let t = Lib.makeType(name, module: "asyncio.locks", kind: .native)
        t.constructor = { (interp, type, args) throws(PyError) -> Value in
            if isLock {
                try args.expect(name, min: 0, max: 0)
                return .object(Semaphore(type: type, value: 1, bound: 1, isLock: true))
            }
            let a = try Lib.bind(name, args, ["value"])
            let value = try a[0].map { (v) throws(PyError) in try interp.intArgument(v) } ?? 1
            if value < 0 { throw .valueError("Semaphore initial value must be >= 0") }
            return .object(Semaphore(type: type, value: value, bound: bounded ? value : nil, isLock: false))
        }
        func semaphore(_ v: Value) throws(PyError) -> Semaphore { try Lib.receiver(v, Semaphore.self, "asyncio.Semaphore") }
        Lib.method(t, "locked") { (_, v, _) throws(PyError) -> Value in .bool(try semaphore(v).value == 0) }
        Lib.method(t, "acquire") { (_, v, _) throws(PyError) -> Value in
            let s = try semaphore(v)
            return .object(
                LazyAwaitable(name: "\(name).acquire") { (_, loop) throws(PyError) -> AsyncFuture in
                    try s.acquire(loop, result: .true)
                })
        }
        Lib.method(t, "release") { (_, v, _) throws(PyError) -> Value in
            try semaphore(v).release()
            return .none
        }
        Lib.method(t, "__aenter__") { (interp, v, _) throws(PyError) -> Value in
            .object(try semaphore(v).acquire(try Asyncio.requireRunningLoop(interp), result: .none))
        }
        Lib.method(t, "__aexit__") { (interp, v, _) throws(PyError) -> Value in
            try semaphore(v).release()
            return .object(try done(try Asyncio.requireRunningLoop(interp), .none))
        }
        return t
    }

    static let lockType = semaphoreType("Lock", isLock: true, bounded: false)
    static let semaphoreType = semaphoreType("Semaphore", isLock: false, bounded: false)
    static let boundedSemaphoreType = semaphoreType("BoundedSemaphore", isLock: false, bounded: true)

    static func install(_ m: PyModule) {
        m.set("Event", .object(eventType))
        m.set("Lock", .object(lockType))
        m.set("Semaphore", .object(semaphoreType))
        m.set("BoundedSemaphore", .object(boundedSemaphoreType))
        m.set("Queue", .object(AsyncioQueues.queueType))
        m.set("LifoQueue", .object(AsyncioQueues.lifoQueueType))
        m.set("PriorityQueue", .object(AsyncioQueues.priorityQueueType))
        m.set("QueueEmpty", .object(AsyncioQueues.queueEmptyType))
        m.set("QueueFull", .object(AsyncioQueues.queueFullType))
    }
}
