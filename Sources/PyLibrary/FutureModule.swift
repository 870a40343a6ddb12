import PyRuntime

/// `__future__`: the compiler handles `from __future__ import annotations` itself (as CPython's does); the
/// import statement still runs, so the module must exist and name the features.
enum FutureModule {
    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "__future__")
        let features = [
            "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
            "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
        ]
        for name in features { m.set(name, .str("_Feature(\(name))")) }
        m.set("all_feature_names", .object(PyList(features.map { .str($0) })))
        return m
    }
}
