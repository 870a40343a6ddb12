#if canImport(Glibc)
    import Glibc
#endif

/// A lock that lets several interpreters, each on its own thread, share Python objects safely: only the
/// thread holding it runs Python code, and a thread lets go of it while it blocks (`time.sleep`, waiting for
/// a cluster object). It is CPython's GIL, used only where several threads must share objects — a threaded
/// actor's calls. An interpreter without one (the usual case) runs alone and pays nothing.
public final class InterpreterLock: @unchecked Sendable {  // the pthread mutex is the synchronization
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    public init() {
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    public func acquire() { pthread_mutex_lock(mutex) }
    public func release() { pthread_mutex_unlock(mutex) }
}

extension Interpreter {
    /// Run `body`, which blocks without touching Python objects, with the shared lock released (when this
    /// interpreter has one) so other threads' Python code can run meanwhile.
    public func releasingLock<T>(_ body: () -> T) -> T {
        guard let lock = sharedLock else { return body() }
        lock.release()
        defer { lock.acquire() }
        return body()
    }
}
