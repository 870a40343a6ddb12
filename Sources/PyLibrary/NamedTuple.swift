import PyRuntime

/// `collections.namedtuple`: builds a tuple subclass with a property per field, `_fields`, `_field_defaults`,
/// `_make`, `_asdict`, `_replace`, `__match_args__`, the repr `Point(x=1, y=2)` and CPython's argument errors
/// (`Point.__new__() missing 1 required positional argument: 'y'`). Classes may subclass the result.
///
/// The class's `__module__` is the `module=` argument or `__main__` (CPython reads the caller's frame, which a
/// Swift builtin cannot see).
enum NamedTuple {
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return s.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
    }

    static func make(_ interp: Interpreter, _ args: Args) throws(PyError) -> Value {
        let a = try Lib.bind(
            "namedtuple", args, ["typename", "field_names", "rename", "defaults", "module"], required: 2,
            positionalCount: 2)
        guard let typename = a[0]!.asStr?.string else { throw .typeError("typename must be a string") }
        var fields: [String] = []
        if let s = a[1]!.asStr {
            fields = s.string.replacingOccurrences(",", " ").split(whereSeparator: { $0.isWhitespace }).map(String.init)
        } else {
            for f in try interp.iterate(a[1]!) { fields.append(try interp.str(f)) }
        }
        let rename = try interp.isTrue(a[2] ?? .false)
        if rename {
            var seen = Set<String>()
            for (i, name) in fields.enumerated() {
                if !isIdentifier(name) || keywords.contains(name) || name.hasPrefix("_") || seen.contains(name) {
                    fields[i] = "_\(i)"
                }
                seen.insert(fields[i])
            }
        }
        for name in [typename] + fields {
            if !isIdentifier(name) {
                throw .valueError(
                    "Type names and field names must be valid identifiers: \(Interpreter.strRepr(PyStr(name)))")
            }
            if keywords.contains(name) {
                throw .valueError("Type names and field names cannot be a keyword: \(Interpreter.strRepr(PyStr(name)))")
            }
        }
        var seen = Set<String>()
        for name in fields {
            if name.hasPrefix("_") && !rename {
                throw .valueError("Field names cannot start with an underscore: \(Interpreter.strRepr(PyStr(name)))")
            }
            if seen.contains(name) {
                throw .valueError("Encountered duplicate field name: \(Interpreter.strRepr(PyStr(name)))")
            }
            seen.insert(name)
        }
        var defaults: [Value] = []
        if let d = a[3], !d.isNone {
            defaults = Array(try interp.iterate(d))
            if defaults.count > fields.count { throw .typeError("Got more default values than field names") }
        }
        let module = a[4].flatMap { $0.isNone ? nil : $0.asStr?.string } ?? "__main__"
        return .object(makeType(typename, fields: fields, defaults: defaults, module: module))
    }

    static func makeType(_ name: String, fields: [String], defaults: [Value], module: String) -> PyType {
        let t = Lib.makeType(name, module: module, bases: [Builtins.tupleType], kind: .tuple)
        let fieldValues = PyTuple(fields.map { .str($0) })
        let defaultsDict = PyDict()
        for (i, d) in defaults.enumerated() { defaultsDict.setItem(fields[fields.count - defaults.count + i], d) }
        t.namespace.setItem("_fields", .object(fieldValues))
        t.namespace.setItem("__match_args__", .object(fieldValues))
        t.namespace.setItem("_field_defaults", .object(defaultsDict))
        t.namespace.setItem("__doc__", .str("\(name)(\(fields.joined(separator: ", ")))"))
        t.namespace.setItem("__slots__", .object(Builtins.emptyTuple))
        for (i, field) in fields.enumerated() {
            Builtins.attribute(
                t, field,
                { (_, v) throws(PyError) -> Value in
                    guard let tuple = v.asTuple, i < tuple.count else {
                        throw .attributeError("'\(v.typeName)' object has no attribute '\(field)'")
                    }
                    return tuple.items[i]
                }, setter: { (_, _, _) throws(PyError) in throw .attributeError("can't set attribute") })
        }
        t.constructor = { (interp, type, args) throws(PyError) -> Value in
            let items = try bindFields(name, fields, defaults, args)
            let tuple = PyTuple(items: ContiguousArray(items), type: type)
            if type !== t { tuple.dict = PyDict() }
            return .object(tuple)
        }
        Lib.classMethod(t, "_make") { (interp, args) throws(PyError) -> Value in
            guard args.count == 2, let cls = args[0].asType else { throw .typeError("_make() takes one iterable") }
            let items = try interp.iterate(args[1])
            if items.count != fields.count {
                throw .typeError("Expected \(fields.count) arguments, got \(items.count)")
            }
            let tuple = PyTuple(items: items, type: cls)
            if cls !== t { tuple.dict = PyDict() }
            return .object(tuple)
        }
        Lib.method(t, "_asdict") { (_, v, _) throws(PyError) -> Value in
            let d = PyDict()
            for (i, field) in fields.enumerated() { d.setItem(field, try Lib.tupleReceiver(v, name).items[i]) }
            return .object(d)
        }
        Lib.method(t, "_replace") { (interp, v, args) throws(PyError) -> Value in
            if args.count > 0 {
                throw .typeError("_replace() takes 1 positional argument but \(args.count + 1) were given")
            }
            var items = Array(try Lib.tupleReceiver(v, name).items)
            var unknown: [Value] = []
            for (k, x) in args.keywords {
                if let i = fields.firstIndex(of: k) { items[i] = x } else { unknown.append(.str(k)) }
            }
            if !unknown.isEmpty {
                throw .valueError("Got unexpected field names: \(try interp.repr(.object(PyList(unknown))))")
            }
            return try interp.call(.object(v.type), items)
        }
        Lib.method(t, "__getnewargs__") { (_, v, _) throws(PyError) -> Value in .object(PyTuple(try Lib.tupleReceiver(v, name).items)) }
        Lib.boundDunder(t, "__repr__") { (interp, v, _) throws(PyError) -> Value in
            let tuple = try Lib.tupleReceiver(v, name)
            let body = try Lib.guardedRepr(interp, tuple, placeholder: "...") { () throws(PyError) -> String in
                var parts: [String] = []
                for (i, field) in fields.enumerated() where i < tuple.count {
                    parts.append("\(field)=\(try interp.repr(tuple.items[i]))")
                }
                return parts.joined(separator: ", ")
            }
            return .str("\(v.type.name)(\(body))")
        }
        return t
    }

    /// The tuple items for a call `Name(*args, **kwargs)`, with CPython's messages for bad calls.
    static func bindFields(
        _ name: String, _ fields: [String], _ defaults: [Value], _ args: Args
    ) throws(PyError)
        -> [Value]
    {
        let n = fields.count
        let fname = "\(name).__new__()"
        if args.count > n {
            let takes =
                defaults.isEmpty
                ? "\(n + 1) positional argument\(n == 0 ? "" : "s")"
                : "from \(n - defaults.count + 1) to \(n + 1) positional arguments"
            throw .typeError("\(fname) takes \(takes) but \(args.count + 1) were given")
        }
        var items = [Value?](repeating: nil, count: n)
        for i in 0..<args.count { items[i] = args[i] }
        for (k, v) in args.keywords {
            guard let i = fields.firstIndex(of: k) else {
                throw .typeError("\(fname) got an unexpected keyword argument '\(k)'")
            }
            if items[i] != nil { throw .typeError("\(fname) got multiple values for argument '\(k)'") }
            items[i] = v
        }
        var missing: [String] = []
        for i in 0..<n where items[i] == nil {
            let d = i - (n - defaults.count)
            if d >= 0 { items[i] = defaults[d] } else { missing.append(fields[i]) }
        }
        if !missing.isEmpty {
            let quoted = missing.map { "'\($0)'" }
            let list: String
            switch quoted.count {
            case 1: list = quoted[0]
            case 2: list = "\(quoted[0]) and \(quoted[1])"
            default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
            }
            let plural = missing.count == 1 ? "" : "s"
            throw .typeError("\(fname) missing \(missing.count) required positional argument\(plural): \(list)")
        }
        return items.map { $0! }
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement` (Foundation-free).
    func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
