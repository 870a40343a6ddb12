/// Iterator objects. `PyIterator` is the one non-final class of the runtime: each builtin iterator overrides
/// `next`, and `fastKind` lets the VM's `forIter` inline the common ones (lists and ranges) without a virtual
/// call.
open class PyIterator: PyObject, @unchecked Sendable {
    public enum FastKind: UInt8 { case list, range, other }
    public final let fastKind: FastKind

    public init(fastKind: FastKind = .other, type: PyType = Builtins.iteratorType) {
        self.fastKind = fastKind
        super.init(kind: .iterator, type: type)
    }

    /// The next value, or nil when exhausted.
    open func next(_ interp: Interpreter) throws(PyError) -> Value? { nil }

    /// `__length_hint__`, when cheap to know.
    open var lengthHint: Int? { nil }
}

public final class PyListIterator: PyIterator, @unchecked Sendable {
    public let list: PyList
    public var index = 0

    public init(_ list: PyList) {
        self.list = list
        super.init(fastKind: .list, type: Builtins.listIteratorType)
    }

    public override func next(_ interp: Interpreter) throws(PyError) -> Value? {
        guard index < list.items.count else {
            index = Int.max / 2
            return nil
        }
        defer { index += 1 }
        return list.items[index]
    }

    public override var lengthHint: Int? { Swift.max(0, list.items.count - index) }
}

public final class PyReversedListIterator: PyIterator, @unchecked Sendable {
    let list: PyList
    var index: Int

    public init(_ list: PyList) {
        self.list = list
        self.index = list.items.count - 1
        super.init(type: Builtins.listReverseIteratorType)
    }

    public override func next(_ interp: Interpreter) throws(PyError) -> Value? {
        guard index >= 0, index < list.items.count else { return nil }
        defer { index -= 1 }
        return list.items[index]
    }
}

/// Iterates a fixed array of values (tuples, snapshots of sets and dict views).
public final class PyArrayIterator: PyIterator, @unchecked Sendable {
    let items: ContiguousArray<Value>
    var index = 0

    public init(_ items: ContiguousArray<Value>, type: PyType = Builtins.tupleIteratorType) {
        self.items = items
        super.init(type: type)
    }

    public convenience init(_ items: [Value]) {
        self.init(ContiguousArray(items))
    }

    public override func next(_ interp: Interpreter) throws(PyError) -> Value? {
        guard index < items.count else { return nil }
        defer { index += 1 }
        return items[index]
    }

    public override var lengthHint: Int? { items.count - index }
}

public final class PyRangeIterator: PyIterator, @unchecked Sendable {
    public var current: Int
    public let step: Int
    public var remaining: Int

    public init(_ r: PyRange) {
        current = r.start
        step = r.step
        remaining = r.count
        super.init(fastKind: .range, type: Builtins.rangeIteratorType)
    }

    public override func next(_ interp: Interpreter) throws(PyError) -> Value? {
        guard remaining > 0 else { return nil }
        let v = current
        current &+= step
        remaining -= 1
        return .int(v)
    }

    public override var lengthHint: Int? { remaining }
}

public final class PyStrIterator: PyIterator, @unchecked Sendable {
    let str: PyStr
    var index = 0

    public init(_ s: PyStr) {
        str = s
        super.init(type: s.isASCII ? Builtins.strAsciiIteratorType : Builtins.strIteratorType)
    }

    public override func next(_ interp: Interpreter) throws(PyError) -> Value? {
        guard index < str.count else { return nil }
        defer { index += 1 }
        if str.isASCII { return .object(PyStr.ascii(str.utf8[index])) }
        return .object(str.substring(index, index + 1))
    }
}

/// Iterates a dict's keys, values or items, raising if the dict changes size meanwhile.
public final class PyDictIterator: PyIterator, @unchecked Sendable {
    public enum Mode { case keys, values, items }
    let mapping: PyDict
    let mode: Mode
    var position = 0
    let expectedCount: Int

    public init(_ dict: PyDict, mode: Mode) {
        self.mapping = dict
        self.mode = mode
        self.expectedCount = dict.count
        super.init(
            type: mode == .keys
                ? Builtins.dictKeyIteratorType : mode == .values ? Builtins.dictValueIteratorType : Builtins.dictItemIteratorType)
    }

    public override func next(_ interp: Interpreter) throws(PyError) -> Value? {
        if mapping.count != expectedCount {
            throw .runtimeError("dictionary changed size during iteration")
        }
        while position < mapping.entryCapacity {
            defer { position += 1 }
            if let e = mapping.entry(at: position) {
                switch mode {
                case .keys: return e.key
                case .values: return e.value
                case .items: return .object(PyTuple([e.key, e.value]))
                }
            }
        }
        return nil
    }

    public override var lengthHint: Int? { Swift.max(0, expectedCount - position) }
}

public final class PySetIterator: PyIterator, @unchecked Sendable {
    let set: PySet
    var position = 0
    let expectedCount: Int

    public init(_ set: PySet) {
        self.set = set
        self.expectedCount = set.count
        super.init(type: Builtins.setIteratorType)
    }

    public override func next(_ interp: Interpreter) throws(PyError) -> Value? {
        if set.count != expectedCount { throw .runtimeError("Set changed size during iteration") }
        while position < set.tableSize {
            defer { position += 1 }
            if let v = set.element(at: position) { return v }
        }
        return nil
    }
}

/// The old sequence protocol: `obj[0], obj[1], ...` until IndexError.
public final class PySequenceIterator: PyIterator, @unchecked Sendable {
    let sequence: Value
    var index = 0

    public init(_ sequence: Value) {
        self.sequence = sequence
        super.init()
    }

    public override func next(_ interp: Interpreter) throws(PyError) -> Value? {
        do {
            let v = try interp.getItem(sequence, .int(index))
            index += 1
            return v
        } catch where error.matches(Builtins.indexErrorType) || error.matches(Builtins.stopIterationType) {
            return nil
        }
    }
}

/// `iter(callable, sentinel)`.
public final class PyCallableIterator: PyIterator, @unchecked Sendable {
    let callable: Value
    let sentinel: Value
    var done = false

    public init(_ callable: Value, sentinel: Value) {
        self.callable = callable
        self.sentinel = sentinel
        super.init(type: Builtins.callableIteratorType)
    }

    public override func next(_ interp: Interpreter) throws(PyError) -> Value? {
        if done { return nil }
        let v = try interp.call(callable, [])
        if try interp.equal(v, sentinel) {
            done = true
            return nil
        }
        return v
    }
}

/// An iterator defined in Swift by a closure (used by builtins such as `map`, `zip`, `enumerate`).
public final class PyClosureIterator: PyIterator, @unchecked Sendable {
    public typealias Step = (Interpreter) throws(PyError) -> Value?
    let step: Step
    var finished = false

    public init(type: PyType = Builtins.iteratorType, _ step: @escaping Step) {
        self.step = step
        super.init(type: type)
    }

    public override func next(_ interp: Interpreter) throws(PyError) -> Value? {
        if finished { return nil }
        if let v = try step(interp) { return v }
        finished = true
        return nil
    }
}

/// A user object whose class defines `__next__`.
public final class PyUserIterator: PyIterator, @unchecked Sendable {
    let object: Value
    let nextMethod: Value

    public init(object: Value, nextMethod: Value) {
        self.object = object
        self.nextMethod = nextMethod
        super.init()
    }

    public override func next(_ interp: Interpreter) throws(PyError) -> Value? {
        do {
            return try interp.call(nextMethod, [])
        } catch where error.matches(Builtins.stopIterationType) {
            return nil
        }
    }
}

extension Builtins {
    public static let listIteratorType = makeIteratorType("list_iterator")
    public static let listReverseIteratorType = makeIteratorType("list_reverseiterator")
    public static let tupleIteratorType = makeIteratorType("tuple_iterator")
    public static let rangeIteratorType = makeIteratorType("range_iterator")
    public static let strIteratorType = makeIteratorType("str_iterator")
    public static let strAsciiIteratorType = makeIteratorType("str_ascii_iterator")
    public static let dictKeyIteratorType = makeIteratorType("dict_keyiterator")
    public static let dictValueIteratorType = makeIteratorType("dict_valueiterator")
    public static let dictItemIteratorType = makeIteratorType("dict_itemiterator")
    public static let setIteratorType = makeIteratorType("set_iterator")
    public static let callableIteratorType = makeIteratorType("callable_iterator")
    public static let bytesIteratorType = makeIteratorType("bytes_iterator")
    public static let dictReverseIteratorType = makeIteratorType("dict_reversekeyiterator")
}
