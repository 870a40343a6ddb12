import Notebook
import PyRuntime

/// The two text streams a cell writes to.
public enum StreamName: String, Sendable {
    case stdout, stderr
}

/// One thing a cell produced, in the order it happened: Jupyter's iopub messages, which the batch front end
/// prints and writes to the notebook, the kernel will publish, and the REPL prints.
public enum CellOutput {
    /// Text written to a stream (the driver's `print`, or output forwarded from workers and actors).
    case stream(StreamName, String)
    /// The cell's value: `Out[n]`, with its `text/plain` form (a value that has only that form).
    case result(executionCount: Int, text: String)
    /// The cell's value when it has richer forms too (`_repr_html_`, `_repr_png_`...): all its MIME types,
    /// `text/plain` included. Text front ends show `data.plainText`.
    case richResult(executionCount: Int, data: MimeBundle)
    /// `display(...)`, `DisplayHandle.update(...)` or `clear_output(...)`: Jupyter's `display_data`,
    /// `update_display_data` and `clear_output` messages.
    case display(DisplayEvent)
    /// An uncaught exception, rendered for the front end.
    case error(CellError)
}

/// The MIME types of one displayed object: `text/plain` always, plus what its `_repr_*_` methods give.
/// Text types are strings, images base64 strings, `application/json` any JSON value.
public struct MimeBundle: Equatable, Sendable {
    public var data: JSONObject
    /// Per-type metadata (`{"image/png": {"width": 50}}`), empty for most objects.
    public var metadata: JSONObject

    public init(data: JSONObject = JSONObject(), metadata: JSONObject = JSONObject()) {
        self.data = data
        self.metadata = metadata
    }

    /// `text/plain` ("" when absent).
    public var plainText: String { data["text/plain"]?.stringValue ?? "" }
}

/// What a `display` call did to the cell's output area.
public enum DisplayEvent: Equatable, Sendable {
    /// Show `bundle` (`display(obj)`); `displayID` names it for later updates.
    case show(MimeBundle, displayID: String?)
    /// Replace every output shown under `displayID` (`handle.update(obj)`, `update_display`).
    case update(MimeBundle, displayID: String)
    /// Clear the output area, at once or (`wait`) when the next output arrives (`clear_output`).
    case clear(wait: Bool)

    /// The text a terminal front end prints for it (nil: nothing to print).
    public var plainText: String? {
        switch self {
        case .show(let bundle, _), .update(let bundle, _): bundle.plainText
        case .clear: nil
        }
    }
}

/// An exception that ended a cell, with everything a front end shows: Jupyter's `ename`, `evalue` and
/// `traceback` (a list of text blocks, each frame one block, as IPython sends it).
public struct CellError {
    public var ename: String
    public var evalue: String
    public var traceback: [String]
    /// The Python exception (nil for errors of the engine itself, such as an unknown magic).
    public var exception: PyException?
    /// A `UsageError` (bad magic use): IPython prints `UsageError: message` on stderr instead of a traceback.
    public var isUsageError: Bool

    public init(ename: String, evalue: String, traceback: [String], exception: PyException?, isUsageError: Bool = false) {
        self.ename = ename
        self.evalue = evalue
        self.traceback = traceback
        self.exception = exception
        self.isUsageError = isUsageError
    }

    /// The traceback as a terminal shows it (Jupyter joins the blocks with newlines).
    public var text: String {
        if isUsageError { return "UsageError: \(evalue)\n" }
        let joined = traceback.joined(separator: "\n")
        return joined.hasSuffix("\n") ? joined : joined + "\n"
    }
}

/// Collects the outputs of one cell in order, merging consecutive writes to the same stream (as Jupyter's
/// front ends show them), and tells an observer about each piece as it arrives.
///
/// Written from the interpreter thread and from the core worker's I/O thread (output forwarded from workers
/// arrives there), so every access holds `lock`; the observer runs with the lock held, which keeps what it
/// prints in the recorded order.
public final class CellOutputs: @unchecked Sendable {  // every stored property is guarded by `lock`
    private let lock = NSLockLite()
    private var items: [CellOutput] = []
    private let observer: ((CellOutput) -> Void)?

    /// - Parameter observer: called with each new piece (a stream chunk, a result, an error) as it arrives.
    public init(observer: ((CellOutput) -> Void)? = nil) {
        self.observer = observer
    }

    /// Record one piece.
    public func append(_ output: CellOutput) {
        lock.withLock {
            if case .stream(let name, let text) = output, case .stream(let lastName, let lastText)? = items.last,
                lastName == name
            {
                items[items.count - 1] = .stream(name, lastText + text)
            } else {
                items.append(output)
            }
            observer?(output)
        }
    }

    /// Everything recorded so far.
    public var all: [CellOutput] { lock.withLock { items } }

    /// The text written to one stream so far.
    public func text(of stream: StreamName) -> String {
        lock.withLock {
            items.reduce(into: "") { acc, item in
                if case .stream(let name, let text) = item, name == stream { acc += text }
            }
        }
    }
}

/// The interpreter's `stdout` or `stderr` while a session runs cells: everything written goes to the
/// collector of the cell that runs now (or ran last: output of background tasks that arrives between cells
/// belongs to the cell that started them, as in Jupyter), or to `fallback` before the first cell.
///
/// The session installs these once and never swaps `interp.stdout` again, because the ray module wraps
/// whatever sinks exist when the cluster starts (to merge worker output from its I/O thread) and keeps them.
final class StreamSink: OutputSink, @unchecked Sendable {  // `target` is guarded by `router.lock`
    let name: StreamName
    let router: StreamRouter

    init(_ name: StreamName, router: StreamRouter) {
        self.name = name
        self.router = router
    }

    func write(_ text: String) {
        if text.isEmpty { return }
        router.deliver(name, text)
    }

    func flush() { router.flushFallback() }
}

/// Where both stream sinks deliver: a stack of collectors (the cell's, with `%%capture`'s on top).
final class StreamRouter: @unchecked Sendable {  // `stack` and `fallback` are guarded by `lock`
    private let lock = NSLockLite()
    private var stack: [CellOutputs] = []
    /// Sinks for text written when no cell has run yet.
    private let fallback: (stdout: OutputSink, stderr: OutputSink)

    init(fallback: (stdout: OutputSink, stderr: OutputSink)) {
        self.fallback = fallback
    }

    func deliver(_ name: StreamName, _ text: String) {
        let target: CellOutputs? = lock.withLock { stack.last }
        if let target {
            target.append(.stream(name, text))
        } else {
            lock.withLock { (name == .stdout ? fallback.stdout : fallback.stderr).write(text) }
        }
    }

    func flushFallback() {
        lock.withLock {
            fallback.stdout.flush()
            fallback.stderr.flush()
        }
    }

    /// Make `outputs` the base collector (a new cell starts), dropping any leftover captures.
    func startCell(_ outputs: CellOutputs) {
        lock.withLock { stack = [outputs] }
    }

    /// Send output to `outputs` until `popCapture` (`%%capture`).
    func pushCapture(_ outputs: CellOutputs) {
        lock.withLock { stack.append(outputs) }
    }

    func popCapture() {
        lock.withLock { if stack.count > 1 { stack.removeLast() } }
    }
}
