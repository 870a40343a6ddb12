import ClusterModel

#if canImport(Glibc)
    import Glibc
#endif

/// The node's object store as the head manages it: which large objects exist, how much shared memory they
/// take against the capacity (`object_store_memory`, 30% of the machine's memory by default), and which are
/// spilled to disk under `<session>/spill/`.
///
/// Creating an object first reserves its size here. When it does not fit, sealed objects are spilled, least
/// recently created or restored first: each is copied to its spill file in large sequential writes (once:
/// a restored object keeps its spill file, so spilling it again only drops the memory copy) and its
/// /dev/shm file is deleted. A process that has the object mapped keeps its pages until it unmaps them, so
/// while such a value lives, memory in use can exceed the capacity by that much; the store counts the object
/// as gone from memory and never loses it: a get that finds no /dev/shm file asks for a restore, which makes
/// room the same way and copies the spill file back. An object larger than the whole capacity is still
/// created, after everything else is spilled. The last reference decides deletion, from memory and disk.
///
/// A deleted object's /dev/shm file (1 MiB or more) is kept for two seconds, with its pages, for a new object
/// to take over: writing into pages that exist is a plain copy, while fresh pages must first be allocated
/// and zeroed by the kernel (Ray's store reuses its memory the same way, for good). Kept files count as
/// used and go first when room is needed.
///
/// Spill and restore copies run on the head's thread (Ray hands them to I/O workers); while one runs, other
/// requests wait.
final class NodeObjectStore {
    struct Entry {
        var size: Int
        var owner: String
        var inMemory = true
        var onDisk = false
        var sealed = false
        var lastUse: UInt64
    }

    let session: Session
    let capacity: Int
    var entries: [ObjectID: Entry] = [:]
    var used = 0
    var clock: UInt64 = 0
    var stats: StoreStats
    /// Spilled bytes at which the next "(raylet) Spilled ..." notice goes to the driver (Ray's
    /// RAY_verbose_spill_logs, 2 GiB by default; 0 turns the notices off).
    var nextNotice: Int
    let noticesEnabled: Bool
    let unlinker = BackgroundUnlinker()
    /// Files of deleted objects kept with their pages for new objects to take over (Ray's store reuses its
    /// memory the same way); they count as used, and go first when room is needed.
    var pool: [(path: String, size: Int, since: Double)] = []
    var pooled = 0
    /// Objects at least this large are pooled when deleted.
    static let poolMinimum = 1 << 20
    /// Seconds a pooled file waits for a new object before its memory is given back.
    static let poolLifetime = 2.0

    init(session: Session, capacity: Int) {
        self.session = session
        self.capacity = capacity
        stats = StoreStats(capacity: capacity)
        var threshold = 2 * 1024 * 1024 * 1024
        if let raw = getenv("RAY_verbose_spill_logs"), let value = Int(String(cString: raw)) { threshold = value }
        noticesEnabled = threshold > 0
        nextNotice = max(threshold, 1)
    }

    var spillDirectory: String { session.directory + "/spill" }
    func spillPath(_ id: ObjectID) -> String { spillDirectory + "/" + id.hex }

    /// Room for a new object: a recycled file for it when one fits (nil: a new file), and the notices to
    /// print on the driver (spilling happened).
    func reserve(_ id: ObjectID, size: Int, owner: String) -> (recycled: String?, notices: [String]) {
        clock += 1
        if let old = entries[id], old.inMemory { used -= old.size }
        entries[id] = Entry(size: size, owner: owner, lastUse: clock)
        // The smallest pooled file that holds the object (and wastes less than half of itself).
        var recycled: String?
        if let best = pool.indices.filter({ pool[$0].size >= size && pool[$0].size / 2 <= size })
            .min(by: { pool[$0].size < pool[$1].size })
        {
            recycled = pool[best].path
            used -= pool[best].size
            pool.remove(at: best)
        }
        let notices = makeRoom(for: size, except: id)
        used += size
        return (recycled, notices)
    }

    func seal(_ id: ObjectID) { entries[id]?.sealed = true }

    /// Copy a spilled object back into shared memory. False when the object is unknown (deleted).
    func restore(_ id: ObjectID) -> (ok: Bool, notices: [String]) {
        guard var entry = entries[id] else { return (false, []) }
        if entry.inMemory { return (true, []) }
        let notices = makeRoom(for: entry.size, except: id)
        let start = monotonicSeconds()
        guard copyFile(from: spillPath(id), to: session.shmPath(id)) else {
            RuntimeLog.error("cannot restore object \(id.hex) from \(spillPath(id))")
            return (false, notices)
        }
        clock += 1
        entry.inMemory = true
        entry.lastUse = clock
        entries[id] = entry
        used += entry.size
        stats.restoredBytes += entry.size
        stats.restoredObjects += 1
        stats.restoreSeconds += monotonicSeconds() - start
        RuntimeLog.info("Restored \(mib(entry.size)) MiB, 1 objects (\(id.hex))")
        return (true, notices)
    }

    /// The last reference went: remove every copy.
    func delete(_ id: ObjectID) {
        guard let entry = entries.removeValue(forKey: id) else {
            unlinker.unlinkLater(session.shmPath(id))  // created before the store knew it, or a lost reservation
            return
        }
        if entry.inMemory {
            pooled += 1
            let aside = "/dev/shm/" + session.shmPrefix + "pool-\(pooled)"
            if entry.sealed && entry.size >= Self.poolMinimum && rename(session.shmPath(id), aside) == 0 {
                pool.append((aside, entry.size, monotonicSeconds()))
            } else {
                used -= entry.size
                unlinker.unlinkLater(session.shmPath(id))
            }
        }
        if entry.onDisk { unlinker.unlinkLater(spillPath(id)) }
    }

    /// Give back the memory of pooled files nobody took within `poolLifetime` seconds: a deleted object's
    /// memory stays only while new objects are being made.
    func trimPool() {
        let now = monotonicSeconds()
        while let file = pool.first, now - file.since > Self.poolLifetime {
            pool.removeFirst()
            used -= file.size
            unlinker.unlinkLater(file.path)
        }
    }

    /// Spill sealed objects, oldest use first, until `size` more bytes fit.
    func makeRoom(for size: Int, except id: ObjectID) -> [String] {
        while used + size > capacity, let file = pool.first {
            pool.removeFirst()
            used -= file.size
            unlinker.unlinkLater(file.path)
        }
        guard used + size > capacity else { return [] }
        let candidates = entries.filter { $0.key != id && $0.value.inMemory && $0.value.sealed }
            .sorted { $0.value.lastUse < $1.value.lastUse }
        var spilledNow = 0
        for (victim, _) in candidates where used + size > capacity {
            if spill(victim) { spilledNow += 1 }
        }
        guard spilledNow > 0, noticesEnabled, stats.spilledBytes >= nextNotice else { return [] }
        // As Ray: the next notice once 20% more has been spilled.
        nextNotice = stats.spilledBytes + max(stats.spilledBytes / 5, 1)
        let throughput = stats.spillSeconds > 0 ? Int(Double(stats.spilledBytes) / 1_048_576 / stats.spillSeconds) : 0
        return [
            "Spilled \(mib(stats.spilledBytes)) MiB, \(stats.spilledObjects) objects, write throughput \(throughput) MiB/s. "
                + "Set RAY_verbose_spill_logs=0 to disable this message."
        ]
    }

    func spill(_ id: ObjectID) -> Bool {
        guard var entry = entries[id], entry.inMemory else { return false }
        let start = monotonicSeconds()
        if !entry.onDisk {
            mkdir(spillDirectory, 0o700)
            guard copyFile(from: session.shmPath(id), to: spillPath(id)) else {
                RuntimeLog.error("cannot spill object \(id.hex) to \(spillPath(id))")
                return false
            }
            entry.onDisk = true
            stats.spilledBytes += entry.size
            stats.spilledObjects += 1
            stats.spillSeconds += monotonicSeconds() - start
        }
        unlinker.unlinkLater(session.shmPath(id))
        entry.inMemory = false
        entries[id] = entry
        used -= entry.size
        RuntimeLog.info("Spilled object \(id.hex), \(entry.size) bytes, to \(spillPath(id))")
        return true
    }

    /// The object table and totals, for `swiftray memory` and `list_objects`.
    var table: QueryResult {
        var s = stats
        s.used = used
        s.reusable = pool.reduce(0) { $0 + $1.size }
        let rows = entries.sorted { $0.value.lastUse < $1.value.lastUse }.map { id, e in
            StoreObjectRecord(
                objectID: id, size: e.size, location: e.inMemory ? (e.onDisk ? .both : .sharedMemory) : .spilled,
                owner: e.owner)
        }
        return .objects(rows, s)
    }

    func mib(_ bytes: Int) -> Int { bytes / 1_048_576 }

    /// Copy a whole file in large sequential blocks (the kernel's `sendfile`, falling back to read/write).
    func copyFile(from source: String, to destination: String) -> Bool {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { return false }
        defer { close(input) }
        let temporary = destination + ".partial"
        let output = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard output >= 0 else { return false }
        var info = stat()
        fstat(input, &info)
        var remaining = Int(info.st_size)
        var ok = true
        while remaining > 0 {
            let n = sendfile(output, input, nil, min(remaining, 1 << 30))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                ok = false
                break
            }
            remaining -= n
        }
        close(output)
        guard ok, rename(temporary, destination) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}

/// Deletes files on a thread of its own: unlinking a 1 GiB /dev/shm file frees its pages and takes a
/// noticeable fraction of a second, which the head's thread (the scheduler) must not wait for. The name is
/// taken away at once (renamed aside), so a new file of the same name (an object restored, a task's result
/// written again) can never be the one deleted later.
final class BackgroundUnlinker: @unchecked Sendable {  // `paths`, `stopped`, `renamed` are guarded by `monitor`
    private let monitor = Monitor()
    private var paths: [String] = []
    private var stopped = false
    private var renamed = 0
    private var thread: pthread_t?

    init() {
        let unmanaged = Unmanaged.passRetained(self)
        var t = pthread_t()
        let rc = pthread_create(&t, nil, { raw in
            let me = Unmanaged<BackgroundUnlinker>.fromOpaque(raw!).takeRetainedValue()
            me.run()
            return nil
        }, unmanaged.toOpaque())
        if rc == 0 { thread = t } else { unmanaged.release() }
    }

    /// Delete `path` soon (at once, on the caller's thread, if the worker thread could not start).
    func unlinkLater(_ path: String) {
        guard thread != nil else {
            unlink(path)
            return
        }
        monitor.withLock {
            renamed += 1
            let aside = path + ".deleting-\(renamed)"
            guard rename(path, aside) == 0 else { return }
            paths.append(aside)
            monitor.broadcast()
        }
    }

    /// Delete what is queued and end the thread.
    func stop() {
        monitor.withLock {
            stopped = true
            monitor.broadcast()
        }
        if let thread { pthread_join(thread, nil) }
        thread = nil
    }

    private func run() {
        while true {
            let batch: [String]? = monitor.withLock {
                while paths.isEmpty && !stopped { monitor.wait(seconds: 1) }
                if paths.isEmpty && stopped { return nil }
                defer { paths = [] }
                return paths
            }
            guard let batch else { return }
            for path in batch { unlink(path) }
        }
    }
}
