#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps the recursive-descent parser from overflowing the stack, whatever thread calls it.
///
/// Deeply nested input (up to the tokenizer's 200 bracket levels, long `lambda`/conditional chains) costs a
/// few kilobytes of stack per level in optimized builds and far more in debug builds, which can exceed the
/// small stacks of secondary threads. So: input that nests deeply is parsed on a dedicated thread with a
/// large stack, and every recursive rule checks how much stack it has used against a budget, turning
/// exhaustion into a `SyntaxError` instead of a crash.
enum StackGuard {
    /// Stack reserved for the parsing thread (address space only; pages are committed as touched).
    static let bigStackSize = 64 << 20
    /// How much stack a parse may use on the caller's own thread.
    static let inlineBudget: UInt = 256 << 10
    /// How much stack a parse may use on the big thread.
    static let bigBudget: UInt = UInt(bigStackSize) - (4 << 20)

    /// The address of a local: a cheap reading of the stack pointer.
    @inline(never) static func currentAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// Whether the input might nest deeper than the caller's stack is trusted with (a debug build can spend
    /// 20 KB per level): only small, flat input such as a typical `eval()` string is parsed in place.
    static func needsBigStack(_ lexer: Lexer) -> Bool {
        lexer.maxBracketDepth > 3 || lexer.nestingRiskTokens > 4
    }

    private final class Job: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs `body` on a fresh thread with a big stack and waits for it; runs inline if no thread can be made.
    static func runOnBigStack<T>(_ body: @escaping (_ budget: UInt) -> T) -> T {
        var result: T?
        let job = Job { result = body(bigBudget) }
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, bigStackSize)
        let raw = Unmanaged.passRetained(job).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        let rc = pthread_create(&thread, &attr, { arg in
            Unmanaged<Job>.fromOpaque(arg).takeRetainedValue().body()
            return nil
        }, raw)
        if rc == 0, let thread {
            pthread_join(thread, nil)
            return result!
        }
        #else
        var thread = pthread_t()
        let rc = pthread_create(&thread, &attr, { arg in
            Unmanaged<Job>.fromOpaque(arg!).takeRetainedValue().body()
            return nil
        }, raw)
        if rc == 0 {
            pthread_join(thread, nil)
            return result!
        }
        #endif
        Unmanaged<Job>.fromOpaque(raw).release()
        return body(inlineBudget)
    }
}
