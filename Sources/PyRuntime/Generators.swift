import PyCompiler

/// A generator, coroutine or async generator: a suspended frame with its own heap copy of locals, cells and
/// operand stack. Resuming runs the same bytecode loop over that storage, so suspension costs one heap
/// allocation per generator, not per step.
public final class PyGenerator: PyObject, @unchecked Sendable {
    public enum Flavor { case generator, coroutine, asyncGenerator }
    public enum Status { case created, suspended, running, finished }

    public let flavor: Flavor
    public internal(set) var status: Status = .created
    let code: PyCode
    let function: PyFunction
    let frame: UnsafeMutablePointer<Value>
    var pc = 0
    var depth = 0
    public var name: String
    public var qualifiedName: String
    /// For coroutines driven by an event loop: set when this coroutine awaits something the loop must handle.
    public var awaitingValue: Value = .none
    /// The exception this frame was handling when it last suspended (CPython's `gi_exc_state`): restored on
    /// resume, hidden from the caller meanwhile.
    var savedException: PyException?

    init(function: PyFunction, flavor: Flavor) {
        self.function = function
        self.code = function.code
        self.flavor = flavor
        self.frame = .allocate(capacity: code.frameSize)
        self.name = function.name
        self.qualifiedName = function.qualifiedName
        let type: PyType
        switch flavor {
        case .generator: type = Builtins.generatorType
        case .coroutine: type = Builtins.coroutineType
        case .asyncGenerator: type = Builtins.asyncGeneratorType
        }
        super.init(kind: .generator, type: type)
    }

    deinit {
        if status != .finished {
            frame.deinitialize(count: code.nLocals + code.nCells + depth)
        }
        frame.deallocate()
    }
}

/// The outcome of sending a value into a sub-iterator.
enum SendOutcome {
    case yielded(Value)
    case returned(Value)
}

extension Interpreter {
    func makeGenerator(_ f: PyFunction, args: Args) throws(PyError) -> PyGenerator {
        let flags = f.code.flags
        let flavor: PyGenerator.Flavor =
            flags.contains(.asyncGenerator) ? .asyncGenerator : flags.contains(.coroutine) ? .coroutine : .generator
        let gen = PyGenerator(function: f, flavor: flavor)
        let code = f.code
        gen.frame.initialize(repeating: .undefined, count: code.nLocals + code.nCells)
        try bindArguments(f, args, into: gen.frame)
        if code.nCells > 0 { setUpCells(f, base: gen.frame) }
        return gen
    }

    /// Run a generator until it yields or returns. `throwing` raises an exception at the suspension point.
    func resume(_ gen: PyGenerator, sending value: Value, throwing: PyException? = nil) throws(PyError) -> SendOutcome {
        switch gen.status {
        case .running:
            throw .valueError("\(gen.flavor == .coroutine ? "coroutine" : "generator") already executing")
        case .finished:
            if let throwing { throw PyError(throwing) }
            if gen.flavor == .coroutine {
                throw .runtimeError("cannot reuse already awaited coroutine")
            }
            return .returned(.none)
        case .created:
            if throwing == nil, !value.isNone {
                throw .typeError(
                    "can't send non-None value to a just-started \(gen.flavor == .coroutine ? "coroutine" : "generator")")
            }
            if let throwing {
                finish(gen)
                throw PyError(throwing)
            }
        case .suspended:
            if throwing == nil {
                (gen.frame + gen.code.nLocals + gen.code.nCells + gen.depth).initialize(to: value)
                gen.depth += 1
            } else if case .yieldFrom = gen.code.code.instructions[gen.pc] {
                // Suspended inside `yield from`/`await`: the exception goes to the receiver first.
                return try throwIntoDelegate(gen, throwing!)
            }
        }
        return try run(gen, throwing: throwing)
    }

    private func run(_ gen: PyGenerator, throwing: PyException?) throws(PyError) -> SendOutcome {
        gen.status = .running
        depth += 1
        defer { depth -= 1 }
        if depth > recursionLimit {
            gen.status = .suspended
            throw recursionError()
        }
        var state = FrameState(
            code: gen.code, globals: gen.function.globals, locals: nil, function: gen.function, base: gen.frame,
            pc: gen.pc, depth: gen.depth)
        let outer = handledException
        if let saved = gen.savedException { handledException = saved }
        defer {
            gen.savedException = handledException === outer ? nil : handledException
            handledException = outer
        }
        let outcome: FrameOutcome
        do {
            outcome = try loop(&state, throwing: throwing)
        } catch {
            finish(gen)
            if error.matches(Builtins.stopIterationType) {
                let kind = gen.flavor == .generator ? "generator" : gen.flavor == .coroutine ? "coroutine" : "async generator"
                let wrapped = PyException.runtimeError("\(kind) raised StopIteration")
                wrapped.cause = error.exception
                wrapped.context = error.exception
                throw PyError(wrapped)
            }
            throw error
        }
        switch outcome {
        case .yielded(let v):
            gen.pc = state.pc
            gen.depth = state.depth
            gen.status = .suspended
            return .yielded(v)
        case .returned(let v):
            finish(gen)
            return .returned(v)
        }
    }

    /// Release a finished generator's frame.
    private func finish(_ gen: PyGenerator) {
        if gen.status != .finished {
            gen.frame.deinitialize(count: gen.code.nLocals + gen.code.nCells + (gen.status == .running ? 0 : gen.depth))
            gen.depth = 0
            gen.status = .finished
        }
    }

    private func throwIntoDelegate(_ gen: PyGenerator, _ exc: PyException) throws(PyError) -> SendOutcome {
        let receiver = (gen.frame + gen.code.nLocals + gen.code.nCells + gen.depth - 1).pointee
        var outcome: SendOutcome
        do {
            if let inner = receiver.asObject as? PyGenerator {
                if exc.type.isSubtype(of: Builtins.generatorExitType) {
                    try close(inner)
                    outcome = try run(gen, throwingAfterDelegate: exc)
                    return outcome
                }
                outcome = try resume(inner, sending: .none, throwing: exc)
            } else if let t = try lookupAttributeOrNil(receiver, "throw") {
                do {
                    outcome = .yielded(try call(t, [.object(exc)]))
                } catch where error.matches(Builtins.stopIterationType) {
                    outcome = .returned(stopIterationValue(error.exception))
                }
            } else {
                return try run(gen, throwingAfterDelegate: exc)
            }
        } catch {
            return try run(gen, throwingAfterDelegate: error.exception)
        }
        switch outcome {
        case .yielded(let y):
            return .yielded(y)
        case .returned(let r):
            // The delegate finished: replace it with its result and continue after `yieldFrom`.
            (gen.frame + gen.code.nLocals + gen.code.nCells + gen.depth - 1).pointee = r
            gen.pc += 1
            return try run(gen, throwing: nil)
        }
    }

    /// Raise `exc` in `gen` at its `yieldFrom` instruction.
    private func run(_ gen: PyGenerator, throwingAfterDelegate exc: PyException) throws(PyError) -> SendOutcome {
        // `loop` attributes a pending exception to the instruction before `pc`; the frame is parked at its
        // yieldFrom, so step past it.
        gen.pc += 1
        return try run(gen, throwing: exc)
    }

    /// `gen.close()`.
    public func close(_ gen: PyGenerator) throws(PyError) {
        guard gen.status == .suspended else {
            if gen.status == .created { finish(gen) }
            return
        }
        let exit = PyException(type: Builtins.generatorExitType, args: Builtins.emptyTuple)
        do throws(PyError) {
            switch try resume(gen, sending: .none, throwing: exit) {
            case .yielded:
                throw PyError.runtimeError("generator ignored GeneratorExit")
            case .returned:
                return
            }
        } catch where error.matches(Builtins.generatorExitType) || error.matches(Builtins.stopIterationType) {
            return
        }
    }

    /// Send `value` into a sub-iterator (`yield from`, `await`).
    func sendInto(_ receiver: Value, _ value: Value) throws(PyError) -> SendOutcome {
        if case .object(let o) = receiver {
            if o.kind == .generator {
                return try resume(unsafeDowncast(o, to: PyGenerator.self), sending: value)
            }
            if let step = o as? PyAsyncGenStep { return try step.send(self, value) }
            if value.isNone, o.kind == .iterator {
                if let v = try unsafeDowncast(o, to: PyIterator.self).next(self) { return .yielded(v) }
                return .returned(.none)
            }
        }
        do {
            if value.isNone, let m = receiver.type.lookup(PyStr.intern("__next__")) {
                return .yielded(try call(m, [receiver]))
            }
            if value.isNone {
                if let v = try nextValue(receiver) { return .yielded(v) }
                return .returned(.none)
            }
            return .yielded(try callMethod(receiver, "send", [value]))
        } catch where error.matches(Builtins.stopIterationType) {
            return .returned(stopIterationValue(error.exception))
        }
    }

    /// `StopIteration.value`.
    func stopIterationValue(_ e: PyException) -> Value {
        e.args.count > 0 ? e.args.items[0] : .none
    }

    func yieldFromIterator(_ v: Value, inCoroutine: Bool) throws(PyError) -> Value {
        if case .object(let o) = v, o.kind == .generator {
            let g = unsafeDowncast(o, to: PyGenerator.self)
            if g.flavor == .coroutine && !inCoroutine {
                throw .typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
            }
            return v
        }
        return try getIterator(v)
    }

    /// The iterator that `await v` drives.
    public func awaitableIterator(_ v: Value) throws(PyError) -> Value {
        if case .object(let o) = v {
            if o is PyAsyncGenStep { return v }
            if o.kind == .generator, unsafeDowncast(o, to: PyGenerator.self).flavor == .coroutine {
                let g = unsafeDowncast(o, to: PyGenerator.self)
                if g.status == .finished { throw .runtimeError("cannot reuse already awaited coroutine") }
                return v
            }
            if let m = o.type.lookup(PyStr.intern("__await__")) {
                let it = try callBound(m, receiver: v, args: Args(values: UnsafeBufferPointer(start: nil, count: 0), count: 0, kwNames: nil))
                return it
            }
        }
        throw .typeError("object \(v.typeName) can't be used in 'await' expression")
    }

    /// Generator methods `send`, `throw`, `close` as Python sees them.
    func generatorSend(_ gen: PyGenerator, _ value: Value) throws(PyError) -> Value {
        switch try resume(gen, sending: value) {
        case .yielded(let v): return v
        case .returned(let r):
            if gen.flavor == .asyncGenerator {
                throw PyError(PyException(type: Builtins.stopAsyncIterationType, args: Builtins.emptyTuple))
            }
            throw PyError(.stopIteration(r))
        }
    }

    func generatorThrow(_ gen: PyGenerator, _ exc: PyException) throws(PyError) -> Value {
        switch try resume(gen, sending: .none, throwing: exc) {
        case .yielded(let v): return v
        case .returned(let r): throw PyError(.stopIteration(r))
        }
    }
}

/// One step of an async generator (`agen.__anext__()`, `asend`, `athrow`): an awaitable that resumes the
/// generator. An `await` inside the generator body passes its suspension through to the event loop; a `yield`
/// completes this awaitable with the yielded value; the end of the body raises StopAsyncIteration.
public final class PyAsyncGenStep: PyIterator, @unchecked Sendable {
    let generator: PyGenerator
    var firstValue: Value
    var throwing: PyException?
    var done = false

    init(_ generator: PyGenerator, sending: Value, throwing: PyException? = nil) {
        self.generator = generator
        self.firstValue = sending
        self.throwing = throwing
        super.init(type: Builtins.asyncGenStepType)
    }

    /// Resume the generator; `.returned(v)` means "the async generator yielded v".
    func send(_ interp: Interpreter, _ value: Value) throws(PyError) -> SendOutcome {
        if done { throw .runtimeError("cannot reuse already awaited __anext__()/asend()") }
        let sent = firstValue.isUndefined ? value : firstValue
        firstValue = .undefined
        let exc = throwing
        throwing = nil
        let outcome: SendOutcome
        do throws(PyError) {
            outcome = try interp.resume(generator, sending: sent, throwing: exc)
        } catch {
            done = true
            throw error
        }
        switch outcome {
        case .returned:
            done = true
            throw PyError(PyException(type: Builtins.stopAsyncIterationType, args: Builtins.emptyTuple))
        case .yielded(let v):
            if generator.status == .suspended, case .yieldFrom = generator.code.code.instructions[generator.pc] {
                return .yielded(v)  // an await inside the body: pass the suspension through
            }
            done = true
            return .returned(v)
        }
    }

    public override func next(_ interp: Interpreter) throws(PyError) -> Value? {
        switch try send(interp, .none) {
        case .yielded(let v): return v
        case .returned(let v): throw PyError(.stopIteration(v))
        }
    }
}

extension Builtins {
    static let asyncGenStepType = makeIteratorType("async_generator_asend")

    /// `__aiter__`, `__anext__`, `asend`, `athrow`, `aclose` of async generators.
    static func installAsyncGeneratorMethods() {
        let t = asyncGeneratorType
        method(t, "__aiter__") { (_, v, _) throws(PyError) -> Value in v }
        method(t, "__anext__") { (_, v, _) throws(PyError) -> Value in
            .object(PyAsyncGenStep(v.asObject as! PyGenerator, sending: .none))
        }
        method(t, "asend") { (_, v, args) throws(PyError) -> Value in
            .object(PyAsyncGenStep(v.asObject as! PyGenerator, sending: args.count > 0 ? args[0] : .none))
        }
        method(t, "athrow") { (interp, v, args) throws(PyError) -> Value in
            .object(PyAsyncGenStep(v.asObject as! PyGenerator, sending: .none, throwing: try interp.makeRaisable(args[0])))
        }
        method(t, "aclose") { (interp, v, _) throws(PyError) -> Value in
            let g = v.asObject as! PyGenerator
            try interp.close(g)
            return .object(PyAsyncGenStep(g, sending: .none))
        }
        attribute(t, "__name__") { (_, v) throws(PyError) -> Value in .str((v.asObject as! PyGenerator).name) }
        attribute(t, "__qualname__") { (_, v) throws(PyError) -> Value in .str((v.asObject as! PyGenerator).qualifiedName) }
    }
}
