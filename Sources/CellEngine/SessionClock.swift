#if canImport(Glibc)
    import Glibc
#endif

/// The clocks a session reads: wall time (timestamps, `Wall time:`), a monotonic counter (`%timeit`'s
/// default timer, durations) and the process's CPU time (`CPU times:`). A protocol so tests can inject a
/// deterministic clock [starlark-go lib/time `now`].
public protocol SessionClock: AnyObject {
    /// Seconds since the Unix epoch (`time.time()`).
    func wallSeconds() -> Double
    /// Seconds from an arbitrary origin, never going back (`time.perf_counter()`).
    func monotonicSeconds() -> Double
    /// User and system CPU seconds of this process (`getrusage(RUSAGE_SELF)`): the driver's CPU only; work
    /// done by cluster workers is not included, as in IPython with Ray.
    func cpuSeconds() -> (user: Double, system: Double)
}

/// The real clocks.
public final class SystemClock: SessionClock {
    public init() {}

    public func wallSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    public func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    public func cpuSeconds() -> (user: Double, system: Double) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return (user, system)
    }
}

/// Timestamps as Jupyter writes them.
public enum Timestamp {
    /// ISO 8601 in UTC with microseconds and a `Z`, as nbclient stores cell timing:
    /// `2026-11-22T08:50:28.118716Z`.
    public static func iso8601(_ seconds: Double) -> String {
        var whole = time_t(seconds.rounded(.down))
        var micros = Int(((seconds - Double(whole)) * 1e6).rounded())
        if micros >= 1_000_000 {
            whole += 1
            micros -= 1_000_000
        }
        var parts = tm()
        gmtime_r(&whole, &parts)
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(Int(parts.tm_year) + 1900, 4))-\(pad(Int(parts.tm_mon) + 1, 2))-\(pad(Int(parts.tm_mday), 2))"
            + "T\(pad(Int(parts.tm_hour), 2)):\(pad(Int(parts.tm_min), 2)):\(pad(Int(parts.tm_sec), 2))"
            + ".\(pad(micros, 6))Z"
    }
}
