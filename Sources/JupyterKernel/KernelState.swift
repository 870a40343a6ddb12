import PyRuntime

/// What the shell, control and stdin paths share: whether a cell is running (an interrupt only counts then),
/// the interpreter's interrupt flag, and the shutdown request.
///
/// The control thread writes it while the shell thread runs user code; everything but the interrupt flag
/// (a word polled by the interpreter) is guarded by `monitor`.
final class KernelState: @unchecked Sendable {  // stored state guarded by `monitor`
    private let monitor = Monitor()
    private var running = false
    private var shutdown: Bool?
    private var finished = false
    private var flag: InterruptFlag?

    /// The interpreter's interrupt flag, attached once the session exists (the sockets are bound first, so
    /// clients that connect at once find them; an interrupt before any cell runs is a no-op anyway).
    func attach(_ interrupt: InterruptFlag) {
        monitor.withLock { flag = interrupt }
    }

    /// Whether an interrupt is pending (read by the input wait).
    var interruptRequested: Bool { monitor.withLock { flag?.isSet ?? false } }

    /// A cell starts: an interrupt that arrived while idle (jupyter_client interrupts before every
    /// shutdown, and SIGINT may come any time) must not stop it.
    func beginExecution() {
        monitor.withLock {
            flag?.clear()
            running = true
        }
    }

    func endExecution() {
        monitor.withLock { running = false }
    }

    /// `interrupt_request`: stop the running cell; a no-op when idle.
    func requestInterrupt() {
        monitor.withLock { if running { flag?.request() } }
    }

    /// `shutdown_request`: remember it (the first one wins) and stop the running cell.
    func requestShutdown(restart: Bool) {
        monitor.withLock {
            if shutdown == nil { shutdown = restart }
            if running { flag?.request() }
            monitor.broadcast()
        }
    }

    var shutdownRequested: Bool { monitor.withLock { shutdown != nil } }

    /// The shell thread has closed the session.
    func markFinished() {
        monitor.withLock {
            finished = true
            monitor.broadcast()
        }
    }

    /// Wait for `markFinished`; false after `timeout` seconds.
    func waitFinished(timeout: Double) -> Bool {
        monitor.withLock {
            let deadline = monotonicNow() + timeout
            while !finished && monotonicNow() < deadline { monitor.wait(seconds: deadline - monotonicNow()) }
            return finished
        }
    }
}
