import CSystemShims

#if canImport(Glibc)
    import Glibc
#endif

/// Starting and watching the cluster's processes. Every process is the `swiftray` binary itself started with
/// posix_spawn (the callers are threaded, so fork is never safe), with a hidden subcommand naming its role.
public enum ProcessControl {
    /// The path of the running executable.
    public static let executablePath: String = {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "swiftray"
    }()

    /// Spawn `executablePath` with `arguments` (without argv[0]); returns the pid.
    public static func spawn(
        _ arguments: [String], stdoutFD: Int32 = -1, stderrFD: Int32 = -1, newProcessGroup: Bool = false
    ) throws(RuntimeFailure) -> Int32 {
        let argv = ([executablePath] + arguments).map { strdup($0) }
        defer { for p in argv { free(p) } }
        var pointers: [UnsafeMutablePointer<CChar>?] = argv + [nil]
        let pid = pointers.withUnsafeMutableBufferPointer {
            CSystemShims_spawn(executablePath, $0.baseAddress, stdoutFD, stderrFD, newProcessGroup ? 1 : 0)
        }
        if pid < 0 { throw RuntimeFailure("cannot start \(executablePath): \(String(cString: strerror(-pid)))") }
        return pid
    }

    /// A descriptor that becomes readable when `pid` exits; nil when the kernel lacks pidfd_open.
    public static func exitDescriptor(of pid: Int32) -> Int32? {
        let fd = CSystemShims_pidfdOpen(pid)
        if fd < 0 { return nil }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        return fd
    }

    /// Whether `pid` is alive (kill 0).
    public static func isAlive(_ pid: Int32) -> Bool { kill(pid, 0) == 0 || errno == EPERM }

    /// Reap `pid` if it has exited (never blocks).
    @discardableResult
    public static func reap(_ pid: Int32) -> Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == pid
    }

    /// Wait up to `seconds` for child `pid` to exit; true if it did.
    public static func waitForExit(_ pid: Int32, seconds: Double) -> Bool {
        let deadline = monotonicSeconds() + seconds
        var status: Int32 = 0
        while true {
            let rc = waitpid(pid, &status, WNOHANG)
            if rc == pid || (rc < 0 && errno == ECHILD) { return true }
            if monotonicSeconds() >= deadline { return false }
            usleep(2_000)
        }
    }

    public static var threadID: Int { Int(CSystemShims_threadID()) }
}

/// Seconds on the monotonic clock.
public func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Seconds since the epoch.
public func wallClockSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// A mutex with a condition variable, in allocated memory so the pthread objects never move.
public final class Monitor: @unchecked Sendable {  // the pthread mutex guards whatever the caller says it guards
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    public init() {
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

    public func lock() { pthread_mutex_lock(mutex) }
    public func unlock() { pthread_mutex_unlock(mutex) }

    public func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Wake every waiter (call with the lock held or not).
    public func broadcast() { pthread_cond_broadcast(condition) }

    /// Wait (lock held) until woken or `seconds` pass.
    public func wait(seconds: Double) {
        var deadline = timespec()
        clock_gettime(CLOCK_MONOTONIC, &deadline)
        let total = Int(deadline.tv_nsec) + Int(max(seconds, 0) * 1e9)
        deadline.tv_sec += total / 1_000_000_000
        deadline.tv_nsec = total % 1_000_000_000
        pthread_cond_timedwait(condition, mutex, &deadline)
    }
}

/// A mutex the same thread may take again (sends nest: a batch of sends each takes the socket lock).
public final class RecursiveLock: @unchecked Sendable {  // the pthread mutex is the synchronization
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    public init() {
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_RECURSIVE))
        pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    public func lock() { pthread_mutex_lock(mutex) }
    public func unlock() { pthread_mutex_unlock(mutex) }
}
