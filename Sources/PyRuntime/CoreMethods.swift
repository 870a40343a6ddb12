import BigInt

/// Attributes and methods of `object`, `type`, functions, generators and exceptions.
extension Builtins {
    static func installObjectMethods() {
        attribute(objectType, "__class__", { (_, v) throws(PyError) -> Value in .object(v.type) },
            setter: { (_, v, newValue) throws(PyError) in
                guard case .object(let o) = v, let t = newValue.asType else {
                    throw .typeError("__class__ must be set to a class, not '\(newValue.typeName)' object")
                }
                guard !o.type.isBuiltin, !t.isBuiltin, t.instanceKind == o.type.instanceKind else {
                    throw .typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
                }
                o.type = t
            })
        objectType.namespace.setItem(
            "__init_subclass__",
            .object(PyMethodWrapper(function: function("__init_subclass__") { (_, args) throws(PyError) -> Value in
                if args.hasKeywords {
                    let name = args.count > 0 ? (args[0].asType?.name ?? "object") : "object"
                    throw .typeError("\(name).__init_subclass__() takes no keyword arguments")
                }
                return .none
            }, isClassMethod: true)))
        for unhashable in [listType, dictType, setType, bytearrayType] {
            unhashable.namespace.setItem("__hash__", .none)
        }
        attribute(objectType, "__dict__") { (_, v) throws(PyError) -> Value in
            guard case .object(let o) = v, let d = o.dict else {
                throw .attributeError("'\(v.typeName)' object has no attribute '__dict__'")
            }
            return .object(d)
        }
        method(objectType, "__init__") { (_, _, _) throws(PyError) -> Value in .none }
        method(objectType, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let t = v.type
            let mod = t.moduleName == "builtins" ? "" : "\(t.moduleName)."
            return .str("<\(mod)\(t.qualifiedName) object at \(Interpreter.address(v.asObject))>")
        }
        method(objectType, "__str__") { (interp, v, _) throws(PyError) -> Value in .str(try interp.repr(v)) }
        method(objectType, "__eq__") { (_, v, args) throws(PyError) -> Value in
            v.isIdentical(to: args[0]) ? .true : Builtins.notImplemented
        }
        method(objectType, "__ne__") { (interp, v, args) throws(PyError) -> Value in
            .bool(try !interp.equal(v, args[0]))
        }
        method(objectType, "__hash__") { (interp, v, _) throws(PyError) -> Value in
            .int(try Interpreter.hash(v, interp))
        }
        method(objectType, "__setattr__") { (interp, v, args) throws(PyError) -> Value in
            guard case .object(let o) = v, let n = args[0].asStr else { throw .typeError("bad __setattr__ call") }
            try interp.genericSetAttribute(o, n, args[1])
            return .none
        }
        method(objectType, "__delattr__") { (interp, v, args) throws(PyError) -> Value in
            guard case .object(let o) = v, let n = args[0].asStr else { throw .typeError("bad __delattr__ call") }
            if let p = o.type.lookup(n)?.asObject as? PyProperty {
                if p.deleter.isNone {
                    throw .attributeError("property '\(n.string)' of '\(o.type.name)' object has no deleter")
                }
                try interp.call(p.deleter, [v])
                return .none
            }
            guard let d = o.dict, d.removeItem(str: n) != nil else { throw interp.attributeError(v, n) }
            return .none
        }
        method(objectType, "__getattribute__") { (interp, v, args) throws(PyError) -> Value in
            guard let n = args[0].asStr else { throw .typeError("attribute name must be string") }
            if let found = try interp.genericGetAttribute(v, n) { return found }
            throw interp.attributeError(v, n)
        }
        method(objectType, "__format__") { (interp, v, args) throws(PyError) -> Value in
            let spec = args.count > 0 ? args[0].asStr?.string ?? "" : ""
            if !spec.isEmpty {
                throw .typeError("unsupported format string passed to \(v.typeName).__format__")
            }
            return .str(try interp.str(v))
        }
        objectType.namespace.setItem(
            "__new__",
            .object(PyMethodWrapper(function: function("__new__") { (interp, args) throws(PyError) -> Value in
                guard args.count >= 1, let cls = args[0].asType else {
                    throw .typeError("object.__new__(X): X is not a type object")
                }
                let rest = Array(args.positional.dropFirst())
                guard cls.instanceKind != .instance, let ctor = cls.findConstructor() else {
                    return .object(PyInstance(type: cls))
                }
                return try Args.with(rest) { (a) throws(PyError) in try ctor(interp, cls, a) }
            }, isClassMethod: false)))
        objectType.constructor = { (interp, t, args) throws(PyError) -> Value in
            if t === Builtins.objectType, args.count > 0 { throw .typeError("object() takes no arguments") }
            return .object(PyInstance(type: t))
        }
        objectType.namespace.setItem("__doc__", .str("The base class of the class hierarchy."))
    }

    static func installTypeAttributes() {
        attribute(typeType, "__name__") { (_, v) throws(PyError) -> Value in .str(v.asType!.name) }
        attribute(typeType, "__qualname__") { (_, v) throws(PyError) -> Value in .str(v.asType!.qualifiedName) }
        attribute(typeType, "__module__") { (_, v) throws(PyError) -> Value in .str(v.asType!.moduleName) }
        attribute(typeType, "__bases__") { (_, v) throws(PyError) -> Value in
            .object(PyTuple(v.asType!.bases.map { .object($0) }))
        }
        attribute(typeType, "__base__") { (_, v) throws(PyError) -> Value in
            v.asType!.bases.first.map { .object($0) } ?? .none
        }
        attribute(typeType, "__mro__") { (_, v) throws(PyError) -> Value in
            .object(PyTuple(v.asType!.mro.map { .object($0) }))
        }
        attribute(typeType, "__dict__") { (_, v) throws(PyError) -> Value in .object(v.asType!.namespace) }
        typeType.constructor = { (interp, t, args) throws(PyError) -> Value in
            guard args.count == 3, let name = args[0].asStr, let bases = args[1].asTuple, let ns = args[2].asDict else {
                if args.count == 1 { return .object(args[0].type) }
                throw .typeError("type() takes 1 or 3 arguments")
            }
            return .object(
                try interp.createClass(
                    name: name.string, bases: bases.items.compactMap { $0.asType }, namespace: ns, metatype: t,
                    keywords: args.keywords))
        }
        typeType.namespace.setItem(
            "__new__",
            .object(PyMethodWrapper(function: function("__new__") { (interp, args) throws(PyError) -> Value in
                guard args.count >= 1, let meta = args[0].asType else { throw .typeError("type.__new__(X): X is not a type object") }
                let rest = Array(args.positional.dropFirst())
                return try Args.with(rest, keywords: args.keywords) { (a) throws(PyError) in
                    try typeType.constructor!(interp, meta, a)
                }
            }, isClassMethod: false)))
        method(typeType, "__init__") { (_, _, _) throws(PyError) -> Value in .none }
        method(typeType, "mro") { (_, v, _) throws(PyError) -> Value in
            .object(PyList(v.asType!.mro.map { .object($0) }))
        }
        method(typeType, "__subclasses__") { (_, v, _) throws(PyError) -> Value in
            .object(PyList(v.asType!.subclasses.map { .object($0.value) }))
        }

        attribute(functionType, "__name__", { (_, v) throws(PyError) -> Value in .str((v.asObject as! PyFunction).name) },
            setter: { (_, v, n) throws(PyError) in (v.asObject as! PyFunction).name = n.asStr?.string ?? "" })
        attribute(functionType, "__qualname__", { (_, v) throws(PyError) -> Value in .str((v.asObject as! PyFunction).qualifiedName) },
            setter: { (_, v, n) throws(PyError) in (v.asObject as! PyFunction).qualifiedName = n.asStr?.string ?? "" })
        attribute(functionType, "__doc__", { (_, v) throws(PyError) -> Value in (v.asObject as! PyFunction).doc },
            setter: { (_, v, d) throws(PyError) in (v.asObject as! PyFunction).doc = d })
        attribute(functionType, "__module__", { (_, v) throws(PyError) -> Value in (v.asObject as! PyFunction).moduleName },
            setter: { (_, v, d) throws(PyError) in (v.asObject as! PyFunction).moduleName = d })
        attribute(functionType, "__defaults__") { (_, v) throws(PyError) -> Value in
            let f = v.asObject as! PyFunction
            return f.defaults.isEmpty ? .none : .object(PyTuple(f.defaults))
        }
        attribute(functionType, "__code__") { (_, v) throws(PyError) -> Value in .object((v.asObject as! PyFunction).code) }
        attribute(functionType, "__closure__") { (_, v) throws(PyError) -> Value in
            let f = v.asObject as! PyFunction
            return f.closure.isEmpty ? .none : .object(PyTuple(ContiguousArray(f.closure.map { .object($0) })))
        }
        attribute(functionType, "__kwdefaults__") { (_, v) throws(PyError) -> Value in
            (v.asObject as! PyFunction).kwDefaults.map { .object($0) } ?? .none
        }
        func codeAttribute(_ name: String, _ get: @escaping (PyCode) -> Value) {
            attribute(codeType, name) { (_, v) throws(PyError) -> Value in get(v.asObject as! PyCode) }
        }
        codeAttribute("co_name") { .str($0.code.name) }
        codeAttribute("co_qualname") { .str($0.code.qualifiedName) }
        codeAttribute("co_filename") { .str($0.code.filename) }
        codeAttribute("co_firstlineno") { .int(Int($0.code.firstLine)) }
        codeAttribute("co_argcount") { .int(Int($0.code.argCount)) }
        codeAttribute("co_posonlyargcount") { .int(Int($0.code.posOnlyArgCount)) }
        codeAttribute("co_kwonlyargcount") { .int(Int($0.code.kwOnlyArgCount)) }
        codeAttribute("co_nlocals") { .int($0.nLocals) }
        codeAttribute("co_varnames") { .object(PyTuple($0.code.varNames.map { .str($0) })) }
        codeAttribute("co_freevars") { .object(PyTuple($0.code.freeVars.map { .str($0) })) }
        codeAttribute("co_cellvars") { .object(PyTuple($0.code.cellVars.map { .str($0) })) }
        codeAttribute("co_names") { .object(PyTuple($0.code.names.map { .str($0) })) }
        codeAttribute("co_consts") { .object(PyTuple($0.constants)) }
        codeAttribute("co_flags") { code in
            // CPython's numbering: OPTIMIZED 1, NEWLOCALS 2, VARARGS 4, VARKEYWORDS 8, GENERATOR 32,
            // COROUTINE 128, ASYNC_GENERATOR 512.
            let f = code.code.flags
            var bits = f.contains(.usesLocalsMapping) ? 0 : 3
            if f.contains(.varArgs) { bits |= 4 }
            if f.contains(.varKeywords) { bits |= 8 }
            if f.contains(.generator) { bits |= 32 }
            if f.contains(.coroutine) { bits |= 128 }
            if f.contains(.asyncGenerator) { bits |= 512 }
            return .int(bits)
        }
        attribute(functionType, "__globals__") { (_, v) throws(PyError) -> Value in .object((v.asObject as! PyFunction).globals) }
        attribute(functionType, "__annotations__") { (_, v) throws(PyError) -> Value in
            let f = v.asObject as! PyFunction
            if f.annotations == nil { f.annotations = PyDict() }
            return .object(f.annotations!)
        }
        attribute(functionType, "__dict__") { (_, v) throws(PyError) -> Value in
            let o = v.asObject!
            if o.dict == nil { o.dict = PyDict() }
            return .object(o.dict!)
        }
        method(functionType, "__get__") { (_, v, args) throws(PyError) -> Value in
            args[0].isNone ? v : .object(PyBoundMethod(function: v, receiver: args[0]))
        }
        // Builtin functions and builtin methods bound to a receiver share the type builtin_function_or_method.
        func builtinName(_ v: Value) -> String {
            if let b = v.asObject as? PyBuiltinFunction { return b.name }
            return ((v.asObject as? PyBoundMethod)?.function.asObject as? PyMethodDescriptor)?.name ?? "?"
        }
        attribute(builtinFunctionType, "__name__") { (_, v) throws(PyError) -> Value in .str(builtinName(v)) }
        attribute(builtinFunctionType, "__qualname__") { (_, v) throws(PyError) -> Value in
            if let m = v.asObject as? PyBoundMethod { return .str("\(m.receiver.typeName).\(builtinName(v))") }
            return .str(builtinName(v))
        }
        attribute(builtinFunctionType, "__doc__") { (_, v) throws(PyError) -> Value in
            if let b = v.asObject as? PyBuiltinFunction { return b.doc.map { .str($0) } ?? .none }
            return ((v.asObject as? PyBoundMethod)?.function.asObject as? PyMethodDescriptor)?.doc.map { .str($0) } ?? .none
        }
        attribute(builtinFunctionType, "__self__") { (interp, v) throws(PyError) -> Value in
            if let m = v.asObject as? PyBoundMethod { return m.receiver }
            return .object(interp.builtinsModule)
        }
        attribute(methodDescriptorType, "__name__") { (_, v) throws(PyError) -> Value in
            .str((v.asObject as! PyMethodDescriptor).name)
        }
        attribute(methodType, "__self__") { (_, v) throws(PyError) -> Value in (v.asObject as! PyBoundMethod).receiver }
        attribute(methodType, "__func__") { (_, v) throws(PyError) -> Value in (v.asObject as! PyBoundMethod).function }
        attribute(methodType, "__name__") { (interp, v) throws(PyError) -> Value in
            try interp.getAttribute((v.asObject as! PyBoundMethod).function, "__name__")
        }
        attribute(methodType, "__qualname__") { (interp, v) throws(PyError) -> Value in
            try interp.getAttribute((v.asObject as! PyBoundMethod).function, "__qualname__")
        }
        attribute(methodType, "__doc__") { (interp, v) throws(PyError) -> Value in
            try interp.getAttribute((v.asObject as! PyBoundMethod).function, "__doc__")
        }
        attribute(moduleType, "__dict__") { (_, v) throws(PyError) -> Value in .object(v.asObject!.dict!) }
        attribute(cellType, "cell_contents") { (_, v) throws(PyError) -> Value in
            let c = v.asObject as! PyCell
            if c.value.isUndefined { throw .valueError("Cell is empty") }
            return c.value
        }
        for wrapperType in [staticmethodType, classmethodType] {
            attribute(wrapperType, "__func__") { (_, v) throws(PyError) -> Value in (v.asObject as! PyMethodWrapper).function }
            attribute(wrapperType, "__wrapped__") { (_, v) throws(PyError) -> Value in (v.asObject as! PyMethodWrapper).function }
        }
        staticmethodType.constructor = { (_, _, args) throws(PyError) -> Value in
            try args.expect("staticmethod", min: 1, max: 1)
            return .object(PyMethodWrapper(function: args[0], isClassMethod: false))
        }
        classmethodType.constructor = { (_, _, args) throws(PyError) -> Value in
            try args.expect("classmethod", min: 1, max: 1)
            return .object(PyMethodWrapper(function: args[0], isClassMethod: true))
        }
        propertyType.constructor = { (_, _, args) throws(PyError) -> Value in
            .object(
                PyProperty(
                    getter: args.argument(0, "fget") ?? .none, setter: args.argument(1, "fset") ?? .none,
                    deleter: args.argument(2, "fdel") ?? .none, doc: args.argument(3, "doc") ?? .none))
        }
        func propertyCopy(_ name: String, _ update: @escaping (PyProperty, Value) -> Void) {
            method(propertyType, name) { (_, v, args) throws(PyError) -> Value in
                let p = v.asObject as! PyProperty
                let copy = PyProperty(getter: p.getter, setter: p.setter, deleter: p.deleter, doc: p.doc)
                update(copy, args[0])
                return .object(copy)
            }
        }
        propertyCopy("getter") { $0.getter = $1 }
        propertyCopy("setter") { $0.setter = $1 }
        propertyCopy("deleter") { $0.deleter = $1 }
        attribute(propertyType, "fget") { (_, v) throws(PyError) -> Value in (v.asObject as! PyProperty).getter }
        attribute(propertyType, "__doc__") { (interp, v) throws(PyError) -> Value in
            let p = v.asObject as! PyProperty
            if !p.doc.isNone { return p.doc }
            return try interp.lookupAttributeOrNil(p.getter, "__doc__") ?? .none
        }

        // Generators and coroutines.
        for gt in [generatorType, coroutineType] {
            method(gt, "send") { (interp, v, args) throws(PyError) -> Value in
                try args.expect("send", min: 1, max: 1)
                return try interp.generatorSend(v.asObject as! PyGenerator, args[0])
            }
            method(gt, "throw") { (interp, v, args) throws(PyError) -> Value in
                try args.expect("throw", min: 1, max: 3)
                let exc: PyException
                if args.count > 1, !args[1].isNone, let t = args[0].asType {
                    // throw(type, value): a value that already is an instance of the type is raised as is.
                    if let given = args[1].asException, given.type.isSubtype(of: t) {
                        exc = given
                    } else {
                        exc = try interp.makeRaisable(try interp.call(.object(t), [args[1]]))
                    }
                } else {
                    exc = try interp.makeRaisable(args[0])
                }
                return try interp.generatorThrow(v.asObject as! PyGenerator, exc)
            }
            method(gt, "close") { (interp, v, _) throws(PyError) -> Value in
                try interp.close(v.asObject as! PyGenerator)
                return .none
            }
            attribute(gt, "__name__") { (_, v) throws(PyError) -> Value in .str((v.asObject as! PyGenerator).name) }
            attribute(gt, "__qualname__") { (_, v) throws(PyError) -> Value in
                .str((v.asObject as! PyGenerator).qualifiedName)
            }
        }
        method(generatorType, "__iter__") { (_, v, _) throws(PyError) -> Value in v }
        method(generatorType, "__next__") { (interp, v, _) throws(PyError) -> Value in
            try interp.generatorSend(v.asObject as! PyGenerator, .none)
        }
        method(coroutineType, "__await__") { (_, v, _) throws(PyError) -> Value in v }
        method(iteratorType, "__iter__") { (_, v, _) throws(PyError) -> Value in v }
        method(iteratorType, "__length_hint__") { (_, v, _) throws(PyError) -> Value in
            if let hint = (v.asObject as? PyIterator)?.lengthHint { return .int(hint) }
            return Builtins.notImplemented
        }
        method(iteratorType, "__next__") { (interp, v, _) throws(PyError) -> Value in
            if let x = try interp.nextValue(v) { return x }
            throw PyError(.stopIteration())
        }
    }

    static func installExceptionMethods() {
        let base = baseExceptionType
        base.constructor = { (_, t, args) throws(PyError) -> Value in
            var type = t
            // OSError(errno, strerror) picks the subclass that matches the errno, as CPython does.
            if t === osErrorType, args.count >= 2, case .int(let errno) = args[0], let sub = osErrorSubclass(errno) {
                type = sub
            }
            return .object(PyException(type: type, args: PyTuple(ContiguousArray(args.positional))))
        }
        method(base, "__init__") { (_, v, args) throws(PyError) -> Value in
            (v.asObject as! PyException).args = PyTuple(ContiguousArray(args.positional))
            return .none
        }
        attribute(base, "args", { (_, v) throws(PyError) -> Value in .object((v.asObject as! PyException).args) },
            setter: { (interp, v, a) throws(PyError) in
                (v.asObject as! PyException).args = PyTuple(try interp.iterate(a))
            })
        attribute(base, "__cause__", { (_, v) throws(PyError) -> Value in
            (v.asObject as! PyException).cause.map { .object($0) } ?? .none
        }, setter: { (_, v, c) throws(PyError) in
            let e = v.asObject as! PyException
            e.cause = c.asException
            e.suppressContext = true
        })
        attribute(base, "__context__", { (_, v) throws(PyError) -> Value in
            (v.asObject as! PyException).context.map { .object($0) } ?? .none
        }, setter: { (_, v, c) throws(PyError) in (v.asObject as! PyException).context = c.asException })
        attribute(base, "__suppress_context__", { (_, v) throws(PyError) -> Value in
            .bool((v.asObject as! PyException).suppressContext)
        }, setter: { (interp, v, c) throws(PyError) in (v.asObject as! PyException).suppressContext = try interp.isTrue(c) })
        attribute(base, "__traceback__") { (_, v) throws(PyError) -> Value in
            (v.asObject as! PyException).traceback.isEmpty ? .none : .object(PyTracebackObject(v.asObject as! PyException))
        }
        method(base, "with_traceback") { (_, v, _) throws(PyError) -> Value in v }
        method(base, "add_note") { (interp, v, args) throws(PyError) -> Value in
            let e = v.asObject as! PyException
            let notes = e.dict!.getItem("__notes__")?.asList ?? PyList()
            notes.items.append(args[0])
            e.dict!.setItem("__notes__", .object(notes))
            return .none
        }
        let stop = stopIterationType
        attribute(stop, "value") { (_, v) throws(PyError) -> Value in
            let e = v.asObject as! PyException
            return e.args.count > 0 ? e.args.items[0] : .none
        }
        attribute(systemExitType, "code") { (_, v) throws(PyError) -> Value in
            let e = v.asObject as! PyException
            return e.args.count == 0 ? .none : (e.args.count == 1 ? e.args.items[0] : .object(e.args))
        }
        for name in ["OSError"] {
            let t = exceptionType(name)
            attribute(t, "errno") { (_, v) throws(PyError) -> Value in
                let e = v.asObject as! PyException
                return e.args.count >= 2 ? e.args.items[0] : .none
            }
            attribute(t, "strerror") { (_, v) throws(PyError) -> Value in
                let e = v.asObject as! PyException
                return e.args.count >= 2 ? e.args.items[1] : .none
            }
            attribute(t, "filename") { (_, v) throws(PyError) -> Value in
                let e = v.asObject as! PyException
                return e.args.count >= 3 ? e.args.items[2] : .none
            }
        }
    }
}

/// A minimal traceback object (`exc.__traceback__`): enough for `tb_lineno`, `tb_frame` is not modelled.
public final class PyTracebackObject: PyObject, @unchecked Sendable {
    public let exception: PyException
    /// Which frame of the traceback this is, counting from the outermost (0) as `tb_next` walks.
    public let position: Int

    init(_ e: PyException, position: Int = 0) {
        exception = e
        self.position = position
        super.init(kind: .instance, type: Builtins.tracebackType)
    }

    /// The traceback entry this object stands for.
    var entry: TracebackEntry { exception.traceback[exception.traceback.count - 1 - position] }
}

extension Builtins {
    static let tracebackType: PyType = {
        let t = PyType(
            name: "traceback", metatype: typeType, bases: [objectType], instanceKind: .instance, isBuiltin: true,
            namespace: PyDict(type: dictType))
        t.mro = [t, objectType]
        attribute(t, "tb_lineno") { (_, v) throws(PyError) -> Value in
            .int(Int((v.asObject as! PyTracebackObject).entry.line))
        }
        attribute(t, "tb_next") { (_, v) throws(PyError) -> Value in
            let tb = v.asObject as! PyTracebackObject
            let next = tb.position + 1
            return next < tb.exception.traceback.count ? .object(PyTracebackObject(tb.exception, position: next)) : .none
        }
        attribute(t, "tb_frame") { (_, v) throws(PyError) -> Value in
            .object(PyFrameSummary((v.asObject as! PyTracebackObject).entry))
        }
        return t
    }()
}

/// What `tb.tb_frame` exposes of a finished frame: its code and line (`f_code`, `f_lineno`).
public final class PyFrameSummary: PyObject, @unchecked Sendable {
    let entry: TracebackEntry

    init(_ entry: TracebackEntry) {
        self.entry = entry
        super.init(kind: .instance, type: Builtins.frameType)
    }
}

extension Builtins {
    static let frameType: PyType = {
        let t = PyType(
            name: "frame", metatype: typeType, bases: [objectType], instanceKind: .instance, isBuiltin: true,
            namespace: PyDict(type: dictType))
        t.mro = [t, objectType]
        attribute(t, "f_code") { (_, v) throws(PyError) -> Value in .object((v.asObject as! PyFrameSummary).entry.code) }
        attribute(t, "f_lineno") { (_, v) throws(PyError) -> Value in .int(Int((v.asObject as! PyFrameSummary).entry.line)) }
        return t
    }()

    /// The OSError subclass CPython instantiates for an errno (PEP 3151).
    static func osErrorSubclass(_ errno: Int) -> PyType? {
        let name: String
        switch errno {
        case 2: name = "FileNotFoundError"
        case 17: name = "FileExistsError"
        case 1, 13: name = "PermissionError"
        case 21: name = "IsADirectoryError"
        case 20: name = "NotADirectoryError"
        case 3: name = "ProcessLookupError"
        case 4: name = "InterruptedError"
        case 10: name = "ChildProcessError"
        case 11, 114, 115: name = "BlockingIOError"
        case 32, 108: name = "BrokenPipeError"
        case 103: name = "ConnectionAbortedError"
        case 111: name = "ConnectionRefusedError"
        case 104: name = "ConnectionResetError"
        case 110: name = "TimeoutError"
        default: return nil
        }
        return exceptionType(name)
    }
}
