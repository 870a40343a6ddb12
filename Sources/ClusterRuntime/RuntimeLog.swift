import CSystemShims
import ClusterModel

#if canImport(Glibc)
    import Glibc
#endif

/// The levels of the runtime's log, by the letter its lines carry (Ray's glog letters).
public enum LogLevel: Int, Comparable, Sendable {
    case debug, info, warning, error

    public var letter: Character { ["D", "I", "W", "E"][rawValue] }

    /// `debug`, `info`, `warning`/`warn`, `error` (any case), as RAY_BACKEND_LOG_LEVEL and
    /// `ray.init(logging_level=...)` spell them; Python's numeric levels (10, 20, 30, 40) too.
    public init?(name: String) {
        switch name.lowercased() {
        case "debug", "trace", "10": self = .debug
        case "info", "20": self = .info
        case "warning", "warn", "30": self = .warning
        case "error", "fatal", "critical", "40", "50": self = .error
        default: return nil
        }
    }

    public static func < (a: LogLevel, b: LogLevel) -> Bool { a.rawValue < b.rawValue }
}

/// The lifecycle events the debug log records, each with the phrase its message starts with. The phrase is
/// how `swiftray logs --csv` classifies a line (the seed notebook's `log_type` column), so emitting and
/// classifying cannot drift apart.
public enum RuntimeEvent: String, CaseIterable, Sendable {
    case constructCoreWorkerProcess = "Construct core worker process"
    case constructCoreWorker = "Construct core worker"
    case initialization = "Initialization"
    case polling = "Polling"
    case receiveTask = "Receive Task"
    case addTask = "Add Task"
    case executeTask = "Execute Task"
    case finishedTask = "Finished Task"
    case createObject = "Create object"
    case handleReturnObject = "Handle Return Object"
    case updateReferenceCount = "Updating Reference Count"
    case deleteObject = "Delete object"

    /// The words a message of this event starts with.
    public var phrase: String {
        switch self {
        case .constructCoreWorkerProcess: "Constructing CoreWorkerProcess."
        case .constructCoreWorker: "Constructing CoreWorker,"
        case .initialization: "Initializing"
        case .polling: "Polling"
        case .receiveTask: "Received task"
        case .addTask: "Adding pending task"
        case .executeTask: "Executing task"
        case .finishedTask: "Finished task"
        case .createObject: "Creating object"
        case .handleReturnObject: "Handling return object"
        case .updateReferenceCount: "Updating reference count"
        case .deleteObject: "Deleting object"
        }
    }

    /// The event a message belongs to (the longest matching phrase wins), or nil.
    public static func classify(_ message: Substring) -> RuntimeEvent? {
        var best: RuntimeEvent?
        for event in allCases where message.hasPrefix(event.phrase) {
            if best == nil || event.phrase.count > best!.phrase.count { best = event }
        }
        return best
    }
}

/// The runtime's own log: one file per process in the session's `logs/` directory
/// (`<component>-<pid>.log`), kept after the session ends, in the line format of Ray's C++ logs:
///
///     [2026-11-22 10:01:02,345 D 1234 1240] CoreWorker.swift:88: Executing task f 5a3c...
///
/// (timestamp with milliseconds, level letter, pid, thread id, the Swift file and line, the message). INFO by
/// default, DEBUG when RAY_BACKEND_LOG_LEVEL=debug or `ray.init(logging_level="debug")`. Messages are
/// autoclosures: a line below the level costs one comparison, nothing is formatted. Warnings and errors also
/// go to stderr while no log file is open (before the session exists, or in tools).
public enum RuntimeLog {
    nonisolated(unsafe) static var threshold: LogLevel = levelFromEnvironment()
    nonisolated(unsafe) static var fileDescriptor: Int32 = -1
    nonisolated(unsafe) public private(set) static var path: String?

    /// The level set by RAY_BACKEND_LOG_LEVEL (or SWIFTRAY_DEBUG), INFO otherwise.
    static func levelFromEnvironment() -> LogLevel {
        if let raw = getenv("RAY_BACKEND_LOG_LEVEL"), let level = LogLevel(name: String(cString: raw)) { return level }
        return getenv("SWIFTRAY_DEBUG") != nil ? .debug : .info
    }

    /// The current level.
    public static var level: LogLevel { threshold }

    /// Whether lines of `level` are written.
    @inline(__always) public static func isEnabled(_ level: LogLevel) -> Bool { level >= threshold }

    /// Start writing this process's lines to `logs/<component>-<pid>.log` of `session`; `level` overrides
    /// the environment's. Called once per process, before its threads start.
    public static func open(session: Session, component: String, level: LogLevel? = nil) {
        if let level { threshold = level }
        let file = "\(session.logDirectory)/\(component)-\(getpid()).log"
        let fd = Glibc.open(file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        if fileDescriptor >= 0 { Glibc.close(fileDescriptor) }
        fileDescriptor = fd
        path = file
    }

    /// Stop writing to the file (the driver, when its cluster stops).
    public static func close() {
        if fileDescriptor >= 0 { Glibc.close(fileDescriptor) }
        fileDescriptor = -1
        path = nil
    }

    public static func debug(_ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
        if isEnabled(.debug) { write(.debug, message(), file, line) }
    }

    public static func info(_ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
        if isEnabled(.info) { write(.info, message(), file, line) }
    }

    public static func warning(_ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
        if isEnabled(.warning) { write(.warning, message(), file, line) }
    }

    public static func error(_ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
        write(.error, message(), file, line)
    }

    /// A lifecycle event at DEBUG: its phrase, then `details`.
    public static func event(
        _ event: RuntimeEvent, _ details: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line
    ) {
        if isEnabled(.debug) { write(.debug, event.phrase + " " + details(), file, line) }
    }

    /// A lifecycle event at INFO (process construction, as Ray logs it).
    public static func infoEvent(
        _ event: RuntimeEvent, _ details: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line
    ) {
        if isEnabled(.info) { write(.info, event.phrase + " " + details(), file, line) }
    }

    static func write(_ level: LogLevel, _ message: String, _ file: StaticString, _ line: UInt) {
        let fd = fileDescriptor
        guard fd >= 0 else {
            if level >= .warning { writeAll(2, "swiftray: \(message)\n") }
            return
        }
        let source = "\(file)".split(separator: "/").last.map(String.init) ?? "\(file)"
        let text = "[\(timestamp()) \(level.letter) \(getpid()) \(CSystemShims_threadID())] \(source):\(line): \(message)\n"
        writeAll(fd, text)
    }

    static func writeAll(_ fd: Int32, _ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    /// `2026-11-22 10:01:02,345` in local time (Ray's log timestamps, also on the driver's INFO lines).
    public static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return "\(parts.tm_year + 1900)-\(pad(Int(parts.tm_mon) + 1, 2))-\(pad(Int(parts.tm_mday), 2)) "
            + "\(pad(Int(parts.tm_hour), 2)):\(pad(Int(parts.tm_min), 2)):\(pad(Int(parts.tm_sec), 2)),"
            + pad(Int(now.tv_nsec / 1_000_000), 3)
    }
}
