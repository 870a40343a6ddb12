import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// How arrays and numpy scalars travel between processes. In band: the metadata (dtype, shape) followed by the
/// C-ordered bytes. Out of band (whenever the writer allows it, as pickle protocol 5 does): only the metadata
/// travels in the stream and the data is a buffer over the array's own memory, which the object store copies
/// once; the reader builds the array over the buffer it is given without copying, read-only when the buffer
/// is (a sealed object mapped from the store), keeping the buffer, and so the mapping, alive.
enum ArrayCodec {
    static let kind = "numpy.ndarray"
    static let scalarKind = "numpy.generic"

    static func register() {
        let codec = ExternalValueCodec(
            kind: kind,
            encode: { (_, object) throws(PyError) -> [UInt8] in
                let a = object as! PyNDArray
                var out = metadata(a.dtype, a.shape)
                let c = a.contiguous()
                out.append(contentsOf: UnsafeRawBufferPointer(start: c.data, count: c.nbytes))
                return out
            },
            decode: { (_, bytes) throws(PyError) -> Value in
                let (dtype, shape, headerLength) = try readMetadata(bytes)
                let a = PyNDArray(dtype: dtype, shape: shape)
                guard bytes.count - headerLength == a.nbytes else { throw corrupt("array data has the wrong length") }
                bytes.withUnsafeBytes { raw in
                    if a.nbytes > 0 { memcpy(a.data, raw.baseAddress! + headerLength, a.nbytes) }
                }
                return .object(a)
            },
            encodeOutOfBand: { (_, object) throws(PyError) -> (meta: [UInt8], buffer: OutOfBandBuffer)? in
                let a = object as! PyNDArray
                let c = a.contiguous()
                let buffer = OutOfBandBuffer(base: c.data, count: c.nbytes, isWritable: false, owner: c.storage)
                return (metadata(a.dtype, a.shape), buffer)
            },
            decodeOutOfBand: { (_, meta, buffer) throws(PyError) -> Value in
                let (dtype, shape, headerLength) = try readMetadata(meta)
                guard headerLength == meta.count else { throw corrupt("trailing bytes after array metadata") }
                let count = shape.reduce(1, *) * dtype.itemSize
                guard buffer.count == count else { throw corrupt("out-of-band buffer has the wrong length") }
                let storage = ArrayStorage(
                    borrowing: buffer.base, byteCount: count, writable: buffer.isWritable, owner: buffer)
                return .object(
                    PyNDArray(
                        storage: storage, dtype: dtype, shape: shape,
                        strides: PyNDArray.contiguousStrides(shape, dtype.itemSize)))
            })
        ExternalValueCodecs.register(codec, for: NDArrayType.type)
        let scalarCodec = ExternalValueCodec(
            kind: scalarKind,
            encode: { (_, object) throws(PyError) -> [UInt8] in
                let a = object as! PyNDArray
                var out = metadata(a.dtype, [])
                out.append(contentsOf: UnsafeRawBufferPointer(start: a.data, count: a.dtype.itemSize))
                return out
            },
            decode: { (_, bytes) throws(PyError) -> Value in
                let (dtype, shape, headerLength) = try readMetadata(bytes)
                guard shape.isEmpty, bytes.count - headerLength == dtype.itemSize else {
                    throw corrupt("bad numpy scalar")
                }
                let value = bytes.withUnsafeBytes { NumpyValue.load(dtype, $0.baseAddress! + headerLength) }
                return .object(NumpyBridge.scalar(dtype, value))
            })
        for d in DType.allCases { ExternalValueCodecs.register(scalarCodec, for: ScalarTypes.type(for: d)) }
    }

    static func corrupt(_ message: String) -> PyError { .valueError("corrupt serialized array: \(message)") }

    /// dtype (1 byte), ndim (1 byte), then each length as 8 bytes little-endian.
    static func metadata(_ dtype: DType, _ shape: [Int]) -> [UInt8] {
        var out: [UInt8] = [UInt8(dtype.rawValue), UInt8(shape.count)]
        for n in shape {
            withUnsafeBytes(of: UInt64(n).littleEndian) { out.append(contentsOf: $0) }
        }
        return out
    }

    static func readMetadata(_ bytes: [UInt8]) throws(PyError) -> (DType, [Int], Int) {
        guard bytes.count >= 2, let dtype = DType(rawValue: Int(bytes[0])) else { throw corrupt("bad dtype") }
        let ndim = Int(bytes[1])
        guard bytes.count >= 2 + 8 * ndim else { throw corrupt("truncated shape") }
        var shape: [Int] = []
        var total = 1
        for i in 0..<ndim {
            var n: UInt64 = 0
            for b in 0..<8 { n |= UInt64(bytes[2 + 8 * i + b]) << (8 * UInt64(b)) }
            guard n < UInt64(1 << 48) else { throw corrupt("bad length") }
            shape.append(Int(n))
            let (product, overflow) = total.multipliedReportingOverflow(by: Int(n))
            guard !overflow, product < 1 << 48 else { throw corrupt("array too large") }
            total = product
        }
        return (dtype, shape, 2 + 8 * ndim)
    }
}
