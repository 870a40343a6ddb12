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

    /// Fresh memory of `byteCount` bytes, zero-filled when `zeroed` (calloc: the kernel's zero pages cost
    /// nothing until written, as for numpy's `zeros`).
    init(byteCount: Int, zeroed: Bool = false) {
        let size = Swift.max(byteCount, 1)
        let p = zeroed ? calloc(size, 1) : malloc(size)
        guard let p else { fatalError("numpy: cannot allocate \(byteCount) bytes") }
        self.base = p
        self.byteCount = byteCount
        self.isWritable = true
        self.owner = nil
        self.ownsMemory = true
    }

    /// Memory that belongs to someone else, kept alive by `owner`.
    init(borrowing base: UnsafeRawPointer, byteCount: Int, writable: Bool, owner: AnyObject?) {
        self.base = UnsafeMutableRawPointer(mutating: base)
        self.byteCount = byteCount
        self.isWritable = writable
        self.owner = owner
        self.ownsMemory = false
    }

    deinit {
        if ownsMemory { free(base) }
    }
}
