import PyRuntime

/// `json`: `dumps`/`dump` (all of CPython's options: `indent`, `sort_keys`, `separators`, `ensure_ascii`,
/// `allow_nan`, `skipkeys`, `check_circular`, `default`, `cls`), `loads`/`load` (str or UTF-8 bytes, with
/// `object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`, `parse_constant`, `strict`, `cls`), the
/// `JSONEncoder` and `JSONDecoder` classes (subclassable: an overridden `default` is honoured), and
/// `JSONDecodeError` (a ValueError subclass with `msg`, `doc`, `pos`, `lineno`, `colno`). `dump`/`load` work with
/// any object that has `write`/`read`.
///
/// Left out: `JSONEncoder.iterencode` produces the whole text as one chunk; encodings other than UTF-8 for bytes
/// input; lone surrogates in `\u` escapes become U+FFFD (Swift strings cannot hold them).
enum JsonModule {
    static let encoderOptions = [
        "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default",
    ]
    static let decoderOptions = [
        "object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook",
    ]

    static let decodeErrorType: PyType = {
        let t = Lib.makeType(
            "JSONDecodeError", module: "json.decoder", bases: [Builtins.valueErrorType], kind: .exception)
        Lib.method(t, "__init__") { (interp, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("JSONDecodeError", args, ["msg", "doc", "pos"], required: 3)
            guard let exc = v.asException, let msg = a[0]!.asStr, let doc = a[1]!.asStr else {
                throw .typeError("JSONDecodeError(msg, doc, pos) takes a message, a document and a position")
            }
            fill(exc, msg.string, doc, try interp.intArgument(a[2]!))
            return .none
        }
        return t
    }()

    /// Set the message and attributes of a JSONDecodeError for position `pos` (in characters) of `doc`.
    static func fill(_ exc: PyException, _ msg: String, _ doc: PyStr, _ pos: Int) {
        let scalars = doc.string.unicodeScalars
        var line = 1
        var lastNewline = -1
        var i = 0
        for u in scalars {
            if i >= pos { break }
            if u == "\n" {
                line += 1
                lastNewline = i
            }
            i += 1
        }
        let column = pos - lastNewline
        exc.args = PyTuple([.str("\(msg): line \(line) column \(column) (char \(pos))")])
        let d = exc.dict!
        d.setItem("msg", .str(msg))
        d.setItem("doc", .object(doc))
        d.setItem("pos", .int(pos))
        d.setItem("lineno", .int(line))
        d.setItem("colno", .int(column))
    }

    static func decodeError(_ msg: String, _ doc: PyStr, _ pos: Int) -> PyError {
        let exc = PyException(type: decodeErrorType, args: Builtins.emptyTuple)
        fill(exc, msg, doc, pos)
        return PyError(exc)
    }

    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "json")
        m.set("JSONDecodeError", .object(decodeErrorType))
        m.set("JSONEncoder", .object(encoderType))
        m.set("JSONDecoder", .object(decoderType))
        let decoderModule = PyModule(name: "json.decoder")
        decoderModule.set("JSONDecodeError", .object(decodeErrorType))
        decoderModule.set("JSONDecoder", .object(decoderType))
        interp.modules.setItem("json.decoder", .object(decoderModule))
        m.set("decoder", .object(decoderModule))
        let encoderModule = PyModule(name: "json.encoder")
        encoderModule.set("JSONEncoder", .object(encoderType))
        interp.modules.setItem("json.encoder", .object(encoderModule))
        m.set("encoder", .object(encoderModule))
        Lib.function(m, "dumps") { (interp, args) throws(PyError) -> Value in
            try positionalOnly("dumps", args, 1)
            return .str(try dumps(interp, args[0], args))
        }
        Lib.function(m, "dump") { (interp, args) throws(PyError) -> Value in
            try positionalOnly("dump", args, 2)
            let text = try dumps(interp, args[0], args)
            try interp.callMethod(args[1], "write", [.str(text)])
            return .none
        }
        Lib.function(m, "loads") { (interp, args) throws(PyError) -> Value in
            try positionalOnly("loads", args, 1)
            return try loads(interp, args[0], args)
        }
        Lib.function(m, "load") { (interp, args) throws(PyError) -> Value in
            try positionalOnly("load", args, 1)
            return try loads(interp, try interp.callMethod(args[0], "read", []), args)
        }
        return m
    }

    static func positionalOnly(_ name: String, _ args: Args, _ n: Int) throws(PyError) {
        if args.count != n {
            if args.count < n {
                let names = name.hasPrefix("dump") ? ["obj", "fp"] : (name == "load" ? ["fp"] : ["s"])
                let missing = names[args.count...].map { "'\($0)'" }
                let plural = missing.count == 1 ? "" : "s"
                let list = missing.joined(separator: " and ")
                throw .typeError("\(name)() missing \(missing.count) required positional argument\(plural): \(list)")
            }
            throw .typeError(
                "\(name)() takes \(n) positional argument\(n == 1 ? "" : "s") but \(args.count) were given")
        }
    }

    // MARK: Encoding

    static func dumps(_ interp: Interpreter, _ obj: Value, _ args: Args) throws(PyError) -> String {
        var options: [String: Value] = [:]
        var extra: [(String, Value)] = []
        var cls: Value = .none
        for (k, v) in args.keywords {
            if k == "cls" {
                cls = v
            } else if encoderOptions.contains(k) {
                options[k] = v
            } else {
                extra.append((k, v))
            }
        }
        if cls.isNone {
            if let k = extra.first?.0 { throw .typeError("__init__() got an unexpected keyword argument '\(k)'") }
            var encoder = try JsonEncoder(interp, options: options)
            return try encoder.encode(interp, obj)
        }
        let defaults: [(String, Value)] = [
            ("skipkeys", .false), ("ensure_ascii", .true), ("check_circular", .true), ("allow_nan", .true),
            ("indent", .none), ("separators", .none), ("default", .none), ("sort_keys", .false),
        ]
        let keywords = defaults.map { ($0.0, options[$0.0] ?? $0.1) } + extra
        let encoder = try interp.call(cls, [], keywords: keywords)
        let r = try interp.callMethod(encoder, "encode", [obj])
        guard let s = r.asStr else { throw .typeError("encode() returned non-string (type \(r.typeName))") }
        return s.string
    }

    static let encoderType: PyType = {
        let t = Lib.makeType("JSONEncoder", module: "json.encoder", kind: .instance)
        t.namespace.setItem("item_separator", .str(", "))
        t.namespace.setItem("key_separator", .str(": "))
        Lib.method(t, "__init__") { (interp, v, args) throws(PyError) -> Value in
            if args.count > 0 {
                throw .typeError("__init__() takes 1 positional argument but \(args.count + 1) were given")
            }
            let defaults: [String: Value] = [
                "skipkeys": .false, "ensure_ascii": .true, "check_circular": .true, "allow_nan": .true,
                "sort_keys": .false, "indent": .none,
            ]
            var given: [String: Value] = [:]
            for (k, x) in args.keywords {
                guard encoderOptions.contains(k) else {
                    throw .typeError("__init__() got an unexpected keyword argument '\(k)'")
                }
                given[k] = x
            }
            for name in ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent"] {
                try interp.setAttribute(v, PyStr.intern(name), given[name] ?? defaults[name]!)
            }
            if let seps = given["separators"], !seps.isNone {
                let pair = try interp.iterate(seps)
                guard pair.count == 2 else { throw .valueError("too many values to unpack (expected 2)") }
                try interp.setAttribute(v, PyStr.intern("item_separator"), pair[0])
                try interp.setAttribute(v, PyStr.intern("key_separator"), pair[1])
            } else if let indent = given["indent"], !indent.isNone {
                try interp.setAttribute(v, PyStr.intern("item_separator"), .str(","))
            }
            if let d = given["default"], !d.isNone { try interp.setAttribute(v, PyStr.intern("default"), d) }
            return .none
        }
        Lib.method(t, "default") { (_, _, args) throws(PyError) -> Value in
            throw .typeError("Object of type \(args[0].typeName) is not JSON serializable")
        }
        Lib.method(t, "encode") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("encode", min: 1, max: 1)
            var options: [String: Value] = [:]
            for name in ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent"] {
                options[name] = try interp.lookupAttributeOrNil(v, name)
            }
            let item = try interp.getAttribute(v, "item_separator")
            let key = try interp.getAttribute(v, "key_separator")
            options["separators"] = .object(PyTuple([item, key]))
            options["default"] = try interp.getAttribute(v, "default")
            var encoder = try JsonEncoder(interp, options: options)
            return .str(try encoder.encode(interp, args[0]))
        }
        Lib.method(t, "iterencode") { (interp, v, args) throws(PyError) -> Value in
            let text = try interp.callMethod(v, "encode", [args[0]])
            return try interp.getIterator(.object(PyList([text])))
        }
        return t
    }()

    // MARK: Decoding

    static func documentText(_ interp: Interpreter, _ s: Value) throws(PyError) -> PyStr {
        if let str = s.asStr {
            if str.string.unicodeScalars.first == "\u{FEFF}" {
                throw decodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", str, 0)
            }
            return str
        }
        if let b = s.asObject as? PyBytes {
            var bytes = Array(b.bytes)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            return PyStr(String(decoding: bytes, as: UTF8.self))
        }
        throw .typeError("the JSON object must be str, bytes or bytearray, not \(s.typeName)")
    }

    static func loads(_ interp: Interpreter, _ s: Value, _ args: Args) throws(PyError) -> Value {
        let text = try documentText(interp, s)
        var cls: Value = .none
        var keywords: [(String, Value)] = []
        for (k, v) in args.keywords {
            if k == "cls" { cls = v } else { keywords.append((k, v)) }
        }
        if cls.isNone {
            var parser = JsonParser(text)
            try configure(&parser, interp, keywords.map { ($0.0, $0.1) }, strictNames: true)
            return try decode(interp, &parser)
        }
        let decoder = try interp.call(cls, [], keywords: keywords.filter { !$0.1.isNone })
        return try interp.callMethod(decoder, "decode", [.object(text)])
    }

    static func configure(
        _ parser: inout JsonParser, _ interp: Interpreter, _ options: [(String, Value)], strictNames: Bool
    )
        throws(PyError)
    {
        for (k, v) in options {
            switch k {
            case "object_hook": parser.objectHook = v
            case "object_pairs_hook": parser.objectPairsHook = v
            case "parse_float": parser.parseFloat = v
            case "parse_int": parser.parseInt = v
            case "parse_constant": parser.parseConstant = v
            case "strict": parser.strict = try interp.isTrue(v)
            default:
                if strictNames { throw .typeError("__init__() got an unexpected keyword argument '\(k)'") }
            }
        }
    }

    /// The whole document as one value (surrounding whitespace allowed, anything else is "Extra data").
    static func decode(_ interp: Interpreter, _ parser: inout JsonParser) throws(PyError) -> Value {
        parser.skipWhitespace()
        let v = try parser.value(interp)
        parser.skipWhitespace()
        if parser.pos < parser.bytes.count { throw parser.error("Extra data", at: parser.pos) }
        return v
    }

    static let decoderType: PyType = {
        let t = Lib.makeType("JSONDecoder", module: "json.decoder", kind: .instance)
        Lib.method(t, "__init__") { (interp, v, args) throws(PyError) -> Value in
            if args.count > 0 {
                throw .typeError("__init__() takes 1 positional argument but \(args.count + 1) were given")
            }
            var given: [String: Value] = [:]
            for (k, x) in args.keywords {
                guard decoderOptions.contains(k) else {
                    throw .typeError("__init__() got an unexpected keyword argument '\(k)'")
                }
                given[k] = x
            }
            for name in decoderOptions {
                try interp.setAttribute(v, PyStr.intern(name), given[name] ?? (name == "strict" ? .true : .none))
            }
            return .none
        }
        func parser(_ interp: Interpreter, _ v: Value, _ text: PyStr) throws(PyError) -> JsonParser {
            var p = JsonParser(text)
            var options: [(String, Value)] = []
            for name in decoderOptions {
                if let x = try interp.lookupAttributeOrNil(v, name) { options.append((name, x)) }
            }
            try configure(&p, interp, options, strictNames: false)
            return p
        }
        Lib.method(t, "decode") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("decode", min: 1, max: 1)
            guard let text = args[0].asStr else {
                throw .typeError("the JSON object must be str, bytes or bytearray, not \(args[0].typeName)")
            }
            var p = try parser(interp, v, text)
            return try decode(interp, &p)
        }
        Lib.method(t, "raw_decode") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("raw_decode", min: 1, max: 2)
            guard let text = args[0].asStr else {
                throw .typeError("first argument must be a string, not \(args[0].typeName)")
            }
            var p = try parser(interp, v, text)
            let start = args.count > 1 ? try interp.intArgument(args[1]) : 0
            if start < 0 { throw .valueError("idx cannot be negative") }
            p.pos = p.byteOffset(ofCharacter: start)
            let value = try p.value(interp)
            return .object(PyTuple([value, .int(p.characterIndex(p.pos))]))
        }
        return t
    }()
}
