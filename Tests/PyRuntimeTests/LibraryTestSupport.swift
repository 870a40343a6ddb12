import XCTest

@testable import PyLibrary
@testable import PyRuntime

/// Run a Python program in a fresh interpreter with the library modules registered; returns everything it
/// printed, followed by the traceback when it ends with an uncaught exception (so a mismatch shows why).
func runLibraryProgram(_ source: String) throws -> String {
    Library.registerAll()
    let out = CapturingSink()
    let interp = Interpreter(stdout: out, stderr: out)
    do throws(PyError) {
        let code = try interp.compile(source, filename: "<test>", mode: .exec)
        try interp.run(code, globals: interp.makeMainModule().namespace)
    } catch {
        return out.text + TracebackPrinter.render(error.exception, interp)
    }
    return out.text
}
