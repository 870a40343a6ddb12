import PyCompiler

/// What a frame-aware builtin (`super()`, `locals()`, `globals()`, `vars()`, `eval`, `exec`, `dir()`) sees of
/// the Python frame that called it.
public struct CallerFrame {
    public let globals: PyDict
    public let locals: PyDict?
    let base: UnsafeMutablePointer<Value>
    let code: PyCode

    /// The value of local slot `i` (nil when unbound).
    func local(_ i: Int) -> Value? {
        let v = base[i]
        return v.isUndefined ? nil : v
    }

    /// The current locals as a dict (`locals()` inside a function is a snapshot, as in CPython).
    public func localsSnapshot() -> PyDict {
        if let locals { return locals }
        let d = PyDict()
        for (i, name) in code.varNames.enumerated() where !base[i].isUndefined { d.setItem(str: name, base[i]) }
        let c = code.code
        for (i, name) in (c.cellVars + c.freeVars).enumerated() {
            if let cell = base[code.nLocals + i].asObject as? PyCell, !cell.value.isUndefined {
                d.setItem(name, cell.value)
            }
        }
        return d
    }

    /// The cell named `name` among this frame's cell and free variables.
    func cell(named name: String) -> PyCell? {
        let c = code.code
        guard let i = (c.cellVars + c.freeVars).firstIndex(of: name) else { return nil }
        return base[code.nLocals + i].asObject as? PyCell
    }
}

/// Builtins that need the caller's frame register here; the VM passes it when it calls them.
public final class FrameAwareBuiltins: @unchecked Sendable {
    public typealias Body = (Interpreter, CallerFrame, Args) throws(PyError) -> Value
    static func register(_ fn: PyBuiltinFunction, _ body: @escaping Body) {
        fn.frameAwareBody = body
    }
}

extension Interpreter {
    // MARK: Calls from the VM

    /// `call`/`callKw`: the callable is at `slot`, `argc` values follow. Leaves the result at `slot`.
    @inline(__always)
    func callOnStack(
        slot: UnsafeMutablePointer<Value>, argc: Int, kwNames: PyTuple?, sp: inout UnsafeMutablePointer<Value>,
        globals: PyDict, frame: UnsafeMutablePointer<Value>, code: PyCode, locals: PyDict?
    ) throws(PyError) {
        if let peeked = Value.peekObject(slot), peeked._withUnsafeGuaranteedRef({ $0.kind == .function }) {
            // The callable stays on the stack for the whole call, which keeps the function alive.
            sp = slot + 1  // the callee consumes the arguments
            unowned(unsafe) let f = unsafeDowncast(peeked.takeUnretainedValue(), to: PyFunction.self)
            let r = try callFunctionConsuming(f, args: slot + 1, argc: argc, kwNames: kwNames)
            slot.pointee = r
            return
        }
        let callable = slot.pointee
        if case .object(let o) = callable {
            if o.kind == .boundMethod {
                let m = unsafeDowncast(o, to: PyBoundMethod.self)
                if case .object(let fo) = m.function, fo.kind == .function {
                    let f = unsafeDowncast(fo, to: PyFunction.self)
                    slot.pointee = m.receiver
                    sp = slot
                    let r = try callFunctionConsuming(f, args: slot, argc: argc + 1, kwNames: kwNames)
                    slot.initialize(to: r)
                    sp = slot + 1
                    return
                }
            }
            if o.kind == .builtinFunction, let body = unsafeDowncast(o, to: PyBuiltinFunction.self).frameAwareBody {
                let caller = CallerFrame(globals: globals, locals: locals, base: frame, code: code)
                let nkw = kwNames?.count ?? 0
                let args = Args(
                    values: UnsafeBufferPointer(start: slot + 1, count: argc), count: argc - nkw, kwNames: kwNames)
                let r = try body(self, caller, args)
                (slot + 1).deinitialize(count: argc)
                sp = slot + 1
                slot.pointee = r
                return
            }
        }
        let nkw = kwNames?.count ?? 0
        let args = Args(values: UnsafeBufferPointer(start: slot + 1, count: argc), count: argc - nkw, kwNames: kwNames)
        let r = try call(callable, args: args)
        (slot + 1).deinitialize(count: argc)
        sp = slot + 1
        slot.pointee = r
    }

    /// `callMethod`/`callMethodKw`: `slot` holds the method, `slot + 1` the receiver or NULL.
    @inline(__always)
    func callMethodOnStack(
        slot: UnsafeMutablePointer<Value>, argc: Int, kwNames: PyTuple?, sp: inout UnsafeMutablePointer<Value>,
        globals: PyDict, frame: UnsafeMutablePointer<Value>, code: PyCode, locals: PyDict?
    ) throws(PyError) {
        if case .undefined = (slot + 1).pointee {
            // Not a method: [callable, NULL, args...]. Shift the callable over the NULL and call normally.
            // Both slots stay initialized throughout, so an exception unwinds them safely.
            (slot + 1).pointee = slot.pointee
            slot.pointee = .undefined
            try callOnStack(
                slot: slot + 1, argc: argc, kwNames: kwNames, sp: &sp, globals: globals, frame: frame, code: code,
                locals: locals)
            slot.pointee = (slot + 1).move()
            sp = slot + 1
            return
        }
        if let peeked = Value.peekObject(slot), peeked._withUnsafeGuaranteedRef({ $0.kind == .function }) {
            sp = slot + 1
            unowned(unsafe) let f = unsafeDowncast(peeked.takeUnretainedValue(), to: PyFunction.self)
            let r = try callFunctionConsuming(f, args: slot + 1, argc: argc + 1, kwNames: kwNames)
            slot.pointee = r
            return
        }
        let method = slot.pointee
        if case .object(let o) = method {
            if o.kind == .methodDescriptor {
                let d = unsafeDowncast(o, to: PyMethodDescriptor.self)
                let nkw = kwNames?.count ?? 0
                let args = Args(
                    values: UnsafeBufferPointer(start: slot + 2, count: argc), count: argc - nkw, kwNames: kwNames)
                let r = try d.body(self, (slot + 1).pointee, args)
                (slot + 1).deinitialize(count: argc + 1)
                sp = slot + 1
                slot.pointee = r
                return
            }
        }
        let nkw = kwNames?.count ?? 0
        let args = Args(
            values: UnsafeBufferPointer(start: slot + 1, count: argc + 1), count: argc + 1 - nkw, kwNames: kwNames)
        let r = try call(method, args: args)
        (slot + 1).deinitialize(count: argc + 1)
        sp = slot + 1
        slot.pointee = r
    }

    /// `f(*args, **kwargs)`.
    func callWithUnpacked(
        _ callable: Value, _ posArgs: Value, _ kwargs: Value, globals: PyDict, frame: UnsafeMutablePointer<Value>,
        code: PyCode, locals: PyDict?
    ) throws(PyError) -> Value {
        var values: [Value]
        if let t = posArgs.asTuple { values = Array(t.items) } else { values = Array(try iterate(posArgs)) }
        var keywords: [(String, Value)] = []
        if let d = kwargs.asDict {
            for (k, v) in d.items {
                guard let s = k.asStr else { throw .typeError("keywords must be strings") }
                keywords.append((s.string, v))
            }
        }
        if case .object(let o) = callable, o.kind == .builtinFunction,
            let body = unsafeDowncast(o, to: PyBuiltinFunction.self).frameAwareBody
        {
            let caller = CallerFrame(globals: globals, locals: locals, base: frame, code: code)
            return try Args.with(values, keywords: keywords) { (args) throws(PyError) in try body(self, caller, args) }
        }
        values.reserveCapacity(values.count + keywords.count)
        return try call(callable, values, keywords: keywords)
    }

    // MARK: Calls from Swift

    /// Call any callable with positional (and keyword) arguments given as arrays.
    @discardableResult
    public func call(_ callable: Value, _ args: [Value], keywords: [(String, Value)] = []) throws(PyError) -> Value {
        if keywords.isEmpty, case .object(let o) = callable, o.kind == .function {
            // Python functions called from Swift (sort keys, map, callbacks): lay the arguments out at the top
            // of the value stack and call in place, without a temporary buffer.
            let f = unsafeDowncast(o, to: PyFunction.self)
            let base = stackTop
            guard base + args.count + f.code.frameSize < stackEnd else { throw recursionError() }
            args.withUnsafeBufferPointer { buffer in
                if let source = buffer.baseAddress { base.initialize(from: source, count: buffer.count) }
            }
            stackTop = base + args.count
            defer { stackTop = base }
            return try callFunctionConsuming(f, args: base, argc: args.count, kwNames: nil)
        }
        return try Args.with(args, keywords: keywords) { (a) throws(PyError) in try call(callable, args: a) }
    }

    /// Call any callable. The arguments are borrowed: they stay owned by the caller.
    public func call(_ callable: Value, args: Args) throws(PyError) -> Value {
        guard case .object(let o) = callable else {
            throw .typeError("'\(callable.typeName)' object is not callable")
        }
        switch o.kind {
        case .function:
            return try callFunctionBorrowing(unsafeDowncast(o, to: PyFunction.self), args: args)
        case .builtinFunction:
            let b = unsafeDowncast(o, to: PyBuiltinFunction.self)
            if let body = b.frameAwareBody {
                // Called from Swift: there is no Python caller frame; use the main module's namespace.
                let g = (modules.getItem("__main__")?.asObject as? PyModule)?.namespace ?? PyDict()
                return try body(
                    self, CallerFrame(globals: g, locals: g, base: stackTop, code: emptyCode), args)
            }
            return try b.body(self, args)
        case .methodDescriptor:
            let d = unsafeDowncast(o, to: PyMethodDescriptor.self)
            guard args.count >= 1 else {
                throw .typeError("unbound method \(d.owner.name).\(d.name)() needs an argument")
            }
            guard args[0].type.isSubtype(of: d.owner) else {
                throw .typeError(
                    "descriptor '\(d.name)' for '\(d.owner.name)' objects doesn't apply to a '\(args[0].typeName)' object")
            }
            let rest = Args(
                values: UnsafeBufferPointer(rebasing: args.values[1...]), count: args.count - 1, kwNames: args.kwNames)
            return try d.body(self, args[0], rest)
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            if case .object(let fo) = m.function, fo.kind == .methodDescriptor {
                return try unsafeDowncast(fo, to: PyMethodDescriptor.self).body(self, m.receiver, args)
            }
            var values = [m.receiver]
            values.append(contentsOf: args.values)
            return try values.withUnsafeBufferPointer { (buf) throws(PyError) -> Value in
                try call(m.function, args: Args(values: buf, count: args.count + 1, kwNames: args.kwNames))
            }
        case .type:
            return try callType(unsafeDowncast(o, to: PyType.self), args: args)
        default:
            if let callMethod = o.type.lookup(PyStr.intern("__call__")) {
                return try callBound(callMethod, receiver: callable, args: args)
            }
            throw .typeError("'\(callable.typeName)' object is not callable")
        }
    }

    /// Call an unbound attribute found on a type with `receiver` as the first argument.
    func callBound(_ function: Value, receiver: Value, args: Args) throws(PyError) -> Value {
        if case .object(let o) = function, o.kind == .function {
            // Lay the receiver and the arguments out at the top of the value stack and call in place: no
            // array, as for a method call from bytecode.
            let f = unsafeDowncast(o, to: PyFunction.self)
            let base = stackTop
            let n = args.values.count + 1
            guard base + n + f.code.frameSize < stackEnd else { throw recursionError() }
            base.initialize(to: receiver)
            if let source = args.values.baseAddress { (base + 1).initialize(from: source, count: args.values.count) }
            stackTop = base + n
            defer { stackTop = base }
            return try callFunctionConsuming(f, args: base, argc: n, kwNames: args.kwNames)
        }
        var values = [receiver]
        values.append(contentsOf: args.values)
        return try values.withUnsafeBufferPointer { (buf) throws(PyError) -> Value in
            try call(function, args: Args(values: buf, count: args.count + 1, kwNames: args.kwNames))
        }
    }

    /// Call the method `name` of `object` (looked up with normal attribute rules).
    @discardableResult
    public func callMethod(_ object: Value, _ name: String, _ args: [Value], keywords: [(String, Value)] = [])
        throws(PyError) -> Value
    {
        let m = try getAttribute(object, PyStr.intern(name))
        return try call(m, args, keywords: keywords)
    }

    var emptyCode: PyCode {
        if let c = extensions["emptyCode"] as? PyCode { return c }
        let c = PyCode(
            CodeObject(
                name: "<swift>", qualifiedName: "<swift>", filename: "<swift>", firstLine: 0, flags: [], argCount: 0,
                posOnlyArgCount: 0, kwOnlyArgCount: 0, varNames: [], cellVars: [], freeVars: [], cellParameterSlots: [],
                names: [], constants: [], instructions: [], positions: [], exceptionTable: [], stackSize: 0,
                docstring: nil))
        extensions["emptyCode"] = c
        return c
    }

    // MARK: Python functions

    /// Call `f` with arguments that sit on the value stack at `args`; the call consumes (deinitializes) them,
    /// whether it returns or throws. The simple case runs the callee's frame in place over its arguments.
    @inline(__always)
    func callFunctionConsuming(_ f: PyFunction, args: UnsafeMutablePointer<Value>, argc: Int, kwNames: PyTuple?)
        throws(PyError) -> Value
    {
        unowned(unsafe) let code = f.code
        // In place only when the arguments sit on the main value stack: a generator's frame lives in its
        // own heap buffer, which has no room above its operands for the callee's frame.
        if kwNames == nil, argc == code.argCount, code.isSimpleFunction, args >= stackBase, args < stackEnd {
            guard args + code.frameSize < stackEnd else {
                args.deinitialize(count: argc)
                throw recursionError()
            }
            let extra = code.nLocals - argc + code.nCells
            if extra > 0 { (args + argc).initialize(repeating: .undefined, count: extra) }
            if code.nCells > 0 { setUpCells(f, base: args) }
            return try execute(
                code: code, globals: f.globals, locals: nil, function: f, base: args, ownsArguments: true)
        }
        let nkw = kwNames?.count ?? 0
        defer { args.deinitialize(count: argc) }
        return try callFunctionBorrowing(
            f, args: Args(values: UnsafeBufferPointer(start: args, count: argc), count: argc - nkw, kwNames: kwNames))
    }

    /// Call `f`, copying (binding) the arguments into a new frame at the top of the value stack.
    func callFunctionBorrowing(_ f: PyFunction, args: Args) throws(PyError) -> Value {
        let code = f.code
        if code.flags.contains(.generator) || code.flags.contains(.coroutine)
            || code.flags.contains(.asyncGenerator)
        {
            return .object(try makeGenerator(f, args: args))
        }
        let base = stackTop
        guard base + code.frameSize < stackEnd else { throw recursionError() }
        base.initialize(repeating: .undefined, count: code.nLocals + code.nCells)
        do {
            try bindArguments(f, args, into: base)
        } catch {
            base.deinitialize(count: code.nLocals + code.nCells)
            throw error
        }
        if code.nCells > 0 { setUpCells(f, base: base) }
        return try execute(code: code, globals: f.globals, locals: nil, function: f, base: base, ownsArguments: true)
    }

    /// Create the frame's cells: fresh ones for cell variables (holding the argument when the variable is a
    /// parameter), the closure's for free variables.
    @inline(__always) func setUpCells(_ f: PyFunction, base: UnsafeMutablePointer<Value>) {
        let code = f.code
        let c = code.code
        let cells = base + code.nLocals
        for i in 0..<c.cellVars.count {
            let slot = Int(c.cellParameterSlots.isEmpty ? -1 : c.cellParameterSlots[i])
            cells[i] = .object(PyCell(slot >= 0 ? base[slot] : .undefined))
        }
        for (i, cell) in f.closure.enumerated() {
            cells[c.cellVars.count + i] = .object(cell)
        }
    }
}
