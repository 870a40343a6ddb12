import ClusterRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `swiftray logs [--session latest|PATH] [--csv] [--component driver|head|worker] [--follow]`: the debug logs
/// every process of a session wrote, merged by time. `--csv` writes the columns of the seed notebook's
/// debugging_ray.csv (timestamp, log_level, process_id, thread_id, source_file, line_number, message,
/// log_type), so `swiftray logs --csv > debugging_ray.csv` after a run with RAY_BACKEND_LOG_LEVEL=debug
/// gives the file its last cell reads. `--follow` keeps printing new lines until the session ends.
enum LogsCommand {
    static let usage = "usage: swiftray logs [--session latest|PATH] [--csv] [--component NAME] [--follow]\n"

    static func run(_ arguments: ArraySlice<String>) -> Int32 {
        var sessionName = "latest"
        var csv = false
        var follow = false
        var component: String?
        var i = arguments.startIndex
        while i < arguments.endIndex {
            switch arguments[i] {
            case "--csv": csv = true
            case "--follow", "-f": follow = true
            case "--session" where i + 1 < arguments.endIndex:
                i += 1
                sessionName = arguments[i]
            case "--component" where i + 1 < arguments.endIndex:
                i += 1
                component = arguments[i]
            case "--help", "-h":
                print(usage, terminator: "")
                return 0
            default:
                FileHandleStderr.write("swiftray logs: unexpected argument '\(arguments[i])'\n" + usage)
                return 2
            }
            i += 1
        }
        let session = sessionName == "latest" ? Session.latest() : Session(directory: sessionName)
        guard let session, !SessionLogs.files(of: session).isEmpty || follow else {
            FileHandleStderr.write("swiftray logs: no logs in \(session?.logDirectory ?? Session.root + "/session_latest")\n")
            return 1
        }
        if csv { writeOut(LogRecord.csvHeader + "\n") }
        var offsets: [String: Int] = [:]
        while true {
            var lists: [[LogRecord]] = []
            for (path, kind) in SessionLogs.files(of: session, component: component) {
                let (text, next) = SessionLogs.read(path, from: offsets[path] ?? 0)
                offsets[path] = next
                lists.append(SessionLogs.records(in: text[...], component: kind))
            }
            var out = ""
            for record in SessionLogs.merge(lists) {
                out += csv ? record.csvRow + "\n" : line(record)
            }
            writeOut(out)
            if !follow || session.hasEnded { return 0 }
            usleep(200_000)
        }
    }

    /// Write to stdout at once (unbuffered: `--follow` shows lines as they come).
    static func writeOut(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }

    /// A record as its log line, prefixed with the component so merged lines say where they came from.
    static func line(_ r: LogRecord) -> String {
        "(\(r.component)) [\(r.timestamp) \(r.level) \(r.pid) \(r.threadID)] \(r.sourceFile):\(r.line): \(r.message)\n"
    }
}
