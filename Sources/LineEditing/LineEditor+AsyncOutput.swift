import CLibEditShims

#if canImport(Glibc)
    import Glibc
#endif

/// Text from other threads, printed above the prompt while the editor waits for a key.
///
/// The REPL's cluster forwards worker output at any time; written straight to the terminal it would land
/// in the middle of the line being edited. Posted text instead waits here, a byte on a pipe wakes the
/// editor's reader, and the editor (on its own thread) clears the line, prints the text and draws the
/// prompt and the line again below it. Text posted while no line is being read is printed when the next
/// read starts.
public final class AsyncPrinter: @unchecked Sendable {  // `pending` is guarded by `lock`
    private let lock = LockedFlag()
    private var pending = ""
    fileprivate let readEnd: Int32
    fileprivate let writeEnd: Int32

    fileprivate init?() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// Queues `text` and wakes the editor. Any thread.
    public func post(_ text: String) {
        guard !text.isEmpty else { return }
        lock.withLock { pending += text }
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)  // a full pipe already wakes the reader
    }

    /// Takes what is waiting (the editor's thread).
    fileprivate func take() -> String {
        lock.withLock {
            defer { pending = "" }
            return pending
        }
    }
}

/// A minimal mutex for `AsyncPrinter` (this target has no other dependency to borrow one from).
private final class LockedFlag: @unchecked Sendable {  // the pthread mutex is the synchronisation
    private var mutex = pthread_mutex_t()

    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}

extension LineEditor {
    /// Creates the printer other threads use to show text above the prompt (terminals only: nil when the
    /// input is not a terminal or no pipe can be made). The editor keeps it; call once.
    public func makeAsyncPrinter() -> AsyncPrinter? {
        guard isInteractive, let printer = AsyncPrinter() else { return nil }
        asyncPrinter = printer
        let context = Unmanaged.passUnretained(self).toOpaque()
        let status = CLibEditShims_setWakeup(editor, printer.readEnd, printer.writeEnd, { context in
            guard let context else { return }
            let editor = Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue()
            guard let text = editor.asyncPrinter?.take(), !text.isEmpty else { return }
            editor.write(text.hasSuffix("\n") ? text : text + "\n")
        }, context)
        return status == 0 ? printer : nil
    }
}
