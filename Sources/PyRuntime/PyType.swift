/// A Python type object: builtin (`int`, `list`, ...) or created by a class statement.
///
/// Attribute lookup walks `mro` (computed with C3 linearization, as CPython). `instanceKind` is the Swift class
/// its instances are made of: a user class inherits it from its "solid base" (`class E(Exception)` makes
/// `PyException`s, `class D(dict)` makes `PyDict`s). Builtin types are immutable from Python.
public final class PyType: PyObject, @unchecked Sendable {
    /// How a builtin type makes instances when called: `(interpreter, the type being instantiated (maybe a
    /// subclass), arguments)`. Plays the role of `__new__`, and of `__init__` for builtins that have none.
    public typealias Constructor = (Interpreter, PyType, Args) throws(PyError) -> Value

    public var name: String
    public var qualifiedName: String
    public var moduleName: String
    public internal(set) var bases: [PyType]
    public internal(set) var mro: [PyType]
    public let instanceKind: ObjectKind
    public let isBuiltin: Bool
    /// Builtin constructor, inherited by subclasses through `mro` lookup in `findConstructor`.
    public var constructor: Constructor?
    /// Whether operators and protocols consult this type's dunder methods (user classes and library types
    /// implemented as native objects), rather than the Swift implementation chosen by object kind.
    @inline(__always) public var dispatchesDunders: Bool { !isBuiltin || instanceKind == .native }

    /// True when `BaseException` is in the MRO.
    public internal(set) var isException = false
    /// Bumped whenever the namespace of this type (or of a base) changes, to invalidate caches.
    public internal(set) var version: UInt32 = 0
    /// The attribute names instances may have when every class in the MRO declares `__slots__` (nil when
    /// instances have a `__dict__`). Storage still uses a dict; only the set of names is enforced.
    public internal(set) var slotNames: Set<String>?
    /// Types that list this one as a base (for cache invalidation).
    var subclasses: [Unowned<PyType>] = []
    /// True when no class of the MRO overrides `__getattribute__`, `__getattr__`, `__setattr__` or
    /// `__delattr__`, so attribute access can take the VM's fast path. Recomputed after namespace changes.
    var hasPlainAttributeAccess: Bool {
        if let known = plainAccessCache { return known }
        var plain = true
        for hook in ["__getattribute__", "__getattr__", "__setattr__", "__delattr__"]
        where userAttribute(PyStr.intern(hook)) != nil {
            plain = false
        }
        plainAccessCache = plain
        return plain
    }
    private var plainAccessCache: Bool?

    /// Identifies this type's current namespace contents in `MethodCache`; replaced whenever the namespace
    /// (or a base's) changes, which invalidates every cached lookup at once.
    var versionTag: UInt32 = MethodCache.nextTag()

    /// Bootstrap initializer for `type` itself.
    init(bootstrapTypeNamed name: String) {
        self.name = name
        self.qualifiedName = name
        self.moduleName = "builtins"
        self.bases = []
        self.mro = []
        self.instanceKind = .type
        self.isBuiltin = true
        super.init(kindForBootstrap: .type)
        self.type = self
        TypeRegistry.shared.retain(self)
    }

    public init(
        name: String, metatype: PyType, bases: [PyType], instanceKind: ObjectKind, isBuiltin: Bool,
        namespace: PyDict?, moduleName: String = "builtins"
    ) {
        self.name = name
        self.qualifiedName = name
        self.moduleName = moduleName
        self.bases = bases
        self.mro = []
        self.instanceKind = instanceKind
        self.isBuiltin = isBuiltin
        super.init(kind: .type, type: metatype)
        self.dict = namespace
        TypeRegistry.shared.retain(self)
    }

    /// The type's own namespace (`T.__dict__`).
    @inline(__always) public var namespace: PyDict { dict.unsafelyUnwrapped }

    /// Compute `mro` with C3 linearization. Throws TypeError when no consistent order exists.
    func computeMRO() throws(PyError) {
        if bases.isEmpty {
            mro = [self]
            return
        }
        var sequences: [[PyType]] = bases.map { $0.mro } + [bases]
        var result: [PyType] = [self]
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { break }
            var candidate: PyType?
            for seq in sequences {
                let head = seq[0]
                let inTail = sequences.contains { s in s.dropFirst().contains { $0 === head } }
                if !inTail {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else {
                let names = bases.map { $0.name }.joined(separator: ", ")
                throw PyError(
                    .typeError(
                        "Cannot create a consistent method resolution\norder (MRO) for bases \(names)"))
            }
            result.append(next)
            for i in sequences.indices where sequences[i].first === next {
                sequences[i].removeFirst()
            }
        }
        mro = result
        isException = result.contains { $0 === Builtins.baseExceptionType }
    }

    /// Look `name` up along the MRO without invoking descriptors. Returns nil if absent.
    @inline(__always) public func lookup(_ name: PyStr) -> Value? {
        let slot = MethodCache.slot(versionTag, name, user: false)
        if slot.pointee.tag == versionTag && slot.pointee.name == Unmanaged.passUnretained(name).toOpaque() {
            let hit = slot.pointee.value
            return hit.isUndefined ? nil : hit
        }
        return slowLookup(name, slot)
    }

    private func slowLookup(_ name: PyStr, _ slot: UnsafeMutablePointer<MethodCache.Entry>) -> Value? {
        var found: Value = .undefined
        for t in mro {
            if let v = t.namespace.getItem(str: name) {
                found = v
                break
            }
        }
        if name.isInterned {
            slot.pointee = MethodCache.Entry(tag: versionTag, name: Unmanaged.passUnretained(name).toOpaque(), value: found)
        }
        return found.isUndefined ? nil : found
    }

    /// `name` as defined by a class of the MRO whose methods Python code dispatches to (user classes and
    /// library types), skipping builtin classes whose behaviour lives in Swift. Memoized per type.
    func userAttribute(_ name: PyStr) -> Value? {
        let slot = MethodCache.slot(versionTag, name, user: true)
        if slot.pointee.tag == versionTag && slot.pointee.name == Unmanaged.passUnretained(name).toOpaque() {
            let hit = slot.pointee.value
            return hit.isUndefined ? nil : hit
        }
        var found: Value = .undefined
        for t in mro where t.dispatchesDunders {
            if let v = t.namespace.getItem(str: name) {
                found = v
                break
            }
        }
        if name.isInterned {
            slot.pointee = MethodCache.Entry(tag: versionTag, name: Unmanaged.passUnretained(name).toOpaque(), value: found)
        }
        return found.isUndefined ? nil : found
    }

    /// Look a name given as Swift text up along the MRO.
    public func lookup(_ name: String) -> Value? {
        lookup(PyStr.intern(name))
    }

    /// Invalidate memoized lookups here and in every subclass (after `T.x = ...`).
    func invalidateCaches() {
        versionTag = MethodCache.nextTag()
        plainAccessCache = nil
        version &+= 1
        for sub in subclasses { sub.value.invalidateCaches() }
    }

    /// True if `self` is `other` or a subclass of it.
    @inline(__always) public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for t in mro where t === other { return true }
        return false
    }

    /// The nearest builtin constructor along the MRO.
    func findConstructor() -> Constructor? {
        for t in mro {
            if let c = t.constructor { return c }
        }
        return nil
    }

    /// Store an attribute in the namespace (class statements and `T.x = v`).
    public func setAttribute(_ name: PyStr, _ value: Value) {
        namespace.setItem(str: name, value)
        invalidateCaches()
    }

    /// `<class 'module.Name'>` as `repr(T)` shows it.
    public var reprText: String {
        moduleName == "builtins" ? "<class '\(qualifiedName)'>" : "<class '\(moduleName).\(qualifiedName)'>"
    }
}

/// A weak-less back reference used for subclass lists (types are immortal; see `TypeRegistry`).
struct Unowned<T: AnyObject> {
    unowned(unsafe) let value: T
}

/// A direct-mapped cache of MRO lookups shared by all types, as CPython's type method cache: the slot is
/// chosen from the type's version tag and the interned name's address, and a hit costs two compares — no
/// hashing, no per-type dictionaries. Interned names are immortal, so their addresses are stable keys.
/// Shared state under the interpreter lock (one thread runs Python code at a time).
enum MethodCache {
    struct Entry {
        var tag: UInt32 = 0
        var name: UnsafeMutableRawPointer?
        var value: Value = .undefined
    }

    static let size = 1 << 12
    nonisolated(unsafe) static let entries: UnsafeMutablePointer<Entry> = {
        let p = UnsafeMutablePointer<Entry>.allocate(capacity: 2 * size)
        p.initialize(repeating: Entry(), count: 2 * size)
        return p
    }()
    nonisolated(unsafe) private static var counter: UInt32 = 0

    /// A fresh version tag (0 is never issued, so empty entries never match).
    static func nextTag() -> UInt32 {
        counter &+= 1
        if counter == 0 { counter = 1 }
        return counter
    }

    @inline(__always) static func slot(_ tag: UInt32, _ name: PyStr, user: Bool) -> UnsafeMutablePointer<Entry> {
        let address = UInt(bitPattern: Unmanaged.passUnretained(name).toOpaque())
        let index = (Int(tag) &* 2_654_435_761 ^ Int(truncatingIfNeeded: address >> 4)) & (size - 1)
        return entries + (user ? size + index : index)
    }
}
