import PyLibrary
import PyNumpy
import PyRuntime
import RayAPI

#if canImport(Glibc)
    import Glibc
#endif

/// How a session behaves: a notebook or REPL session (magics, results shown, output captured per cell) or a
/// script run (plain Python, output straight to the file descriptors).
public struct SessionSettings {
    /// Show the value of a cell's last expression (`Out[n]`). Scripts: false.
    public var displaysResults = true
    /// Recognise `%magic`, `%%magic` and `!cmd`. Scripts: false (they must stay valid Python).
    public var recognizesMagics = true
    /// Collect each cell's output (`CellResult.outputs`); otherwise print to fds 1 and 2 as a script does.
    public var capturesOutput = true
    /// Make SIGINT raise KeyboardInterrupt in the running cell.
    public var handlesInterrupt = true
    /// Let tasks the driver submitted finish (up to 10 s) when the session closes, as a script's end does.
    /// Notebooks: false (closing a kernel stops its work at once).
    public var waitsForTasksAtExit = false
    /// `sys.argv`.
    public var argv: [String] = [""]
    /// `sys.path[0]`: the script's directory, or "" for the working directory.
    public var scriptDirectory = ""
    /// `__file__` of `__main__` (scripts only).
    public var mainFile: String?
    /// Print `μs` and `±` (false: `us` and `+-`, IPython's fallback for ASCII terminals).
    public var unicodeOutput = true
    /// The clocks (injected by tests).
    public var clock: SessionClock = SystemClock()

    public init() {}

    /// The settings of `swiftray FILE.py`: plain Python, no cell features, tasks drain at exit.
    public static func script(argv: [String], scriptDirectory: String, mainFile: String?) -> SessionSettings {
        var s = SessionSettings()
        s.displaysResults = false
        s.recognizesMagics = false
        s.capturesOutput = false
        s.waitsForTasksAtExit = true
        s.argv = argv
        s.scriptDirectory = scriptDirectory
        s.mainFile = mainFile
        return s
    }
}

/// How a front end wants one cell run (Jupyter's `execute_request` flags).
public struct ExecuteOptions: Sendable {
    /// Record the cell in `In`/`Out` and advance the execution count (`store_history`).
    public var storeHistory = true
    /// Run quietly: no result is displayed and nothing is recorded (`silent`); printed output still shows.
    public var silent = false

    public init(storeHistory: Bool = true, silent: Bool = false) {
        self.storeHistory = storeHistory
        self.silent = silent
    }
}

/// What running one cell did.
public struct CellResult {
    public enum Status: Sendable, Equatable {
        case ok, error
    }

    /// The cell's number (`In [n]`).
    public var executionCount: Int
    public var status: Status
    /// The displayed value's `text/plain` (repr), nil when nothing was shown.
    public var resultText: String?
    /// The displayed value.
    public var value: Value?
    /// The displayed value's MIME bundle (`text/plain` and any rich forms), nil when nothing was shown.
    public var resultData: MimeBundle?
    /// For a help cell (`obj?`, `obj??`): the text IPython pages (Jupyter's `page` payload).
    public var page: String?
    /// Why the cell failed (`status == .error`).
    public var error: CellError?
    /// Everything the cell printed, its result and its error, in order (keeps growing if background tasks
    /// print after the cell ended).
    public var outputs: CellOutputs
    /// Wall-clock seconds (Unix epoch) at start and end.
    public var started: Double
    public var finished: Double

    /// Whether the cell was stopped by Ctrl-C (KeyboardInterrupt).
    public var wasInterrupted: Bool {
        error?.exception?.type.isSubtype(of: Builtins.keyboardInterruptType) ?? false
    }
}

/// One interpreter session shared by every front end: the `__main__` namespace across cells, the execution
/// counter, In/Out history, magics, and the cluster connection the `ray` module makes.
///
/// A session lives on one thread with a large stack (see `LargeStackThread`), the thread that created it:
/// the interpreter is single-threaded. Output that workers forward arrives on the core worker's I/O thread
/// and is merged into the current cell's `CellOutputs`.
public final class Session {
    public let interp: Interpreter
    /// `__main__`.
    public let main: PyModule
    public let settings: SessionSettings
    let clock: SessionClock
    let router: StreamRouter?
    /// The number the next cell gets (IPython's `execution_count`).
    public private(set) var executionCount = 1
    /// Raw cell sources by number; index 0 is "" as in IPython's `In`.
    var inputs: [String] = [""]
    /// Python's `In` (raw sources) and `Out` (displayed values by number).
    var inList = PyList([.str("")])
    var outDict = PyDict()
    /// The displayed results of the last three cells that showed one (`_`, `__`, `___`).
    var unders: [Value] = [.str(""), .str(""), .str("")]
    /// Names the session puts in `__main__` itself, with their values: `%who` leaves them out while they
    /// still hold these values.
    var hiddenNames: [String: Value] = [:]
    /// Files whose frames tracebacks leave out (the engine's own Python helpers).
    var hiddenFiles: Set<String> = []
    var helpers: PyModule!
    var directoryHistory: [String] = []
    var magics: [String: Magic] = [:]
    /// The outputs of the cell that runs now (or ran last).
    var currentOutputs: CellOutputs?
    /// Inputs kept across sessions, oldest first (the REPL's history file), which `%history -g` searches as
    /// IPython searches its history database; nil where there is none (notebooks, kernels).
    public var persistentHistory: (() -> [String])?
    private var closed = false

    /// Create a session with a fresh interpreter, the standard library and the `ray` module.
    /// - Parameter settings: notebook/REPL behaviour by default; `SessionSettings.script` for scripts.
    public init(settings: SessionSettings = SessionSettings()) {
        self.settings = settings
        clock = settings.clock
        Library.registerAll()
        RayModule.register()
        NumpyModule.register()
        DisplayModule.register()
        if settings.capturesOutput {
            let router = StreamRouter(
                fallback: (FileDescriptorSink(fd: 1), FileDescriptorSink(fd: 2, lineBuffered: true)))
            self.router = router
            interp = Interpreter(stdout: StreamSink(.stdout, router: router), stderr: StreamSink(.stderr, router: router))
        } else {
            router = nil
            interp = Interpreter(stdout: FileDescriptorSink(fd: 1), stderr: FileDescriptorSink(fd: 2, lineBuffered: true))
        }
        interp.argv = settings.argv
        interp.scriptDirectory = settings.scriptDirectory
        if settings.handlesInterrupt { SignalHandling.installInterruptHandler(interp.interrupt) }
        main = interp.makeMainModule(file: settings.mainFile)
        if let sys = try? interp.importSingle("sys") {
            try? interp.setAttribute(sys, PyStr.intern("argv"), .object(PyList(settings.argv.map { .str($0) })))
        }
        if settings.recognizesMagics || settings.displaysResults {
            installCellFeatures()
        }
        installDisplayBuiltins()
        installInputBuiltins()
        installInspectBuiltins()
    }

    /// The namespace cells run in.
    public var namespace: PyDict { main.namespace }

    // MARK: Running cells

    /// Run one cell: magics first, then the code compiled as a whole (a SyntaxError anywhere runs nothing);
    /// the value of a last expression statement is the result unless it is None or the cell ends with `;`.
    /// - Parameters:
    ///   - source: the cell's text.
    ///   - observer: told about each output as it happens (front ends print live).
    /// - Returns: status, result and outputs. Never throws: errors are part of the result.
    public func execute(_ source: String, observer: ((CellOutput) -> Void)? = nil) -> CellResult {
        execute(source, options: ExecuteOptions(), observer: observer)
    }

    /// Run one cell as `execute(_:observer:)` does, with Jupyter's `store_history` and `silent` choices.
    public func execute(_ source: String, options: ExecuteOptions, observer: ((CellOutput) -> Void)? = nil)
        -> CellResult
    {
        let storeHistory = options.storeHistory && !options.silent
        let n = executionCount
        let outputs = CellOutputs(observer: observer)
        router?.startCell(outputs)
        currentOutputs = outputs
        let started = clock.wallSeconds()
        if storeHistory {
            storeInput(n, source)
            executionCount += 1
        }
        let mark = RayModule.submissionMark(interp)
        var result = CellResult(
            executionCount: n, status: .ok, resultText: nil, value: nil, error: nil, outputs: outputs, started: started,
            finished: started)
        if settings.recognizesMagics, let help = Self.helpRequest(source) {
            // `obj?` / `obj??`: IPython pages the object's information instead of running the cell.
            if let found = inspect(help.name, cursor: help.name.unicodeScalars.count, detailLevel: help.detail) {
                result.page = found.text
            } else {
                outputs.append(.stream(.stdout, "Object `\(help.name)` not found.\n"))
            }
            result.finished = clock.wallSeconds()
            return result
        }
        do throws(PyError) {
            if let value = try runCell(source, n), !value.isNone, settings.displaysResults, !options.silent {
                let (bundle, formatErrors) = try mimeBundle(value)
                let text = bundle.plainText
                if storeHistory { storeOutput(n, value) }
                result.value = value
                result.resultText = text
                result.resultData = bundle
                for failure in formatErrors.map(describe) {
                    outputs.append(.error(failure))
                    if result.error == nil {
                        result.status = .error
                        result.error = failure
                    }
                }
                if bundle.data.keys == ["text/plain"] && bundle.metadata.isEmpty {
                    outputs.append(.result(executionCount: n, text: text))
                } else {
                    outputs.append(.richResult(executionCount: n, data: bundle))
                }
            }
        } catch {
            let failure = describe(error.exception)
            result.status = .error
            result.error = failure
            if failure.isUsageError {
                outputs.append(.stream(.stderr, failure.text))
            } else {
                outputs.append(.error(failure))
            }
            if result.wasInterrupted { RayModule.cancelTasks(submittedSince: mark, interp) }
        }
        interp.stdout.flush()
        interp.stderr.flush()
        result.finished = clock.wallSeconds()
        return result
    }

    /// Run a whole script as one cell: plain Python, no magics, no result display; the caller renders an
    /// error (scripts print CPython's traceback on stderr).
    /// - Returns: the uncaught exception, or nil.
    public func runScript(_ source: String, filename: String) -> PyException? {
        do throws(PyError) {
            let compiled = try interp.compile(source, filename: filename, mode: .exec)
            try interp.run(compiled, globals: main.namespace)
            return nil
        } catch {
            return error.exception
        }
    }

    /// Compile and run a cell's code (or its cell magic); the value to display, if any.
    func runCell(_ source: String, _ n: Int) throws(PyError) -> Value? {
        if settings.recognizesMagics, let magic = CellSource.cellMagic(source) {
            return try runCellMagic(magic, n)
        }
        let filename = ErrorRenderer.cellFilename(n)
        let code = settings.recognizesMagics ? CellSource.transform(source) : source
        return try runCode(code, filename: filename, displaySource: source)
    }

    /// Compile `code` as a cell under `filename`, register `displaySource` for tracebacks, run it.
    /// - Returns: the last expression's value, or nil when the code ends with `;`.
    func runCode(_ code: String, filename: String, displaySource: String) throws(PyError) -> Value? {
        let compiled = try interp.compile(code, filename: filename, mode: .cell)
        SourceCache.shared.register(filename, source: displaySource)
        let value = try interp.run(compiled, globals: main.namespace)
        return CellSource.endsWithSemicolon(code) ? nil : value
    }

    /// The front-end view of an exception.
    func describe(_ exc: PyException) -> CellError {
        if let usage = usageErrorType, exc.type.isSubtype(of: usage) {
            let message = (try? interp.str(.object(exc))) ?? ""
            return CellError(ename: "UsageError", evalue: message, traceback: [], exception: exc, isUsageError: true)
        }
        return ErrorRenderer.cellError(exc, interp, hidden: hiddenFiles)
    }

    /// Write text to the current cell's stdout (magics' output).
    func write(_ text: String) {
        interp.stdout.write(text)
    }

    /// End the session: the exit hooks run (the `ray` module stops the cluster it started).
    public func close() {
        if closed { return }
        closed = true
        if !settings.waitsForTasksAtExit { RayModule.skipExitGrace(interp) }
        interp.runExitHooks()
        interp.stdout.flush()
        interp.stderr.flush()
    }

    deinit {
        close()
    }
}
