#if canImport(Glibc)
    import Glibc
#endif

/// The memory behind one or more arrays. An array either owns its memory (allocated here, freed in `deinit`)
/// or borrows it: an out-of-band buffer of a deserialized value, a mapping of the shared object store. A
/// borrowed block is kept alive by `owner`, so the mapping stays pinned while any array over it lives.
/// Views (slices, transposes, reshapes) share the storage of the array they come from.
final class ArrayStorage: @unchecked Sendable {  // thread-confined like every interpreter object
    let base: UnsafeMutableRawPointer
    let byteCount: Int
    /// False when the memory must not be written (a sealed object of the store): every array over it is
    /// read-only and cannot be made writeable.
    let isWritable: Bool
    /// What keeps borrowed memory alive; nil when this storage owns its memory.
    let owner: AnyObject?
    private let ownsMemory: Bool
    /// True when the memory is an anonymous mapping of its own (large arrays), freed with munmap.
    private let isMapped: Bool

    /// Arrays from this size on get their own mapping with transparent huge pages (as numpy asks the kernel
    /// with madvise for large arrays): one page fault per 2 MiB instead of per 4 KiB when first written.
    static let mappingThreshold = 4 << 20

    /// Fresh memory of `byteCount` bytes, zero-filled when `zeroed` (calloc, or a fresh mapping: the kernel's
    /// zero pages cost nothing until written, as for numpy's `zeros`). Nil when the system refuses the memory.
    init?(allocating byteCount: Int, zeroed: Bool = false) {
        self.byteCount = byteCount
        self.isWritable = true
        self.owner = nil
        self.ownsMemory = true
        if byteCount >= Self.mappingThreshold {
            guard let p = mmap(nil, byteCount, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
                p != MAP_FAILED
            else { return nil }
            _ = madvise(p, byteCount, 14)  // MADV_HUGEPAGE
            self.base = p
            self.isMapped = true
            return
        }
        let size = Swift.max(byteCount, 1)
        guard let p = zeroed ? calloc(size, 1) : malloc(size) else { return nil }
        self.base = p
        self.isMapped = false
    }

    /// Fresh memory for results whose size follows from arrays that exist already; running out of memory
    /// there stops the process, as for any other allocation of the interpreter.
    convenience init(byteCount: Int, zeroed: Bool = false) {
        self.init(allocating: byteCount, zeroed: zeroed)!
    }

    /// Memory that belongs to someone else, kept alive by `owner`.
    init(borrowing base: UnsafeRawPointer, byteCount: Int, writable: Bool, owner: AnyObject?) {
        self.base = UnsafeMutableRawPointer(mutating: base)
        self.byteCount = byteCount
        self.isWritable = writable
        self.owner = owner
        self.ownsMemory = false
        self.isMapped = false
    }

    deinit {
        if isMapped {
            munmap(base, byteCount)
        } else if ownsMemory {
            free(base)
        }
    }
}
