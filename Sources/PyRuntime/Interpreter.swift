import CSystemShims
import PyCompiler
import PySyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where `print` and `sys.stdout.write` send text. The CLI writes to file descriptors; the cell engine and tests
/// capture. Buffered: call `flush` before anything else writes to the same descriptor.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
    func flush()
}

/// An `OutputSink` over a file descriptor with a user-space buffer (flushed at 8 KiB, on `flush`, and, when
/// `lineBuffered`, at each newline — the behaviour of CPython's stdout on a terminal).
public final class FileDescriptorSink: OutputSink {
    public let fd: Int32
    private var buffer: [UInt8] = []
    public var lineBuffered: Bool

    public init(fd: Int32, lineBuffered: Bool? = nil) {
        self.fd = fd
        self.lineBuffered = lineBuffered ?? (isatty(fd) != 0)
        buffer.reserveCapacity(8192)
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 8192 || (lineBuffered && text.utf8.contains(10)) { flush() }
    }

    public func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// An `OutputSink` that collects text in memory (tests, `%%capture`, the kernel's streams).
public final class CapturingSink: OutputSink {
    public private(set) var text = ""
    public var onWrite: ((String) -> Void)?

    public init() {}

    public func write(_ text: String) {
        if let onWrite { onWrite(text) } else { self.text += text }
    }

    public func flush() {}

    public func take() -> String {
        defer { text = "" }
        return text
    }
}

/// One Python interpreter: the state of a thread of Python execution plus the module table it shares.
///
/// An interpreter runs on one OS thread at a time. It owns the value stack its frames live on (frames are
/// windows of it: a call allocates nothing), the recursion counter, the "currently handled exception", the
/// interrupt flag, `sys.modules` and the builtins namespace.
public final class Interpreter: @unchecked Sendable {
    // MARK: Value stack
    let stackBase: UnsafeMutablePointer<Value>
    let stackEnd: UnsafeMutablePointer<Value>
    /// First free slot above the frame that runs now; calls from Swift place new frames here.
    var stackTop: UnsafeMutablePointer<Value>
    var depth = 0
    public var recursionLimit = 1000
    /// Lowest native stack address this thread may use before calls raise RecursionError: a raised
    /// `sys.setrecursionlimit` must never turn into a stack overflow.
    var nativeStackFloor: UInt = 0

    // MARK: Execution state
    /// The exception being handled (`sys.exc_info()`, bare `raise`).
    var handledException: PyException?
    /// The exception being handled, for `sys.exc_info()`.
    public var currentHandledException: PyException? { handledException }
    /// Set asynchronously (SIGINT, kernel interrupt) and polled by the VM at calls and backward jumps.
    public let interrupt = InterruptFlag()
    /// The flag's word, read by the VM without touching the flag object.
    let interruptWord: UnsafeMutablePointer<Int32>

    // MARK: Namespaces
    public let builtins: PyDict
    /// `sys.modules`.
    public let modules: PyDict
    public var stdout: OutputSink
    public var stderr: OutputSink
    /// `sys.argv`.
    public var argv: [String] = [""]
    /// Called for `input()`; returns nil at end of input.
    public var readLine: ((String) -> String?)?
    /// Values that embedders attach (the cluster runtime keeps its per-interpreter state here).
    public var extensions: [String: AnyObject] = [:]
    /// The lock this interpreter shares with others that run on other threads over the same objects (a
    /// threaded actor); nil when it runs alone. Held while it runs Python code.
    public var sharedLock: InterpreterLock?

    public init(stdout: OutputSink? = nil, stderr: OutputSink? = nil, stackSlots: Int = 1 << 20) {
        Builtins.installMethodsOnce()
        stackBase = .allocate(capacity: stackSlots)
        stackEnd = stackBase + stackSlots
        stackTop = stackBase
        interruptWord = interrupt.rawPointer
        builtins = PyDict()
        modules = PyDict()
        self.stdout = stdout ?? FileDescriptorSink(fd: 1)
        self.stderr = stderr ?? FileDescriptorSink(fd: 2, lineBuffered: true)
        Builtins.populate(builtins, self)
        makeCurrent()
    }

    deinit {
        stackBase.deallocate()
    }

    // MARK: The current interpreter of this thread

    nonisolated(unsafe) private static var key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()

    /// The interpreter running on this thread (set by `init` and `makeCurrent`).
    public static var current: Interpreter {
        Unmanaged<Interpreter>.fromOpaque(pthread_getspecific(key)!).takeUnretainedValue()
    }

    static func setCurrent(_ interp: Interpreter) {
        pthread_setspecific(key, Unmanaged.passUnretained(interp).toOpaque())
    }

    /// Make this interpreter the current one of the calling thread.
    public func makeCurrent() {
        Interpreter.setCurrent(self)
        nativeStackFloor = Interpreter.nativeStackFloorOfCurrentThread()
    }

    /// The bottom of the calling thread's stack plus a safety margin for Swift code between Python frames.
    static func nativeStackFloorOfCurrentThread() -> UInt {
        let low = UInt(CSystemShims_threadStackLow())
        if low == 0 { return 0 }
        // Room for the Swift code (builtins, parsing, formatting) that runs between two Python frames.
        return low + 256 * 1024
    }

    // MARK: Running code

    /// Compile source text (parse + compile), raising SyntaxError as a Python exception.
    public func compile(_ source: String, filename: String, mode: CompileMode) throws(PyError) -> PyCode {
        SourceCache.shared.register(filename, source: source)
        do {
            let code: CodeObject
            if mode == .eval {
                let expr = try Parser.parseExpression(source, filename: filename)
                code = try Compiler.compile(expression: expr, filename: filename, source: source)
            } else {
                let module = try Parser.parseModule(source, filename: filename)
                code = try Compiler.compile(module, filename: filename, mode: mode, source: source)
            }
            return PyCode(code)
        } catch {
            throw PyError(makeSyntaxError(error))
        }
    }

    /// The Python `SyntaxError` (or subclass) instance for a compile-time diagnostic.
    public func makeSyntaxError(_ e: SyntaxError) -> PyException {
        let type = Builtins.exceptionType(e.kind.rawValue)
        let details = PyTuple([
            .str(e.filename), .int(e.line), .int(e.offset), e.text.map { .str($0) } ?? .none, .int(e.endLine),
            .int(e.endOffset),
        ])
        let exc = PyException(type: type, args: PyTuple([.str(e.message), .object(details)]))
        let d = exc.dict!
        d.setItem("msg", .str(e.message))
        d.setItem("filename", .str(e.filename))
        d.setItem("lineno", .int(e.line))
        d.setItem("offset", .int(e.offset))
        d.setItem("text", e.text.map { .str($0) } ?? .none)
        d.setItem("end_lineno", .int(e.endLine))
        d.setItem("end_offset", .int(e.endOffset))
        return exc
    }

    /// Run module-level code with `globals` as both globals and locals.
    @discardableResult
    public func run(_ code: PyCode, globals: PyDict, locals: PyDict? = nil) throws(PyError) -> Value {
        if globals.getItem("__builtins__") == nil {
            globals.setItem("__builtins__", .object(builtinsModule))
        }
        return try runFrame(code: code, globals: globals, locals: locals ?? globals, function: nil)
    }

    /// A fresh `__main__` module namespace.
    public func makeMainModule(name: String = "__main__", file: String? = nil) -> PyModule {
        let module = PyModule(name: name)
        if let file { module.set("__file__", .str(file)) }
        module.set("__builtins__", .object(builtinsModule))
        module.set("__doc__", .none)
        modules.setItem(name, .object(module))
        return module
    }

    /// The `builtins` module object.
    public lazy var builtinsModule: PyModule = {
        let m = PyModule(name: "builtins", namespace: builtins)
        modules.setItem("builtins", .object(m))
        return m
    }()

    /// Run a code object in a new frame on the value stack (module bodies, class bodies, exec).
    func runFrame(code: PyCode, globals: PyDict, locals: PyDict?, function: PyFunction?) throws(PyError) -> Value {
        let base = stackTop
        guard base + code.frameSize < stackEnd else { throw recursionError() }
        base.initialize(repeating: .undefined, count: code.nLocals + code.nCells)
        if let function {
            for (i, cell) in function.closure.enumerated() {
                base[code.nLocals + code.code.cellVars.count + i] = .object(cell)
            }
        }
        for i in 0..<code.code.cellVars.count {
            base[code.nLocals + i] = .object(PyCell())
        }
        let result = try execute(
            code: code, globals: globals, locals: locals, function: function, base: base, ownsArguments: true)
        return result
    }

    func recursionError() -> PyError {
        PyError(.make(Builtins.recursionErrorType, "maximum recursion depth exceeded"))
    }
}

/// An interrupt request (Ctrl-C, Jupyter `interrupt_request`): set from any thread or a signal handler,
/// polled by the VM at calls and backward jumps.
public final class InterruptFlag: @unchecked Sendable {
    private let flag: UnsafeMutablePointer<Int32>

    init() {
        flag = .allocate(capacity: 1)
        flag.initialize(to: 0)
    }

    /// The raw word, for a signal handler to store 1 into.
    public var rawPointer: UnsafeMutablePointer<Int32> { flag }

    @inline(__always) public var isSet: Bool { flag.pointee != 0 }
    public func request() { flag.pointee = 1 }
    public func clear() { flag.pointee = 0 }
}
