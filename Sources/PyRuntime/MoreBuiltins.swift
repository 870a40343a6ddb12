import PyCompiler

/// Builtins beyond the core set of BuiltinFunctions.swift: `open`, `compile`, `__import__`, `help`,
/// `breakpoint`, `aiter`, `anext`, `memoryview`, `exit`/`quit`.
extension Builtins {
    /// Add these builtins to the namespace `b` (called once from `Builtins.populate`).
    static func installMoreBuiltins(_ b: PyDict, _ interp: Interpreter) {
        func add(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            b.setItem(name, function(name, body))
        }
        b.setItem("memoryview", .object(memoryviewType))
        add("open") { (interp, args) throws(PyError) -> Value in try interp.openFile(args) }
        add("compile") { (interp, args) throws(PyError) -> Value in try interp.compileBuiltin(args) }
        add("__import__") { (interp, args) throws(PyError) -> Value in
            try args.expect("__import__", min: 1, max: 5, keywords: true)
            guard let name = args.argument(0, "name")?.asStr else { throw .typeError("module name must be a string") }
            let level = args.argument(4, "level") ?? .int(0)
            if name.count == 0 && (interp.intValue(level) ?? 0) == 0 { throw .valueError("Empty module name") }
            let globals = args.argument(1, "globals")?.asDict ?? PyDict()
            let fromList = args.argument(3, "fromlist") ?? .none
            return try interp.importModule(name.string, globals: globals, fromList: fromList, level: level)
        }
        add("breakpoint") { (interp, _) throws(PyError) -> Value in
            interp.stdout.flush()
            interp.stderr.write("breakpoint(): no debugger is available in SwiftRay; continuing\n")
            interp.stderr.flush()
            return .none
        }
        add("help") { (interp, args) throws(PyError) -> Value in
            try args.expect("help", min: 0, max: 1, keywords: true)
            let text = args.count == 0
                ? "Welcome to SwiftRay's help. Interactive help is not available; call help(object) to see the\n"
                    + "signature and documentation of a function, class or module.\n"
                : try interp.helpText(args[0])
            try interp.writeText(text, to: .none, flush: false)
            return .none
        }
        add("aiter") { (interp, args) throws(PyError) -> Value in
            try args.expect("aiter", min: 1, max: 1)
            let x = args[0]
            guard x.type.lookup("__aiter__") != nil else {
                throw .typeError("'\(x.typeName)' object is not an async iterable")
            }
            return try interp.callMethod(x, "__aiter__", [])
        }
        add("anext") { (interp, args) throws(PyError) -> Value in
            try args.expect("anext", min: 1, max: 2)
            let it = args[0]
            guard it.type.lookup("__anext__") != nil else {
                throw .typeError("'\(it.typeName)' object is not an async iterator")
            }
            if args.count == 1 { return try interp.callMethod(it, "__anext__", []) }
            return try interp.call(try interp.anextWithDefault(), [it, args[1]])
        }
        for name in ["exit", "quit"] {
            add(name) { (_, args) throws(PyError) -> Value in
                try args.expect(name, min: 0, max: 1)
                throw PyError(
                    PyException(type: Builtins.systemExitType, args: args.count == 0 ? Builtins.emptyTuple : PyTuple([args[0]])))
            }
        }
    }
}

extension Interpreter {
    /// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: a code object for
    /// `exec` / `eval` (AST input and compile flags are not supported).
    func compileBuiltin(_ args: Args) throws(PyError) -> Value {
        try args.expect("compile", min: 3, max: 6, keywords: true)
        guard let source = args.argument(0, "source"), let fileArg = args.argument(1, "filename"),
            let modeArg = args.argument(2, "mode")
        else { throw .typeError("compile() missing required argument 'mode' (pos 3)") }
        var text: String
        if let s = source.asStr { text = s.string }
        else if let b = source.asObject as? PyBytes { text = try Codec.utf8.decode(b.bytes, errors: "strict").string }
        else if source.asObject is PyCode { return source }
        else { throw .typeError("compile() arg 1 must be a string, bytes or AST object") }
        let filename: String
        if let f = fileArg.asStr { filename = f.string }
        else if let f = fileArg.asObject as? PyBytes { filename = String(decoding: f.bytes, as: UTF8.self) }
        else { throw .typeError("compile() argument 'filename' must be str, not \(fileArg.typeName)") }
        guard let m = modeArg.asStr else { throw .typeError("compile() argument 'mode' must be str, not \(modeArg.typeName)") }
        let mode: CompileMode
        switch m.string {
        case "exec": mode = .exec
        case "eval": mode = .eval
        case "single": mode = .single
        default: throw .valueError("compile() mode must be 'exec', 'eval' or 'single'")
        }
        if text.utf8.contains(0) {
            throw PyError(.make(Builtins.syntaxErrorType, "source code string cannot contain null bytes"))
        }
        if mode == .single && !text.hasSuffix("\n") { text += "\n" }
        return .object(try compile(text, filename: filename, mode: mode))
    }

    /// A coroutine function `(iterator, default)` that awaits `iterator.__anext__()` and returns `default`
    /// at StopAsyncIteration: the awaitable `anext(it, default)` returns. Written in Python and compiled
    /// once per interpreter.
    func anextWithDefault() throws(PyError) -> Value {
        if let f = extensions["anextWithDefault"] as? PyFunction { return .object(f) }
        let source = """
            async def anext(iterator, default):
                try:
                    return await type(iterator).__anext__(iterator)
                except StopAsyncIteration:
                    return default

            """
        let code = try compile(source, filename: "<anext>", mode: .exec)
        let ns = PyDict()
        ns.setItem("__name__", .str("builtins"))
        try run(code, globals: ns)
        guard let f = ns.getItem("anext")?.asObject as? PyFunction else { throw .runtimeError("anext helper missing") }
        extensions["anextWithDefault"] = f
        return .object(f)
    }

    /// The text `help(obj)` prints: a header, the signature and the cleaned docstring.
    func helpText(_ v: Value) throws(PyError) -> String {
        func docLines(_ doc: Value?, indent: String) -> String {
            guard let d = doc?.asStr?.string, !d.isEmpty else { return "" }
            return Self.cleanDoc(d).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? indent : indent + $0 }.joined(separator: "\n") + "\n"
        }
        if let f = v.asObject as? PyFunction {
            let module = (f.moduleName.asStr?.string).map { " in module \($0)" } ?? ""
            return "Help on function \(f.name)\(module):\n\n\(f.name)\(try signatureText(f))\n" + docLines(f.doc, indent: "    ") + "\n"
        }
        if let m = v.asObject as? PyBoundMethod, let f = m.function.asObject as? PyFunction {
            let ownerType = m.receiver.asType ?? m.receiver.type
            let owner = ownerType.moduleName == "builtins" ? ownerType.qualifiedName : "\(ownerType.moduleName).\(ownerType.qualifiedName)"
            return "Help on method \(f.name) in module \(f.moduleName.asStr?.string ?? "__main__"):\n\n"
                + "\(f.name)\(try signatureText(f, dropFirst: true)) method of \(owner) instance\n"
                + docLines(f.doc, indent: "    ") + "\n"
        }
        if let b = v.asObject as? PyBuiltinFunction {
            return "Help on built-in function \(b.name) in module \(b.moduleName ?? "builtins"):\n\n\(b.name)(...)\n"
                + docLines(b.doc.map { .str($0) }, indent: "    ") + "\n"
        }
        if let d = v.asObject as? PyMethodDescriptor {
            return "Help on method_descriptor:\n\n\(d.name)(self, /, *args, **kwargs)\n"
                + docLines(d.doc.map { .str($0) }, indent: "    ") + "\n"
        }
        if let t = v.asType {
            let bases = t.bases.map { $0.moduleName == "builtins" ? "builtins.\($0.qualifiedName)" : $0.qualifiedName }
            var text = "Help on class \(t.name) in module \(t.moduleName):\n\nclass \(t.name)(\(bases.joined(separator: ", ")))\n"
            text += docLines(t.namespace.getItem("__doc__"), indent: " |  ")
            var methods: [(String, PyFunction)] = []
            for (k, x) in t.namespace.items {
                if let name = k.asStr?.string, let f = x.asObject as? PyFunction { methods.append((name, f)) }
            }
            if !methods.isEmpty {
                text += " |  \n |  Methods defined here:\n |  \n"
                for (name, f) in methods.sorted(by: { $0.0 < $1.0 }) {
                    text += " |  \(name)\(try signatureText(f))\n" + docLines(f.doc, indent: " |      ") + " |  \n"
                }
            }
            if !t.isBuiltin {
                if methods.isEmpty { text += " |  \n" }
                text += " |  " + String(repeating: "-", count: 70) + "\n |  Data descriptors defined here:\n |  \n"
                text += " |  __dict__\n |      dictionary for instance variables\n |  \n"
                text += " |  __weakref__\n |      list of weak references to the object\n"
            }
            return text + "\n"
        }
        if let m = v.asObject as? PyModule {
            return "Help on module \(m.name):\n\nNAME\n    \(m.name)\n\n" + (m.namespace.getItem("__doc__").map { docLines($0, indent: "    ") } ?? "") + "\n"
        }
        if let s = v.asStr {
            return "No Python documentation found for \(Self.strRepr(s)).\nUse help() to get the interactive help utility.\nUse help(str) for help on the str class.\n"
        }
        return try helpText(.object(v.type))
    }

    /// `inspect.cleandoc`: strip the first line, dedent the rest, drop blank lines at both ends.
    static func cleanDoc(_ doc: String) -> String {
        var lines = doc.replacingTabs().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return "" }
        lines[0] = String(lines[0].drop { $0 == " " })
        let indents = lines.dropFirst().filter { !$0.allSatisfy { $0 == " " } }.map { $0.prefix { $0 == " " }.count }
        if let margin = indents.min() {
            for i in 1..<lines.count { lines[i] = String(lines[i].dropFirst(Swift.min(margin, lines[i].prefix { $0 == " " }.count))) }
        }
        while let l = lines.last, l.allSatisfy({ $0 == " " }) { lines.removeLast() }
        while let f = lines.first, f.allSatisfy({ $0 == " " }) { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    /// `(a, b: int = 2, *args, c, d=4, **kw) -> str` as inspect.signature prints it.
    func signatureText(_ f: PyFunction, dropFirst: Bool = false) throws(PyError) -> String {
        let c = f.code.code
        let names = c.varNames
        let nPos = Int(c.argCount)
        let nKw = Int(c.kwOnlyArgCount)
        let nPosOnly = Int(c.posOnlyArgCount)
        let annotations = f.annotations
        func annotated(_ name: String) throws(PyError) -> String {
            guard let a = annotations?.getItem(name) else { return name }
            return "\(name): \(try annotationText(a))"
        }
        var parts: [String] = []
        let firstDefault = nPos - f.defaults.count
        for i in 0..<nPos {
            var p = try annotated(names[i])
            if i >= firstDefault {
                p += annotations?.getItem(names[i]) != nil ? " = " : "="
                p += try repr(f.defaults[i - firstDefault])
            }
            parts.append(p)
            if nPosOnly > 0 && i == nPosOnly - 1 { parts.append("/") }
        }
        var next = nPos + nKw
        if c.flags.contains(.varArgs) {
            parts.append("*" + (try annotated(names[next])))
            next += 1
        } else if nKw > 0 {
            parts.append("*")
        }
        for i in nPos..<(nPos + nKw) {
            var p = try annotated(names[i])
            if let d = f.kwDefaults?.getItem(names[i]) {
                p += annotations?.getItem(names[i]) != nil ? " = " : "="
                p += try repr(d)
            }
            parts.append(p)
        }
        if c.flags.contains(.varKeywords) { parts.append("**" + (try annotated(names[next]))) }
        if dropFirst && !parts.isEmpty { parts.removeFirst() }
        var text = "(" + parts.joined(separator: ", ") + ")"
        if let r = annotations?.getItem("return") { text += " -> \(try annotationText(r))" }
        return text
    }

    private func annotationText(_ a: Value) throws(PyError) -> String {
        if let t = a.asType { return t.moduleName == "builtins" ? t.qualifiedName : "\(t.moduleName).\(t.qualifiedName)" }
        if let s = a.asStr { return Self.strRepr(s) }
        return try repr(a)
    }
}

extension String {
    /// Tabs expanded to 8-column stops (docstrings).
    func replacingTabs() -> String {
        guard contains("\t") else { return self }
        return String(String.UnicodeScalarView(Builtins.expandTabs(Array(unicodeScalars), 8)))
    }
}
