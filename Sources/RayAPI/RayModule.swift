import PyLibrary
import PyRuntime

/// Registers `ray` and its submodules with the interpreter: the native `_raylet` and the Python layer
/// (`ray`, `ray.exceptions`, `ray.util`, `ray.util.state`), whose sources are compiled into the binary.
public enum RayModule {
    nonisolated(unsafe) static var registered = false

    /// End the program without waiting for the driver's pending tasks (after Ctrl-C).
    public static func skipExitGrace(_ interp: Interpreter) {
        RayRuntime.of(interp).exitGrace = 0
    }

    public static func register() {
        if registered { return }
        registered = true
        ObjectRefType.registerCodec()
        ModuleRegistry.register("_raylet", RayletModule.make)
        for (name, source) in RayPythonSources.modules {
            ModuleRegistry.register(name) { (interp) throws(PyError) -> PyModule in
                try Library.loadSourceModule(name, source, interp)
            }
        }
    }
}
