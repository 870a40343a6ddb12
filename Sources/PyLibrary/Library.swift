import PyRuntime

/// PyLibrary: the built-in modules of the SwiftRay Python dialect, implemented in Swift.
///
/// Each module lives in its own file and registers a factory with `ModuleRegistry`; a module object is built
/// the first time a program imports it, once per interpreter. Modules that are not here yet (`numpy`,
/// `pandas`, `ray`) raise ModuleNotFoundError like any unknown module.
public enum Library {
    nonisolated(unsafe) private static var registered = false

    /// Register every module of this target (idempotent).
    public static func registerAll() {
        if registered { return }
        registered = true
        ModuleRegistry.register("sys", SysModule.make)
        ModuleRegistry.register("math", MathModule.make)
        ModuleRegistry.register("time", TimeModule.make)
        ModuleRegistry.register("random", RandomModule.make)
        ModuleRegistry.register("os", OsModule.make)
        ModuleRegistry.register("os.path", OsPathModule.make)
        ModuleRegistry.register("json", JsonModule.make)
        ModuleRegistry.register("collections", CollectionsModule.make)
        ModuleRegistry.register("itertools", ItertoolsModule.make)
        ModuleRegistry.register("functools", FunctoolsModule.make)
        ModuleRegistry.register("uuid", UuidModule.make)
        ModuleRegistry.register("asyncio", Asyncio.make)
        ModuleRegistry.register("shutil", ShutilModule.make)
        ModuleRegistry.register("signal", SignalModule.make)
        ModuleRegistry.register("re", ReModule.make)
        ModuleRegistry.register("__future__", FutureModule.make)
        SourceModules.registerAll()
        for (name, factory) in extraModules { ModuleRegistry.register(name, factory) }
    }

    /// Compile and run Python `source` as module `name` (library targets that ship Python-source modules).
    public static func loadSourceModule(_ name: String, _ source: String, _ interp: Interpreter) throws(PyError)
        -> PyModule
    {
        try SourceModules.load(name, source, interp)
    }

    /// Modules added by other files of this target.
    nonisolated(unsafe) static var extraModules: [(String, ModuleRegistry.Factory)] = []
}
