import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `signal`: the signal numbers (as plain ints; CPython's `Signals` enum is left out), `SIG_DFL`/`SIG_IGN`,
/// `strsignal`, and `raise_signal`. Installing Python-level handlers is not supported: SIGINT already raises
/// KeyboardInterrupt; `signal.signal` accepts only `SIG_DFL` and `SIG_IGN`. `os.kill` sends signals.
enum SignalModule {
    static let numbers: [(String, Int32)] = [
        ("SIGHUP", SIGHUP), ("SIGINT", SIGINT), ("SIGQUIT", SIGQUIT), ("SIGILL", SIGILL), ("SIGTRAP", SIGTRAP),
        ("SIGABRT", SIGABRT), ("SIGBUS", SIGBUS), ("SIGFPE", SIGFPE), ("SIGKILL", SIGKILL), ("SIGUSR1", SIGUSR1),
        ("SIGSEGV", SIGSEGV), ("SIGUSR2", SIGUSR2), ("SIGPIPE", SIGPIPE), ("SIGALRM", SIGALRM),
        ("SIGTERM", SIGTERM), ("SIGCHLD", SIGCHLD), ("SIGCONT", SIGCONT), ("SIGSTOP", SIGSTOP),
        ("SIGTSTP", SIGTSTP), ("SIGWINCH", SIGWINCH),
    ]

    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "signal")
        for (name, value) in numbers { m.set(name, .int(Int(value))) }
        m.set("SIG_DFL", .int(0))
        m.set("SIG_IGN", .int(1))
        m.set("NSIG", .int(65))
        Lib.function(m, "strsignal") { (interp, args) throws(PyError) -> Value in
            try args.expect("strsignal", min: 1, max: 1)
            let n = Int32(truncatingIfNeeded: try interp.intArgument(args[0]))
            guard n > 0 && n < 65, let text = strsignal(n) else { throw .valueError("signal number out of range") }
            return .str(String(cString: text))
        }
        Lib.function(m, "raise_signal") { (interp, args) throws(PyError) -> Value in
            try args.expect("raise_signal", min: 1, max: 1)
            if raise(Int32(truncatingIfNeeded: try interp.intArgument(args[0]))) != 0 { throw Lib.osError(interp, errno) }
            try interp.checkInterrupt()
            return .none
        }
        Lib.function(m, "signal") { (interp, args) throws(PyError) -> Value in
            try args.expect("signal", min: 2, max: 2)
            let n = Int32(truncatingIfNeeded: try interp.intArgument(args[0]))
            guard case .int(let handler) = args[1], handler == 0 || handler == 1 else {
                throw .valueError("signal handlers written in Python are not supported; use signal.SIG_DFL or signal.SIG_IGN")
            }
            guard n > 0 && n < 65 && n != SIGKILL && n != SIGSTOP else { throw .valueError("signal number out of range") }
            let previous = Glibc.signal(n, handler == 0 ? SIG_DFL : SIG_IGN)
            // SIG_IGN is the handler address 1.
            return .int(unsafeBitCast(previous, to: Int.self) == 1 ? 1 : 0)
        }
        return m
    }
}
