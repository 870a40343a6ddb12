import Crypto

#if canImport(FoundationEssentials)
    import FoundationEssentials  // DataProtocol for HMAC updates (swift-crypto depends on Foundation anyway)
#else
    import Foundation
#endif
import Notebook

/// One Jupyter message as it travels over ZeroMQ: the routing identities a ROUTER socket put in front of it
/// (or the topic on iopub), the four JSON dictionaries and any binary buffers.
///
/// A value type: the shell thread decodes a request, handlers build replies from it, and replies cross to
/// the iopub thread by copy.
public struct KernelMessage: Sendable {
    /// Frames before `<IDS|MSG>`: the peers' routing ids on ROUTER sockets, the topic on iopub.
    public var identities: [[UInt8]]
    public var header: JSONObject
    public var parentHeader: JSONObject
    public var metadata: JSONObject
    public var content: JSONObject
    /// Frames after the content (not signed, passed through untouched).
    public var buffers: [[UInt8]]

    public init(
        identities: [[UInt8]] = [], header: JSONObject, parentHeader: JSONObject = JSONObject(),
        metadata: JSONObject = JSONObject(), content: JSONObject = JSONObject(), buffers: [[UInt8]] = []
    ) {
        self.identities = identities
        self.header = header
        self.parentHeader = parentHeader
        self.metadata = metadata
        self.content = content
        self.buffers = buffers
    }

    /// `header.msg_type` ("" when missing).
    public var msgType: String { header["msg_type"]?.stringValue ?? "" }
    /// `header.msg_id` ("" when missing).
    public var msgID: String { header["msg_id"]?.stringValue ?? "" }
}

/// Why a multipart message was refused. Nothing in a refused message is acted on.
public enum WireError: Error, Equatable, CustomStringConvertible {
    case missingDelimiter
    case tooFewFrames(Int)
    case badSignature
    case invalidJSON(frame: String, reason: String)

    public var description: String {
        switch self {
        case .missingDelimiter: "no <IDS|MSG> delimiter"
        case .tooFewFrames(let n): "\(n) frames after the delimiter (need a signature and 4 dictionaries)"
        case .badSignature: "missing or wrong HMAC signature"
        case .invalidJSON(let frame, let reason): "\(frame) is not a JSON object: \(reason)"
        }
    }
}

/// The wire format of the Jupyter messaging protocol (5.3): `[ids..., "<IDS|MSG>", hmac, header,
/// parent_header, metadata, content, buffers...]`, signed with HMAC-SHA256 over the four dictionaries' bytes
/// exactly as sent. An empty key turns signing off (empty signature, nothing checked).
public struct WireCodec: Sendable {
    public static let delimiter: [UInt8] = Array("<IDS|MSG>".utf8)
    private let keyBytes: [UInt8]

    /// - Parameter key: the connection file's `key` as bytes; empty disables signing.
    public init(key: [UInt8]) {
        keyBytes = key
    }

    private var key: SymmetricKey? { keyBytes.isEmpty ? nil : SymmetricKey(data: keyBytes) }

    /// The lower-case hex HMAC-SHA256 of `parts` (empty when signing is off).
    public func sign(_ parts: [[UInt8]]) -> [UInt8] {
        guard let key else { return [] }
        return Array(Self.hex(mac(parts, key)).utf8)
    }

    private func mac(_ parts: [[UInt8]], _ key: SymmetricKey) -> [UInt8] {
        var hmac = HMAC<SHA256>(key: key)
        for part in parts { hmac.update(data: part) }
        return hmac.finalize().withUnsafeBytes { Array($0) }
    }

    /// Decode and verify a received multipart message. The signature is checked (in constant time) before
    /// any JSON is parsed.
    public func decode(_ frames: [[UInt8]]) throws(WireError) -> KernelMessage {
        guard let split = frames.firstIndex(of: Self.delimiter) else { throw .missingDelimiter }
        let rest = frames[(split + 1)...]
        guard rest.count >= 5 else { throw .tooFewFrames(rest.count) }
        let signature = rest[rest.startIndex]
        let parts = Array(rest[(rest.startIndex + 1)..<(rest.startIndex + 5)])
        if let key {
            guard let given = Self.unhex(signature), Self.constantTimeEqual(given, mac(parts, key)) else {
                throw .badSignature
            }
        }
        let names = ["header", "parent_header", "metadata", "content"]
        var objects: [JSONObject] = []
        for (name, bytes) in zip(names, parts) {
            let value: JSONValue
            do throws(JSONError) {
                value = try JSONParser.parse(bytes: bytes)
            } catch {
                throw .invalidJSON(frame: name, reason: error.description)
            }
            guard let object = value.objectValue else { throw .invalidJSON(frame: name, reason: "not an object") }
            objects.append(object)
        }
        return KernelMessage(
            identities: Array(frames[..<split]), header: objects[0], parentHeader: objects[1], metadata: objects[2],
            content: objects[3], buffers: Array(rest.dropFirst(5)))
    }

    /// The frames of `message`, signed.
    public func encode(_ message: KernelMessage) -> [[UInt8]] {
        let parts = [message.header, message.parentHeader, message.metadata, message.content].map {
            Array(Self.writer.write(.object(Self.finite($0))).utf8)
        }
        return message.identities + [Self.delimiter, sign(parts)] + parts + message.buffers
    }

    static var writer: JSONWriter { JSONWriter(indent: nil, sortKeys: false, asciiOnly: false) }

    /// `object` with NaN and infinities replaced by null: clients parse with `allow_nan=False` and browsers
    /// with `JSON.parse`, which reject them.
    static func finite(_ object: JSONObject) -> JSONObject {
        JSONObject(object.entries.map { ($0.key, finite($0.value)) })
    }

    static func finite(_ value: JSONValue) -> JSONValue {
        switch value {
        case .double(let d) where !d.isFinite: .null
        case .array(let items): .array(items.map(finite))
        case .object(let o): .object(finite(o))
        default: value
        }
    }

    // MARK: Bytes

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func unhex(_ text: [UInt8]) -> [UInt8]? {
        guard text.count % 2 == 0, !text.isEmpty else { return nil }
        func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        var out: [UInt8] = []
        var i = 0
        while i < text.count {
            guard let hi = nibble(text[i]), let lo = nibble(text[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    /// Equal contents, in time that depends only on the lengths (no early exit on the first difference).
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<a.count { diff |= a[i] ^ b[i] }
        return diff == 0
    }
}
