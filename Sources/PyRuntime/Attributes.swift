/// A computed attribute of a builtin type (`f.__name__`, `e.args`, `T.__mro__`): a data descriptor whose
/// getter and optional setter are Swift closures.
public final class PyGetSet: PyObject, @unchecked Sendable {
    public typealias Getter = (Interpreter, Value) throws(PyError) -> Value
    public typealias Setter = (Interpreter, Value, Value) throws(PyError) -> Void
    public let name: String
    public let getter: Getter
    public let setter: Setter?

    public init(name: String, getter: @escaping Getter, setter: Setter? = nil) {
        self.name = name
        self.getter = getter
        self.setter = setter
        super.init(kind: .property, type: Builtins.getsetType)
    }
}

extension Builtins {
    static let getsetType: PyType = {
        let t = PyType(
            name: "getset_descriptor", metatype: typeType, bases: [objectType], instanceKind: .property,
            isBuiltin: true, namespace: PyDict(type: dictType))
        t.mro = [t, objectType]
        return t
    }()
}

/// Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, following CPython's rules (data descriptors on
/// the type, then the instance dict, then other class attributes, then `__getattr__`).
extension Interpreter {
    static let getattrName = PyStr.intern("__getattr__")
    static let getattributeName = PyStr.intern("__getattribute__")
    static let setattrName = PyStr.intern("__setattr__")
    static let delattrName = PyStr.intern("__delattr__")
    static let getName = PyStr.intern("__get__")
    static let setName = PyStr.intern("__set__")

    /// `getattr(obj, name)`.
    public func getAttribute(_ obj: Value, _ name: PyStr) throws(PyError) -> Value {
        if let v = try lookupAttribute(obj, name) { return v }
        throw attributeError(obj, name)
    }

    /// `getattr(obj, name, None)` semantics: nil when absent (AttributeError swallowed).
    public func lookupAttributeOrNil(_ obj: Value, _ name: String) throws(PyError) -> Value? {
        do {
            return try lookupAttribute(obj, PyStr.intern(name))
        } catch where error.matches(Builtins.attributeErrorType) {
            return nil
        }
    }

    public func getAttribute(_ obj: Value, _ name: String) throws(PyError) -> Value {
        try getAttribute(obj, PyStr.intern(name))
    }

    func attributeError(_ obj: Value, _ name: PyStr) -> PyError {
        let text: String
        if let t = obj.asType {
            text = "type object '\(t.name)' has no attribute '\(name.string)'"
        } else if let m = obj.asObject as? PyModule {
            text = "module '\(m.name)' has no attribute '\(name.string)'"
        } else {
            text = "'\(obj.typeName)' object has no attribute '\(name.string)'"
        }
        let exc = PyException.attributeError(text)
        exc.dict!.setItem("name", .object(name))
        exc.dict!.setItem("obj", obj)
        return PyError(exc)
    }

    /// The attribute, or nil when it does not exist (no AttributeError raised by the lookup itself; errors
    /// raised inside descriptors and `__getattr__` propagate).
    func lookupAttribute(_ obj: Value, _ name: PyStr) throws(PyError) -> Value? {
        if case .object(let o) = obj {
            switch o.kind {
            case .type:
                return try lookupTypeAttribute(unsafeDowncast(o, to: PyType.self), name)
            case .instance where o is PySuper:
                let ga = Builtins.superType.namespace.getItem("__getattribute__")!
                do {
                    return try call(ga, [obj, .object(name)])
                } catch where error.matches(Builtins.attributeErrorType) {
                    if let v = try? bind(Builtins.objectType.lookup(name) ?? .undefined, instance: obj, owner: o.type), !v.isUndefined { return v }
                    return nil
                }
            case .module:
                if let v = o.dict!.getItem(str: name) { return v }
                if let v = try genericGetAttribute(obj, name) { return v }
                if let ga = o.dict!.getItem(str: Self.getattrName) { return try call(ga, [.object(name)]) }
                return nil
            default:
                break
            }
        }
        let type = obj.type
        if !type.isBuiltin, let ga = userMethod(type, Self.getattributeName) {
            do {
                return try call(ga, [obj, .object(name)])
            } catch where error.matches(Builtins.attributeErrorType) {
                guard let fallback = userMethod(type, "__getattr__") else { throw error }
                return try call(fallback, [obj, .object(name)])
            }
        }
        return try genericGetAttribute(obj, name)
    }

    /// `object.__getattribute__` (plus `__getattr__`): data descriptors, instance dict, class attributes.
    func genericGetAttribute(_ obj: Value, _ name: PyStr) throws(PyError) -> Value? {
        let type = obj.type
        let typeAttr = type.lookup(name)
        if let attr = typeAttr, case .object(let a) = attr {
            if a.kind == .property {
                return try descriptorGet(a, instance: obj)
            }
            if a.kind == .instance, !a.type.isBuiltin, a.type.lookup(Self.setName) != nil,
                let get = a.type.lookup(Self.getName)
            {
                return try call(get, [attr, obj, .object(type)])
            }
        }
        if case .object(let o) = obj, let d = o.dict, let v = d.getItem(str: name) {
            return v
        }
        if let attr = typeAttr {
            return try bind(attr, instance: obj, owner: type)
        }
        if !type.isBuiltin, let ga = type.lookup(Self.getattrName) {
            do {
                return try call(ga, [obj, .object(name)])
            } catch where error.matches(Builtins.attributeErrorType) {
                throw error
            }
        }
        return nil
    }

    /// Bind an attribute found on the type to an instance (or return it as is).
    func bind(_ attr: Value, instance: Value, owner: PyType) throws(PyError) -> Value {
        guard case .object(let a) = attr else { return attr }
        switch a.kind {
        case .function, .methodDescriptor:
            return .object(PyBoundMethod(function: attr, receiver: instance))
        case .staticMethod:
            return (a as! PyMethodWrapper).function
        case .classMethod:
            return .object(PyBoundMethod(function: (a as! PyMethodWrapper).function, receiver: .object(owner)))
        case .property:
            return try descriptorGet(a, instance: instance)
        case .instance:
            if !a.type.isBuiltin, let get = a.type.lookup(Self.getName) {
                return try call(get, [attr, instance, .object(owner)])
            }
            return attr
        default:
            return attr
        }
    }

    private func descriptorGet(_ a: PyObject, instance: Value) throws(PyError) -> Value {
        if let gs = a as? PyGetSet { return try gs.getter(self, instance) }
        let p = unsafeDowncast(a, to: PyProperty.self)
        if p.getter.isNone { throw .attributeError("property object has no getter") }
        return try call(p.getter, [instance])
    }

    /// `T.name`: metatype data descriptors, then the MRO of `T` (binding classmethods to `T`), then the metatype.
    func lookupTypeAttribute(_ t: PyType, _ name: PyStr) throws(PyError) -> Value? {
        let meta = t.type
        let metaAttr = meta.lookup(name)
        if let m = metaAttr, case .object(let mo) = m, mo.kind == .property {
            return try descriptorGet(mo, instance: .object(t))
        }
        if let attr = t.lookup(name) {
            guard case .object(let a) = attr else { return attr }
            switch a.kind {
            case .staticMethod: return (a as! PyMethodWrapper).function
            case .classMethod:
                return .object(PyBoundMethod(function: (a as! PyMethodWrapper).function, receiver: .object(t)))
            case .instance:
                if !a.type.isBuiltin, let get = a.type.lookup(Self.getName) {
                    return try call(get, [attr, .none, .object(t)])
                }
                return attr
            default: return attr
            }
        }
        if let m = metaAttr { return try bind(m, instance: .object(t), owner: meta) }
        return nil
    }

    /// For `loadMethod`: the plain function or method descriptor `name` on the type of `obj`, when calling it
    /// with `obj` prepended is equivalent to calling `obj.name`. Nil means "use normal attribute lookup".
    @inline(__always)
    func lookupMethod(_ obj: Value, _ name: PyStr) throws(PyError) -> Value? {
        if case .object(let o) = obj, o.kind == .type || o.kind == .module || o.type === Builtins.superType {
            return nil
        }
        let type = obj.type
        guard let attr = type.lookup(name), case .object(let a) = attr,
            a.kind == .function || a.kind == .methodDescriptor
        else { return nil }
        if case .object(let o) = obj, let d = o.dict, d.count > 0, d.getItem(str: name) != nil { return nil }
        return attr
    }

    /// `obj.name = value`.
    public func setAttribute(_ obj: Value, _ name: PyStr, _ value: Value) throws(PyError) {
        guard case .object(let o) = obj else {
            throw .attributeError("'\(obj.typeName)' object has no attribute '\(name.string)'")
        }
        if o.kind == .type {
            let t = unsafeDowncast(o, to: PyType.self)
            if t.isBuiltin {
                throw .typeError("cannot set '\(name.string)' attribute of immutable type '\(t.name)'")
            }
            if let m = t.type.lookup(name), let gs = m.asObject as? PyGetSet, let set = gs.setter {
                try set(self, obj, value)
                return
            }
            if name.string == "__name__" || name.string == "__qualname__" {
                guard let text = value.asStr?.string else {
                    throw .typeError("can only assign string to \(t.name).\(name.string), not '\(value.typeName)'")
                }
                if name.string == "__name__" { t.name = text } else { t.qualifiedName = text }
                return
            }
            t.setAttribute(name, value)
            return
        }
        let type = o.type
        if !type.isBuiltin, let sa = userMethod(type, Self.setattrName) {
            try call(sa, [obj, .object(name), value])
            return
        }
        try genericSetAttribute(o, name, value)
    }

    /// `object.__setattr__`: data descriptors on the type, else the instance dict.
    func genericSetAttribute(_ o: PyObject, _ name: PyStr, _ value: Value) throws(PyError) {
        let type = o.type
        if let attr = type.lookup(name), case .object(let a) = attr {
            if let gs = a as? PyGetSet {
                guard let set = gs.setter else {
                    throw .attributeError(
                        "attribute '\(name.string)' of '\(type.name)' objects is not writable")
                }
                try set(self, .object(o), value)
                return
            }
            if let p = a as? PyProperty {
                if p.setter.isNone {
                    throw .attributeError("property '\(name.string)' of '\(type.name)' object has no setter")
                }
                try call(p.setter, [.object(o), value])
                return
            }
            if a.kind == .instance, !a.type.isBuiltin, let set = a.type.lookup(Self.setName) {
                try call(set, [attr, .object(o), value])
                return
            }
        }
        // Functions and instances of user subclasses of builtin types get their attribute dict on first use.
        if o.dict == nil, o.kind == .function || !type.isBuiltin { o.dict = PyDict() }
        if let allowed = type.slotNames, !allowed.contains(name.string) {
            throw .attributeError("'\(type.name)' object has no attribute '\(name.string)'")
        }
        guard let d = o.dict else {
            if type.lookup(name) != nil {
                throw .attributeError("'\(type.name)' object attribute '\(name.string)' is read-only")
            }
            throw .attributeError("'\(type.name)' object has no attribute '\(name.string)'")
        }
        d.setItem(str: name, value)
    }

    /// `del obj.name`.
    public func deleteAttribute(_ obj: Value, _ name: PyStr) throws(PyError) {
        guard case .object(let o) = obj else { throw attributeError(obj, name) }
        if o.kind == .type {
            let t = unsafeDowncast(o, to: PyType.self)
            if t.isBuiltin {
                throw .typeError("cannot set '\(name.string)' attribute of immutable type '\(t.name)'")
            }
            if t.namespace.removeItem(str: name) == nil { throw attributeError(obj, name) }
            t.invalidateCaches()
            return
        }
        if !o.type.isBuiltin, let da = userMethod(o.type, "__delattr__") {
            try call(da, [obj, .object(name)])
            return
        }
        if let attr = o.type.lookup(name), let gs = attr.asObject as? PyGetSet {
            guard let set = gs.setter else {
                throw .attributeError("attribute '\(name.string)' of '\(o.type.name)' objects is not writable")
            }
            try set(self, obj, .undefined)
            return
        }
        if let attr = o.type.lookup(name), let p = attr.asObject as? PyProperty {
            if p.deleter.isNone {
                throw .attributeError("property '\(name.string)' of '\(o.type.name)' object has no deleter")
            }
            try call(p.deleter, [obj])
            return
        }
        guard let d = o.dict, d.removeItem(str: name) != nil else { throw attributeError(obj, name) }
    }
}
