/// `int | None` (PEP 604): a `types.UnionType` of its member types, so annotations written that way
/// evaluate at definition time and `isinstance(x, int | str)` works.
public final class PyUnionType: PyObject, @unchecked Sendable {
    public let members: [Value]

    init(_ members: [Value]) {
        self.members = members
        super.init(kind: .instance, type: Builtins.unionType)
    }

    /// `a | b` when either side is a type, None or a union; nil when the operands are not those.
    static func make(_ a: Value, _ b: Value) -> PyUnionType? {
        func flatten(_ v: Value) -> [Value]? {
            if let u = v.asObject as? PyUnionType { return u.members }
            if v.isNone || v.asType != nil { return [v] }
            return nil
        }
        guard let left = flatten(a), let right = flatten(b) else { return nil }
        var members: [Value] = []
        for m in left + right where !members.contains(where: { $0.isIdentical(to: m) }) { members.append(m) }
        return PyUnionType(members)
    }
}

extension Builtins {
    static let unionType: PyType = {
        let t = PyType(
            name: "UnionType", metatype: typeType, bases: [objectType], instanceKind: .instance, isBuiltin: true,
            namespace: PyDict(type: dictType), moduleName: "types")
        t.mro = [t, objectType]
        method(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            var parts: [String] = []
            for m in (v.asObject as! PyUnionType).members {
                if m.isNone { parts.append("None") } else if let mt = m.asType {
                    parts.append(mt.moduleName == "builtins" ? mt.qualifiedName : "\(mt.moduleName).\(mt.qualifiedName)")
                } else {
                    parts.append(try interp.repr(m))
                }
            }
            return .str(parts.joined(separator: " | "))
        }
        attribute(t, "__args__") { (_, v) throws(PyError) -> Value in
            .object(PyTuple((v.asObject as! PyUnionType).members.map { $0.isNone ? .object(noneType) : $0 }))
        }
        return t
    }()
}
