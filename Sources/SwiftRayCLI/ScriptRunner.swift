import CellEngine
import PyRuntime
import RayAPI

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a script or `-c` code in a fresh session of the cell engine (the script is one cell), the way `python3`
/// does, and returns the exit status.
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
            let source: String
            let filename: String
            var directory = ""
            if let file {
                guard let text = Interpreter.readTextFile(file) else {
                    let stderr = FileDescriptorSink(fd: 2, lineBuffered: true)
                    stderr.write("swiftray: can't open file '\(file)': [Errno 2] No such file or directory\n")
                    stderr.flush()
                    return 2
                }
                source = text
                filename = file
                directory = file.contains("/") ? String(file[..<file.lastIndex(of: "/")!]) : ""
            } else {
                source = code ?? ""
                filename = codeName
            }
            // A script is one cell of the engine: plain Python, no magics, nothing displayed.
            let session = Session(settings: .script(argv: argv, scriptDirectory: directory, mainFile: file))
            let interp = session.interp
            var status: Int32 = 0
            if let exception = session.runScript(source, filename: filename) {
                status = TracebackPrinter.exitStatus(for: exception, interp)
                // After Ctrl-C nothing should keep the program alive (the cluster's grace period included).
                if exception.type === Builtins.keyboardInterruptType { RayModule.skipExitGrace(interp) }
            }
            session.close()
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
