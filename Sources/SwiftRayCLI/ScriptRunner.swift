import PyLibrary
import PyRuntime
import RayAPI

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a script or `-c` code in a fresh interpreter, the way `python3` does, and returns the exit status.
public enum ScriptRunner {
    /// - Parameters:
    ///   - file: the script path (nil with `code`).
    ///   - code: source given with `-c`.
    ///   - argv: `sys.argv`.
    /// - Returns: 0 on success, 1 after an uncaught exception, or the `SystemExit` code.
    public static func run(file: String?, code: String?, argv: [String], filename codeName: String = "<string>")
        -> Int32
    {
        LargeStackThread.run {
            let stdout = FileDescriptorSink(fd: 1)
            let stderr = FileDescriptorSink(fd: 2, lineBuffered: true)
            Library.registerAll()
            RayModule.register()
            let interp = Interpreter(stdout: stdout, stderr: stderr)
            interp.argv = argv
            SignalHandling.installInterruptHandler(interp.interrupt)
            let source: String
            let filename: String
            if let file {
                guard let text = Interpreter.readTextFile(file) else {
                    stderr.write("swiftray: can't open file '\(file)': [Errno 2] No such file or directory\n")
                    stderr.flush()
                    return 2
                }
                source = text
                filename = file
                let dir = file.contains("/") ? String(file[..<file.lastIndex(of: "/")!]) : ""
                interp.scriptDirectory = dir.isEmpty ? "" : dir
            } else {
                source = code ?? ""
                filename = codeName
                interp.scriptDirectory = ""
            }
            let main = interp.makeMainModule(file: file)
            if let sys = try? interp.importSingle("sys") {
                // sys.argv as python3 sets it: the script path first.
                try? interp.setAttribute(sys, PyStr.intern("argv"), .object(PyList(argv.map { .str($0) })))
            }
            let status: Int32
            do throws(PyError) {
                let compiled = try interp.compile(source, filename: filename, mode: .exec)
                try interp.run(compiled, globals: main.namespace)
                status = 0
            } catch {
                status = TracebackPrinter.exitStatus(for: error.exception, interp)
                // After Ctrl-C nothing should keep the program alive (the cluster's grace period included).
                if error.exception.type === Builtins.keyboardInterruptType { RayModule.skipExitGrace(interp) }
            }
            interp.runExitHooks()
            stdout.flush()
            stderr.flush()
            return status
        }
    }

    /// All of standard input as text.
    public static func readStandardInput() -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(0, &buffer, buffer.count)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
