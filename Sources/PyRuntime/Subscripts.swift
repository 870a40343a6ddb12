import BigInt

/// `container[key]`, `container[key] = v`, `del container[key]`, and slice arithmetic.
extension Interpreter {
    /// Normalize an index for a sequence of `count` items, raising IndexError with `what` in the message.
    @inline(__always) func normalizeIndex(_ key: Value, count: Int, what: String) throws(PyError) -> Int {
        var i: Int
        switch key {
        case .int(let x): i = x
        case .bool(let b): i = b ? 1 : 0
        default:
            if let idx = try indexValue(key) {
                i = idx
            } else if key.asBigInt != nil {
                throw .indexError("cannot fit 'int' into an index-sized integer")
            } else {
                if what == "string" { throw .typeError("string indices must be integers, not '\(key.typeName)'") }
                throw .typeError("\(what) indices must be integers or slices, not \(key.typeName)")
            }
        }
        if i < 0 { i += count }
        if i < 0 || i >= count { throw .indexError("\(what) index out of range") }
        return i
    }

    /// `__index__` of a user object, nil if it has none.
    func indexValue(_ v: Value) throws(PyError) -> Int? {
        if let i = intValue(v) { return i }
        if case .object(let o) = v, !o.type.isBuiltin, let m = userMethod(o.type, "__index__") {
            return intValue(try call(m, [v]))
        }
        return nil
    }

    /// (start, stop, step, count) for slicing a sequence of `length` items, as `slice.indices`.
    func sliceIndices(_ s: PySlice, length: Int) throws(PyError) -> (Int, Int, Int, Int) {
        func get(_ v: Value) throws(PyError) -> Int? {
            if v.isNone { return nil }
            if let i = try indexValue(v) { return i }
            if let b = v.asBigInt { return b.value.sign == .minus ? Int.min / 2 : Int.max / 2 }
            throw .typeError("slice indices must be integers or None or have an __index__ method")
        }
        let step = try get(s.step) ?? 1
        if step == 0 { throw .valueError("slice step cannot be zero") }
        var start: Int
        var stop: Int
        if step > 0 {
            start = try get(s.start) ?? 0
            stop = try get(s.stop) ?? length
            if start < 0 { start = Swift.max(0, start + length) } else { start = Swift.min(start, length) }
            if stop < 0 { stop = Swift.max(0, stop + length) } else { stop = Swift.min(stop, length) }
            let count = stop > start ? (stop - start - 1) / step + 1 : 0
            return (start, stop, step, count)
        } else {
            start = try get(s.start) ?? (length - 1)
            stop = try get(s.stop) ?? -1 - length
            if start < 0 { start = Swift.max(-1, start + length) } else { start = Swift.min(start, length - 1) }
            if stop < 0 { stop = Swift.max(-1, stop + length) } else { stop = Swift.min(stop, length - 1) }
            let count = start > stop ? (start - stop - 1) / (-step) + 1 : 0
            return (start, stop, step, count)
        }
    }

    func sliceItems<C: RandomAccessCollection>(_ items: C, _ s: PySlice) throws(PyError) -> ContiguousArray<C.Element>
    where C.Index == Int {
        let (start, _, step, count) = try sliceIndices(s, length: items.count)
        var out = ContiguousArray<C.Element>()
        out.reserveCapacity(count)
        var i = start
        for _ in 0..<count {
            out.append(items[items.startIndex + i])
            i += step
        }
        return out
    }

    /// `container[key]`.
    public func getItem(_ container: Value, _ key: Value) throws(PyError) -> Value {
        guard case .object(let o) = container else {
            throw .typeError("'\(container.typeName)' object is not subscriptable")
        }
        if !o.type.isBuiltin, let m = userMethod(o.type, "__getitem__") {
            return try call(m, [container, key])
        }
        switch o.kind {
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            if case .int(var i) = key {
                if i < 0 { i += l.items.count }
                if i >= 0 && i < l.items.count { return l.items[i] }
                throw .indexError("list index out of range")
            }
            if let s = key.asObject as? PySlice { return .object(PyList(try sliceItems(l.items, s))) }
            return l.items[try normalizeIndex(key, count: l.items.count, what: "list")]
        case .tuple:
            let t = unsafeDowncast(o, to: PyTuple.self)
            if let s = key.asObject as? PySlice { return .object(PyTuple(try sliceItems(t.items, s))) }
            return t.items[try normalizeIndex(key, count: t.count, what: "tuple")]
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            if let v = try d.getItem(key, self) { return v }
            if !o.type.isBuiltin, let m = userMethod(o.type, "__missing__") { return try call(m, [container, key]) }
            throw .keyError(key)
        case .str:
            let s = unsafeDowncast(o, to: PyStr.self)
            if let sl = key.asObject as? PySlice {
                let (start, stop, step, count) = try sliceIndices(sl, length: s.count)
                if step == 1 { return .object(s.substring(start, Swift.max(start, stop))) }
                var scalars: [Unicode.Scalar] = []
                var i = start
                for _ in 0..<count {
                    scalars.append(s.scalar(at: i))
                    i += step
                }
                return .object(PyStr(scalars: scalars))
            }
            let i = try normalizeIndex(key, count: s.count, what: "string")
            if s.isASCII { return .object(PyStr.ascii(s.utf8[i])) }
            return .object(s.substring(i, i + 1))
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            if let b = r.big, key.asObject as? PySlice == nil {
                var index = bigIntValue(key)
                if index == nil, let small = try indexValue(key) { index = BigInt(small) }
                guard var i = index else {
                    throw .typeError("range indices must be integers or slices, not \(key.typeName)")
                }
                let n = r.bigLength
                if i < 0 { i += n }
                if i < 0 || i >= n { throw .indexError("range object index out of range") }
                return PyBigInt.make(b.start + i * b.step)
            }
            if let sl = key.asObject as? PySlice {
                let (start, stop, step, _) = try sliceIndices(sl, length: r.count)
                return .object(PyRange(start: r.item(start), stop: r.item(stop), step: r.step * step))
            }
            return .int(r.item(try normalizeIndex(key, count: r.count, what: "range object")))
        case .bytes, .bytearray:
            let b = unsafeDowncast(o, to: PyBytes.self)
            if let sl = key.asObject as? PySlice {
                return .object(PyBytes(try sliceItems(b.bytes, sl), mutable: o.kind == .bytearray))
            }
            return .int(Int(b.bytes[try normalizeIndex(key, count: b.bytes.count, what: o.kind == .bytes ? "index" : "bytearray")]))
        case .type:
            // `list[int]`, `dict[str, int]` in annotations: generic aliases are not modelled; the origin type
            // stands in for them.
            let t = unsafeDowncast(o, to: PyType.self)
            if let m = t.lookup(PyStr.intern("__class_getitem__")) {
                return try call(try bind(m, instance: .object(t), owner: t), [key])
            }
            if t.isBuiltin { return container }
            throw .typeError("type '\(t.name)' is not subscriptable")
        default:
            if let m = o.type.lookup(PyStr.intern("__getitem__")) { return try call(m, [container, key]) }
            throw .typeError("'\(o.type.name)' object is not subscriptable")
        }
    }

    /// `container[key] = value`.
    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyError) {
        guard case .object(let o) = container else {
            throw .typeError("'\(container.typeName)' object does not support item assignment")
        }
        if !o.type.isBuiltin, let m = userMethod(o.type, "__setitem__") {
            try call(m, [container, key, value])
            return
        }
        switch o.kind {
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            if case .int(var i) = key {
                if i < 0 { i += l.items.count }
                if i >= 0 && i < l.items.count {
                    l.items[i] = value
                    return
                }
                throw .indexError("list assignment index out of range")
            }
            if let s = key.asObject as? PySlice {
                try assignSlice(l, s, value)
                return
            }
            l.items[try normalizeIndex(key, count: l.items.count, what: "list assignment")] = value
        case .dict:
            try unsafeDowncast(o, to: PyDict.self).setItem(key, value, self)
        case .bytearray:
            try bytearraySetItem(unsafeDowncast(o, to: PyBytes.self), key, value)
        default:
            if let m = o.type.lookup(PyStr.intern("__setitem__")) {
                try call(m, [container, key, value])
                return
            }
            throw .typeError("'\(o.type.name)' object does not support item assignment")
        }
    }

    private func assignSlice(_ l: PyList, _ s: PySlice, _ value: Value) throws(PyError) {
        let newItems = try iterate(value)
        let (start, stop, step, count) = try sliceIndices(s, length: l.items.count)
        if step == 1 {
            l.items.replaceSubrange(start..<Swift.max(start, stop), with: newItems)
            return
        }
        if newItems.count != count {
            throw .valueError("attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
        }
        var i = start
        for v in newItems {
            l.items[i] = v
            i += step
        }
    }

    /// `del container[key]`.
    public func deleteItem(_ container: Value, _ key: Value) throws(PyError) {
        guard case .object(let o) = container else {
            throw .typeError("'\(container.typeName)' object does not support item deletion")
        }
        if !o.type.isBuiltin, let m = userMethod(o.type, "__delitem__") {
            try call(m, [container, key])
            return
        }
        switch o.kind {
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            if let s = key.asObject as? PySlice {
                let (start, _, step, count) = try sliceIndices(s, length: l.items.count)
                var remove = Set<Int>()
                var i = start
                for _ in 0..<count {
                    remove.insert(i)
                    i += step
                }
                var kept = ContiguousArray<Value>()
                for (j, v) in l.items.enumerated() where !remove.contains(j) { kept.append(v) }
                l.items = kept
                return
            }
            l.items.remove(at: try normalizeIndex(key, count: l.items.count, what: "list assignment"))
        case .dict:
            if try unsafeDowncast(o, to: PyDict.self).removeItem(key, self) == nil { throw .keyError(key) }
        default:
            if let m = o.type.lookup(PyStr.intern("__delitem__")) {
                try call(m, [container, key])
                return
            }
            throw .typeError("'\(o.type.name)' object doesn't support item deletion")
        }
    }
}
