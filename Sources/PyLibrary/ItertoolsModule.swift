import PyRuntime

/// `itertools`, all lazy: `count`, `cycle`, `repeat`, `accumulate`, `chain` (+ `chain.from_iterable`),
/// `compress`, `dropwhile`, `takewhile`, `filterfalse`, `groupby` (groups invalidated as the outer iterator
/// advances, as in CPython), `islice`, `starmap`, `tee`, `zip_longest`, `pairwise`, and the combinatorics in
/// ItertoolsCombinatorics.swift. `count` and `repeat` have CPython's reprs (`count(5)`, `repeat('a', 3)`).
///
/// Left out: `batched` (3.12), pickling/`__reduce__`/`__setstate__`, `tee.__copy__`.
enum ItertoolsModule {
    static let module = "itertools"
    nonisolated(unsafe) static var types: [String: PyType] = [:]
    private static let typesLock = NSLockLite()

    /// The iterator type `itertools.<name>`, created once per process.
    static func type(_ name: String) -> PyType {
        typesLock.withLock {
            if let t = types[name] { return t }
            let t = Lib.iteratorType(name, module: module)
            types[name] = t
            return t
        }
    }

    static func iterator(_ name: String, _ step: @escaping PyClosureIterator.Step) -> Value {
        .object(PyClosureIterator(type: type(name), step))
    }

    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "itertools")
        m.set("count", .object(countType))
        m.set("repeat", .object(repeatType))
        installSimple(m)
        installGrouping(m)
        ItertoolsCombinatorics.install(m)
        return m
    }

    // MARK: count and repeat (types with visible state for their reprs)

    final class CountIterator: PyIterator, @unchecked Sendable {  // thread-confined, as every PyObject
        var current: Value
        let step: Value
        init(_ start: Value, _ step: Value) {
            current = start
            self.step = step
            super.init(type: ItertoolsModule.countType)
        }
        override func next(_ interp: Interpreter) throws(PyError) -> Value? {
            let v = current
            if case .int(let a) = current, case .int(let b) = step, case (let r, false) = a.addingReportingOverflow(b) {
                current = .int(r)
            } else {
                current = try interp.binaryOp(current, step, .add)
            }
            return v
        }
    }

    static let countType: PyType = {
        let t = Lib.iteratorType("count", module: module)
        t.constructor = { (interp, _, args) throws(PyError) -> Value in
            let a = try Lib.bind("count", args, ["start", "step"])
            let start = a[0] ?? .int(0)
            let step = a[1] ?? .int(1)
            for v in [start, step] where !isNumber(v) { throw .typeError("a number is required") }
            return .object(CountIterator(start, step))
        }
        Lib.boundDunder(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let c = try Lib.receiver(v, CountIterator.self, "itertools.count")
            if case .int(1) = c.step { return .str("count(\(try interp.repr(c.current)))") }
            return .str("count(\(try interp.repr(c.current)), \(try interp.repr(c.step)))")
        }
        return t
    }()

    static func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .float, .bool: return true
        default:
            if v.asBigInt != nil || v.asObject is PyComplex { return true }
            return v.asObject.map { !$0.type.isBuiltin && $0.type.lookup("__add__") != nil } ?? false
        }
    }

    final class RepeatIterator: PyIterator, @unchecked Sendable {  // thread-confined, as every PyObject
        let object: Value
        var remaining: Int?
        init(_ object: Value, _ times: Int?) {
            self.object = object
            remaining = times.map { Swift.max(0, $0) }
            super.init(type: ItertoolsModule.repeatType)
        }
        override func next(_ interp: Interpreter) throws(PyError) -> Value? {
            guard let r = remaining else { return object }
            if r == 0 { return nil }
            remaining = r - 1
            return object
        }
        override var lengthHint: Int? { remaining }
    }

    static let repeatType: PyType = {
        let t = Lib.iteratorType("repeat", module: module)
        t.constructor = { (interp, _, args) throws(PyError) -> Value in
            let a = try Lib.bind("repeat", args, ["object", "times"], required: 1)
            let times = try a[1].map { (v) throws(PyError) in try interp.intArgument(v) }
            return .object(RepeatIterator(a[0]!, times))
        }
        Lib.boundDunder(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let r = try Lib.receiver(v, RepeatIterator.self, "itertools.repeat")
            if let n = r.remaining { return .str("repeat(\(try interp.repr(r.object)), \(n))") }
            return .str("repeat(\(try interp.repr(r.object)))")
        }
        Lib.method(t, "__length_hint__") { (_, v, _) throws(PyError) -> Value in
            let r = try Lib.receiver(v, RepeatIterator.self, "itertools.repeat")
            guard let n = r.remaining else { throw .typeError("len() of unsized object") }
            return .int(n)
        }
        return t
    }()

    // MARK: Simple iterators

    static func installSimple(_ m: PyModule) {
        Lib.function(m, "cycle") { (interp, args) throws(PyError) -> Value in
            try args.expect("cycle", min: 1, max: 1)
            let it = try interp.getIterator(args[0])
            var saved: [Value] = []
            var index = -1
            return iterator("cycle") { (interp) throws(PyError) -> Value? in
                if index < 0 {
                    if let x = try interp.nextValue(it) {
                        saved.append(x)
                        return x
                    }
                    if saved.isEmpty { return nil }
                    index = 0
                }
                defer { index = (index + 1) % saved.count }
                return saved[index]
            }
        }
        Lib.function(m, "accumulate") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("accumulate", args, ["iterable", "func", "initial"], required: 1, positionalCount: 2)
            let it = try interp.getIterator(a[0]!)
            let fn = a[1].flatMap { $0.isNone ? nil : $0 }
            var total: Value? = a[2].flatMap { $0.isNone ? nil : $0 }
            var pendingInitial = total != nil
            return iterator("accumulate") { (interp) throws(PyError) -> Value? in
                if pendingInitial {
                    pendingInitial = false
                    return total
                }
                guard let x = try interp.nextValue(it) else { return nil }
                if let t = total {
                    total = fn == nil ? try interp.binaryOp(t, x, .add) : try interp.call(fn!, [t, x])
                } else {
                    total = x
                }
                return total
            }
        }
        let chain = type("chain")
        chain.constructor = { (interp, _, args) throws(PyError) -> Value in
            try Lib.noKeywords("chain", args)
            return chainOf(Array(args.positional).makeIterator())
        }
        Lib.classMethod(chain, "from_iterable") { (interp, args) throws(PyError) -> Value in
            guard args.count == 2 else {
                throw .typeError("chain.from_iterable() takes exactly one argument (\(args.count - 1) given)")
            }
            let outer = try interp.getIterator(args[1])
            return chainOf(interp, outer)
        }
        m.set("chain", .object(chain))
        Lib.function(m, "compress") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("compress", args, ["data", "selectors"], required: 2)
            let data = try interp.getIterator(a[0]!)
            let selectors = try interp.getIterator(a[1]!)
            return iterator("compress") { (interp) throws(PyError) -> Value? in
                while let x = try interp.nextValue(data) {
                    guard let s = try interp.nextValue(selectors) else { return nil }
                    if try interp.isTrue(s) { return x }
                }
                return nil
            }
        }
        for name in ["dropwhile", "takewhile", "filterfalse"] {
            Lib.function(m, name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 2, max: 2)
                let predicate = args[0]
                let it = try interp.getIterator(args[1])
                var done = false
                return iterator(name) { (interp) throws(PyError) -> Value? in
                    while let x = try interp.nextValue(it) {
                        let truth =
                            predicate.isNone && name == "filterfalse"
                            ? try interp.isTrue(x) : try interp.isTrue(try interp.call(predicate, [x]))
                        switch name {
                        case "dropwhile":
                            if done || !truth {
                                done = true
                                return x
                            }
                        case "takewhile":
                            if done || !truth {
                                done = true
                                return nil
                            }
                            return x
                        default:
                            if !truth { return x }
                        }
                    }
                    return nil
                }
            }
        }
        Lib.function(m, "starmap") { (interp, args) throws(PyError) -> Value in
            try args.expect("starmap", min: 2, max: 2)
            let fn = args[0]
            let it = try interp.getIterator(args[1])
            return iterator("starmap") { (interp) throws(PyError) -> Value? in
                guard let x = try interp.nextValue(it) else { return nil }
                return try interp.call(fn, Array(try interp.iterate(x)))
            }
        }
        Lib.function(m, "zip_longest") { (interp, args) throws(PyError) -> Value in
            for (k, _) in args.keywords where k != "fillvalue" {
                throw .typeError("zip_longest() got an unexpected keyword argument '\(k)'")
            }
            let fill = args.keyword("fillvalue") ?? .none
            var its: [Value?] = []
            for i in 0..<args.count { its.append(try interp.getIterator(args[i])) }
            var active = its.count
            return iterator("zip_longest") { (interp) throws(PyError) -> Value? in
                if its.isEmpty || active == 0 { return nil }
                var items = ContiguousArray<Value>()
                for i in its.indices {
                    guard let it = its[i] else {
                        items.append(fill)
                        continue
                    }
                    if let x = try interp.nextValue(it) {
                        items.append(x)
                    } else {
                        its[i] = nil
                        active -= 1
                        if active == 0 { return nil }
                        items.append(fill)
                    }
                }
                return .object(PyTuple(items))
            }
        }
        Lib.function(m, "pairwise") { (interp, args) throws(PyError) -> Value in
            try args.expect("pairwise", min: 1, max: 1)
            let it = try interp.getIterator(args[0])
            var previous: Value? = nil
            return iterator("pairwise") { (interp) throws(PyError) -> Value? in
                if previous == nil {
                    guard let first = try interp.nextValue(it) else { return nil }
                    previous = first
                }
                guard let x = try interp.nextValue(it) else { return nil }
                defer { previous = x }
                return .object(PyTuple([previous!, x]))
            }
        }
        Lib.function(m, "islice") { (interp, args) throws(PyError) -> Value in try islice(interp, args) }
    }

    /// A chain over iterables produced by `sources` (each turned into an iterator when reached).
    static func chainOf(_ sources: IndexingIterator<[Value]>) -> Value {
        var sources = sources
        var current: Value? = nil
        return iterator("chain") { (interp) throws(PyError) -> Value? in
            while true {
                if let it = current, let x = try interp.nextValue(it) { return x }
                guard let next = sources.next() else { return nil }
                current = try interp.getIterator(next)
            }
        }
    }

    static func chainOf(_ interp: Interpreter, _ outer: Value) -> Value {
        var current: Value? = nil
        return iterator("chain") { (interp) throws(PyError) -> Value? in
            while true {
                if let it = current, let x = try interp.nextValue(it) { return x }
                guard let next = try interp.nextValue(outer) else { return nil }
                current = try interp.getIterator(next)
            }
        }
    }

    static func islice(_ interp: Interpreter, _ args: Args) throws(PyError) -> Value {
        try args.expect("islice", min: 2, max: 4)
        let stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        let indexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        func index(_ v: Value, _ message: String) throws(PyError) -> Int? {
            if v.isNone { return nil }
            guard let i = Lib.smallInt(v), i >= 0 else {
                if v.asBigInt != nil, let b = Lib.bigInt(v), b > 0 { return Int.max }
                throw .valueError(message)
            }
            return i
        }
        var start = 0
        var stop: Int?
        var step = 1
        if args.count == 2 {
            stop = try index(args[1], stopMessage)
        } else {
            start = try index(args[1], indexMessage) ?? 0
            stop = try index(args[2], stopMessage)
            if args.count == 4 {
                if !args[3].isNone {
                    guard let s = Lib.smallInt(args[3]), s >= 1 else {
                        throw .valueError("Step for islice() must be a positive integer or None.")
                    }
                    step = s
                }
            }
        }
        var it: Value? = try interp.getIterator(args[0])
        var consumed = 0
        var next = start
        return iterator("islice") { (interp) throws(PyError) -> Value? in
            guard let source = it else { return nil }
            while consumed < next {
                guard try interp.nextValue(source) != nil else {
                    it = nil
                    return nil
                }
                consumed += 1
            }
            if let stop, consumed >= stop {
                it = nil
                return nil
            }
            guard let x = try interp.nextValue(source) else {
                it = nil
                return nil
            }
            consumed += 1
            let (advanced, overflow) = next.addingReportingOverflow(step)
            next = overflow ? Int.max : advanced
            if let stop, next > stop { next = stop }
            return x
        }
    }

    // MARK: groupby and tee

    final class GroupState {
        let it: Value
        let key: Value
        var currentKey: Value?
        var currentValue: Value?
        var targetKey: Value?
        var currentGrouper: ObjectIdentifier?
        init(it: Value, key: Value) {
            self.it = it
            self.key = key
        }
        /// Advance the source; false at its end.
        func step(_ interp: Interpreter) throws(PyError) -> Bool {
            guard let v = try interp.nextValue(it) else { return false }
            currentKey = key.isNone ? v : try interp.call(key, [v])
            currentValue = v
            return true
        }
    }

    static func installGrouping(_ m: PyModule) {
        Lib.function(m, "groupby") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("groupby", args, ["iterable", "key"], required: 1)
            let state = GroupState(it: try interp.getIterator(a[0]!), key: a[1] ?? .none)
            return iterator("groupby") { (interp) throws(PyError) -> Value? in
                state.currentGrouper = nil
                while true {
                    if let current = state.currentKey {
                        guard let target = state.targetKey else { break }
                        if try !interp.equal(target, current) { break }
                    }
                    if try !state.step(interp) { return nil }
                }
                state.targetKey = state.currentKey
                let target = state.targetKey!
                var grouper: PyClosureIterator!
                grouper = PyClosureIterator(type: type("_grouper")) { (interp) throws(PyError) -> Value? in
                    guard state.currentGrouper == ObjectIdentifier(grouper) else { return nil }
                    if state.currentValue == nil, try !state.step(interp) { return nil }
                    guard let current = state.currentKey, try interp.equal(target, current) else { return nil }
                    defer { state.currentValue = nil }
                    return state.currentValue
                }
                state.currentGrouper = ObjectIdentifier(grouper)
                return .object(PyTuple([target, .object(grouper)]))
            }
        }
        Lib.function(m, "tee") { (interp, args) throws(PyError) -> Value in
            try args.expect("tee", min: 1, max: 2)
            let n = args.count > 1 ? try interp.intArgument(args[1]) : 2
            if n < 0 { throw .valueError("n must be >= 0") }
            let buffer = TeeBuffer(try interp.getIterator(args[0]))
            var iterators = ContiguousArray<Value>()
            for _ in 0..<n {
                var position = 0
                iterators.append(
                    iterator("_tee") { (interp) throws(PyError) -> Value? in
                        guard let x = try buffer.item(interp, position) else { return nil }
                        position += 1
                        return x
                    })
            }
            return .object(PyTuple(iterators))
        }
    }

    /// The shared buffer of `tee` iterators: items read from the source once, kept while any iterator may
    /// still need them (the buffer only grows; tee is documented to use memory for the lag between iterators).
    final class TeeBuffer {
        let source: Value
        var items: [Value] = []
        var exhausted = false
        init(_ source: Value) { self.source = source }
        func item(_ interp: Interpreter, _ i: Int) throws(PyError) -> Value? {
            while items.count <= i {
                if exhausted { return nil }
                guard let x = try interp.nextValue(source) else {
                    exhausted = true
                    return nil
                }
                items.append(x)
            }
            return items[i]
        }
    }
}
