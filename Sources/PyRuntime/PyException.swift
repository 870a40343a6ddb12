import PySyntax

/// One line of a traceback: the code that was running and where.
public struct TracebackEntry: Sendable {
    public let code: PyCode
    public let range: SourceRange

    public var line: Int32 { range.start.line > 0 ? range.start.line : code.code.firstLine }
}

/// An instance of `BaseException` or any subclass (builtin or user-defined).
///
/// `traceback` grows as the exception propagates: the first entry is where it was raised, each caller adds
/// one; printing walks it backwards (outermost first), as CPython's `tb_next` chain prints.
public final class PyException: PyObject, @unchecked Sendable {
    public var args: PyTuple
    public var traceback: [TracebackEntry] = []
    public var cause: PyException?
    public var context: PyException?
    public var suppressContext = false
    /// Set when the runtime wraps a remote error and wants a different traceback text (RayTaskError).
    public var renderedTracebackOverride: String?
    /// The names that were visible where a NameError was raised, for the "Did you mean" hint.
    var suggestionContext: AnyObject?

    public init(type: PyType, args: PyTuple) {
        self.args = args
        super.init(kind: .exception, type: type)
        self.dict = PyDict()
    }

    public convenience init(type: PyType, message: String) {
        self.init(type: type, args: PyTuple([.str(message)]))
    }

    /// `str(exc)`: empty with no args, the single argument's str, else the tuple's str (KeyError uses repr).
    public func message(_ interp: Interpreter) throws(PyError) -> String {
        if type.isSubtype(of: Builtins.osErrorType), args.count >= 2, args.count <= 5 {
            var text = "[Errno \(try interp.str(args.items[0]))] \(try interp.str(args.items[1]))"
            if args.count >= 3, !args.items[2].isNone { text += ": \(try interp.repr(args.items[2]))" }
            if args.count >= 5, !args.items[4].isNone { text += " -> \(try interp.repr(args.items[4]))" }
            return text
        }
        switch args.count {
        case 0: return ""
        case 1:
            if type.isSubtype(of: Builtins.keyErrorType) { return try interp.repr(args.items[0]) }
            return try interp.str(args.items[0])
        default: return try interp.str(.object(args))
        }
    }

    /// The first argument as text, for errors the runtime creates itself.
    public var plainMessage: String {
        if args.count == 1, let s = args.items[0].asStr { return s.string }
        return ""
    }
}

extension PyException {
    public static func make(_ type: PyType, _ message: String) -> PyException {
        PyException(type: type, message: message)
    }

    public static func typeError(_ m: String) -> PyException { make(Builtins.typeErrorType, m) }
    public static func valueError(_ m: String) -> PyException { make(Builtins.valueErrorType, m) }
    public static func indexError(_ m: String) -> PyException { make(Builtins.indexErrorType, m) }
    public static func attributeError(_ m: String) -> PyException { make(Builtins.attributeErrorType, m) }
    public static func nameError(_ m: String) -> PyException { make(Builtins.nameErrorType, m) }
    public static func zeroDivision(_ m: String) -> PyException { make(Builtins.zeroDivisionErrorType, m) }
    public static func overflowError(_ m: String) -> PyException { make(Builtins.overflowErrorType, m) }
    public static func runtimeError(_ m: String) -> PyException { make(Builtins.runtimeErrorType, m) }
    public static func notImplementedError(_ m: String) -> PyException {
        make(Builtins.notImplementedErrorType, m)
    }
    public static func importError(_ m: String) -> PyException { make(Builtins.importErrorType, m) }
    public static func moduleNotFound(_ m: String) -> PyException { make(Builtins.moduleNotFoundErrorType, m) }
    public static func osError(_ m: String) -> PyException { make(Builtins.osErrorType, m) }

    public static func keyError(_ key: Value) -> PyException {
        PyException(type: Builtins.keyErrorType, args: PyTuple([key]))
    }

    public static func stopIteration(_ value: Value = .none) -> PyException {
        PyException(type: Builtins.stopIterationType, args: value.isNone ? PyTuple([]) : PyTuple([value]))
    }
}

extension PyError {
    public static func typeError(_ m: String) -> PyError { PyError(.typeError(m)) }
    public static func valueError(_ m: String) -> PyError { PyError(.valueError(m)) }
    public static func indexError(_ m: String) -> PyError { PyError(.indexError(m)) }
    public static func attributeError(_ m: String) -> PyError { PyError(.attributeError(m)) }
    public static func overflowError(_ m: String) -> PyError { PyError(.overflowError(m)) }
    public static func zeroDivision(_ m: String) -> PyError { PyError(.zeroDivision(m)) }
    public static func runtimeError(_ m: String) -> PyError { PyError(.runtimeError(m)) }
    public static func keyError(_ k: Value) -> PyError { PyError(.keyError(k)) }
    public static func importError(_ m: String) -> PyError { PyError(.importError(m)) }

    /// Whether this error is an instance of `type`.
    public func matches(_ type: PyType) -> Bool { exception.type.isSubtype(of: type) }
}

/// Remembers source text by file name so tracebacks can show lines of files, cells and `-c` code.
public final class SourceCache: @unchecked Sendable {
    public static let shared = SourceCache()
    private var sources: [String: [Substring]] = [:]
    private let lock = NSLockLite()

    public func register(_ filename: String, source: String) {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        lock.withLock { sources[filename] = lines }
    }

    /// Line `n` (1-based) of `filename`, reading the file on first use.
    public func line(_ filename: String, _ n: Int) -> String? {
        var lines = lock.withLock { sources[filename] }
        if lines == nil, !filename.hasPrefix("<"), let text = readFile(filename) {
            register(filename, source: text)
            lines = lock.withLock { sources[filename] }
        }
        guard let lines, n >= 1, n <= lines.count else { return nil }
        return String(lines[n - 1])
    }

    private func readFile(_ path: String) -> String? {
        guard let f = fopen(path, "r") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
