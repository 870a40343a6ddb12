import ClusterModel

#if canImport(Glibc)
    import Glibc
#endif

/// The files of one local cluster: a private directory (mode 0700) holding the ipc:// socket files and logs,
/// plus the shared-memory objects under /dev/shm whose names carry the session's tag. Whoever removes the
/// session (the head at shutdown, or the driver if the head is gone) removes the sockets and objects; the
/// logs stay, as Ray's do, for `swiftray logs` (the oldest ended sessions are pruned when a new one starts).
public struct Session: Sendable {
    /// `/tmp/swiftray/session_<date>_<time>_<pid>`.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public static let root = "/tmp/swiftray"

    /// The session's last path component, e.g. `session_2026-11-22_08-01-02_1234`.
    public var name: String { String(directory.split(separator: "/").last ?? "") }

    public var headEndpoint: String { "ipc://\(directory)/sockets/head" }

    /// The endpoint of a core worker's ROUTER socket.
    public func endpoint(of worker: WorkerID) -> String {
        "ipc://\(directory)/sockets/\(worker.hex.prefix(20))"
    }

    public var logDirectory: String { directory + "/logs" }

    /// Shared-memory objects of this session are `/dev/shm/<shmPrefix><object hex>`.
    public var shmPrefix: String { "swiftray_" + name.dropFirst("session_".count) + "_" }

    public func shmPath(_ object: ObjectID) -> String { "/dev/shm/" + shmPrefix + object.hex }

    /// Make a fresh session directory for a cluster started by process `pid`, and point `session_latest` at it.
    public static func create(pid: Int32) throws(RuntimeFailure) -> Session {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let date = "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
        let stamp = date + "_\(two(parts.tm_hour))-\(two(parts.tm_min))-\(two(parts.tm_sec))"
        let session = Session(directory: "\(root)/session_\(stamp)_\(pid)")
        mkdir(root, 0o1777)
        chmod(root, 0o1777)
        pruneEnded(keeping: keptEndedSessions)
        for dir in [session.directory, session.directory + "/sockets", session.logDirectory] {
            if mkdir(dir, 0o700) != 0 && errno != EEXIST {
                throw RuntimeFailure("cannot create \(dir): \(String(cString: strerror(errno)))")
            }
        }
        let latest = root + "/session_latest"
        let temporary = latest + ".\(pid)"
        unlink(temporary)
        if symlink(session.directory, temporary) == 0 { rename(temporary, latest) }
        return session
    }

    /// The session `session_latest` points at, if any.
    public static func latest() -> Session? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink(root + "/session_latest", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return Session(directory: String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Ended sessions whose logs are kept; older ones are deleted when a new session starts.
    public static let keptEndedSessions = 10

    /// End the session on disk: every shared-memory object and everything in the directory but the logs
    /// (the whole directory when there are no logs).
    public func remove() {
        removeSharedMemory()
        let logs = logDirectory
        let hasLogs = directoryEntries(logs).contains { $0.hasSuffix(".log") }
        for entry in directoryEntries(directory) where !(hasLogs && directory + "/" + entry == logs) {
            removeTree(directory + "/" + entry)
        }
        if !hasLogs {
            rmdir(directory)
            if Session.latest()?.directory == directory { unlink(Session.root + "/session_latest") }
        }
    }

    /// Whether the session ended (its sockets are gone).
    public var hasEnded: Bool {
        var info = stat()
        return stat(directory + "/sockets", &info) != 0
    }

    /// Delete the directories of ended sessions beyond the newest `keeping` (names sort by start time).
    static func pruneEnded(keeping: Int) {
        let ended = directoryEntries(root).filter { $0.hasPrefix("session_") && $0 != "session_latest" }.sorted()
            .map { Session(directory: root + "/" + $0) }.filter(\.hasEnded)
        for session in ended.dropLast(keeping) { removeTree(session.directory) }
    }

    public func removeSharedMemory() {
        guard let dir = opendir("/dev/shm") else { return }
        defer { closedir(dir) }
        let prefix = shmPrefix
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name.hasPrefix(prefix) { unlink("/dev/shm/" + name) }
        }
    }
}

/// The names in a directory, without `.` and `..` (empty when it cannot be read).
func directoryEntries(_ path: String) -> [String] {
    guard let dir = opendir(path) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names
}

/// Remove a directory and everything in it (no symlinks are followed).
func removeTree(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
        unlink(path)
        return
    }
    for child in directoryEntries(path) {
        let full = path + "/" + child
        var info = stat()
        if lstat(full, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            removeTree(full)
        } else {
            unlink(full)
        }
    }
    rmdir(path)
}

/// A failure of the runtime itself (cannot spawn, cannot bind...), with a message for the user.
public struct RuntimeFailure: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
