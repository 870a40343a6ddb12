import BigInt

#if canImport(Glibc)
    import Glibc
#endif

/// The `builtins` namespace: functions, types, constants and exception classes.
extension Builtins {
    static func populate(_ b: PyDict, _ interp: Interpreter) {
        func add(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            b.setItem(name, function(name, body))
        }
        for (name, t) in [
            ("type", typeType), ("object", objectType), ("int", intType), ("float", floatType), ("bool", boolType),
            ("str", strType), ("bytes", bytesType), ("bytearray", bytearrayType), ("list", listType),
            ("tuple", tupleType), ("dict", dictType), ("set", setType), ("frozenset", frozensetType),
            ("complex", complexType), ("range", rangeType), ("slice", sliceType), ("property", propertyType),
            ("staticmethod", staticmethodType), ("classmethod", classmethodType),
        ] {
            b.setItem(name, .object(t))
        }
        for (name, t) in allExceptionTypes { b.setItem(name, .object(t)) }
        b.setItem("EnvironmentError", .object(osErrorType))
        b.setItem("IOError", .object(osErrorType))
        b.setItem("None", .none)
        b.setItem("True", .true)
        b.setItem("False", .false)
        b.setItem("NotImplemented", notImplemented)
        b.setItem("Ellipsis", ellipsis)
        b.setItem("__name__", .str("builtins"))
        b.setItem("__build_class__", .object(interp.buildClassFunction))

        add("print") { (interp, args) throws(PyError) -> Value in
            var sep = " "
            var end = "\n"
            var file: Value = .none
            var flush = false
            for (k, v) in args.keywords {
                switch k {
                case "sep": if !v.isNone { guard let s = v.asStr else { throw .typeError("sep must be None or a string, not \(v.typeName)") }; sep = s.string }
                case "end": if !v.isNone { guard let s = v.asStr else { throw .typeError("end must be None or a string, not \(v.typeName)") }; end = s.string }
                case "file": file = v
                case "flush": flush = try interp.isTrue(v)
                default: throw .typeError("'\(k)' is an invalid keyword argument for print()")
                }
            }
            var pieces: [String] = []
            pieces.reserveCapacity(2 * args.count + 1)
            for i in 0..<args.count {
                if i > 0 { pieces.append(sep) }
                pieces.append(try interp.str(args[i]))
            }
            pieces.append(end)
            try interp.writePieces(pieces, to: file, flush: flush)
            return .none
        }
        add("len") { (interp, args) throws(PyError) -> Value in
            try args.expect("len", min: 1, max: 1)
            return .int(try interp.length(args[0]))
        }
        add("repr") { (interp, args) throws(PyError) -> Value in
            try args.expect("repr", min: 1, max: 1)
            return .str(try interp.repr(args[0]))
        }
        add("ascii") { (interp, args) throws(PyError) -> Value in
            try args.expect("ascii", min: 1, max: 1)
            return .str(Interpreter.asciiOnly(try interp.repr(args[0])))
        }
        add("isinstance") { (interp, args) throws(PyError) -> Value in
            try args.expect("isinstance", min: 2, max: 2)
            return .bool(try interp.isInstance(args[0], args[1]))
        }
        add("issubclass") { (interp, args) throws(PyError) -> Value in
            try args.expect("issubclass", min: 2, max: 2)
            guard let t = args[0].asType else { throw .typeError("issubclass() arg 1 must be a class") }
            return .bool(try interp.isSubclass(t, args[1]))
        }
        add("hasattr") { (interp, args) throws(PyError) -> Value in
            try args.expect("hasattr", min: 2, max: 2)
            guard let n = args[1].asStr else { throw .typeError("attribute name must be string, not '\(args[1].typeName)'") }
            return .bool(try interp.lookupAttributeOrNil(args[0], n.string) != nil)
        }
        add("getattr") { (interp, args) throws(PyError) -> Value in
            try args.expect("getattr", min: 2, max: 3)
            guard let n = args[1].asStr else { throw .typeError("attribute name must be string, not '\(args[1].typeName)'") }
            if args.count == 3 { return try interp.lookupAttributeOrNil(args[0], n.string) ?? args[2] }
            return try interp.getAttribute(args[0], PyStr.intern(n.string))
        }
        add("setattr") { (interp, args) throws(PyError) -> Value in
            try args.expect("setattr", min: 3, max: 3)
            guard let n = args[1].asStr else { throw .typeError("attribute name must be string, not '\(args[1].typeName)'") }
            try interp.setAttribute(args[0], PyStr.intern(n.string), args[2])
            return .none
        }
        add("delattr") { (interp, args) throws(PyError) -> Value in
            try args.expect("delattr", min: 2, max: 2)
            guard let n = args[1].asStr else { throw .typeError("attribute name must be string, not '\(args[1].typeName)'") }
            try interp.deleteAttribute(args[0], PyStr.intern(n.string))
            return .none
        }
        add("id") { (interp, args) throws(PyError) -> Value in
            try args.expect("id", min: 1, max: 1)
            if case .object(let o) = args[0] { return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o)))) }
            return .int(try Interpreter.hash(args[0], interp) &* 31 &+ 7)
        }
        add("hash") { (interp, args) throws(PyError) -> Value in
            try args.expect("hash", min: 1, max: 1)
            return .int(try Interpreter.hash(args[0], interp))
        }
        add("callable") { (interp, args) throws(PyError) -> Value in
            try args.expect("callable", min: 1, max: 1)
            return .bool(interp.isCallable(args[0]))
        }
        add("iter") { (interp, args) throws(PyError) -> Value in
            try args.expect("iter", min: 1, max: 2)
            if args.count == 2 { return .object(PyCallableIterator(args[0], sentinel: args[1])) }
            return try interp.getIterator(args[0])
        }
        add("next") { (interp, args) throws(PyError) -> Value in
            try args.expect("next", min: 1, max: 2)
            let it = args[0]
            switch it {
            case .object(let o) where o.kind == .iterator || o.kind == .generator || o.type.lookup(PyStr.intern("__next__")) != nil:
                break
            default:
                throw .typeError("'\(it.typeName)' object is not an iterator")
            }
            if let g = it.asObject as? PyGenerator, args.count == 1 {
                return try interp.generatorSend(g, .none)
            }
            if let v = try interp.nextValue(it) { return v }
            if args.count == 2 { return args[1] }
            throw PyError(.stopIteration())
        }
        add("abs") { (interp, args) throws(PyError) -> Value in
            try args.expect("abs", min: 1, max: 1)
            let v = args[0]
            switch v {
            case .int(let i): return i == Int.min ? PyBigInt.make(-BigInt(i)) : .int(Swift.abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(Swift.abs(d))
            default:
                if let b = v.asBigInt { return PyBigInt.make(BigInt(b.value.magnitude)) }
                if let c = v.asObject as? PyComplex { return .float(hypot(c.real, c.imag)) }
                if let m = interp.userMethod(v.type, "__abs__") { return try interp.call(m, [v]) }
                throw .typeError("bad operand type for abs(): '\(v.typeName)'")
            }
        }
        add("chr") { (interp, args) throws(PyError) -> Value in
            try args.expect("chr", min: 1, max: 1)
            let i = try interp.intArgument(args[0])
            guard i >= 0, i < 0x110000, let u = Unicode.Scalar(UInt32(i)) else {
                throw .valueError("chr() arg not in range(0x110000)")
            }
            if i < 128 { return .object(PyStr.ascii(UInt8(i))) }
            return .object(PyStr(scalars: [u]))
        }
        add("ord") { (interp, args) throws(PyError) -> Value in
            try args.expect("ord", min: 1, max: 1)
            if let s = args[0].asStr {
                guard s.count == 1 else {
                    throw .typeError("ord() expected a character, but string of length \(s.count) found")
                }
                return .int(Int(s.scalar(at: 0).value))
            }
            if let b = args[0].asObject as? PyBytes, b.bytes.count == 1 { return .int(Int(b.bytes[0])) }
            throw .typeError("ord() expected string of length 1, but \(args[0].typeName) found")
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            add(name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                var big = interp.bigIntValue(args[0])
                if big == nil, let i = try interp.indexValue(args[0]) { big = BigInt(i) }
                guard let n = big else {
                    throw .typeError("'\(args[0].typeName)' object cannot be interpreted as an integer")
                }
                let digits = String(n.magnitude, radix: radix)
                return .str((n.sign == .minus ? "-" : "") + prefix + digits)
            }
        }
        add("divmod") { (interp, args) throws(PyError) -> Value in
            try args.expect("divmod", min: 2, max: 2)
            if case .float = args[0], try !interp.isTrue(args[1]), Number(args[1]) != nil { throw .zeroDivision("float divmod()") }
            if case .float = args[1], try !interp.isTrue(args[1]) { throw .zeroDivision("float divmod()") }
            let q = try interp.binaryOp(args[0], args[1], .floorDiv)
            let r = try interp.binaryOp(args[0], args[1], .mod)
            return .object(PyTuple([q, r]))
        }
        add("pow") { (interp, args) throws(PyError) -> Value in
            try args.expect("pow", min: 2, max: 3, keywords: true)
            if args.count == 3, !args[2].isNone {
                guard let b = interp.bigIntValue(args[0]), let e = interp.bigIntValue(args[1]), let m = interp.bigIntValue(args[2]) else {
                    throw .typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                if m == 0 { throw .valueError("pow() 3rd argument cannot be 0") }
                var result: BigInt
                if e < 0 {
                    guard let inv = b.inverse(m) else { throw .valueError("base is not invertible for the given modulus") }
                    result = inv.power(-e, modulus: m)
                } else {
                    result = b.power(e, modulus: m)
                }
                if result != 0 && (result < 0) != (m < 0) { result += m }
                return PyBigInt.make(result)
            }
            return try interp.binaryOp(args[0], args[1], .pow)
        }
        add("round") { (interp, args) throws(PyError) -> Value in
            try args.expect("round", min: 1, max: 2, keywords: true)
            let ndigits = args.argument(1, "ndigits")
            return try interp.round(args[0], ndigits.flatMap { $0.isNone ? nil : $0 })
        }
        add("sum") { (interp, args) throws(PyError) -> Value in
            try args.expect("sum", min: 1, max: 2, keywords: true)
            var acc = args.argument(1, "start") ?? .int(0)
            if acc.asStr != nil { throw .typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            try interp.forEach(args[0]) { (x) throws(PyError) in
                if case .int(let a) = acc, case .int(let b) = x {
                    let (r, o) = a.addingReportingOverflow(b)
                    if !o { acc = .int(r); return }
                }
                if case .float(let a) = acc, case .float(let b) = x { acc = .float(a + b); return }
                acc = try interp.binaryOp(acc, x, .add)
            }
            return acc
        }
        add("min") { (interp, args) throws(PyError) -> Value in try interp.minMax(args, wantMax: false) }
        add("max") { (interp, args) throws(PyError) -> Value in try interp.minMax(args, wantMax: true) }
        add("any") { (interp, args) throws(PyError) -> Value in
            try args.expect("any", min: 1, max: 1)
            let it = try interp.getIterator(args[0])
            while let x = try interp.nextValue(it) { if try interp.isTrue(x) { return .true } }
            return .false
        }
        add("all") { (interp, args) throws(PyError) -> Value in
            try args.expect("all", min: 1, max: 1)
            let it = try interp.getIterator(args[0])
            while let x = try interp.nextValue(it) { if try !interp.isTrue(x) { return .false } }
            return .true
        }
        add("sorted") { (interp, args) throws(PyError) -> Value in
            guard args.count == 1 else {
                throw .typeError("sorted expected 1 argument, got \(args.count)")
            }
            let list = PyList(try interp.iterate(args[0]))
            try interp.sortList(list, key: args.keyword("key") ?? .none, reverse: try interp.isTrue(args.keyword("reverse") ?? .false))
            return .object(list)
        }
        add("reversed") { (interp, args) throws(PyError) -> Value in
            try args.expect("reversed", min: 1, max: 1)
            let v = args[0]
            if let l = v.asList { return .object(PyReversedListIterator(l)) }
            if case .object(let o) = v, !o.type.isBuiltin, let m = interp.userMethod(o.type, "__reversed__") {
                return try interp.call(m, [v])
            }
            if let t = v.asTuple { return .object(PyArrayIterator(ContiguousArray(t.items.reversed()))) }
            if v.asDict != nil || v.asObject is PyDictView {
                return .object(PyArrayIterator(ContiguousArray(try interp.iterate(v).reversed()), type: Builtins.dictReverseIteratorType))
            }
            if let r = v.asObject as? PyRange {
                let n = r.count
                return .object(PyRangeIterator(PyRange(start: r.item(n - 1), stop: r.item(n - 1) - r.step * n, step: -r.step)))
            }
            if v.asStr != nil || v.asObject is PyBytes {
                return .object(PyArrayIterator(ContiguousArray(try interp.iterate(v).reversed())))
            }
            guard v.type.lookup(PyStr.intern("__getitem__")) != nil, v.type.lookup(PyStr.intern("__len__")) != nil,
                !(v.asObject is PySet)
            else { throw .typeError("'\(v.typeName)' object is not reversible") }
            let n = try interp.length(v)
            var items = ContiguousArray<Value>()
            for i in stride(from: n - 1, through: 0, by: -1) { items.append(try interp.getItem(v, .int(i))) }
            return .object(PyArrayIterator(items))
        }
        add("enumerate") { (interp, args) throws(PyError) -> Value in
            try args.expect("enumerate", min: 1, max: 2, keywords: true)
            let it = try interp.getIterator(args[0])
            var i = try interp.intArgument(args.argument(1, "start") ?? .int(0))
            return .object(PyClosureIterator(type: Builtins.enumerateType) { (interp) throws(PyError) -> Value? in
                guard let x = try interp.nextValue(it) else { return nil }
                defer { i += 1 }
                return .object(PyTuple([.int(i), x]))
            })
        }
        add("zip") { (interp, args) throws(PyError) -> Value in
            var its: [Value] = []
            for i in 0..<args.count { its.append(try interp.getIterator(args[i])) }
            let strict = try interp.isTrue(args.keyword("strict") ?? .false)
            return .object(PyClosureIterator(type: Builtins.zipType) { (interp) throws(PyError) -> Value? in
                if its.isEmpty { return nil }
                var items = ContiguousArray<Value>()
                for (k, it) in its.enumerated() {
                    guard let x = try interp.nextValue(it) else {
                        if strict && k > 0 {
                            throw .valueError("zip() argument \(k + 1) is shorter than argument\(k > 1 ? "s 1-\(k)" : " 1")")
                        }
                        if strict && k == 0 {
                            for (j, other) in its.enumerated().dropFirst() where try interp.nextValue(other) != nil {
                                throw .valueError("zip() argument \(j + 1) is longer than argument\(j > 1 ? "s 1-\(j)" : " 1")")
                            }
                        }
                        return nil
                    }
                    items.append(x)
                }
                return .object(PyTuple(items))
            })
        }
        add("map") { (interp, args) throws(PyError) -> Value in
            guard args.count >= 2 else { throw .typeError("map() must have at least two arguments.") }
            let fn = args[0]
            var its: [Value] = []
            for i in 1..<args.count { its.append(try interp.getIterator(args[i])) }
            return .object(PyClosureIterator(type: Builtins.mapType) { (interp) throws(PyError) -> Value? in
                var vals: [Value] = []
                for it in its {
                    guard let x = try interp.nextValue(it) else { return nil }
                    vals.append(x)
                }
                return try interp.call(fn, vals)
            })
        }
        add("filter") { (interp, args) throws(PyError) -> Value in
            try args.expect("filter", min: 2, max: 2)
            let fn = args[0]
            let it = try interp.getIterator(args[1])
            return .object(PyClosureIterator(type: Builtins.filterType) { (interp) throws(PyError) -> Value? in
                while let x = try interp.nextValue(it) {
                    let keep = fn.isNone ? try interp.isTrue(x) : try interp.isTrue(try interp.call(fn, [x]))
                    if keep { return x }
                }
                return nil
            })
        }
        add("format") { (interp, args) throws(PyError) -> Value in
            try args.expect("format", min: 1, max: 2)
            let spec = args.count > 1 ? (args[1].asStr?.string ?? "") : ""
            return .str(try interp.format(args[0], spec))
        }
        add("input") { (interp, args) throws(PyError) -> Value in
            try args.expect("input", min: 0, max: 1)
            let prompt = args.count > 0 ? try interp.str(args[0]) : ""
            interp.stdout.write(prompt)
            interp.stdout.flush()
            if let reader = interp.readLine {
                guard let line = reader(prompt) else { throw PyError(.make(Builtins.exceptionType("EOFError"), "EOF when reading a line")) }
                return .str(line)
            }
            var line = ""
            var c: Int32 = 0
            while true {
                c = getchar()
                if c == EOF || c == 10 { break }
                line.unicodeScalars.append(Unicode.Scalar(UInt8(c)))
            }
            if c == EOF && line.isEmpty { throw PyError(.make(Builtins.exceptionType("EOFError"), "EOF when reading a line")) }
            return .str(line)
        }
        installMoreBuiltins(b, interp)
        installFrameBuiltins(b)
    }
}

extension Builtins {
    static let enumerateType = makeIteratorType("enumerate")
    static let zipType = makeIteratorType("zip")
    static let mapType = makeIteratorType("map")
    static let filterType = makeIteratorType("filter")

    static func makeIteratorType(_ name: String) -> PyType {
        let t = PyType(
            name: name, metatype: typeType, bases: [iteratorType], instanceKind: .iterator, isBuiltin: true,
            namespace: PyDict(type: dictType))
        t.mro = [t, iteratorType, objectType]
        return t
    }
}

extension Interpreter {
    /// `print`'s output: one write for the interpreter's own streams, one `write` call per piece (argument,
    /// separator, end) for a Python file object, as CPython's print does.
    func writePieces(_ pieces: [String], to file: Value, flush: Bool) throws(PyError) {
        var target = file
        if target.isNone, let sys = modules.getItem("sys"), let out = try? getAttribute(sys, "stdout") {
            target = out
        }
        if target.isNone || target.asObject is PyTextStream {
            try writeText(pieces.joined(), to: target, flush: flush)
            return
        }
        let write = try getAttribute(target, "write")
        for p in pieces where !p.isEmpty { try call(write, [.str(p)]) }
        if flush, let f = try lookupAttributeOrNil(target, "flush") { try call(f, []) }
    }

    /// Write text to `file` (None means sys.stdout) as `print` does.
    public func writeText(_ text: String, to file: Value, flush: Bool) throws(PyError) {
        if file.isNone {
            if let sys = modules.getItem("sys"), let out = try? getAttribute(sys, "stdout"), !(out.asObject is PyTextStream) {
                try callMethod(out, "write", [.str(text)])
                if flush { _ = try? callMethod(out, "flush", []) }
                return
            }
            stdout.write(text)
            if flush { stdout.flush() }
            return
        }
        if let stream = file.asObject as? PyTextStream {
            stream.sink(self).write(text)
            if flush { stream.sink(self).flush() }
            return
        }
        try callMethod(file, "write", [.str(text)])
        if flush, let f = try lookupAttributeOrNil(file, "flush") { try call(f, []) }
    }

    public func isInstance(_ v: Value, _ spec: Value) throws(PyError) -> Bool {
        if let t = spec.asType {
            if v.type.isSubtype(of: t) { return true }
            if t.type !== Builtins.typeType, let check = userMethod(t.type, "__instancecheck__") {
                return try isTrue(try call(check, [spec, v]))
            }
            return false
        }
        if let u = spec.asObject as? PyUnionType {
            for m in u.members {
                if try isInstance(v, m.isNone ? .object(Builtins.noneType) : m) { return true }
            }
            return false
        }
        if case .object(let o) = spec, o.type.dispatchesDunders, let check = userMethod(o.type, "__instancecheck__") {
            return try isTrue(try call(check, [spec, v]))
        }
        if let tuple = spec.asTuple {
            for item in tuple.items { if try isInstance(v, item) { return true } }
            return false
        }
        throw .typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    public func isSubclass(_ t: PyType, _ spec: Value) throws(PyError) -> Bool {
        if let s = spec.asType {
            if t.isSubtype(of: s) { return true }
            if s.type !== Builtins.typeType, let check = userMethod(s.type, "__subclasscheck__") {
                return try isTrue(try call(check, [spec, .object(t)]))
            }
            return false
        }
        if let u = spec.asObject as? PyUnionType {
            for m in u.members {
                if try isSubclass(t, m.isNone ? .object(Builtins.noneType) : m) { return true }
            }
            return false
        }
        if let tuple = spec.asTuple {
            for item in tuple.items { if try isSubclass(t, item) { return true } }
            return false
        }
        throw .typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    public func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .function, .builtinFunction, .boundMethod, .type, .methodDescriptor: return true
        default: return o.type.lookup(PyStr.intern("__call__")) != nil
        }
    }

    func minMax(_ args: Args, wantMax: Bool) throws(PyError) -> Value {
        let name = wantMax ? "max" : "min"
        let key = args.keyword("key") ?? .none
        let defaultValue = args.keyword("default")
        for (k, _) in args.keywords where k != "key" && k != "default" {
            throw .typeError("'\(k)' is an invalid keyword argument for \(name)()")
        }
        var items: ContiguousArray<Value>
        if args.count == 1 {
            items = try iterate(args[0])
        } else if args.count == 0 {
            throw .typeError("\(name) expected at least 1 argument, got 0")
        } else {
            if defaultValue != nil {
                throw .typeError("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = ContiguousArray(args.positional)
        }
        guard !items.isEmpty else {
            if let d = defaultValue { return d }
            throw .valueError("\(name)() arg is an empty sequence")
        }
        var best = items[0]
        var bestKey = key.isNone ? best : try call(key, [best])
        for x in items.dropFirst() {
            let k = key.isNone ? x : try call(key, [x])
            let better = wantMax ? try lessThan(bestKey, k) : try lessThan(k, bestKey)
            if better {
                best = x
                bestKey = k
            }
        }
        return best
    }

    /// `round(x, ndigits)` with banker's rounding.
    func round(_ v: Value, _ ndigits: Value?) throws(PyError) -> Value {
        switch v {
        case .int, .bool:
            guard let nd = ndigits else { return .int(intValue(v)!) }
            let n = try intArgument(nd)
            if n >= 0 { return .int(intValue(v)!) }
            let p = BigInt(10).power(-n)
            let x = BigInt(intValue(v)!)
            let (q, r) = Interpreter.floorDivMod(x, p)
            var result = q
            if r * 2 > p || (r * 2 == p && !q.isMultiple(of: 2)) { result += 1 }
            return PyBigInt.make(result * p)
        case .float(let d):
            guard let nd = ndigits else {
                if d.isNaN { throw .valueError("cannot convert float NaN to integer") }
                if d.isInfinite { throw .overflowError("cannot convert float infinity to integer") }
                let r = d.rounded(.toNearestOrEven)
                if Swift.abs(r) < 9e18 { return .int(Int(r)) }
                return PyBigInt.make(BigInt(r))
            }
            let n = try intArgument(nd)
            if !d.isFinite { return v }
            // Correctly rounded via the shortest decimal text, as CPython does with dtoa.
            let text = Interpreter.cFormat("%.*f", Swift.max(0, Swift.min(n, 300)), d)
            if n >= 0 { return .float(Double(text) ?? d) }
            let p = Glibc.pow(10.0, Double(-n))
            return .float((d / p).rounded(.toNearestOrEven) * p)
        default:
            if v.asBigInt != nil { return v }
            if let m = userMethod(v.type, "__round__") {
                return try call(m, ndigits.map { [v, $0] } ?? [v])
            }
            throw .typeError("type \(v.typeName) doesn't define __round__ method")
        }
    }
}
