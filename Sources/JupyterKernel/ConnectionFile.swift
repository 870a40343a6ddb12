import Notebook

#if canImport(Glibc)
    import Glibc
#endif

/// The connection file a Jupyter client hands to `swiftray kernel -f FILE`: where the five sockets bind
/// and the key messages are signed with.
///
/// The kernel binds; it never connects. Ports of 0 (a file the kernel writes itself) are chosen by the
/// system at bind time and written back with `written(to:)`.
public struct ConnectionInfo: Equatable, Sendable {
    public enum Channel: String, CaseIterable, Sendable {
        case shell, iopub, stdin, control, hb
    }

    public var transport = "tcp"
    public var ip = "127.0.0.1"
    public var ports: [Channel: Int] = [:]
    public var key: [UInt8] = []
    public var signatureScheme = "hmac-sha256"
    public var kernelName = ""

    public init() {}

    /// Why a connection file was refused.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Parse a connection file's JSON text.
    public static func parse(_ text: String) throws(Failure) -> ConnectionInfo {
        let value: JSONValue
        do throws(JSONError) { value = try JSONParser.parse(text) } catch { throw Failure(description: "connection file: \(error)") }
        guard let object = value.objectValue else { throw Failure(description: "connection file: not a JSON object") }
        var info = ConnectionInfo()
        if let t = object["transport"]?.stringValue { info.transport = t }
        guard info.transport == "tcp" || info.transport == "ipc" else {
            throw Failure(description: "connection file: unsupported transport '\(info.transport)'")
        }
        if let ip = object["ip"]?.stringValue { info.ip = ip }
        for channel in Channel.allCases {
            let field = "\(channel.rawValue)_port"
            guard let port = object[field]?.intValue, (0...65535).contains(port) else {
                throw Failure(description: "connection file: \(field) missing or not a port number")
            }
            info.ports[channel] = port
        }
        info.key = Array((object["key"]?.stringValue ?? "").utf8)
        if let scheme = object["signature_scheme"]?.stringValue { info.signatureScheme = scheme }
        guard info.key.isEmpty || info.signatureScheme == "hmac-sha256" else {
            throw Failure(description: "connection file: unsupported signature_scheme '\(info.signatureScheme)'")
        }
        info.kernelName = object["kernel_name"]?.stringValue ?? ""
        return info
    }

    /// Read and parse a connection file.
    public static func read(path: String) throws(Failure) -> ConnectionInfo {
        guard let text = FileIO.readText(path) else { throw Failure(description: "cannot read connection file \(path)") }
        return try parse(text)
    }

    /// The endpoint a channel binds to: `tcp://ip:port` (port 0 → any free port) or `ipc://ip-port`.
    public func endpoint(_ channel: Channel) -> String {
        let port = ports[channel] ?? 0
        if transport == "ipc" { return "ipc://\(ip)-\(port)" }
        return "tcp://\(ip):\(port == 0 ? "*" : String(port))"
    }

    /// A fresh connection for a kernel started without `-f`: loopback, ports chosen at bind time, a random key.
    public static func fresh() -> ConnectionInfo {
        var info = ConnectionInfo()
        for channel in Channel.allCases { info.ports[channel] = 0 }
        info.key = Array(KernelIDs.uuid().utf8)
        info.kernelName = "swiftray"
        return info
    }

    /// The JSON text of the file, in the field names Jupyter uses.
    public var json: String {
        var o = JSONObject()
        for channel in Channel.allCases { o["\(channel.rawValue)_port"] = .int(ports[channel] ?? 0) }
        o["ip"] = .string(ip)
        o["key"] = .string(String(decoding: key, as: UTF8.self))
        o["transport"] = .string(transport)
        o["signature_scheme"] = .string(signatureScheme)
        o["kernel_name"] = .string(kernelName)
        return JSONWriter(indent: 1, sortKeys: false).write(.object(o)) + "\n"
    }

    /// Write the file readable by its owner only (mode 0600): it holds the signing key.
    public func write(to path: String) throws(Failure) {
        guard FileIO.writeText(json, to: path, mode: 0o600) else {
            throw Failure(description: "cannot write connection file \(path): \(String(cString: strerror(errno)))")
        }
    }
}

/// Small file helpers over Glibc (the kernel does not use Foundation).
enum FileIO {
    static func readBytes(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
        }
    }

    static func readText(_ path: String) -> String? {
        readBytes(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Replace `path` with `bytes` (created with `mode`; an existing file gets `mode` too).
    static func writeBytes(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        if fd < 0 { return false }
        defer { close(fd) }
        if fchmod(fd, mode) != 0 { return false }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    static func writeText(_ text: String, to path: String, mode: mode_t = 0o644) -> Bool {
        writeBytes(Array(text.utf8), to: path, mode: mode)
    }

    /// `mkdir -p`.
    static func makeDirectories(_ path: String) -> Bool {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST { return false }
            prefix += "/"
        }
        return true
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }
}

/// Ids for messages and sessions: random UUID-4 strings (what ipykernel uses).
public enum KernelIDs {
    public static func uuid() -> String {
        var rng = SystemRandomNumberGenerator()
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &rng) }
        bytes[6] = bytes[6] & 0x0f | 0x40
        bytes[8] = bytes[8] & 0x3f | 0x80
        let hex = WireCodec.hex(bytes)
        let h = Array(hex)
        return String(h[0..<8]) + "-" + String(h[8..<12]) + "-" + String(h[12..<16]) + "-" + String(h[16..<20]) + "-"
            + String(h[20..<32])
    }
}
