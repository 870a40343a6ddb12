import ClusterModel

#if canImport(Glibc)
    import Glibc
#endif

/// The node's store for large objects: one file per object under /dev/shm (memory-backed, mode 0600, named
/// with the session's prefix), written once by the process that creates the value (array data copied
/// straight in, see `ObjectLayout`) and read by any process of the node by mapping it read-only, so a
/// `ray.get` of a large array copies nothing. The owner deletes an object's file when its last reference
/// goes; the head removes whatever is left when the session ends.
public enum SharedObjectStore {
    /// Objects at least this large go to shared memory; smaller ones travel inline, as in Ray (100 KiB).
    public static let inlineLimit = 100 * 1024

    /// Create object `id` from `contents`: the stream and each buffer are written once, at their offsets in
    /// the layout, with `pwrite` (measured faster on tmpfs than mapping the new file and copying into it: no
    /// page faults, no separate zeroing pass); padding stays as holes. A full /dev/shm is an error here.
    /// Returns the payload that names it.
    ///
    /// `recycling` names the file of a deleted object (from the head): it becomes this object, so its pages,
    /// already allocated and zeroed, are written over instead of new ones (a plain copy, as Ray's store reuses
    /// its memory); whatever is beyond the new size is cut off.
    public static func create(_ id: ObjectID, _ contents: ObjectContents, session: Session, recycling: String = "")
        throws(RuntimeFailure) -> ObjectPayload
    {
        let path = session.shmPath(id)
        let reused = !recycling.isEmpty && recycling.hasPrefix("/dev/shm/" + session.shmPrefix) && rename(recycling, path) == 0
        let fd = open(path, O_WRONLY | O_CREAT | (reused ? 0 : O_TRUNC) | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw RuntimeFailure("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        do throws(RuntimeFailure) {
            if contents.buffers.isEmpty {
                try writeAll(fd, contents.stream, at: 0, id)
                if reused && ftruncate(fd, off_t(contents.stream.count)) != 0 {
                    throw RuntimeFailure("cannot size object \(id.hex): \(String(cString: strerror(errno)))")
                }
                return .shared(size: contents.stream.count)
            }
            let layout = ObjectLayout(contents)
            try writeAll(fd, layout.header, at: 0, id)
            try writeAll(fd, contents.stream, at: layout.streamOffset, id)
            for (buffer, offset) in zip(contents.buffers, layout.bufferOffsets) { try writeAll(fd, buffer, at: offset, id) }
            guard ftruncate(fd, off_t(layout.total)) == 0 else {
                throw RuntimeFailure("cannot size object \(id.hex): \(String(cString: strerror(errno)))")
            }
            return .shared(size: layout.total)
        } catch {
            unlink(path)
            throw error
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int, _ id: ObjectID) throws(RuntimeFailure) {
        let failure = bytes.withUnsafeBytes { raw -> RuntimeFailure? in
            do throws(RuntimeFailure) {
                try writeAll(fd, raw, at: offset, id)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int, _ id: ObjectID) throws(RuntimeFailure) {
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw RuntimeFailure("cannot write object \(id.hex) to shared memory: \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }

    /// Map object `id` (`size` bytes) read-only: the returned mapping is the object, shared with every
    /// process that maps it, and stays valid while referenced even if the file is deleted meanwhile.
    public static func map(_ id: ObjectID, size: Int, session: Session, populate: Bool = false) throws(RuntimeFailure)
        -> ObjectMapping
    {
        let path = session.shmPath(id)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw RuntimeFailure("object \(id.hex) is not in the object store") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, Int(info.st_size) >= size, size > 0 else {
            throw RuntimeFailure("object \(id.hex) is truncated in the object store")
        }
        guard let base = mmap(nil, size, PROT_READ, MAP_SHARED | (populate ? MAP_POPULATE : 0), fd, 0), base != MAP_FAILED
        else {
            throw RuntimeFailure("cannot map object \(id.hex): \(String(cString: strerror(errno)))")
        }
        return ObjectMapping(base: UnsafeRawPointer(base), count: size)
    }

    public static func delete(_ id: ObjectID, session: Session) { unlink(session.shmPath(id)) }
}
