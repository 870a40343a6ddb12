import BigInt
import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `uuid`: the `UUID` class (from `hex`, `bytes`, `bytes_le`, `fields` or `int`, optional `version`; `str`,
/// `repr`, `hex`, `int`, `bytes`, `bytes_le`, `urn`, `fields` and its parts, `version`, `variant`, ordering,
/// equality and hashing as CPython's), `uuid1` (time-based, random node), `uuid3` (MD5), `uuid4` (random),
/// `uuid5` (SHA-1), the `NAMESPACE_*` constants and `getnode`.
///
/// Left out: `is_safe` (always unknown, not exposed), the MAC address lookup (`getnode` returns a random
/// multicast node fixed per process, as RFC 4122 allows).
enum UuidModule {
    final class PyUUID: PyNativeObject, @unchecked Sendable {  // thread-confined, as every PyObject
        let high: UInt64
        let low: UInt64
        init(type: PyType = UuidModule.uuidType, high: UInt64, low: UInt64) {
            self.high = high
            self.low = low
            super.init(type: type)
        }
        convenience init(bytes: [UInt8]) {
            var h: UInt64 = 0
            var l: UInt64 = 0
            for i in 0..<8 { h = h << 8 | UInt64(bytes[i]) }
            for i in 8..<16 { l = l << 8 | UInt64(bytes[i]) }
            self.init(high: h, low: l)
        }
        var bytes: [UInt8] {
            (0..<8).map { UInt8(truncatingIfNeeded: high >> UInt64(56 - 8 * $0)) }
                + (0..<8).map { UInt8(truncatingIfNeeded: low >> UInt64(56 - 8 * $0)) }
        }
        var integer: BigInt { BigInt(high) << 64 | BigInt(low) }
        var hex: String { String(high, radix: 16).leftPadded(to: 16) + String(low, radix: 16).leftPadded(to: 16) }
        var text: String {
            let h = Array(hex)
            return String(h[0..<8]) + "-" + String(h[8..<12]) + "-" + String(h[12..<16]) + "-" + String(h[16..<20])
                + "-" + String(h[20..<32])
        }
        var variant: String {
            if low & (0x8000 << 48) == 0 { return "reserved for NCS compatibility" }
            if low & (0x4000 << 48) == 0 { return "specified in RFC 4122" }
            if low & (0x2000 << 48) == 0 { return "reserved for Microsoft compatibility" }
            return "reserved for future definition"
        }
        var version: Int? { variant == "specified in RFC 4122" ? Int((high >> 12) & 0xF) : nil }

        /// A copy with the RFC 4122 variant and the given version set.
        func withVersion(_ v: Int) -> PyUUID {
            let l = (low & ~(0xC000 << 48)) | (0x8000 << 48)
            let h = (high & ~0xF000) | (UInt64(v) << 12)
            return PyUUID(type: type, high: h, low: l)
        }
    }

    static func uuid(_ v: Value) throws(PyError) -> PyUUID { try Lib.receiver(v, PyUUID.self, "uuid.UUID") }

    static func parseHex(_ text: String) -> PyUUID? {
        var s = Substring(text)
        if s.hasPrefix("urn:") { s = s.dropFirst(4) }
        if s.hasPrefix("uuid:") { s = s.dropFirst(5) }
        s = s.drop { $0 == "{" }
        while s.last == "}" { s = s.dropLast() }
        let digits = s.filter { $0 != "-" }
        guard digits.count == 32, let h = UInt64(digits.prefix(16), radix: 16),
            let l = UInt64(digits.suffix(16), radix: 16)
        else { return nil }
        return PyUUID(high: h, low: l)
    }

    static let uuidType: PyType = {
        let t = Lib.makeType("UUID", module: "uuid", kind: .native)
        t.constructor = { (interp, type, args) throws(PyError) -> Value in
            let a = try Lib.bind(
                "UUID", args, ["hex", "bytes", "bytes_le", "fields", "int", "version", "is_safe"], positionalCount: 6)
            let given = a[0..<5].filter { $0 != nil && !$0!.isNone }.count
            if given != 1 {
                throw .typeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
            }
            var made: PyUUID
            if let hexValue = a[0], !hexValue.isNone {
                guard let text = hexValue.asStr?.string, let u = parseHex(text) else {
                    throw .valueError("badly formed hexadecimal UUID string")
                }
                made = u
            } else if let b = a[1], !b.isNone {
                guard let bytes = b.asObject as? PyBytes, bytes.bytes.count == 16 else {
                    throw .valueError("bytes is not a 16-char string")
                }
                made = PyUUID(bytes: Array(bytes.bytes))
            } else if let b = a[2], !b.isNone {
                guard let bytes = b.asObject as? PyBytes, bytes.bytes.count == 16 else {
                    throw .valueError("bytes_le is not a 16-char string")
                }
                let le = Array(bytes.bytes)
                made = PyUUID(bytes: le[0..<4].reversed() + le[4..<6].reversed() + le[6..<8].reversed() + le[8...])
            } else if let f = a[3], !f.isNone {
                let parts = try interp.iterate(f).map { (x) throws(PyError) in try Lib.indexBigInt(interp, x) }
                guard parts.count == 6 else { throw .valueError("fields is not a 6-tuple") }
                let limits: [(Int, String)] = [
                    (32, "time_low"), (16, "time_mid"), (16, "time_hi_version"), (8, "clock_seq_hi_variant"),
                    (8, "clock_seq_low"), (48, "node"),
                ]
                var value = BigInt(0)
                for (i, (bits, name)) in limits.enumerated() {
                    if parts[i] < 0 || parts[i] >= BigInt(1) << bits {
                        throw .valueError("field \(i + 1) out of range (need a \(bits)-bit value)")
                    }
                    _ = name
                    value = value << bits | parts[i]
                }
                made = PyUUID(high: UInt64(value >> 64), low: UInt64(truncatingIfNeeded: value))
            } else {
                let n = try Lib.indexBigInt(interp, a[4]!)
                if n < 0 || n >= BigInt(1) << 128 { throw .valueError("int is out of range (need a 128-bit value)") }
                made = PyUUID(high: UInt64(n >> 64), low: UInt64(truncatingIfNeeded: n))
            }
            if let v = a[5], !v.isNone {
                let version = try interp.intArgument(v)
                if version < 1 || version > 5 { throw .valueError("illegal version number") }
                made = made.withVersion(version)
            }
            return .object(type === uuidType ? made : PyUUID(type: type, high: made.high, low: made.low))
        }
        installAttributes(t)
        installComparisons(t)
        return t
    }()

    static func installAttributes(_ t: PyType) {
        let attributes: [(String, (PyUUID) -> Value)] = [
            ("hex", { .str($0.hex) }),
            ("int", { PyBigInt.make($0.integer) }),
            ("bytes", { .object(PyBytes($0.bytes)) }),
            (
                "bytes_le",
                { u in
                    let b = u.bytes
                    return .object(
                        PyBytes(Array(b[0..<4].reversed() + b[4..<6].reversed() + b[6..<8].reversed() + b[8...])))
                }
            ),
            ("urn", { .str("urn:uuid:" + $0.text) }),
            ("time_low", { .int(Int($0.high >> 32)) }),
            ("time_mid", { .int(Int(($0.high >> 16) & 0xFFFF)) }),
            ("time_hi_version", { .int(Int($0.high & 0xFFFF)) }),
            ("clock_seq_hi_variant", { .int(Int($0.low >> 56)) }),
            ("clock_seq_low", { .int(Int(($0.low >> 48) & 0xFF)) }),
            ("node", { .int(Int($0.low & 0xFFFF_FFFF_FFFF)) }),
            ("clock_seq", { .int(Int(($0.low >> 48) & 0x3FFF)) }),
            ("time", { u in .int(Int((u.high & 0x0FFF) << 48 | ((u.high >> 16) & 0xFFFF) << 32 | (u.high >> 32))) }),
            ("variant", { .str($0.variant) }),
            ("version", { $0.version.map { .int($0) } ?? .none }),
        ]
        for (name, get) in attributes {
            Builtins.attribute(t, name) { (_, v) throws(PyError) -> Value in get(try uuid(v)) }
        }
        Builtins.attribute(t, "fields") { (interp, v) throws(PyError) -> Value in
            var items: [Value] = []
            for name in ["time_low", "time_mid", "time_hi_version", "clock_seq_hi_variant", "clock_seq_low", "node"] {
                items.append(try interp.getAttribute(v, name))
            }
            return .object(PyTuple(items))
        }
        Lib.method(t, "__str__") { (_, v, _) throws(PyError) -> Value in .str(try uuid(v).text) }
        Lib.method(t, "__repr__") { (_, v, _) throws(PyError) -> Value in .str("\(v.type.name)('\(try uuid(v).text)')") }
        Lib.method(t, "__int__") { (_, v, _) throws(PyError) -> Value in PyBigInt.make(try uuid(v).integer) }
        Lib.method(t, "__hash__") { (_, v, _) throws(PyError) -> Value in
            .int(try Interpreter.hash(PyBigInt.make(try uuid(v).integer), nil))
        }
        Builtins.attribute(t, "__dict__") { (_, v) throws(PyError) -> Value in
            throw .attributeError("'UUID' object has no attribute '__dict__'")
        }
    }

    static func installComparisons(_ t: PyType) {
        let tests: [(String, (Int) -> Bool)] = [
            ("__eq__", { $0 == 0 }), ("__ne__", { $0 != 0 }), ("__lt__", { $0 < 0 }), ("__le__", { $0 <= 0 }),
            ("__gt__", { $0 > 0 }), ("__ge__", { $0 >= 0 }),
        ]
        for (name, test) in tests {
            Lib.method(t, name) { (_, v, args) throws(PyError) -> Value in
                guard let a = v.asObject as? PyUUID, let b = args[0].asObject as? PyUUID else {
                    return Builtins.notImplemented
                }
                let c = a.high != b.high ? (a.high < b.high ? -1 : 1) : (a.low == b.low ? 0 : (a.low < b.low ? -1 : 1))
                return .bool(test(c))
            }
        }
    }

    // MARK: Module

    static let node: UInt64 = {
        var bytes = [UInt8](repeating: 0, count: 8)
        _ = bytes.withUnsafeMutableBytes { RandomSource.bytes($0) }
        let n = bytes.prefix(6).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return n | (1 << 40)  // the multicast bit marks a node id that is not a MAC address
    }()

    final class Clock: @unchecked Sendable {  // lastTimestamp guarded by lock
        var lastTimestamp: UInt64 = 0
        let lock = NSLockLite()
    }
    static let clock = Clock()

    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "uuid")
        m.set("UUID", .object(uuidType))
        m.set("RESERVED_NCS", .str("reserved for NCS compatibility"))
        m.set("RFC_4122", .str("specified in RFC 4122"))
        m.set("RESERVED_MICROSOFT", .str("reserved for Microsoft compatibility"))
        m.set("RESERVED_FUTURE", .str("reserved for future definition"))
        for (name, last) in [
            ("NAMESPACE_DNS", "0"), ("NAMESPACE_URL", "1"), ("NAMESPACE_OID", "2"), ("NAMESPACE_X500", "4"),
        ] {
            m.set(name, .object(parseHex("6ba7b81\(last)-9dad-11d1-80b4-00c04fd430c8")!))
        }
        Lib.function(m, "uuid4") { (interp, args) throws(PyError) -> Value in
            try args.expect("uuid4", min: 0, max: 0)
            var bytes = [UInt8](repeating: 0, count: 16)
            if !bytes.withUnsafeMutableBytes({ RandomSource.bytes($0) }) { throw Lib.osError(interp, errno) }
            return .object(PyUUID(bytes: bytes).withVersion(4))
        }
        for (name, version) in [("uuid3", 3), ("uuid5", 5)] {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 2, max: 2)
                guard let namespace = args[0].asObject as? PyUUID else {
                    throw .attributeError("'\(args[0].typeName)' object has no attribute 'bytes'")
                }
                var data = namespace.bytes
                if let s = args[1].asStr {
                    data += Array(s.utf8)
                } else if let b = args[1].asObject as? PyBytes {
                    data += Array(b.bytes)
                } else {
                    throw .typeError("can't concat \(args[1].typeName) to bytes")
                }
                let digest = version == 3 ? Digests.md5(data) : Digests.sha1(data)
                return .object(PyUUID(bytes: Array(digest.prefix(16))).withVersion(version))
            }
        }
        Lib.function(m, "uuid1") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("uuid1", args, ["node", "clock_seq"])
            let nodeValue =
                try a[0].flatMap { $0.isNone ? nil : $0 }.map { (v) throws(PyError) in UInt64(try interp.intArgument(v))
                } ?? node
            let timestamp: UInt64 = clock.lock.withLock {
                var t = UInt64(LibraryClock.nanoseconds(CLOCK_REALTIME) / 100) + 0x01B2_1DD2_1381_4000
                if t <= clock.lastTimestamp { t = clock.lastTimestamp + 1 }
                clock.lastTimestamp = t
                return t
            }
            var seq = UInt64.random(in: 0..<(1 << 14))
            if let c = a[1], !c.isNone { seq = UInt64(try interp.intArgument(c)) & 0x3FFF }
            let high =
                (timestamp & 0xFFFF_FFFF) << 32 | ((timestamp >> 32) & 0xFFFF) << 16 | ((timestamp >> 48) & 0x0FFF)
            let low = seq << 48 | (nodeValue & 0xFFFF_FFFF_FFFF)
            return .object(PyUUID(high: high, low: low).withVersion(1))
        }
        Lib.function(m, "getnode") { (_, _) throws(PyError) -> Value in .int(Int(node)) }
        return m
    }
}
