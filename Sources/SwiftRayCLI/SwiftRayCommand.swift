import ArgumentParser
import JupyterKernel
import PyLibrary
import PyRuntime
import REPL

#if canImport(Glibc)
    import Glibc
#endif

/// SwiftRayCLI: the command line of the `swiftray` executable.
///
/// `swiftray FILE.py [ARGS]` runs a script as `python3 FILE.py` would (sys.argv set, exit status 1 and a
/// traceback on stderr for an uncaught exception), `swiftray -c CODE` runs a string, `swiftray FILE.ipynb
/// [--allow-errors] [--output OUT.ipynb | --inplace]` runs a notebook in batch, `--version` prints the
/// version. Bad usage exits with 2 (swift-argument-parser's convention matches Python's).
public struct SwiftRayCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "swiftray",
        abstract: "Run Python-dialect programs and Ray-style distributed programs without Python.",
        version: SwiftRayVersion.string)

    @Option(name: .customShort("c"), help: "Program passed in as a string.")
    var code: String?

    @Argument(parsing: .captureForPassthrough, help: "The script to run, then its arguments (sys.argv[1:]).")
    var arguments: [String] = []

    public init() {}

    public mutating func run() throws {
        // Script arguments are passed through untouched, so the global flags are recognized here.
        if code == nil, let first = arguments.first, first.hasPrefix("-"), first != "-" {
            switch first {
            case "--version", "-V":
                print(SwiftRayVersion.string)
                return
            case "--help", "-h":
                print(Self.helpMessage())
                return
            case "--classic" where arguments.count == 1:
                throw ExitCode(Self.interactive(classic: true))
            default:
                throw ValidationError("Unknown option '\(first)'")
            }
        }
        let status: Int32
        if code == nil, let first = arguments.first, first.hasSuffix(".ipynb") {
            status = NotebookCommand.run(path: first, arguments: Array(arguments.dropFirst()))
        } else if code == nil && arguments.isEmpty && isatty(0) != 0 {
            status = Self.interactive(classic: false)
        } else if code == nil && arguments.isEmpty {
            // Input from a pipe or a file: no prompts, the whole input is the program (`python3 < file.py`).
            status = ScriptRunner.run(file: nil, code: ScriptRunner.readStandardInput(), argv: [""], filename: "<stdin>")
        } else {
            status = ScriptRunner.run(
                file: code == nil ? arguments.first : nil, code: code,
                argv: code == nil ? arguments : ["-c"] + arguments)
        }
        throw ExitCode(status)
    }
}

extension SwiftRayCommand {
    /// The REPL (`swiftray` on a terminal, `swiftray --classic` for python3's prompts).
    static func interactive(classic: Bool) -> Int32 {
        var options = InteractiveShell.Options()
        options.classic = classic
        options.version = SwiftRayVersion.string
        return InteractiveShell.run(options: options)
    }
}

/// The version printed by `--version`.
public enum SwiftRayVersion {
    public static let string = "swiftray 0.1.0 (Python 3.11 dialect)"
}

extension SwiftRayCommand {
    /// Parse and run, exiting as python3 does: status 2 (not sysexits' 64) for bad usage.
    public static func runAsMain() -> Never {
        if let status = ClusterCommands.run(Array(CommandLine.arguments.dropFirst())) { Glibc.exit(status) }
        if CommandLine.arguments.count == 4 && CommandLine.arguments[1] == "kernel" && CommandLine.arguments[2] == "-f" {
            // What Jupyter runs: straight to the kernel (its start-up time is measured), no argument parsing.
            Glibc.exit(KernelServer.run(connectionFile: CommandLine.arguments[3]))
        }
        if CommandLine.arguments.count > 1 && CommandLine.arguments[1] == "kernel" {
            KernelCommand.main(Array(CommandLine.arguments.dropFirst(2)))
            Glibc.exit(0)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
            exit(withError: nil)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty {
                    FileHandleStderr.write(message + "\n")
                }
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}

/// Minimal stderr writer for usage errors (before any interpreter exists).
enum FileHandleStderr {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
