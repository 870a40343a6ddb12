#if canImport(Glibc)
    import Glibc
#endif

/// Detached threads for the kernel's channels (heartbeat, control, iopub). Each thread creates and binds its
/// own ZeroMQ socket, so no socket ever crosses threads.
enum KernelThread {
    /// Start `body` on a new detached thread.
    static func start(stackSize: Int = 1 << 20, _ body: @escaping @Sendable () -> Void) {
        final class Box {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        pthread_attr_setstacksize(&attr, stackSize)
        pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let box = Unmanaged.passRetained(Box(body))
        let rc = pthread_create(&thread, &attr, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body()
            return nil
        }, box.toOpaque())
        pthread_attr_destroy(&attr)
        if rc != 0 {
            box.release()
            fatalError("swiftray kernel: cannot start a thread (error \(rc))")
        }
    }
}

/// A mutex with a condition variable: the one place threads of the kernel wait for each other (a channel
/// thread reporting its bind, the iopub thread waiting for messages, shutdown waiting for the shell).
final class Monitor: @unchecked Sendable {  // the pthread objects are only touched through their own API
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        var attr = pthread_condattr_t()
        pthread_condattr_init(&attr)
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attr)
        pthread_condattr_destroy(&attr)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Wake every waiter (call with the lock held or not).
    func broadcast() { pthread_cond_broadcast(condition) }

    /// Wait (lock held) until signalled or `seconds` pass (nil: no limit). Spurious wake-ups happen: loop.
    func wait(seconds: Double? = nil) {
        guard let seconds else {
            pthread_cond_wait(condition, mutex)
            return
        }
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        let nanos = Int(ts.tv_nsec) + Int(max(0, seconds) * 1e9)
        ts.tv_sec += nanos / 1_000_000_000
        ts.tv_nsec = nanos % 1_000_000_000
        pthread_cond_timedwait(condition, mutex, &ts)
    }
}

/// A value handed from one thread to another once (a channel's bind result).
final class Handoff<T: Sendable>: @unchecked Sendable {  // `value` is guarded by `monitor`
    private let monitor = Monitor()
    private var value: T?

    func put(_ v: T) {
        monitor.withLock {
            value = v
            monitor.broadcast()
        }
    }

    func take() -> T {
        monitor.withLock {
            while value == nil { monitor.wait() }
            return value!
        }
    }
}

/// Counts the channel threads still holding a socket, so the process ends only after each has closed its
/// socket: the last reference to the ZeroMQ context then goes away on the shell thread, whose
/// `zmq_ctx_term` waits until queued replies (the `shutdown_reply`) are on the wire.
final class ThreadGroup: @unchecked Sendable {  // `running` is guarded by `monitor`
    private let monitor = Monitor()
    private var running = 0

    func enter() { monitor.withLock { running += 1 } }

    func leave() {
        monitor.withLock {
            running -= 1
            monitor.broadcast()
        }
    }

    /// Wait until at most `count` threads remain; false after `timeout` seconds.
    @discardableResult
    func wait(untilAtMost count: Int = 0, timeout: Double) -> Bool {
        monitor.withLock {
            let deadline = monotonicNow() + timeout
            while running > count && monotonicNow() < deadline { monitor.wait(seconds: deadline - monotonicNow()) }
            return running <= count
        }
    }
}

/// Monotonic seconds (latency bookkeeping, timeouts).
func monotonicNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Diagnostics on stderr (the kernel's log, which Jupyter shows in its server log), never on iopub.
enum KernelLog {
    static func warn(_ text: String) {
        let bytes = Array(("[swiftray kernel] " + text + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
