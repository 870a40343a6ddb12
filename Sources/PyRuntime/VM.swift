import PyCompiler
import PySyntax

/// What a frame's run ended with.
enum FrameOutcome {
    case returned(Value)
    case yielded(Value)
}

/// The state of a frame that is not running: where it lives and where it stopped. Normal calls keep it only in
/// the locals of `loop`; generators store it between resumptions.
/// The references are unowned: whoever runs the frame keeps them alive (the callable on the caller's stack,
/// the generator object, the module being run), and skipping reference counting here is measurable.
struct FrameState {
    unowned(unsafe) let code: PyCode
    unowned(unsafe) let globals: PyDict
    unowned(unsafe) let locals: PyDict?
    unowned(unsafe) let function: PyFunction?
    let base: UnsafeMutablePointer<Value>
    var pc: Int
    /// Operand stack depth.
    var depth: Int
}

extension Interpreter {
    /// Run a frame whose locals and cells are initialized at `base`, then release them.
    /// `ownsArguments` is always true: the frame deinitializes its slots, including the arguments.
    func execute(
        code: PyCode, globals: PyDict, locals: PyDict?, function: PyFunction?, base: UnsafeMutablePointer<Value>,
        ownsArguments: Bool
    ) throws(PyError) -> Value {
        let savedTop = stackTop
        stackTop = base + code.frameSize
        depth += 1
        defer {
            depth -= 1
            stackTop = savedTop
            base.deinitialize(count: code.nLocals + code.nCells)
        }
        if depth > recursionLimit || Self.nativeStackPointer() < nativeStackFloor { throw recursionError() }
        if interruptWord.pointee != 0 { throw takeInterrupt() }
        var state = FrameState(
            code: code, globals: globals, locals: locals, function: function, base: base, pc: 0, depth: 0)
        switch try loop(&state, throwing: nil) {
        case .returned(let v): return v
        case .yielded: throw .runtimeError("internal error: yield outside a generator frame")
        }
    }

    /// An address in the caller's native stack frame.
    @inline(never) static func nativeStackPointer() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    func takeInterrupt() -> PyError {
        interrupt.clear()
        return PyError(PyException(type: Builtins.keyboardInterruptType, args: Builtins.emptyTuple))
    }

    /// The bytecode loop. Runs `state` from `state.pc` until it returns or yields. On a yield, `state.pc` and
    /// `state.depth` record where to resume. `throwing` raises an exception at the resume point (generator
    /// `throw`). This is deliberately one long function: the dispatch speed depends on the hot state (`pc`,
    /// `sp`, the instruction pointer) living in registers.
    func loop(_ state: inout FrameState, throwing: PyException?) throws(PyError) -> FrameOutcome {
        unowned(unsafe) let pyCode = state.code
        unowned(unsafe) let code = pyCode.code
        let base = state.base
        let fast = base
        let cells = base + pyCode.nLocals
        let stackBottom = cells + pyCode.nCells
        var sp = stackBottom + state.depth
        var pc = state.pc
        unowned(unsafe) let globals = state.globals
        unowned(unsafe) let locals = state.locals
        unowned(unsafe) let builtins = self.builtins
        let constants = pyCode.constantPointer
        let names = pyCode.namePointer
        let globalCache = pyCode.globalCache
        var pendingThrow = throwing
        /// Set by instructions that re-raise an exception that already carries its traceback.
        var keepTraceback = false

        @inline(__always) func push(_ v: Value) {
            sp.initialize(to: v)
            sp += 1
        }
        @inline(__always) func pop() -> Value {
            sp -= 1
            return sp.move()
        }
        @inline(__always) func top() -> Value { (sp - 1).pointee }

        let instructions = pyCode.instructionPointer
        let instructionCount = code.instructions.count
        do {
            while true {
                do throws(PyError) {
                    if let exc = pendingThrow {
                        pendingThrow = nil
                        // pc is just past the yield that suspended the frame, so the exception is attributed
                        // to that yield (the catch below looks at pc - 1).
                        throw PyError(exc)
                    }
                    while true {
                        let instruction = instructions[pc]
                        pc += 1
                        switch instruction {
                        case .nop:
                            break
                        case .popTop:
                            sp -= 1
                            sp.deinitialize(count: 1)
                        case .copy(let n):
                            push((sp - Int(n)).pointee)
                        case .swap(let n):
                            swap(&(sp - 1).pointee, &(sp - Int(n)).pointee)
                        case .loadConst(let i):
                            push(constants[Int(i)])
                        case .loadFast(let i):
                            let v = fast[Int(i)]
                            if case .undefined = v { throw unboundLocal(pyCode.varNames[Int(i)].string) }
                            push(v)
                        case .storeFast(let i):
                            fast[Int(i)] = pop()
                        case .deleteFast(let i):
                            if fast[Int(i)].isUndefined { throw unboundLocal(pyCode.varNames[Int(i)].string) }
                            fast[Int(i)] = .undefined
                        case .loadDeref(let i):
                            let cell = unsafeDowncast(cells[Int(i)].asObject!, to: PyCell.self)
                            if cell.value.isUndefined { throw unboundDeref(code, Int(i)) }
                            push(cell.value)
                        case .storeDeref(let i):
                            unsafeDowncast(cells[Int(i)].asObject!, to: PyCell.self).value = pop()
                        case .deleteDeref(let i):
                            let cell = unsafeDowncast(cells[Int(i)].asObject!, to: PyCell.self)
                            if cell.value.isUndefined { throw unboundDeref(code, Int(i)) }
                            cell.value = .undefined
                        case .loadClosure(let i):
                            push(cells[Int(i)])
                        case .loadClassDeref(let i):
                            let cell = unsafeDowncast(cells[Int(i)].asObject!, to: PyCell.self)
                            let name = Int(i) < code.cellVars.count
                                ? code.cellVars[Int(i)] : code.freeVars[Int(i) - code.cellVars.count]
                            if let l = locals, let v = l.getItem(str: PyStr.intern(name)) {
                                push(v)
                            } else {
                                if cell.value.isUndefined { throw unboundDeref(code, Int(i)) }
                                push(cell.value)
                            }
                        case .loadGlobal(let i):
                            let entry = globalCache + Int(i)
                            if entry.pointee.globals == ObjectIdentifier(globals),
                                entry.pointee.globalsVersion == globals.version,
                                entry.pointee.builtinsVersion == builtins.version
                            {
                                push(entry.pointee.value)
                                continue
                            }
                            let name = names[Int(i)]
                            if let v = globals.getItem(str: name) {
                                entry.pointee = GlobalCache(
                                    globals: ObjectIdentifier(globals), globalsVersion: globals.version,
                                    builtinsVersion: builtins.version, value: v)
                                push(v)
                            } else if let v = builtinsFor(globals).getItem(str: name) {
                                entry.pointee = GlobalCache(
                                    globals: ObjectIdentifier(globals), globalsVersion: globals.version,
                                    builtinsVersion: builtins.version, value: v)
                                push(v)
                            } else {
                                throw nameNotDefined(name.string, code: code, globals: globals)
                            }
                        case .storeGlobal(let i):
                            globals.setItem(str: names[Int(i)], pop())
                        case .deleteGlobal(let i):
                            if globals.removeItem(str: names[Int(i)]) == nil {
                                throw nameNotDefined(names[Int(i)].string)
                            }
                        case .loadName(let i):
                            let name = names[Int(i)]
                            if let l = locals, let v = try lookupLocal(l, name) {
                                push(v)
                            } else if let v = globals.getItem(str: name) {
                                push(v)
                            } else if let v = builtinsFor(globals).getItem(str: name) {
                                push(v)
                            } else {
                                throw nameNotDefined(name.string, code: code, globals: locals ?? globals)
                            }
                        case .storeName(let i):
                            let v = pop()
                            let ns = locals ?? globals
                            if ns.type === Builtins.dictType {
                                ns.setItem(str: names[Int(i)], v)
                            } else {
                                // A namespace from a metaclass's __prepare__ may override __setitem__.
                                try setItem(.object(ns), .object(names[Int(i)]), v)
                            }
                        case .deleteName(let i):
                            if (locals ?? globals).removeItem(str: names[Int(i)]) == nil {
                                throw nameNotDefined(names[Int(i)].string)
                            }
                        case .loadAttr(let i):
                            if let v = plainInstanceAttribute(sp - 1, names[Int(i)]) {
                                (sp - 1).pointee = v
                                continue
                            }
                            let obj = pop()
                            push(try getAttribute(obj, names[Int(i)]))
                        case .storeAttr(let i):
                            if storePlainInstanceAttribute(sp - 1, names[Int(i)], sp - 2) {
                                sp -= 2
                                sp.deinitialize(count: 2)
                                continue
                            }
                            let obj = pop()
                            let v = pop()
                            try setAttribute(obj, names[Int(i)], v)
                        case .deleteAttr(let i):
                            let obj = pop()
                            try deleteAttribute(obj, names[Int(i)])
                        case .loadMethod(let i):
                            let obj = pop()
                            if let method = try lookupMethod(obj, names[Int(i)]) {
                                push(method)
                                push(obj)
                            } else {
                                push(try getAttribute(obj, names[Int(i)]))
                                push(.undefined)
                            }
                        case .binarySubscr:
                            let key = pop()
                            let container = pop()
                            push(try getItem(container, key))
                        case .storeSubscr:
                            let key = pop()
                            let container = pop()
                            let v = pop()
                            try setItem(container, key, v)
                        case .deleteSubscr:
                            let key = pop()
                            let container = pop()
                            try deleteItem(container, key)
                        case .buildSlice(let n):
                            let step = n == 3 ? pop() : .none
                            let stop = pop()
                            let start = pop()
                            push(.object(PySlice(start: start, stop: stop, step: step)))
                        case .binary(let op):
                            let b = pop()
                            let a = (sp - 1).pointee
                            if case .int(let x) = a, case .int(let y) = b, let r = fastIntBinary(x, y, op) {
                                (sp - 1).pointee = r
                            } else if let r = fastFloatBinary(a, b, op) {
                                (sp - 1).pointee = r
                            } else {
                                (sp - 1).pointee = try binaryOp(a, b, op)
                            }
                        case .inplace(let op):
                            if op == .add, tryAppendStringInPlace(sp, next: instructions[pc], fast: fast) {
                                sp -= 1
                                sp.deinitialize(count: 1)
                                continue
                            }
                            let b = pop()
                            let a = (sp - 1).pointee
                            if case .int(let x) = a, case .int(let y) = b, let r = fastIntBinary(x, y, op) {
                                (sp - 1).pointee = r
                            } else if let r = fastFloatBinary(a, b, op) {
                                (sp - 1).pointee = r
                            } else {
                                (sp - 1).pointee = try inplaceOp(a, b, op)
                            }
                        case .unary(let op):
                            let a = pop()
                            push(try unaryOp(a, op))
                        case .compare(let op):
                            let b = pop()
                            let a = (sp - 1).pointee
                            // Ordering and equality only (the first six operators); `in`/`is` take the general path.
                            if op.rawValue <= CompareOperator.gtE.rawValue, case .int(let x) = a, case .int(let y) = b {
                                (sp - 1).pointee = .bool(fastIntCompare(x, y, op))
                            } else if op.rawValue <= CompareOperator.gtE.rawValue, case .float(let x) = a, case .float(let y) = b {
                                (sp - 1).pointee = .bool(fastFloatCompare(x, y, op))
                            } else {
                                (sp - 1).pointee = try compareOp(a, b, op)
                            }
                        case .jump(let t):
                            if Int(t) < pc && interruptWord.pointee != 0 { throw takeInterrupt() }
                            pc = Int(t)
                        case .popJumpIfFalse(let t):
                            let v = pop()
                            let truth: Bool
                            if case .bool(let b) = v { truth = b } else { truth = try isTrue(v) }
                            if !truth { pc = Int(t) }
                        case .popJumpIfTrue(let t):
                            let v = pop()
                            let truth: Bool
                            if case .bool(let b) = v { truth = b } else { truth = try isTrue(v) }
                            if truth { pc = Int(t) }
                        case .jumpIfFalseOrPop(let t):
                            if try !isTrue(top()) { pc = Int(t) } else { _ = pop() }
                        case .jumpIfTrueOrPop(let t):
                            if try isTrue(top()) { pc = Int(t) } else { _ = pop() }
                        case .getIter:
                            let v = pop()
                            push(try getIterator(v))
                        case .forIter(let t):
                            let iterValue = (sp - 1).pointee
                            if case .object(let o) = iterValue, o.kind == .iterator {
                                let it = unsafeDowncast(o, to: PyIterator.self)
                                switch it.fastKind {
                                case .range:
                                    let r = unsafeDowncast(it, to: PyRangeIterator.self)
                                    if r.remaining > 0 {
                                        push(.int(r.current))
                                        r.current &+= r.step
                                        r.remaining -= 1
                                        continue
                                    }
                                case .list:
                                    let l = unsafeDowncast(it, to: PyListIterator.self)
                                    if l.index < l.list.items.count {
                                        push(l.list.items[l.index])
                                        l.index += 1
                                        continue
                                    }
                                    l.index = Int.max / 2
                                case .other:
                                    if let v = try it.next(self) {
                                        push(v)
                                        continue
                                    }
                                }
                            } else if let v = try nextValue(iterValue) {
                                push(v)
                                continue
                            }
                            sp -= 1
                            sp.deinitialize(count: 1)
                            if interruptWord.pointee != 0 { throw takeInterrupt() }
                            pc = Int(t)
                        case .returnValue:
                            let v = pop()
                            let leftover = sp - stackBottom
                            if leftover > 0 { stackBottom.deinitialize(count: leftover) }
                            state.depth = 0
                            state.pc = pc
                            return .returned(v)
                        case .buildTuple(let n):
                            let count = Int(n)
                            let items = ContiguousArray(UnsafeBufferPointer(start: sp - count, count: count))
                            sp -= count
                            sp.deinitialize(count: count)
                            push(.object(PyTuple(items)))
                        case .buildList(let n):
                            let count = Int(n)
                            let items = ContiguousArray(UnsafeBufferPointer(start: sp - count, count: count))
                            sp -= count
                            sp.deinitialize(count: count)
                            push(.object(PyList(items)))
                        case .buildSet(let n):
                            let count = Int(n)
                            let set = PySet()
                            for k in 0..<count { try set.add((sp - count + k).pointee, self) }
                            sp -= count
                            sp.deinitialize(count: count)
                            push(.object(set))
                        case .buildMap(let n):
                            let count = Int(n)
                            let d = PyDict(minimumCapacity: count)
                            for k in 0..<count {
                                try d.setItem((sp - 2 * count + 2 * k).pointee, (sp - 2 * count + 2 * k + 1).pointee, self)
                            }
                            sp -= 2 * count
                            sp.deinitialize(count: 2 * count)
                            push(.object(d))
                        case .buildString(let n):
                            let count = Int(n)
                            var bytes = ContiguousArray<UInt8>()
                            var chars = 0
                            for k in 0..<count {
                                let s = (sp - count + k).pointee.asStr!
                                bytes.append(contentsOf: s.utf8)
                                chars += s.count
                            }
                            sp -= count
                            sp.deinitialize(count: count)
                            push(.object(PyStr(utf8: bytes, count: chars)))
                        case .listAppend(let i):
                            let v = pop()
                            (sp - Int(i)).pointee.asList!.items.append(v)
                        case .setAdd(let i):
                            let v = pop()
                            try unsafeDowncast((sp - Int(i)).pointee.asObject!, to: PySet.self).add(v, self)
                        case .mapAdd(let i):
                            let v = pop()
                            let k = pop()
                            try (sp - Int(i)).pointee.asDict!.setItem(k, v, self)
                        case .listExtend(let i):
                            let v = pop()
                            let list = (sp - Int(i)).pointee.asList!
                            try list.items.append(contentsOf: iterate(v))
                        case .setUpdate(let i):
                            let v = pop()
                            let set = unsafeDowncast((sp - Int(i)).pointee.asObject!, to: PySet.self)
                            if let source = v.asObject as? PySet {
                                try set.merge(source, self)
                            } else {
                                for item in try iterate(v) { try set.add(item, self) }
                            }
                        case .dictUpdate(let i):
                            let v = pop()
                            try dictUpdate((sp - Int(i)).pointee.asDict!, v, merging: false, function: .undefined)
                        case .dictMerge(let i):
                            let v = pop()
                            let fn = (sp - Int(i) - 2).pointee
                            try dictUpdate((sp - Int(i)).pointee.asDict!, v, merging: true, function: fn)
                        case .listToTuple:
                            let list = pop().asList!
                            push(.object(PyTuple(list.items)))
                        case .formatValue(let conversion, let hasSpec):
                            let spec = hasSpec ? pop().asStr! : nil
                            let v = pop()
                            push(.object(try formatFieldValue(v, conversion: conversion, spec: spec)))
                        case .unpackSequence(let n):
                            let v = pop()
                            try unpackSequence(v, count: Int(n), into: &sp)
                        case .unpackEx(let before, let after):
                            let v = pop()
                            try unpackStarred(v, before: Int(before), after: Int(after), into: &sp)
                        case .makeFunction(let flags):
                            let codeObj = unsafeDowncast(pop().asObject!, to: PyCode.self)
                            var closure = ContiguousArray<PyCell>()
                            if flags & 0x08 != 0 {
                                for c in pop().asTuple!.items { closure.append(unsafeDowncast(c.asObject!, to: PyCell.self)) }
                            }
                            let annotations = flags & 0x04 != 0 ? pop().asDict : nil
                            let kwDefaults = flags & 0x02 != 0 ? pop().asDict : nil
                            let defaults = flags & 0x01 != 0 ? pop().asTuple!.items : []
                            let fn = PyFunction(
                                code: codeObj, globals: globals, defaults: defaults, kwDefaults: kwDefaults,
                                closure: closure, annotations: annotations)
                            push(.object(fn))
                        case .call(let argc):
                            let n = Int(argc)
                            let slot = sp - n - 1
                            try callOnStack(slot: slot, argc: n, kwNames: nil, sp: &sp, globals: globals, frame: base, code: pyCode, locals: locals)
                        case .callKw(let argc, let kw):
                            let n = Int(argc)
                            let slot = sp - n - 1
                            let names = constants[Int(kw)].asTuple!
                            try callOnStack(slot: slot, argc: n, kwNames: names, sp: &sp, globals: globals, frame: base, code: pyCode, locals: locals)
                        case .callMethod(let argc):
                            let n = Int(argc)
                            let slot = sp - n - 2
                            try callMethodOnStack(slot: slot, argc: n, kwNames: nil, sp: &sp, globals: globals, frame: base, code: pyCode, locals: locals)
                        case .callMethodKw(let argc, let kw):
                            let n = Int(argc)
                            let slot = sp - n - 2
                            let names = constants[Int(kw)].asTuple!
                            try callMethodOnStack(slot: slot, argc: n, kwNames: names, sp: &sp, globals: globals, frame: base, code: pyCode, locals: locals)
                        case .callEx(let hasKwargs):
                            let kwargs = hasKwargs ? pop() : .undefined
                            let posArgs = pop()
                            let callable = pop()
                            push(try callWithUnpacked(callable, posArgs, kwargs, globals: globals, frame: base, code: pyCode, locals: locals))
                        case .loadBuildClass:
                            push(.object(buildClassFunction))
                        case .loadAssertionError:
                            push(.object(Builtins.assertionErrorType))
                        case .raise(let n):
                            switch n {
                            case 0:
                                guard let exc = handledException else {
                                    throw .runtimeError("No active exception to reraise")
                                }
                                keepTraceback = true
                                throw PyError(exc)
                            case 1:
                                let v = pop()
                                throw PyError(try makeRaisable(v))
                            default:
                                let cause = pop()
                                let v = pop()
                                let exc = try makeRaisable(v)
                                if cause.isNone {
                                    exc.cause = nil
                                } else {
                                    exc.cause = try makeRaisable(cause)
                                }
                                exc.suppressContext = true
                                throw PyError(exc)
                            }
                        case .reraise:
                            let v = pop()
                            keepTraceback = true
                            throw PyError(v.asException!)
                        case .pushExcInfo:
                            let exc = pop()
                            push(handledException.map { .object($0) } ?? .none)
                            handledException = exc.asException
                            push(exc)
                        case .popExcept:
                            let prev = pop()
                            handledException = prev.asException
                        case .checkExcMatch:
                            let typ = pop()
                            let exc = top()
                            push(.bool(try exceptionMatches(exc, typ)))
                        case .beforeWith:
                            let mgr = pop()
                            let (exit, entered) = try enterContext(mgr)
                            push(exit)
                            push(entered)
                        case .withExceptStart:
                            let exc = (sp - 1).pointee
                            let exit = (sp - 3).pointee
                            let e = exc.asException!
                            let tb: Value = e.traceback.isEmpty ? .none : .object(PyTracebackObject(e))
                            push(try call(exit, [.object(e.type), exc, tb]))
                        case .beforeAsyncWith:
                            let mgr = pop()
                            let (exit, awaitable) = try enterAsyncContext(mgr)
                            push(exit)
                            push(awaitable)
                        case .yieldValue:
                            let v = pop()
                            state.pc = pc
                            state.depth = sp - stackBottom
                            return .yielded(v)
                        case .yieldFrom:
                            let sent = pop()
                            let receiver = (sp - 1).pointee
                            switch try sendInto(receiver, sent) {
                            case .yielded(let y):
                                state.pc = pc - 1
                                state.depth = sp - stackBottom
                                return .yielded(y)
                            case .returned(let r):
                                (sp - 1).pointee = r
                            }
                        case .getYieldFromIter:
                            let v = pop()
                            push(try yieldFromIterator(v, inCoroutine: code.flags.contains(.coroutine)))
                        case .getAwaitable:
                            let v = pop()
                            push(try awaitableIterator(v))
                        case .getAIter:
                            let v = pop()
                            push(try callMethod(v, "__aiter__", []))
                        case .getANext:
                            let aiter = top()
                            let awaitable = try callMethod(aiter, "__anext__", [])
                            push(try awaitableIterator(awaitable))
                        case .endAsyncFor:
                            let exc = pop()
                            if let e = exc.asException, e.type.isSubtype(of: Builtins.stopAsyncIterationType) {
                                _ = pop()
                            } else {
                                keepTraceback = true
                                throw PyError(exc.asException!)
                            }
                        case .importName(let i):
                            let fromList = pop()
                            let level = pop()
                            push(try importModule(names[Int(i)].string, globals: globals, fromList: fromList, level: level))
                        case .importFrom(let i):
                            let module = top()
                            push(try importFrom(module, names[Int(i)]))
                        case .importStar:
                            let module = pop()
                            try importStar(module, into: locals ?? globals)
                        case .printExpr:
                            let v = pop()
                            try displayHook(v)
                        case .setupAnnotations:
                            let ns = locals ?? globals
                            if ns.getItem("__annotations__") == nil { ns.setItem("__annotations__", .object(PyDict())) }
                        }
                    }
                } catch {
                    // An exception at instruction pc - 1: record the traceback, then find a handler.
                    let faulting = pc - 1
                    let exc = error.exception
                    if keepTraceback {
                        keepTraceback = false
                    } else {
                        exc.traceback.append(TracebackEntry(code: pyCode, range: code.positions[faulting]))
                        if exc.context == nil, let handled = handledException, handled !== exc {
                            exc.context = handled
                        }
                    }
                    var handler: ExceptionTableEntry?
                    for entry in code.exceptionTable where Int(entry.start) <= faulting && faulting < Int(entry.end) {
                        handler = entry
                        break
                    }
                    guard let h = handler else {
                        let leftover = sp - stackBottom
                        if leftover > 0 { stackBottom.deinitialize(count: leftover) }
                        state.depth = 0
                        state.pc = instructionCount
                        throw error
                    }
                    let target = stackBottom + Int(h.depth)
                    if sp > target {
                        target.deinitialize(count: sp - target)
                        sp = target
                    }
                    push(.object(exc))
                    pc = Int(h.handler)
                }
            }
        }
    }

    /// `obj.name` for an instance of a plain user class (no `__getattribute__`/`__getattr__` hooks) whose
    /// class has no data descriptor of that name: the instance dict, then the class attribute (bound). Nil
    /// sends the VM to the general path. Reads the object in place, without retaining it.
    @inline(__always)
    func plainInstanceAttribute(_ slot: UnsafeMutablePointer<Value>, _ name: PyStr) -> Value? {
        guard let peeked = Value.peekObject(slot) else { return nil }
        unowned(unsafe) let o = peeked.takeUnretainedValue()
        guard o.kind == .instance, let d = o.dict else { return nil }
        unowned(unsafe) let type = o.type
        guard type.hasPlainAttributeAccess else { return nil }
        let typeAttr = type.lookup(name)
        if let attr = typeAttr, case .object(let a) = attr {
            if a.kind == .property || (a.kind == .instance && !a.type.isBuiltin) { return nil }
        }
        if let v = d.getItem(str: name) { return v }
        if let attr = typeAttr, case .object(let a) = attr {
            if a.kind == .function { return .object(PyBoundMethod(function: attr, receiver: slot.pointee)) }
            if a.kind == .staticMethod || a.kind == .classMethod || a.kind == .methodDescriptor { return nil }
        }
        return typeAttr
    }

    /// `obj.name = value` for a plain instance when nothing on its class intercepts it; false otherwise.
    @inline(__always)
    func storePlainInstanceAttribute(
        _ slot: UnsafeMutablePointer<Value>, _ name: PyStr, _ value: UnsafeMutablePointer<Value>
    ) -> Bool {
        guard let peeked = Value.peekObject(slot) else { return false }
        unowned(unsafe) let o = peeked.takeUnretainedValue()
        guard o.kind == .instance, let d = o.dict else { return false }
        unowned(unsafe) let type = o.type
        guard type.hasPlainAttributeAccess, type.slotNames == nil else { return false }
        if let attr = type.lookup(name), case .object(let a) = attr,
            a.kind == .property || (a.kind == .instance && !a.type.isBuiltin)
        {
            return false
        }
        d.setItem(str: name, value.pointee)
        return true
    }

    /// `s += t` on strings without copying `s`: when the next instruction stores the result back into the
    /// local that holds `s`, that local's reference is dropped first, and if the stack then holds the only
    /// reference the bytes are appended in place. `sp[-2]` is `s`, `sp[-1]` is `t`; on success `sp[-2]`
    /// holds the result and the caller pops `t`.
    @inline(__always)
    func tryAppendStringInPlace(
        _ sp: UnsafeMutablePointer<Value>, next: Instruction, fast: UnsafeMutablePointer<Value>
    ) -> Bool {
        guard case .storeFast(let slot) = next,
            let left = Value.peekObject(sp - 2), let right = Value.peekObject(sp - 1),
            left.takeUnretainedValue().kind == .str, right.takeUnretainedValue().kind == .str,
            let local = Value.peekObject(fast + Int(slot)), local.toOpaque() == left.toOpaque()
        else { return false }
        unowned(unsafe) let target = unsafeDowncast(left.takeUnretainedValue(), to: PyStr.self)
        if target.isInterned || target.type !== Builtins.strType { return false }
        fast[Int(slot)] = .undefined  // the store that follows puts the result back
        var candidate: PyObject? = (sp - 2).move().asObject
        (sp - 2).initialize(to: .undefined)
        if !isKnownUniquelyReferenced(&candidate!) {
            (sp - 2).pointee = .object(candidate!)
            return false
        }
        let s = unsafeDowncast(candidate!, to: PyStr.self)
        s.appendInPlace(unsafeDowncast(right.takeUnretainedValue(), to: PyStr.self))
        (sp - 2).pointee = .object(s)
        return true
    }

    @inline(__always) func builtinsFor(_ globals: PyDict) -> PyDict {
        builtins
    }

    @inline(__always) func lookupLocal(_ locals: PyDict, _ name: PyStr) throws(PyError) -> Value? {
        if locals.type === Builtins.dictType { return locals.getItem(str: name) }
        return try locals.getItem(.object(name), self)
    }

    func unboundLocal(_ name: String) -> PyError {
        PyError(
            .make(
                Builtins.unboundLocalErrorType,
                "cannot access local variable '\(name)' where it is not associated with a value"))
    }

    func unboundDeref(_ code: CodeObject, _ i: Int) -> PyError {
        if i < code.cellVars.count { return unboundLocal(code.cellVars[i]) }
        let name = code.freeVars[i - code.cellVars.count]
        return PyError(
            .nameError(
                "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope"))
    }

    func nameNotDefined(_ name: String, code: CodeObject? = nil, globals: PyDict? = nil) -> PyError {
        let exc = PyException.nameError("name '\(name)' is not defined")
        exc.dict!.setItem("name", .str(name))
        if let globals {
            exc.suggestionContext = NameErrorContext(
                localNames: (code?.varNames ?? []) + (code?.cellVars ?? []) + (code?.freeVars ?? []), globals: globals,
                builtins: builtins)
        }
        return PyError(exc)
    }
}
