import ClusterModel

#if canImport(Glibc)
    import Glibc
#endif

/// The node's store for large objects: one file per object under /dev/shm (memory-backed, mode 0600, named
/// with the session's prefix), written once by the process that creates the value and read by any process of
/// the node. The owner deletes an object's file when its last reference goes; the head removes whatever is
/// left when the session ends. (Capacity, eviction and spilling arrive with the object-store issue.)
public enum SharedObjectStore {
    /// Objects at least this large go to shared memory; smaller ones travel inline, as in Ray (100 KiB).
    public static let inlineLimit = 100 * 1024

    /// Write `bytes` as object `id`; returns the payload that names it.
    public static func create(_ id: ObjectID, _ bytes: [UInt8], session: Session) throws(RuntimeFailure)
        -> ObjectPayload
    {
        let path = session.shmPath(id)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw RuntimeFailure("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let message = String(cString: strerror(errno))
                unlink(path)
                throw RuntimeFailure("cannot write object \(id.hex) to shared memory: \(message)")
            }
            offset += n
        }
        return .shared(size: bytes.count)
    }

    /// Read object `id` (`size` bytes).
    public static func read(_ id: ObjectID, size: Int, session: Session) throws(RuntimeFailure) -> [UInt8] {
        let path = session.shmPath(id)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw RuntimeFailure("object \(id.hex) is not in the object store") }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + offset, size - offset) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw RuntimeFailure("object \(id.hex) is truncated in the object store") }
            offset += n
        }
        return bytes
    }

    public static func delete(_ id: ObjectID, session: Session) { unlink(session.shmPath(id)) }
}
