import PySyntax

/// Introspection attributes of generators, coroutines and async generators, as `inspect` reads them:
/// `gi_running`, `gi_suspended`, `gi_frame`, `gi_code` (and the `cr_` / `ag_` spellings).
///
/// `gi_frame` is None once the generator has finished (CPython drops the frame of a closed generator);
/// otherwise it is a frame summary (`f_code`, `f_lineno`): the `def` line before the first resume, then the
/// line where the generator is suspended.
extension Builtins {
    /// Install the attributes (call once, with the other builtin-type installers).
    static func installGeneratorIntrospection() {
        func frame(_ gen: PyGenerator) -> Value {
            let code = gen.function.code
            let range: SourceRange
            switch gen.status {
            case .finished:
                return .none
            case .created:
                // Line 0 falls back to the code's first line.
                let start = SourceLocation(line: 0, column: 0)
                range = SourceRange(start: start, end: start)
            case .suspended, .running:
                let positions = code.code.positions
                let pc = Swift.min(Swift.max(gen.pc - 1, 0), positions.count - 1)
                if pc < 0 {
                    let start = SourceLocation(line: 0, column: 0)
                    range = SourceRange(start: start, end: start)
                } else {
                    range = positions[pc]
                }
            }
            return .object(PyFrameSummary(TracebackEntry(code: code, range: range)))
        }
        let flavors: [(PyType, String)] = [(generatorType, "gi"), (coroutineType, "cr"), (asyncGeneratorType, "ag")]
        for (type, prefix) in flavors {
            attribute(type, "\(prefix)_running") { (_, v) throws(PyError) -> Value in
                .bool((v.asObject as! PyGenerator).status == .running)
            }
            attribute(type, "\(prefix)_suspended") { (_, v) throws(PyError) -> Value in
                .bool((v.asObject as! PyGenerator).status == .suspended)
            }
            attribute(type, "\(prefix)_frame") { (_, v) throws(PyError) -> Value in
                frame(v.asObject as! PyGenerator)
            }
            attribute(type, "\(prefix)_code") { (_, v) throws(PyError) -> Value in
                .object((v.asObject as! PyGenerator).function.code)
            }
        }
    }
}
