import PyRuntime

/// numpy's print options (`np.set_printoptions`, `np.get_printoptions`, `with np.printoptions(...)`):
/// precision, threshold, edgeitems, linewidth and suppress. Process-wide like numpy's (which are per context);
/// only the interpreter thread holding the interpreter lock reads or writes them.
struct PrintOptions {
    var precision = 8
    var threshold = 1000
    var edgeItems = 3
    var lineWidth = 75
    var suppress = false

    nonisolated(unsafe) static var current = PrintOptions()

    static let names = ["precision", "threshold", "edgeitems", "linewidth", "suppress"]

    /// The options with the keyword arguments applied (None leaves an option as it is, as numpy does).
    func updated(_ interp: Interpreter, _ args: Args) throws(PyError) -> PrintOptions {
        var o = self
        let positional = ["precision", "threshold", "edgeitems", "linewidth", "suppress"]
        var given: [(String, Value)] = []
        for i in 0..<args.count where i < positional.count { given.append((positional[i], args[i])) }
        given += args.keywords
        for (name, v) in given where !v.isNone {
            switch name {
            case "precision": o.precision = try NumpyBridge.index(interp, v)
            case "threshold": o.threshold = try NumpyBridge.index(interp, v)
            case "edgeitems": o.edgeItems = try NumpyBridge.index(interp, v)
            case "linewidth": o.lineWidth = try NumpyBridge.index(interp, v)
            case "suppress": o.suppress = try interp.isTrue(v)
            default: throw .typeError("numpy subset: set_printoptions() does not support '\(name)'")
            }
        }
        if o.precision < 0 { throw .valueError("precision must be >= 0") }
        return o
    }

    /// `np.get_printoptions()`: the dict numpy returns, with numpy's defaults for the options not supported.
    var dictionary: Value {
        let d = PyDict()
        d.setItem("edgeitems", .int(edgeItems))
        d.setItem("threshold", .int(threshold))
        d.setItem("floatmode", .str("maxprec"))
        d.setItem("precision", .int(precision))
        d.setItem("suppress", .bool(suppress))
        d.setItem("linewidth", .int(lineWidth))
        d.setItem("nanstr", .str("nan"))
        d.setItem("infstr", .str("inf"))
        d.setItem("sign", .str("-"))
        d.setItem("formatter", .none)
        d.setItem("legacy", .false)
        d.setItem("override_repr", .none)
        return .object(d)
    }

    static func install(_ m: PyModule) {
        m.set(
            "set_printoptions",
            .object(
                PyBuiltinFunction(name: "set_printoptions", module: "numpy") { (interp, args) throws(PyError) -> Value in
                    current = try current.updated(interp, args)
                    return .none
                }))
        m.set(
            "get_printoptions",
            .object(
                PyBuiltinFunction(name: "get_printoptions", module: "numpy") { (_, args) throws(PyError) -> Value in
                    try args.expect("get_printoptions", min: 0, max: 0)
                    return current.dictionary
                }))
        m.set("printoptions", .object(contextType))
    }

    /// `np.printoptions(**options)`: a context manager that sets the options and restores the old ones.
    static let contextType: PyType = {
        let t = NDArrayType.makeType("printoptions", bases: [])
        t.constructor = { (interp, _, args) throws(PyError) -> Value in
            .object(PrintOptionsContext(try current.updated(interp, args)))
        }
        Builtins.method(t, "__enter__") { (_, v, _) throws(PyError) -> Value in
            guard let c = v.asObject as? PrintOptionsContext else { throw .typeError("expected printoptions") }
            c.saved = current
            current = c.options
            return current.dictionary
        }
        Builtins.method(t, "__exit__") { (_, v, _) throws(PyError) -> Value in
            guard let c = v.asObject as? PrintOptionsContext else { throw .typeError("expected printoptions") }
            if let saved = c.saved { current = saved }
            return .false
        }
        return t
    }()
}

/// The object `np.printoptions(...)` returns.
final class PrintOptionsContext: PyNativeObject, @unchecked Sendable {  // thread-confined
    let options: PrintOptions
    var saved: PrintOptions?

    init(_ options: PrintOptions) {
        self.options = options
        super.init(type: PrintOptions.contextType)
    }
}
