#if canImport(Glibc)
    import Glibc
#endif

/// One line of a runtime log file, parsed: what `swiftray logs` merges across processes and writes as CSV.
public struct LogRecord: Equatable, Sendable {
    public var timestamp: String
    public var level: Character
    public var pid: Int
    public var threadID: Int
    public var sourceFile: String
    public var line: Int
    public var message: String
    /// The file's component (`driver`, `head`, `worker`).
    public var component: String

    /// The lifecycle event of the message (the seed notebook's `log_type`), or nil.
    public var event: RuntimeEvent? { RuntimeEvent.classify(message[...]) }

    /// Parses `[2026-11-22 10:01:02,345 D 1234 1240] File.swift:88: message`; nil for other text.
    public init?(parsing text: Substring, component: String) {
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
        let header = text[text.index(after: text.startIndex)..<close].split(separator: " ")
        guard header.count == 5, header[2].count == 1, let pid = Int(header[3]), let thread = Int(header[4]) else { return nil }
        var rest = text[text.index(after: close)...].drop { $0 == " " }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let file = rest[..<colon]
        rest = rest[rest.index(after: colon)...]
        guard let colon2 = rest.firstIndex(of: ":"), let number = Int(rest[..<colon2]) else { return nil }
        timestamp = header[0] + " " + header[1]
        level = header[2].first!
        self.pid = pid
        threadID = thread
        sourceFile = String(file)
        line = number
        message = String(rest[rest.index(after: colon2)...].dropFirst(rest[rest.index(after: colon2)...].hasPrefix(" ") ? 1 : 0))
        self.component = component
    }

    /// The columns of `swiftray logs --csv`, as the seed notebook's debugging_ray.csv has them.
    public static let csvHeader = "timestamp,log_level,process_id,thread_id,source_file,line_number,message,log_type"

    /// This record as a CSV row (RFC 4180 quoting).
    public var csvRow: String {
        [timestamp, String(level), String(pid), String(threadID), sourceFile, String(line), message, event?.rawValue ?? ""]
            .map(Self.csvField).joined(separator: ",")
    }

    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

/// The log files of a session, read and merged by time.
public enum SessionLogs {
    /// `<component>-<pid>.log` files in the session's log directory, optionally of one component.
    public static func files(of session: Session, component: String? = nil) -> [(path: String, component: String)] {
        directoryEntries(session.logDirectory).filter { $0.hasSuffix(".log") }.sorted().compactMap { name in
            let stem = name.dropLast(4)
            let kind = stem.split(separator: "-").first.map(String.init) ?? String(stem)
            if let component, kind != component { return nil }
            return (session.logDirectory + "/" + name, kind)
        }
    }

    /// The records of `text` (a log file's contents from some offset); lines that are not records continue
    /// the previous record's message (a multi-line message).
    public static func records(in text: Substring, component: String) -> [LogRecord] {
        var records: [LogRecord] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if let record = LogRecord(parsing: line, component: component) {
                records.append(record)
            } else if !records.isEmpty {
                records[records.count - 1].message += "\n" + line
            }
        }
        return records
    }

    /// Records of several files merged by timestamp (stable: a file's own order is kept).
    public static func merge(_ lists: [[LogRecord]]) -> [LogRecord] {
        var all: [(LogRecord, Int, Int)] = []
        for (f, list) in lists.enumerated() { for (i, r) in list.enumerated() { all.append((r, f, i)) } }
        all.sort { a, b in
            if a.0.timestamp != b.0.timestamp { return a.0.timestamp < b.0.timestamp }
            return a.1 != b.1 ? a.1 < b.1 : a.2 < b.2
        }
        return all.map(\.0)
    }

    /// A whole file's text from byte `offset` (empty if unreadable), and the offset after what was read. Only
    /// complete lines are returned, so a line being written is read whole on the next call.
    public static func read(_ path: String, from offset: Int) -> (text: String, next: Int) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return ("", offset) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var position = off_t(offset)
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, position) }
            if n <= 0 { break }
            bytes += buffer[0..<n]
            position += off_t(n)
        }
        guard let lastNewline = bytes.lastIndex(of: UInt8(ascii: "\n")) else { return ("", offset) }
        let complete = bytes[...lastNewline]
        return (String(decoding: complete, as: UTF8.self), offset + complete.count)
    }
}
