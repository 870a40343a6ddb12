import BigInt
import PySyntax

/// The container protocols: iteration, `len`, `in`, subscripts and slices, unpacking.
extension Interpreter {
    // MARK: Iteration

    /// `iter(v)`.
    public func getIterator(_ v: Value) throws(PyError) -> Value {
        guard case .object(let o) = v else { throw .typeError("'\(v.typeName)' object is not iterable") }
        if o.type.dispatchesDunders, let m = userMethod(o.type, "__iter__") {
            let it = try call(m, [v])
            if case .object(let io) = it, io.kind == .iterator || io.kind == .generator { return it }
            if it.type.lookup(PyStr.intern("__next__")) == nil {
                throw .typeError("iter() returned non-iterator of type '\(it.typeName)'")
            }
            return it
        }
        if o.type.isBuiltin || o.kind == .native {
            switch o.kind {
            case .list: return .object(PyListIterator(unsafeDowncast(o, to: PyList.self)))
            case .tuple: return .object(PyArrayIterator(unsafeDowncast(o, to: PyTuple.self).items))
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                if let b = r.big {
                    var current = b.start
                    return .object(PyClosureIterator(type: Builtins.rangeIteratorType) { (_) throws(PyError) -> Value? in
                        if b.step > 0 ? current >= b.stop : current <= b.stop { return nil }
                        defer { current += b.step }
                        return PyBigInt.make(current)
                    })
                }
                return .object(PyRangeIterator(r))
            case .str: return .object(PyStrIterator(unsafeDowncast(o, to: PyStr.self)))
            case .dict: return .object(PyDictIterator(unsafeDowncast(o, to: PyDict.self), mode: .keys))
            case .set: return .object(PySetIterator(unsafeDowncast(o, to: PySet.self)))
            case .iterator, .generator: return v
            case .bytes, .bytearray:
                return .object(
                    PyArrayIterator(
                        ContiguousArray(unsafeDowncast(o, to: PyBytes.self).bytes.map { .int(Int($0)) }),
                        type: Builtins.bytesIteratorType))
            default: break
            }
        }
        if let m = o.type.lookup(PyStr.intern("__iter__")) {
            if m.isNone { throw .typeError("'\(o.type.name)' object is not iterable") }
            if m.asObject is PyMethodDescriptor, !o.type.isBuiltin {
                // A user subclass of a builtin container without its own __iter__.
                return try getIterator(try builtinBaseView(v))
            }
            let it = try callBound(m, receiver: v, args: Args(values: UnsafeBufferPointer(start: nil, count: 0), count: 0, kwNames: nil))
            if case .object(let io) = it, io.kind == .iterator || io.kind == .generator { return it }
            if it.type.lookup(PyStr.intern("__next__")) == nil {
                throw .typeError("iter() returned non-iterator of type '\(it.typeName)'")
            }
            return it
        }
        switch o.kind {
        case .list, .tuple, .dict, .set, .str:
            return try getIterator(try builtinBaseView(v))
        default: break
        }
        if o.type.lookup(PyStr.intern("__getitem__")) != nil { return .object(PySequenceIterator(v)) }
        throw .typeError("'\(o.type.name)' object is not iterable")
    }

    /// For user subclasses of builtin containers: the same object, which Swift code can treat by kind.
    func builtinBaseView(_ v: Value) throws(PyError) -> Value {
        guard case .object(let o) = v else { return v }
        switch o.kind {
        case .list: return .object(PyListIterator(unsafeDowncast(o, to: PyList.self)))
        case .tuple: return .object(PyArrayIterator(unsafeDowncast(o, to: PyTuple.self).items))
        case .dict: return .object(PyDictIterator(unsafeDowncast(o, to: PyDict.self), mode: .keys))
        case .set: return .object(PySetIterator(unsafeDowncast(o, to: PySet.self)))
        case .str: return .object(PyStrIterator(unsafeDowncast(o, to: PyStr.self)))
        default: throw .typeError("'\(o.type.name)' object is not iterable")
        }
    }

    /// `next(it)`: nil when exhausted.
    public func nextValue(_ it: Value) throws(PyError) -> Value? {
        guard case .object(let o) = it else { throw .typeError("'\(it.typeName)' object is not an iterator") }
        switch o.kind {
        case .iterator:
            return try unsafeDowncast(o, to: PyIterator.self).next(self)
        case .generator:
            let g = unsafeDowncast(o, to: PyGenerator.self)
            switch try resume(g, sending: .none) {
            case .yielded(let v): return v
            case .returned: return nil
            }
        default:
            guard let m = o.type.lookup(PyStr.intern("__next__")) else {
                throw .typeError("'\(o.type.name)' object is not an iterator")
            }
            do {
                return try callBound(m, receiver: it, args: Args(values: UnsafeBufferPointer(start: nil, count: 0), count: 0, kwNames: nil))
            } catch where error.matches(Builtins.stopIterationType) {
                return nil
            }
        }
    }

    /// All values of an iterable.
    public func iterate(_ v: Value) throws(PyError) -> ContiguousArray<Value> {
        if case .object(let o) = v, o.type.isBuiltin {
            switch o.kind {
            case .list: return unsafeDowncast(o, to: PyList.self).items
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).items
            default: break
            }
        }
        let it = try getIterator(v)
        var out = ContiguousArray<Value>()
        if let hint = (it.asObject as? PyIterator)?.lengthHint { out.reserveCapacity(hint) }
        while let x = try nextValue(it) {
            out.append(x)
            if interrupt.isSet { throw takeInterrupt() }
        }
        return out
    }

    /// Iterate calling `body` for each value (no intermediate array).
    public func forEach(_ v: Value, _ body: (Value) throws(PyError) -> Void) throws(PyError) {
        if case .object(let o) = v, o.kind == .list, o.type.isBuiltin {
            let l = unsafeDowncast(o, to: PyList.self)
            var i = 0
            while i < l.items.count {
                try body(l.items[i])
                i += 1
            }
            return
        }
        let it = try getIterator(v)
        while let x = try nextValue(it) { try body(x) }
    }

    // MARK: len and in

    /// `len(v)`.
    public func length(_ v: Value) throws(PyError) -> Int {
        if case .object(let o) = v {
            if o.type.isBuiltin || userMethod(o.type, "__len__") == nil {
                switch o.kind {
                case .str: return unsafeDowncast(o, to: PyStr.self).count
                case .list: return unsafeDowncast(o, to: PyList.self).items.count
                case .tuple: return unsafeDowncast(o, to: PyTuple.self).count
                case .dict: return unsafeDowncast(o, to: PyDict.self).count
                case .set: return unsafeDowncast(o, to: PySet.self).count
                case .range:
                    let r = unsafeDowncast(o, to: PyRange.self)
                    if r.big != nil {
                        guard let n = Int(exactly: r.bigLength) else {
                            throw .overflowError("Python int too large to convert to C ssize_t")
                        }
                        return n
                    }
                    return r.count
                case .bytes, .bytearray: return unsafeDowncast(o, to: PyBytes.self).bytes.count
                default: break
                }
            }
            if let m = o.type.lookup(PyStr.intern("__len__")) {
                let r = try callBound(m, receiver: v, args: Args(values: UnsafeBufferPointer(start: nil, count: 0), count: 0, kwNames: nil))
                guard let n = intValue(r) else {
                    throw .typeError("'\(r.typeName)' object cannot be interpreted as an integer")
                }
                if n < 0 { throw .valueError("__len__() should return >= 0") }
                return n
            }
        }
        throw .typeError("object of type '\(v.typeName)' has no len()")
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws(PyError) -> Bool {
        if case .object(let o) = container {
            if o.type.isBuiltin || userMethod(o.type, "__contains__") == nil {
                switch o.kind {
                case .dict: return try unsafeDowncast(o, to: PyDict.self).getItem(item, self) != nil
                case .set: return try unsafeDowncast(o, to: PySet.self).contains(item, self)
                case .str:
                    guard let s = item.asStr else {
                        throw .typeError("'in <string>' requires string as left operand, not \(item.typeName)")
                    }
                    return StringSearch.find(unsafeDowncast(o, to: PyStr.self).utf8, s.utf8, from: 0) != nil
                case .list:
                    for x in unsafeDowncast(o, to: PyList.self).items {
                        if try sameOrEqual(x, item) { return true }
                    }
                    return false
                case .tuple:
                    for x in unsafeDowncast(o, to: PyTuple.self).items {
                        if try sameOrEqual(x, item) { return true }
                    }
                    return false
                case .range:
                    let r = unsafeDowncast(o, to: PyRange.self)
                    if let b = r.big {
                        guard let i = bigIntValue(item) else { return false }
                        if b.step > 0 { return i >= b.start && i < b.stop && (i - b.start) % b.step == 0 }
                        return i <= b.start && i > b.stop && (b.start - i) % (-b.step) == 0
                    }
                    guard case .int(let i) = item else {
                        if case .bool(let b) = item { return try contains(container, .int(b ? 1 : 0)) }
                        if case .float(let d) = item, d == d.rounded(), abs(d) < 9e18 { return try contains(container, .int(Int(d))) }
                        return false
                    }
                    if r.step > 0 { return i >= r.start && i < r.stop && (i - r.start) % r.step == 0 }
                    return i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                case .bytes, .bytearray:
                    let b = unsafeDowncast(o, to: PyBytes.self).bytes
                    if case .int(let i) = item { return b.contains(UInt8(truncatingIfNeeded: i)) }
                    if let sub = item.asObject as? PyBytes { return StringSearch.find(b, sub.bytes, from: 0) != nil }
                    throw .typeError("a bytes-like object is required, not '\(item.typeName)'")
                default: break
                }
            }
            if let m = o.type.lookup(PyStr.intern("__contains__")) {
                return try isTrue(try call(m, [container, item]))
            }
        }
        do {
            let it = try getIterator(container)
            while let x = try nextValue(it) {
                if x.isIdentical(to: item) { return true }
                if try equal(x, item) { return true }
            }
            return false
        } catch where error.matches(Builtins.typeErrorType) {
            throw .typeError("argument of type '\(container.typeName)' is not iterable")
        }
    }

    // MARK: Unpacking

    func unpackSequence(_ v: Value, count: Int, into sp: inout UnsafeMutablePointer<Value>) throws(PyError) {
        let items: ContiguousArray<Value>
        if let t = v.asTuple { items = t.items }
        else if let l = v.asList { items = l.items }
        else {
            guard case .object = v else {
                throw .typeError("cannot unpack non-iterable \(v.typeName) object")
            }
            let it: Value
            do {
                it = try getIterator(v)
            } catch where error.matches(Builtins.typeErrorType) {
                throw .typeError("cannot unpack non-iterable \(v.typeName) object")
            }
            var collected = ContiguousArray<Value>()
            while let x = try nextValue(it) {
                collected.append(x)
                if collected.count > count {
                    throw .valueError("too many values to unpack (expected \(count))")
                }
            }
            items = collected
        }
        if items.count != count {
            if items.count < count {
                throw .valueError("not enough values to unpack (expected \(count), got \(items.count))")
            }
            throw .valueError("too many values to unpack (expected \(count))")
        }
        for i in stride(from: count - 1, through: 0, by: -1) {
            sp.initialize(to: items[i])
            sp += 1
        }
    }

    func unpackStarred(_ v: Value, before: Int, after: Int, into sp: inout UnsafeMutablePointer<Value>) throws(PyError) {
        let items: ContiguousArray<Value>
        do {
            items = try iterate(v)
        } catch where error.matches(Builtins.typeErrorType) {
            throw .typeError("cannot unpack non-iterable \(v.typeName) object")
        }
        if items.count < before + after {
            throw .valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        var pieces: [Value] = []
        pieces.append(contentsOf: items[0..<before])
        pieces.append(.object(PyList(ContiguousArray(items[before..<(items.count - after)]))))
        pieces.append(contentsOf: items[(items.count - after)...])
        for p in pieces.reversed() {
            sp.initialize(to: p)
            sp += 1
        }
    }

    /// `d.update(other)` for `{**m}` (and, with `merging`, `f(**m)` which rejects repeated keys).
    func dictUpdate(_ d: PyDict, _ other: Value, merging: Bool, function: Value) throws(PyError) {
        if let od = other.asDict, other.type.isBuiltin || userMethod(other.type, "keys") == nil {
            for (k, v) in od.items {
                if merging {
                    guard k.asStr != nil else { throw .typeError("keywords must be strings") }
                    if try d.getItem(k, self) != nil {
                        throw .typeError("\(try functionDisplayName(function)) got multiple values for keyword argument '\(k.asStr!.string)'")
                    }
                }
                try d.setItem(k, v, self)
            }
            return
        }
        guard let keysMethod = try lookupAttributeOrNil(other, "keys") else {
            if merging {
                throw .typeError("\(try functionDisplayName(function)) argument after ** must be a mapping, not \(other.typeName)")
            }
            throw .typeError("'\(other.typeName)' object is not a mapping")
        }
        for k in try iterate(try call(keysMethod, [])) {
            if merging, try d.getItem(k, self) != nil {
                throw .typeError("\(try functionDisplayName(function)) got multiple values for keyword argument '\(try str(k))'")
            }
            try d.setItem(k, try getItem(other, k), self)
        }
    }

    func functionDisplayName(_ f: Value) throws(PyError) -> String {
        if let fn = f.asObject as? PyFunction { return "\(fn.qualifiedName)()" }
        if let b = f.asObject as? PyBuiltinFunction { return "\(b.name)()" }
        if let t = f.asType { return "\(t.name)()" }
        return "function"
    }

    // MARK: Sets

    func setBinary(_ a: PySet, _ b: PySet, _ op: BinaryOperator) throws(PyError) -> PySet {
        let frozen = a.isFrozen
        switch op {
        case .bitOr:
            let r = a.copy(frozen: frozen)
            try r.merge(b, self)
            return r
        case .bitAnd:
            let r = PySet(frozen: frozen)
            // CPython iterates the smaller set, and `b` when the sizes are equal.
            let (small, large) = b.count > a.count ? (a, b) : (b, a)
            for e in small.elements { if try large.contains(e, self) { try r.add(e, self) } }
            return r
        case .sub:
            if a.count >> 2 > b.count {
                let r = a.copy(frozen: frozen)
                for e in b.elements { try r.remove(e, self) }
                return r
            }
            let r = PySet(frozen: frozen)
            for e in a.elements { if try !b.contains(e, self) { try r.add(e, self) } }
            return r
        default:
            // As CPython: a copy of `b`, then `a`'s elements toggled in.
            let r = b.copy(frozen: frozen)
            for e in a.elements {
                if try r.contains(e, self) { try r.remove(e, self) } else { try r.add(e, self) }
            }
            return r
        }
    }

    func setInplace(_ a: PySet, _ b: PySet, _ op: BinaryOperator) throws(PyError) {
        switch op {
        case .bitOr:
            for e in b.elements { try a.add(e, self) }
        case .sub:
            for e in b.elements { try a.remove(e, self) }
        case .bitAnd:
            for e in a.elements { if try !b.contains(e, self) { try a.remove(e, self) } }
        default:
            for e in b.elements {
                if try a.contains(e, self) { try a.remove(e, self) } else { try a.add(e, self) }
            }
        }
    }
}

/// Substring search over UTF-8 bytes (byte offsets).
public enum StringSearch {
    public static func find(_ hay: ContiguousArray<UInt8>, _ needle: ContiguousArray<UInt8>, from: Int, to: Int? = nil)
        -> Int?
    {
        let end = to ?? hay.count
        let n = needle.count
        if n == 0 { return from <= end ? from : nil }
        if end - from < n { return nil }
        return hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { nd in
                let first = nd[0]
                var i = from
                let last = end - n
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n && h[i + j] == nd[j] { j += 1 }
                        if j == n { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    public static func rfind(_ hay: ContiguousArray<UInt8>, _ needle: ContiguousArray<UInt8>, from: Int, to: Int)
        -> Int?
    {
        let n = needle.count
        if to - from < n { return nil }
        var i = to - n
        while i >= from {
            var j = 0
            while j < n && hay[i + j] == needle[j] { j += 1 }
            if j == n { return i }
            i -= 1
        }
        return nil
    }
}
