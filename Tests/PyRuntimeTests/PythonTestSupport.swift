import XCTest

@testable import PyLibrary
@testable import PyRuntime

/// Run a Python program in a fresh interpreter and return everything it printed (stdout and stderr).
func runPython(_ source: String, filename: String = "<test>") throws -> String {
    Library.registerAll()
    let out = CapturingSink()
    let interp = Interpreter(stdout: out, stderr: out)
    let code = try interp.compile(source, filename: filename, mode: .exec)
    try interp.run(code, globals: interp.makeMainModule().namespace)
    return out.text
}

/// Remove the files a test created under the temporary directory whose names start with `prefix`.
func removeTemporaryFiles(withPrefix prefix: String) {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory
    guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else { return }
    for name in names where name.hasPrefix(prefix) {
        try? fm.removeItem(at: dir.appendingPathComponent(name))
    }
}
