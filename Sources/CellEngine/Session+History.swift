import PyLibrary
import PyRuntime

/// In/Out history and the names IPython keeps in the user namespace: `In`, `Out`, `_ih`, `_oh`, `_dh`,
/// `_i`/`_ii`/`_iii`/`_iN` (inputs), `_`/`__`/`___`/`_N` (displayed results).
extension Session {
    static let helperFilename = "<frozen _cellengine>"

    /// Load the Python helpers, add the hidden builtins magics compile to, fill the namespace.
    func installCellFeatures() {
        hiddenFiles.insert(Self.helperFilename)
        registerMagics()
        helpers = loadHelpers()
        let magicFunction = PyBuiltinFunction(name: CellSource.magicFunction, module: "builtins") {
            [unowned self] (interp, args) throws(PyError) -> Value in
            guard args.count == 2, let name = args[0].asStr?.string, let line = args[1].asStr?.string else {
                throw .typeError("\(CellSource.magicFunction)(name, line)")
            }
            if let help = args.keyword("help") {
                if try interp.isTrue(help) { return try self.showHelp(name) }
            }
            return try self.runLineMagic(name, line)
        }
        interp.builtins.setItem(CellSource.magicFunction, .object(magicFunction))
        let systemFunction = PyBuiltinFunction(name: CellSource.systemFunction, module: "builtins") {
            [unowned self] (interp, args) throws(PyError) -> Value in
            guard args.count == 1, let command = args[0].asStr?.string else {
                throw .typeError("\(CellSource.systemFunction)(command)")
            }
            var capture = false
            if let flag = args.keyword("capture") { capture = try interp.isTrue(flag) }
            return try self.runShell(command, capture: capture)
        }
        interp.builtins.setItem(CellSource.systemFunction, .object(systemFunction))
        directoryHistory = [currentDirectory()]
        initNamespace()
    }

    /// The names a fresh session has in `__main__` (also after `%reset`).
    func initNamespace() {
        let ns = namespace
        let dh = PyList(directoryHistory.map { .str($0) })
        var initial: [(String, Value)] = [
            ("In", .object(inList)), ("Out", .object(outDict)), ("_ih", .object(inList)), ("_oh", .object(outDict)),
            ("_dh", .object(dh)), ("_", unders[0]), ("__", unders[1]), ("___", unders[2]),
        ]
        for name in ["_i", "_ii", "_iii"] { initial.append((name, ns.getItem(name) ?? .str(""))) }
        hiddenNames = [:]
        for (name, value) in initial {
            ns.setItem(name, value)
            hiddenNames[name] = value
        }
    }

    /// Record cell `n`'s source before it runs (so `%history` in a cell lists that cell too).
    func storeInput(_ n: Int, _ source: String) {
        while inputs.count < n { inputs.append("") }
        inputs.append(source)
        inList.items.append(.str(source))
        let ns = namespace
        let previous = ns.getItem("_i00") ?? .str("")
        ns.setItem("_iii", ns.getItem("_ii") ?? .str(""))
        ns.setItem("_ii", ns.getItem("_i") ?? .str(""))
        ns.setItem("_i", previous)
        ns.setItem("_i00", .str(source))
        ns.setItem("_i\(n)", .str(source))
    }

    /// Record a displayed value as `Out[n]`, `_n` and `_` (shifting `__` and `___`), unless the user assigned
    /// to `_`, `__` or `___` themselves (IPython leaves their names alone then).
    func storeOutput(_ n: Int, _ value: Value) {
        if case .object(let o) = value, o === outDict { return }
        let ns = namespace
        var userOwned = false
        for (i, name) in ["_", "__", "___"].enumerated() {
            if let current = ns.getItem(name), !current.isIdentical(to: unders[i]) { userOwned = true }
        }
        unders = [value, unders[0], unders[1]]
        if !userOwned {
            ns.setItem("_", unders[0])
            ns.setItem("__", unders[1])
            ns.setItem("___", unders[2])
        }
        ns.setItem("_\(n)", value)
        try? outDict.setItem(.int(n), value, interp)
    }

    /// `%reset`: every user name goes; history stays, `Out` and `_` are emptied (IPython's reset without a
    /// new session). The execution count keeps counting.
    func resetNamespace() {
        let ns = namespace
        for key in ns.keys {
            guard let name = key.asStr?.string, name != "__builtins__", name != "__name__" else { continue }
            _ = ns.removeItem(str: PyStr.intern(name))
        }
        outDict.removeAll()
        unders = [.str(""), .str(""), .str("")]
        ns.setItem("__doc__", .none)
        initNamespace()
    }

    /// User-visible names, sorted: no leading underscore, not one of the session's own names.
    func userVariableNames() -> [String] {
        let ns = namespace
        var names: [String] = []
        for (key, value) in ns.items {
            guard let name = key.asStr?.string, !name.hasPrefix("_") else { continue }
            if let hidden = hiddenNames[name], hidden.isIdentical(to: value) { continue }
            names.append(name)
        }
        return names.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    /// The `UsageError` exception class of the helpers.
    var usageErrorType: PyType? {
        helpers?.namespace.getItem("UsageError")?.asType
    }

    /// A `UsageError` with `message`.
    func usageError(_ message: String) -> PyError {
        guard let type = usageErrorType else { return .runtimeError(message) }
        return PyError(PyException(type: type, message: message))
    }

    /// The `_cellengine` module: Python classes the magics return (`TimeitResult`, `CapturedIO`...).
    private func loadHelpers() -> PyModule {
        let module = PyModule(name: "_cellengine")
        module.set("__builtins__", .object(interp.builtinsModule))
        let unicode = settings.unicodeOutput
        module.set(
            "_timeit_line",
            .object(
                PyBuiltinFunction(name: "_timeit_line", module: "_cellengine") { (interp, args) throws(PyError) -> Value in
                    try args.expect("_timeit_line", min: 5, max: 5)
                    return .str(
                        TimeFormat.timeitLine(
                            mean: try interp.floatArgument(args[0]), stdev: try interp.floatArgument(args[1]),
                            runs: try interp.intArgument(args[2]), loops: try interp.intArgument(args[3]),
                            precision: try interp.intArgument(args[4]), unicode: unicode))
                }))
        interp.modules.setItem("_cellengine", .object(module))
        do throws(PyError) {
            let code = try interp.compile(SessionHelpers.source, filename: Self.helperFilename, mode: .exec)
            try interp.run(code, globals: module.namespace)
        } catch {
            fatalError("the cell engine's helper module failed to load: \(TracebackPrinter.render(error.exception, interp))")
        }
        return module
    }

    /// An instance of a helper class.
    func makeHelper(_ className: String, _ args: [Value]) throws(PyError) -> Value {
        guard let cls = helpers.namespace.getItem(className) else { throw .runtimeError("no helper \(className)") }
        return try interp.call(cls, args)
    }
}

/// The Python half of the engine's helpers (module `_cellengine`), compiled into the binary.
enum SessionHelpers {
    static let source = #"""
import math

class UsageError(Exception):
    """Bad use of a magic: shown as `UsageError: message`, without a traceback."""


class TimeitResult:
    """What `%timeit -o` returns: loops, repeat, best, worst, all_runs (seconds per run), compile_time,
    timings (seconds per loop), average, stdev."""

    def __init__(self, loops, repeat, best, worst, all_runs, compile_time, precision):
        self.loops = loops
        self.repeat = repeat
        self.best = best
        self.worst = worst
        self.all_runs = all_runs
        self.compile_time = compile_time
        self._precision = precision
        self.timings = [dt / self.loops for dt in all_runs]

    @property
    def average(self):
        return math.fsum(self.timings) / len(self.timings)

    @property
    def stdev(self):
        mean = self.average
        return (math.fsum([(x - mean) ** 2 for x in self.timings]) / len(self.timings)) ** 0.5

    def __str__(self):
        return _timeit_line(self.average, self.stdev, self.repeat, self.loops, self._precision)

    def __repr__(self):
        return "<TimeitResult : " + self.__str__() + ">"


class CapturedIO:
    """What `%%capture NAME` stores: the cell's stdout, stderr and displayed results."""

    def __init__(self, stdout, stderr, outputs):
        self._stdout = stdout
        self._stderr = stderr
        self.outputs = outputs

    @property
    def stdout(self):
        return self._stdout

    @property
    def stderr(self):
        return self._stderr

    def show(self):
        import sys
        if self._stdout:
            sys.stdout.write(self._stdout)
        if self._stderr:
            sys.stderr.write(self._stderr)
        for output in self.outputs:
            print(output)

    def __call__(self):
        self.show()

    def __str__(self):
        return self._stdout


class LSMagic:
    """What `%lsmagic` returns; shown as the listing."""

    def __init__(self, text):
        self._text = text

    def __repr__(self):
        return self._text

    def __str__(self):
        return self._text
"""#
}
