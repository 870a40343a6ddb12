#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened by `open()`: a POSIX file descriptor with user-space read and write buffers, in binary mode
/// (`BufferedReader` / `BufferedWriter` / `BufferedRandom`) or text mode (`TextIOWrapper`: decoding, encoding
/// and newline translation).
///
/// Text reading keeps two buffers: `raw` holds bytes read but not yet decoded (an incomplete sequence at the
/// end of a chunk), `text` holds decoded UTF-8 from `textPos` on. Binary reading uses `raw` from `rawPos`.
/// Writes collect in `pending` and reach the descriptor on `flush`, `close`, seeks, reads, 64 KiB of
/// pending data, or when the object is freed (ARC frees it as soon as the last reference goes, so
/// `open(p, 'w').write(s)` writes at once, as in CPython).
public final class PyFile: PyNativeObject, @unchecked Sendable {
    public private(set) var fd: Int32
    /// The `name` attribute: the path as given, or the descriptor number.
    public let name: Value
    /// The `mode` attribute as CPython shows it (`'r'` for text, `'rb'`, `'rb+'`, `'wb'` for binary).
    public let mode: String
    public let isBinary: Bool
    public let isReadable: Bool
    public let isWritable: Bool
    let closeFD: Bool
    public private(set) var isClosed = false
    /// Text mode only.
    let codec: Codec
    /// The `encoding` attribute (as passed, or the locale's `UTF-8`).
    public let encodingName: String
    public let errors: String
    /// `nil`: universal newlines with translation; `""`: universal without translation; else the terminator.
    let newline: String?

    var raw = ContiguousArray<UInt8>()
    var rawPos = 0
    var text = ContiguousArray<UInt8>()
    var textPos = 0
    var atEOF = false
    var pending = ContiguousArray<UInt8>()
    var wroteBOM = false
    var readCodec: Codec?
    /// `buffering=0` (binary): every write goes straight to the descriptor.
    public var flushEachWrite = false
    /// `buffering=1` (text): a write containing a newline flushes.
    public var lineBuffering = false

    static let chunkSize = 65536
    /// CPython's TextIOWrapper reads 8 KiB at a time; the size shows when writing after reading.
    static let textChunkSize = 8192

    init(
        fd: Int32, name: Value, mode: String, binary: Bool, readable: Bool, writable: Bool, closeFD: Bool,
        codec: Codec, encodingName: String, errors: String, newline: String?, type: PyType
    ) {
        self.fd = fd
        self.name = name
        self.mode = mode
        self.isBinary = binary
        self.isReadable = readable
        self.isWritable = writable
        self.closeFD = closeFD
        self.codec = codec
        self.encodingName = encodingName
        self.errors = errors
        self.newline = newline
        super.init(type: type)
    }

    deinit {
        if !isClosed {
            _ = try? flushPending()
            if closeFD { _ = Glibc.close(fd) }
        }
    }

    // MARK: State checks

    func checkOpen(_ message: String = "I/O operation on closed file.") throws(PyError) {
        if isClosed { throw .valueError(message) }
    }

    func checkReadable() throws(PyError) {
        try checkOpen(isBinary ? "read of closed file" : "I/O operation on closed file.")
        if !isReadable { throw PyFile.unsupported(isBinary ? "read" : "not readable") }
    }

    func checkWritable() throws(PyError) {
        try checkOpen(isBinary ? "write to closed file" : "I/O operation on closed file.")
        if !isWritable { throw PyFile.unsupported(isBinary ? "write" : "not writable") }
    }

    static func unsupported(_ message: String) -> PyError {
        PyError(PyException(type: Builtins.unsupportedOperationType, message: message))
    }

    // MARK: Descriptor I/O

    /// Write every pending byte to the descriptor.
    func flushPending() throws(PyError) {
        var offset = 0
        defer {
            if offset >= pending.count { pending.removeAll(keepingCapacity: true) }
            else if offset > 0 { pending.removeFirst(offset) }
        }
        while offset < pending.count {
            let n = pending.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw PyError.fromErrno(errno)
            }
            offset += n
        }
    }

    /// Read one chunk from the descriptor; empty at end of file.
    func readChunk(_ size: Int = PyFile.chunkSize) throws(PyError) -> ContiguousArray<UInt8> {
        var chunk = ContiguousArray<UInt8>(repeating: 0, count: size)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, size) }
            if n < 0 {
                if errno == EINTR { continue }
                throw PyError.fromErrno(errno)
            }
            chunk.removeLast(size - n)
            return chunk
        }
    }

    /// Before reading: pending writes go out first.
    func prepareRead() throws(PyError) {
        try checkReadable()
        if !pending.isEmpty { try flushPending() }
    }

    /// Before writing: a binary file gives back what it read ahead, so the write lands at the logical
    /// position. A text file does not (CPython's TextIOWrapper writes after its read-ahead chunk).
    func prepareWrite() throws(PyError) {
        try checkWritable()
        if isBinary {
            let unread = try unreadByteCount()
            if unread > 0 { _ = lseek(fd, off_t(-unread), SEEK_CUR) }
        }
        dropReadBuffers()
    }

    func dropReadBuffers() {
        raw.removeAll(keepingCapacity: true)
        rawPos = 0
        text.removeAll(keepingCapacity: true)
        textPos = 0
        atEOF = false
    }

    /// Bytes read from the descriptor that the program has not consumed yet.
    func unreadByteCount() throws(PyError) -> Int {
        if isBinary { return raw.count - rawPos }
        var n = raw.count
        if textPos < text.count {
            let rest = PyStr(utf8: ContiguousArray(text[textPos...]))
            switch codec {
            case .utf8, .utf8sig, .ascii: n += rest.utf8.count
            case .latin1: n += rest.count
            case .utf16, .utf16LE, .utf16BE: n += rest.string.utf16.count * 2
            case .utf32, .utf32LE, .utf32BE: n += rest.count * 4
            }
        }
        return n
    }

    /// The logical position (`tell()`).
    public func position() throws(PyError) -> Int {
        if !pending.isEmpty { try flushPending() }
        let p = lseek(fd, 0, SEEK_CUR)
        if p < 0 { throw PyError.fromErrno(errno) }
        return Int(p) - (try unreadByteCount())
    }

    /// `seek(offset, whence)`, returning the new position.
    public func seek(_ offset: Int, whence: Int) throws(PyError) -> Int {
        if !pending.isEmpty { try flushPending() }
        var target = offset
        var how = SEEK_SET
        switch whence {
        case 0: how = SEEK_SET
        case 1:
            how = SEEK_SET
            target = try position() + offset
        case 2: how = SEEK_END
        default: throw .valueError("invalid whence (\(whence), should be 0, 1 or 2)")
        }
        dropReadBuffers()
        let p = lseek(fd, off_t(target), how)
        if p < 0 { throw PyError.fromErrno(errno) }
        return Int(p)
    }

    public func close() throws(PyError) {
        if isClosed { return }
        defer {
            isClosed = true
            if closeFD { _ = Glibc.close(fd) }
            dropReadBuffers()
        }
        try flushPending()
    }

    // MARK: Binary reading

    /// Fill `raw` until it holds `count` unread bytes (or the file ends).
    func fillRaw(atLeast count: Int) throws(PyError) {
        while raw.count - rawPos < count && !atEOF {
            if rawPos > 0 && rawPos >= raw.count / 2 {
                raw.removeFirst(rawPos)
                rawPos = 0
            }
            let chunk = try readChunk(Swift.max(PyFile.chunkSize, count - (raw.count - rawPos)))
            if chunk.isEmpty { atEOF = true } else { raw.append(contentsOf: chunk) }
        }
    }

    /// `read(n)` of a binary file (`n < 0`: to the end).
    public func readBytes(_ n: Int) throws(PyError) -> ContiguousArray<UInt8> {
        try prepareRead()
        if n < 0 {
            atEOF = false
            while !atEOF { try fillRaw(atLeast: raw.count - rawPos + PyFile.chunkSize) }
        } else {
            if raw.count - rawPos < n { atEOF = false }
            try fillRaw(atLeast: n)
        }
        let take = n < 0 ? raw.count - rawPos : Swift.min(n, raw.count - rawPos)
        let out = ContiguousArray(raw[rawPos..<(rawPos + take)])
        rawPos += take
        if rawPos == raw.count { raw.removeAll(keepingCapacity: true); rawPos = 0 }
        return out
    }

    /// `readline(limit)` of a binary file.
    public func readByteLine(limit: Int) throws(PyError) -> ContiguousArray<UInt8> {
        try prepareRead()
        atEOF = false
        var scanned = rawPos
        while true {
            if let nl = raw[scanned...].firstIndex(of: 0x0A) {
                var end = nl + 1
                if limit >= 0 { end = Swift.min(end, rawPos + limit) }
                let out = ContiguousArray(raw[rawPos..<end])
                rawPos = end
                return out
            }
            if limit >= 0 && raw.count - rawPos >= limit { break }
            let before = raw.count - rawPos
            try fillRaw(atLeast: before + 1)
            scanned = rawPos + before
            if raw.count - rawPos == before { break }
        }
        let take = limit >= 0 ? Swift.min(limit, raw.count - rawPos) : raw.count - rawPos
        let out = ContiguousArray(raw[rawPos..<(rawPos + take)])
        rawPos += take
        return out
    }

    // MARK: Text reading

    /// Read and decode one more chunk; false at end of file.
    func fillText() throws(PyError) -> Bool {
        if atEOF { return false }
        if textPos > 0 && textPos >= text.count / 2 {
            text.removeFirst(textPos)
            textPos = 0
        }
        let chunk = try readChunk(PyFile.textChunkSize)
        if chunk.isEmpty {
            atEOF = true
            if !raw.isEmpty {
                let rest = raw
                raw.removeAll()
                text.append(contentsOf: try resolvedReadCodec().decode(rest, errors: errors).utf8)
                return true
            }
            return false
        }
        raw.append(contentsOf: chunk)
        let c = resolvedReadCodec()
        let complete = PyFile.completePrefix(raw, c)
        if complete > 0 {
            let bytes = complete == raw.count ? raw : ContiguousArray(raw[0..<complete])
            text.append(contentsOf: try c.decode(bytes, errors: errors).utf8)
            raw.removeFirst(complete)
        }
        return true
    }

    /// The codec that decodes this file's bytes: a byte order mark at the start of the file picks the
    /// byte order of UTF-16/32 (and is dropped, as is UTF-8-SIG's signature).
    func resolvedReadCodec() -> Codec {
        if let c = readCodec { return c }
        var c = codec
        switch codec {
        case .utf16:
            c = .utf16LE
            if raw.starts(with: [0xFF, 0xFE]) { raw.removeFirst(2) }
            else if raw.starts(with: [0xFE, 0xFF]) { raw.removeFirst(2); c = .utf16BE }
        case .utf32:
            c = .utf32LE
            if raw.starts(with: [0xFF, 0xFE, 0, 0]) { raw.removeFirst(4) }
            else if raw.starts(with: [0, 0, 0xFE, 0xFF]) { raw.removeFirst(4); c = .utf32BE }
        case .utf8sig:
            c = .utf8
            if raw.starts(with: [0xEF, 0xBB, 0xBF]) { raw.removeFirst(3) }
        default: break
        }
        readCodec = c
        return c
    }

    /// How many leading bytes of `raw` form whole characters (an incomplete sequence waits for more data).
    static func completePrefix(_ raw: ContiguousArray<UInt8>, _ codec: Codec) -> Int {
        switch codec {
        case .ascii, .latin1: return raw.count
        case .utf16, .utf16LE, .utf16BE: return raw.count & ~1
        case .utf32, .utf32LE, .utf32BE: return raw.count & ~3
        case .utf8, .utf8sig:
            var i = raw.count - 1
            var back = 0
            while i >= 0 && back < 3 && raw[i] & 0xC0 == 0x80 {
                i -= 1
                back += 1
            }
            guard i >= 0 else { return raw.count }
            let lead = raw[i]
            let need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0
            return need > back ? i : raw.count
        }
    }

    /// Read text: up to `maxChars` characters (`< 0`: no limit), stopping after a line end when `line`.
    /// Newlines are recognized and translated according to `newline`.
    public func readText(maxChars: Int, line: Bool) throws(PyError) -> PyStr {
        try prepareRead()
        atEOF = false
        var out = ContiguousArray<UInt8>()
        var chars = 0
        let universal = newline == nil || newline == ""
        let translate = newline == nil
        while true {
            if textPos >= text.count {
                if try !fillText() { break }
                continue
            }
            let b = text[textPos]
            if b & 0xC0 == 0x80 {
                out.append(b)
                textPos += 1
                continue
            }
            if maxChars >= 0 && chars >= maxChars { break }
            if b == 0x0D && (universal || newline == "\r\n") {
                if textPos + 1 >= text.count, try fillText() { continue }
                let crlf = textPos + 1 < text.count && text[textPos + 1] == 0x0A
                if crlf && (newline == "\r\n" || !translate) {
                    if maxChars >= 0 && chars + 2 > maxChars && !universal {
                        out.append(b)
                        textPos += 1
                        chars += 1
                        continue
                    }
                    out.append(0x0D)
                    out.append(0x0A)
                    textPos += 2
                    chars += 2
                    if line { break }
                    continue
                }
                if universal {
                    out.append(translate ? 0x0A : 0x0D)
                    textPos += crlf ? 2 : 1
                    chars += 1
                    if line { break }
                    continue
                }
                out.append(b)
                textPos += 1
                chars += 1
                continue
            }
            out.append(b)
            textPos += 1
            chars += 1
            if line && ((b == 0x0A && newline != "\r" && newline != "\r\n") || (b == 0x0D && newline == "\r")) {
                break
            }
        }
        return PyStr(utf8: out, count: nil)
    }

    // MARK: Writing

    /// Queue bytes for the descriptor.
    public func writeBytes(_ bytes: ContiguousArray<UInt8>) throws(PyError) {
        try prepareWrite()
        pending.append(contentsOf: bytes)
        if pending.count >= PyFile.chunkSize { try flushPending() }
    }

    /// Encode and queue text, translating `\n` when `newline` asks for it. Returns the characters written.
    public func writeText(_ s: PyStr) throws(PyError) -> Int {
        try prepareWrite()
        var source = s
        if let nl = newline, nl == "\r" || nl == "\r\n", s.utf8.contains(0x0A) {
            var bytes = ContiguousArray<UInt8>()
            for b in s.utf8 {
                if b == 0x0A { bytes.append(contentsOf: nl.utf8) } else { bytes.append(b) }
            }
            source = PyStr(utf8: bytes)
        }
        var c = codec
        var atStart = !wroteBOM
        if atStart { atStart = try position() == 0 }
        if !atStart {
            if c == .utf16 { c = .utf16LE }
            if c == .utf32 { c = .utf32LE }
            if c == .utf8sig { c = .utf8 }
        }
        wroteBOM = true
        pending.append(contentsOf: try c.encode(source, errors: errors))
        if pending.count >= PyFile.chunkSize { try flushPending() }
        return s.count
    }

    /// `truncate(size)`: the file's new size.
    public func truncate(_ size: Int?) throws(PyError) -> Int {
        try checkOpen(isBinary ? "truncate of closed file" : "I/O operation on closed file.")
        if !isWritable { throw PyFile.unsupported(isBinary ? "truncate" : "truncate") }
        var target = 0
        if let size { target = size } else { target = try position() }
        try flushPending()
        if ftruncate(fd, off_t(target)) != 0 { throw PyError.fromErrno(errno) }
        return target
    }
}

extension PyError {
    /// The OSError subclass CPython raises for `code` (FileNotFoundError for ENOENT, ...), with
    /// `args == (errno, strerror)` and `filename` when given.
    public static func fromErrno(_ code: Int32, filename: Value? = nil, filename2: Value? = nil) -> PyError {
        let message = String(cString: strerror(code))
        let exc = PyException(
            type: Builtins.osErrorSubclass(forErrno: Int(code)),
            args: PyTuple([.int(Int(code)), .str(message)]))
        if let filename { exc.dict!.setItem("filename", filename) }
        if let filename2 { exc.dict!.setItem("filename2", filename2) }
        return PyError(exc)
    }
}
