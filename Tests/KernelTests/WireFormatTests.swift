import Notebook
import XCTest

@testable import JupyterKernel

/// The wire format and signing, checked against Python's `hmac` (the vector below was computed with
/// `hmac.new(b"secret-key", digestmod=hashlib.sha256)` over the same four frames).
final class WireFormatTests: XCTestCase {
    let parts: [[UInt8]] = [#"{"msg_type":"x"}"#, "{}", "{}", #"{"a":1}"#].map { Array($0.utf8) }
    let pythonSignature = "8a0d749a431a924a2389012e9a0b36e668495d75e4e01c71869a435d06ce3fd9"

    func testSignatureMatchesPythonHMAC() {
        let codec = WireCodec(key: Array("secret-key".utf8))
        XCTAssertEqual(String(decoding: codec.sign(parts), as: UTF8.self), pythonSignature)
        XCTAssertEqual(WireCodec(key: []).sign(parts), [], "an empty key turns signing off")
    }

    func testDecodeVerifiesBeforeParsing() throws {
        let codec = WireCodec(key: Array("secret-key".utf8))
        let frames = [Array("client-id".utf8), WireCodec.delimiter, Array(pythonSignature.utf8)] + parts + [[0, 1, 2]]
        let message = try codec.decode(frames)
        XCTAssertEqual(message.identities, [Array("client-id".utf8)])
        XCTAssertEqual(message.msgType, "x")
        XCTAssertEqual(message.content["a"], .int(1))
        XCTAssertEqual(message.buffers, [[0, 1, 2]], "buffers pass through")
        XCTAssertEqual(
            try? codec.decode([WireCodec.delimiter, Array(pythonSignature.uppercased().utf8)] + parts).msgType, "x",
            "hex case does not matter")

        var bad = frames
        bad[2][0] = bad[2][0] == UInt8(ascii: "8") ? UInt8(ascii: "9") : UInt8(ascii: "8")
        XCTAssertThrowsError(try codec.decode(bad)) { XCTAssertEqual($0 as? WireError, .badSignature) }
        XCTAssertThrowsError(try codec.decode([WireCodec.delimiter, []] + parts)) { XCTAssertEqual($0 as? WireError, .badSignature) }
        XCTAssertThrowsError(try codec.decode(Array(frames.prefix(5)))) { XCTAssertEqual($0 as? WireError, .tooFewFrames(3)) }
        XCTAssertThrowsError(try codec.decode(parts)) { XCTAssertEqual($0 as? WireError, .missingDelimiter) }
        // A correctly signed frame that is not a JSON object is refused after the check.
        let junk: [[UInt8]] = [Array("[1]".utf8), [123, 125], [123, 125], [123, 125]]
        XCTAssertThrowsError(try codec.decode([WireCodec.delimiter, codec.sign(junk)] + junk)) {
            guard case .invalidJSON(frame: "header", _)? = $0 as? WireError else { return XCTFail("\($0)") }
        }
    }

    func testEncodeRoundTripsAndNeverWritesNaN() throws {
        let codec = WireCodec(key: Array("k".utf8))
        let factory = MessageFactory(session: "s", username: "u")
        var message = factory.broadcast("stream", JSONObject([("text", .string("héllo ✓\n")), ("x", .double(.nan))]), parent: JSONObject())
        message.buffers = [[9, 9]]
        let frames = codec.encode(message)
        XCTAssertEqual(frames[0], Array("kernel.s.stream".utf8), "iopub topic")
        XCTAssertFalse(String(decoding: frames[6], as: UTF8.self).contains("NaN"))
        let back = try codec.decode(frames)
        XCTAssertEqual(back.content["text"], .string("héllo ✓\n"))
        XCTAssertEqual(back.content["x"], .null)
        XCTAssertEqual(back.buffers, [[9, 9]])
        let date = try XCTUnwrap(back.header["date"]?.stringValue)
        XCTAssertNotNil(date.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z/), date)
        XCTAssertEqual(back.header["version"], .string("5.3"))
        XCTAssertNotEqual(factory.header("a")["msg_id"], factory.header("a")["msg_id"], "fresh msg_id per message")
    }

    func testConstantTimeComparison() {
        XCTAssertTrue(WireCodec.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        XCTAssertFalse(WireCodec.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        XCTAssertFalse(WireCodec.constantTimeEqual([1, 2], [1, 2, 3]))
        XCTAssertNil(WireCodec.unhex(Array("abc".utf8)))
        XCTAssertNil(WireCodec.unhex(Array("zz".utf8)))
    }

    func testConnectionFile() throws {
        let text = #"{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005, "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "swiftray"}"#
        let info = try ConnectionInfo.parse(text)
        XCTAssertEqual(info.endpoint(.shell), "tcp://127.0.0.1:5001")
        XCTAssertEqual(info.endpoint(.hb), "tcp://127.0.0.1:5005")
        XCTAssertEqual(info.key, Array("abc".utf8))
        var ipc = info
        ipc.transport = "ipc"
        ipc.ip = "/tmp/k"
        XCTAssertEqual(ipc.endpoint(.control), "ipc:///tmp/k-5004")
        XCTAssertThrowsError(try ConnectionInfo.parse(text.replacingOccurrences(of: "hmac-sha256", with: "hmac-md5")))
        XCTAssertThrowsError(try ConnectionInfo.parse(#"{"shell_port": 1}"#))
        XCTAssertThrowsError(try ConnectionInfo.parse("[]"))

        let path = NSTemporaryDirectory() + "swiftray-conn-\(getpid()).json"
        defer { unlink(path) }
        let fresh = ConnectionInfo.fresh()
        XCTAssertEqual(fresh.endpoint(.iopub), "tcp://127.0.0.1:*", "fresh kernels bind loopback only")
        try fresh.write(to: path)
        var st = stat()
        XCTAssertEqual(stat(path, &st), 0)
        XCTAssertEqual(st.st_mode & 0o777, 0o600, "the key is readable by its owner only")
        XCTAssertEqual(try ConnectionInfo.read(path: path), fresh)
        XCTAssertEqual(KernelServer.port(of: "tcp://127.0.0.1:40123"), 40123)
        XCTAssertEqual(KernelServer.port(of: "ipc:///tmp/k-5004"), 5004)
    }

    func testHistoryGlobs() {
        func m(_ p: String, _ s: String) -> Bool { GlobPattern.matches(Array(p.unicodeScalars), Array(s.unicodeScalars)) }
        XCTAssertTrue(m("6*7", "6*7"))
        XCTAssertTrue(m("6*7", "6 + 7"))
        XCTAssertFalse(m("6*7", "6*8"))
        XCTAssertTrue(m("*print*", "x = 1\nprint(x)"))
        XCTAssertTrue(m("a?c", "abc"))
        XCTAssertTrue(m("[ab]x", "bx"))
        XCTAssertFalse(m("[!ab]x", "bx"))
        XCTAssertTrue(m("[", "["))
    }
}
