import CellEngine
import Notebook

#if canImport(Glibc)
    import Glibc
#endif

/// Builds the headers and envelopes of everything the kernel sends: one `session` id per kernel process, a
/// fresh UUID `msg_id` per message (jupyter_client rejects a repeated signature as a replay), ISO 8601
/// dates in UTC with a `Z`, protocol version 5.3.
public struct MessageFactory: Sendable {
    public static let protocolVersion = "5.3"
    public let session: String
    public let username: String

    public init(session: String = KernelIDs.uuid(), username: String = MessageFactory.currentUser()) {
        self.session = session
        self.username = username
    }

    public func header(_ msgType: String) -> JSONObject {
        var clock = timespec()
        clock_gettime(CLOCK_REALTIME, &clock)
        let now = Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9
        return JSONObject([
            ("msg_id", .string(KernelIDs.uuid())), ("session", .string(session)), ("username", .string(username)),
            ("date", .string(Timestamp.iso8601(now))), ("msg_type", .string(msgType)),
            ("version", .string(Self.protocolVersion)),
        ])
    }

    /// A reply on the request's channel: same routing identities, the request's header as parent.
    public func reply(to request: KernelMessage, _ msgType: String, _ content: JSONObject) -> KernelMessage {
        KernelMessage(
            identities: request.identities, header: header(msgType), parentHeader: request.header, content: content)
    }

    /// A message for iopub (its topic frame is added by the publisher), caused by `parent` (empty: none).
    public func broadcast(_ msgType: String, _ content: JSONObject, parent: JSONObject) -> KernelMessage {
        KernelMessage(
            identities: [Array("kernel.\(session).\(msgType)".utf8)], header: header(msgType), parentHeader: parent,
            content: content)
    }

    /// The login name ($USER, else "swiftray").
    public static func currentUser() -> String {
        if let user = getenv("USER") { return String(cString: user) }
        return "swiftray"
    }
}

extension JSONObject {
    /// `self[key]` as a Bool (absent or not a bool: `default`).
    func bool(_ key: String, default value: Bool) -> Bool {
        if case .bool(let b)? = self[key] { return b }
        return value
    }

    /// `self[key]` as an Int (absent or not an integer: nil).
    func int(_ key: String) -> Int? {
        switch self[key] {
        case .int(let i)?: i
        case .double(let d)? where d.rounded() == d && abs(d) < 1e15: Int(d)
        default: nil
        }
    }

    func string(_ key: String) -> String? { self[key]?.stringValue }
}
