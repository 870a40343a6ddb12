import PyRuntime

/// Library modules written in Python itself, compiled from source embedded in the binary the first time a
/// program imports them — the way CPython ships much of its standard library. Pure-Python is the right
/// choice where the module is glue over the language (contextlib, dataclasses, operator, copy...): the
/// interpreter runs it like user code and it stays short and obviously correct.
enum SourceModules {
    /// Register each embedded module with the module registry.
    static func registerAll() {
        for (name, source) in sources {
            ModuleRegistry.register(name) { (interp) throws(PyError) -> PyModule in
                try load(name, source, interp)
            }
        }
    }

    /// Compile and run `source` as module `name`.
    static func load(_ name: String, _ source: String, _ interp: Interpreter) throws(PyError) -> PyModule {
        let module = PyModule(name: name)
        module.set("__builtins__", .object(interp.builtinsModule))
        // Registered before running, so a module that imports itself indirectly sees the partial module.
        interp.modules.setItem(name, .object(module))
        let code = try interp.compile(source, filename: "<frozen \(name)>", mode: .exec)
        try interp.run(code, globals: module.namespace)
        return module
    }

    /// (module name, Python source) pairs; each source is a static constant in `SourceModules+<Name>.swift`.
    nonisolated(unsafe) static var sources: [(String, String)] = [
        ("contextlib", contextlibSource),
        ("operator", operatorSource),
        ("copy", copySource),
        ("string", stringSource),
        ("textwrap", textwrapSource),
        ("dataclasses", dataclassesSource),
        ("inspect", inspectSource),
        ("enum", enumSource),
        ("abc", abcSource),
        ("typing", typingSource),
        ("heapq", heapqSource),
        ("bisect", bisectSource),
        ("tempfile", tempfileSource),
        ("pandas", pandasSource),
        ("pandas._common", pandasCommonSource),
        ("pandas._config", pandasConfigSource),
        ("pandas._index", pandasIndexSource),
        ("pandas._format", pandasFormatSource),
        ("pandas._series", pandasSeriesSource),
        ("pandas._frame_ops", pandasFrameOpsSource),
        ("pandas._frame", pandasFrameSource),
        ("pandas._indexing", pandasIndexingSource),
        ("pandas._csv", pandasCSVSource),
        ("pandas._groupby", pandasGroupBySource),
        ("pandas._sorting", pandasSortingSource),
        ("pandas._stats", pandasStatsSource),
        ("pandas._strings", pandasStringsSource),
        ("pandas._style", pandasStyleSource),
    ]
}
