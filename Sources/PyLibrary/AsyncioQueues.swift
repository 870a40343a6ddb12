import PyRuntime

/// `asyncio.Queue`, `LifoQueue` and `PriorityQueue` (ordered as `heapq` orders, with Python `<`).
enum AsyncioQueues {
    enum Discipline { case fifo, lifo, priority }

    final class Queue: PyNativeObject, @unchecked Sendable {  // thread-confined, as every PyObject
        let discipline: Discipline
        let maxsize: Int
        var items = ContiguousArray<Value>()
        var head = 0
        var unfinished = 0
        let getters = AsyncioSync.WaitLine()
        /// Blocked `put`s, each carrying its item.
        let putters = AsyncioSync.WaitLine()
        let joiners = AsyncioSync.WaitLine()

        init(type: PyType, discipline: Discipline, maxsize: Int) {
            self.discipline = discipline
            self.maxsize = maxsize
            super.init(type: type)
            dict = PyDict()
        }

        var count: Int { items.count - head }
        var isFull: Bool { maxsize > 0 && count >= maxsize }

        func store(_ interp: Interpreter, _ item: Value) throws(PyError) {
            switch discipline {
            case .fifo, .lifo: items.append(item)
            case .priority: try Heap.push(interp, &items, item)
            }
        }

        func take(_ interp: Interpreter) throws(PyError) -> Value {
            switch discipline {
            case .fifo:
                let v = items[head]
                items[head] = .none
                head += 1
                if head > 32 && head * 2 > items.count {
                    items.removeFirst(head)
                    head = 0
                }
                return v
            case .lifo: return items.removeLast()
            case .priority: return try Heap.pop(interp, &items)
            }
        }

        /// `put_nowait`: store the item and wake the first blocked `get`.
        func put(_ interp: Interpreter, _ item: Value) throws(PyError) {
            unfinished += 1
            try store(interp, item)
            wakeGetter(interp)
        }

        /// `get_nowait`: the next item; the first blocked `put` then gets its turn.
        func get(_ interp: Interpreter) throws(PyError) -> Value {
            let v = try take(interp)
            wakePutter(interp)
            return v
        }

        /// CPython wakes a blocked `get` and lets it take an item when its task runs. Here the attempt is
        /// scheduled like that wake-up and completes the waiter in the same iteration the task would run in;
        /// when the item was taken meanwhile, the waiter lines up again at the end.
        func wakeGetter(_ interp: Interpreter) {
            guard let loop = firstPendingLoop(getters) else { return }
            let (waiter, _) = getters.waiting.removeFirst()
            loop.callSoon { [self] () throws(PyError) in
                if waiter.isDone {
                    if count > 0 { wakeGetter(interp) }
                    return
                }
                if count == 0 {
                    getters.waiting.append((waiter, .none))
                    return
                }
                try waiter.completeNow(try get(interp))
            }
        }

        func wakePutter(_ interp: Interpreter) {
            guard let loop = firstPendingLoop(putters) else { return }
            let (waiter, item) = putters.waiting.removeFirst()
            loop.callSoon { [self] () throws(PyError) in
                if waiter.isDone {
                    if !isFull { wakePutter(interp) }
                    return
                }
                if isFull {
                    putters.waiting.append((waiter, item))
                    return
                }
                try put(interp, item)
                try waiter.completeNow(.none)
            }
        }

        /// Drop finished (cancelled) waiters from the front; the loop of the first pending one.
        private func firstPendingLoop(_ line: AsyncioSync.WaitLine) -> EventLoop? {
            while let first = line.waiting.first, first.0.isDone { line.waiting.removeFirst() }
            return line.waiting.first?.0.loop
        }
    }

    static let queueEmptyType = Lib.makeType(
        "QueueEmpty", module: "asyncio.queues", bases: [Builtins.exceptionType], kind: .exception)
    static let queueFullType = Lib.makeType(
        "QueueFull", module: "asyncio.queues", bases: [Builtins.exceptionType], kind: .exception)

    static func makeQueueType(_ name: String, _ discipline: Discipline, base: PyType?) -> PyType {
        let t = Lib.makeType(name, module: "asyncio.queues", bases: base.map { [$0] } ?? [], kind: .native)
        t.constructor = { (interp, type, args) throws(PyError) -> Value in
            let a = try Lib.bind(name, args, ["maxsize"])
            let maxsize = try a[0].map { (v) throws(PyError) in try interp.intArgument(v) } ?? 0
            return .object(Queue(type: type, discipline: discipline, maxsize: maxsize))
        }
        if base != nil { return t }
        func queue(_ v: Value) throws(PyError) -> Queue { try Lib.receiver(v, Queue.self, "asyncio.Queue") }
        Builtins.attribute(t, "maxsize") { (_, v) throws(PyError) -> Value in .int(try queue(v).maxsize) }
        Lib.method(t, "qsize") { (_, v, _) throws(PyError) -> Value in .int(try queue(v).count) }
        Lib.method(t, "empty") { (_, v, _) throws(PyError) -> Value in .bool(try queue(v).count == 0) }
        Lib.method(t, "full") { (_, v, _) throws(PyError) -> Value in .bool(try queue(v).isFull) }
        Lib.method(t, "put_nowait") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("put_nowait", min: 1, max: 1)
            let q = try queue(v)
            if q.isFull { throw PyError(PyException(type: queueFullType, args: Builtins.emptyTuple)) }
            try q.put(interp, args[0])
            return .none
        }
        Lib.method(t, "get_nowait") { (interp, v, _) throws(PyError) -> Value in
            let q = try queue(v)
            if q.count == 0 { throw PyError(PyException(type: queueEmptyType, args: Builtins.emptyTuple)) }
            return try q.get(interp)
        }
        Lib.method(t, "put") { (_, v, args) throws(PyError) -> Value in
            try args.expect("put", min: 1, max: 1)
            let q = try queue(v)
            let item = args[0]
            return .object(
                LazyAwaitable(name: "Queue.put") { (interp, loop) throws(PyError) -> AsyncFuture in
                    if !q.isFull && !q.putters.hasPending {
                        try q.put(interp, item)
                        return try AsyncioSync.done(loop, .none)
                    }
                    return q.putters.enqueue(loop, item)
                })
        }
        Lib.method(t, "get") { (_, v, _) throws(PyError) -> Value in
            let q = try queue(v)
            return .object(
                LazyAwaitable(name: "Queue.get") { (interp, loop) throws(PyError) -> AsyncFuture in
                    if q.count > 0 && !q.getters.hasPending { return try AsyncioSync.done(loop, try q.get(interp)) }
                    return q.getters.enqueue(loop, .none)
                })
        }
        Lib.method(t, "task_done") { (_, v, _) throws(PyError) -> Value in
            let q = try queue(v)
            if q.unfinished <= 0 { throw .valueError("task_done() called too many times") }
            q.unfinished -= 1
            if q.unfinished == 0 { while try q.joiners.serveFirst() {} }
            return .none
        }
        Lib.method(t, "join") { (_, v, _) throws(PyError) -> Value in
            let q = try queue(v)
            return .object(
                LazyAwaitable(name: "Queue.join") { (_, loop) throws(PyError) -> AsyncFuture in
                    if q.unfinished == 0 { return try AsyncioSync.done(loop, .none) }
                    return q.joiners.enqueue(loop, .none)
                })
        }
        Lib.method(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let q = try queue(v)
            var text = "<\(v.type.name) at \(Interpreter.address(q)) maxsize=\(q.maxsize)"
            if q.count > 0 {
                text += " _queue=\(try interp.repr(.object(PyList(ContiguousArray(q.items[q.head...])))))"
            }
            if q.unfinished > 0 { text += " tasks=\(q.unfinished)" }
            return .str(text + ">")
        }
        return t
    }

    static let queueType = makeQueueType("Queue", .fifo, base: nil)
    static let lifoQueueType = makeQueueType("LifoQueue", .lifo, base: queueType)
    static let priorityQueueType = makeQueueType("PriorityQueue", .priority, base: queueType)
}

/// A binary min-heap over a Python list's items, ordered by Python `<`, with `heapq`'s exact sift rules (so
/// equal items come out in the order heapq gives), for `asyncio.PriorityQueue`.
enum Heap {
    static func siftDown(_ interp: Interpreter, _ heap: inout ContiguousArray<Value>, _ start: Int, _ position: Int) throws(PyError) {
        var pos = position
        let item = heap[pos]
        while pos > start {
            let parent = (pos - 1) >> 1
            if try interp.lessThan(item, heap[parent]) {
                heap[pos] = heap[parent]
                pos = parent
                continue
            }
            break
        }
        heap[pos] = item
    }

    static func siftUp(_ interp: Interpreter, _ heap: inout ContiguousArray<Value>, _ position: Int) throws(PyError) {
        let end = heap.count
        let start = position
        var pos = position
        let item = heap[pos]
        var child = 2 * pos + 1
        while child < end {
            let right = child + 1
            if right < end, try !interp.lessThan(heap[child], heap[right]) { child = right }
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        }
        heap[pos] = item
        try siftDown(interp, &heap, start, pos)
    }

    static func push(_ interp: Interpreter, _ heap: inout ContiguousArray<Value>, _ item: Value) throws(PyError) {
        heap.append(item)
        try siftDown(interp, &heap, 0, heap.count - 1)
    }

    static func pop(_ interp: Interpreter, _ heap: inout ContiguousArray<Value>) throws(PyError) -> Value {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return last }
        let top = heap[0]
        heap[0] = last
        try siftUp(interp, &heap, 0)
        return top
    }
}
