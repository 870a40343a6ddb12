import Notebook
import PyLibrary
import PyRuntime

/// IPython's display protocol: an object shows as `text/plain` (its pretty repr) plus whatever its
/// `_repr_html_`, `_repr_markdown_`, `_repr_svg_`, `_repr_png_`, `_repr_jpeg_`, `_repr_latex_`,
/// `_repr_json_`, `_repr_javascript_`, `_repr_pdf_` or `_repr_mimebundle_` methods return. A method may return
/// None (no such form) or `(data, metadata)`; bytes become base64 text. The Python half (`IPython.core.display`,
/// module source in `DisplayModule`) asks the object; this half turns the answers into JSON.
extension Session {
    static let reprMethodNames = [
        "_repr_mimebundle_", "_repr_html_", "_repr_markdown_", "_repr_svg_", "_repr_png_", "_repr_jpeg_",
        "_repr_latex_", "_repr_json_", "_repr_javascript_", "_repr_pdf_",
    ]

    /// The MIME bundle of a displayed value.
    ///
    /// A `_repr_*_` method that raises does not stop the display: its error is added to the cell's outputs
    /// (as IPython does, which also marks the cell failed) and the other forms are still shown.
    /// - Returns: the bundle and the formatter errors.
    func mimeBundle(_ value: Value, include: Set<String>? = nil, exclude: Set<String> = []) throws(PyError)
        -> (MimeBundle, [PyException])
    {
        var bundle = MimeBundle()
        if include == nil || include!.contains("text/plain"), !exclude.contains("text/plain") {
            bundle.data["text/plain"] = .string(try PrettyPrinter.format(value, interp))
        }
        guard try hasRichRepr(value) else { return (bundle, []) }
        let module = try displayModule()
        let helper = try interp.getAttribute(.object(module), "_rich_reprs")
        let includeList: Value = include.map { .object(PyList($0.sorted().map { .str($0) })) } ?? .none
        let answer = try interp.call(helper, [value, includeList, .object(PyList(exclude.sorted().map { .str($0) }))])
        guard let pair = answer.asTuple, pair.items.count == 2, let items = pair.items[0].asList,
            let errors = pair.items[1].asList
        else { return (bundle, []) }
        try addItems(items, to: &bundle)
        return (bundle, errors.items.compactMap { $0.asException })
    }

    /// A `raw=True` display: the object is already a bundle (`{mime: data}`).
    func rawBundle(_ value: Value) throws(PyError) -> MimeBundle {
        let module = try displayModule()
        let helper = try interp.getAttribute(.object(module), "_raw_items")
        var bundle = MimeBundle()
        if let items = try interp.call(helper, [value]).asList { try addItems(items, to: &bundle) }
        return bundle
    }

    /// Whether any `_repr_*_` method is there (cheap: most results are ints, strings and containers).
    private func hasRichRepr(_ value: Value) throws(PyError) -> Bool {
        guard case .object(let object) = value, !(object is PyStr), !(object is PyList), !(object is PyDict),
            !(object is PyTuple), value.asType == nil
        else { return false }
        for name in Self.reprMethodNames where try interp.lookupAttributeOrNil(value, name) != nil { return true }
        return false
    }

    /// Items `(mime, kind, payload, metadata JSON text or None)` from the Python half, into `bundle`.
    private func addItems(_ items: PyList, to bundle: inout MimeBundle) throws(PyError) {
        for item in items.items {
            guard let t = item.asTuple, t.items.count == 4, let mime = t.items[0].asStr?.string,
                let kind = t.items[1].asStr?.string
            else { continue }
            let payload = t.items[2]
            switch kind {
            case "str": bundle.data[mime] = .string(payload.asStr?.string ?? "")
            case "bytes":
                guard case .object(let o) = payload, let bytes = o as? PyBytes else { continue }
                bundle.data[mime] = .string(Base64.encode(Array(bytes.bytes)))
            default:
                guard let text = payload.asStr?.string, let json = try? JSONParser.parse(text) else { continue }
                bundle.data[mime] = json
            }
            if let text = t.items[3].asStr?.string, let json = try? JSONParser.parse(text), json != .object(JSONObject()) {
                bundle.metadata[mime] = json
            }
        }
    }

    /// `IPython.core.display`, imported on first use.
    func displayModule() throws(PyError) -> PyModule {
        guard let module = try interp.importSingle(DisplayModule.coreName).asObject as? PyModule else {
            throw .runtimeError("\(DisplayModule.coreName) is not a module")
        }
        return module
    }

    /// `_cellengine_publish(obj, raw, metadata, display_id, update, include, exclude)`: what `display()`
    /// calls for each object.
    func publishDisplay(_ args: Args) throws(PyError) -> Value {
        try args.expect(DisplayModule.publishFunction, min: 7, max: 7)
        let value = args[0]
        let raw = try interp.isTrue(args[1])
        let displayID: String? = args[3].isNone ? nil : try interp.str(args[3])
        let update = try interp.isTrue(args[4])
        let include: Set<String>? = args[5].isNone ? nil : Set(try stringList(args[5]))
        let exclude: Set<String> = args[6].isNone ? [] : Set(try stringList(args[6]))
        var bundle: MimeBundle
        var errors: [PyException] = []
        if raw {
            bundle = try rawBundle(value)
        } else {
            (bundle, errors) = try mimeBundle(value, include: include, exclude: exclude)
        }
        if !args[2].isNone, let module = try? displayModule(),
            let dumps = try? interp.getAttribute(.object(module), "_json_text"),
            let text = try interp.call(dumps, [args[2]]).asStr?.string, case .object(let extra)? = try? JSONParser.parse(text)
        {
            for (key, val) in extra.entries { bundle.metadata[key] = val }
        }
        for error in errors { emit(.error(describe(error))) }
        if update, let displayID {
            emit(.display(.update(bundle, displayID: displayID)))
        } else {
            emit(.display(.show(bundle, displayID: displayID)))
        }
        return .none
    }

    /// `_cellengine_clear(wait)`: `clear_output`.
    func clearDisplay(_ args: Args) throws(PyError) -> Value {
        try args.expect(DisplayModule.clearFunction, min: 1, max: 1)
        emit(.display(.clear(wait: try interp.isTrue(args[0]))))
        return .none
    }

    /// Send a display output to the running cell (scripts, which collect nothing, print its text).
    func emit(_ output: CellOutput) {
        interp.stdout.flush()
        interp.stderr.flush()
        if settings.capturesOutput, let outputs = currentOutputs {
            outputs.append(output)
            return
        }
        switch output {
        case .display(let event): if let text = event.plainText { interp.stdout.write(text + "\n") }
        case .error(let e): interp.stderr.write(e.text)
        default: break
        }
    }

    private func stringList(_ value: Value) throws(PyError) -> [String] {
        var out: [String] = []
        let iterator = try interp.getIterator(value)
        while let item = try interp.nextValue(iterator) { out.append(try interp.str(item)) }
        return out
    }

    /// Install `display` in the builtins (IPython puts it there) and the hidden publishing functions.
    func installDisplayBuiltins() {
        let publish = PyBuiltinFunction(name: DisplayModule.publishFunction, module: "builtins") {
            [unowned self] (_, args) throws(PyError) -> Value in try self.publishDisplay(args)
        }
        interp.builtins.setItem(DisplayModule.publishFunction, .object(publish))
        let clear = PyBuiltinFunction(name: DisplayModule.clearFunction, module: "builtins") {
            [unowned self] (_, args) throws(PyError) -> Value in try self.clearDisplay(args)
        }
        interp.builtins.setItem(DisplayModule.clearFunction, .object(clear))
        if settings.recognizesMagics {
            // `display` without an import, as in IPython: the module loads on the first call.
            let display = PyBuiltinFunction(name: "display", module: "builtins") {
                [unowned self] (interp, args) throws(PyError) -> Value in
                let function = try interp.getAttribute(.object(try self.displayModule()), "display")
                return try interp.call(function, args: args)
            }
            interp.builtins.setItem("display", .object(display))
        }
    }
}

/// Standard base64 (RFC 4648, with padding), as Jupyter stores images.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let n = Int(bytes[i]) << 16 | Int(bytes[i + 1]) << 8 | Int(bytes[i + 2])
            out += [alphabet[n >> 18 & 63], alphabet[n >> 12 & 63], alphabet[n >> 6 & 63], alphabet[n & 63]]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let n = Int(bytes[i]) << 16
            out += [alphabet[n >> 18 & 63], alphabet[n >> 12 & 63], UInt8(ascii: "="), UInt8(ascii: "=")]
        } else if rest == 2 {
            let n = Int(bytes[i]) << 16 | Int(bytes[i + 1]) << 8
            out += [alphabet[n >> 18 & 63], alphabet[n >> 12 & 63], alphabet[n >> 6 & 63], UInt8(ascii: "=")]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
