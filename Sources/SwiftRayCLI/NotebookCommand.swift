import CellEngine
import Notebook
import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `swiftray FILE.ipynb [--allow-errors] [--output OUT.ipynb | --inplace]`: run a notebook's code cells in
/// order, as `jupyter nbconvert --execute` does, printing each cell's header and outputs as they happen and a
/// summary at the end.
///
/// The notebook runs in its own directory (nbconvert's default, so relative paths in cells mean what they
/// meant in Jupyter). Exit status: 0 when every cell succeeded, 1 after an error (the run stops at the first
/// one unless `--allow-errors`), 130 when Ctrl-C stopped the run, 2 for bad usage or an unreadable notebook.
enum NotebookCommand {
    struct Options {
        var path = ""
        var allowErrors = false
        var output: String?
        var inplace = false
    }

    static let usage = "usage: swiftray NOTEBOOK.ipynb [--allow-errors] [--output OUT.ipynb | --inplace]"

    /// Parse the arguments after the notebook path.
    static func parse(_ path: String, _ rest: [String]) -> Result<Options, UsageFailure> {
        var options = Options(path: path)
        var i = 0
        while i < rest.count {
            let arg = rest[i]
            switch arg {
            case "--allow-errors": options.allowErrors = true
            case "--inplace": options.inplace = true
            case "--output", "-o":
                guard i + 1 < rest.count else { return .failure(UsageFailure("\(arg) needs a file name")) }
                options.output = rest[i + 1]
                i += 1
            default:
                if arg.hasPrefix("--output=") {
                    options.output = String(arg.dropFirst("--output=".count))
                } else {
                    return .failure(UsageFailure("unknown argument '\(arg)'"))
                }
            }
            i += 1
        }
        if options.inplace && options.output != nil {
            return .failure(UsageFailure("--output and --inplace exclude each other"))
        }
        return .success(options)
    }

    struct UsageFailure: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// Run the command; returns the exit status.
    static func run(path: String, arguments: [String]) -> Int32 {
        let options: Options
        switch parse(path, arguments) {
        case .success(let o): options = o
        case .failure(let f):
            Terminal.write(2, "swiftray: \(f.message)\n\(usage)\n")
            return 2
        }
        guard let text = Interpreter.readTextFile(options.path) else {
            Terminal.write(2, "swiftray: can't open file '\(options.path)': [Errno 2] No such file or directory\n")
            return 2
        }
        let document: NotebookDocument
        do throws(NotebookError) {
            document = try NotebookDocument(parsing: text)
        } catch {
            Terminal.write(2, "swiftray: \(options.path) is not a notebook: \(error)\n")
            return 2
        }
        // Paths given on the command line mean what they meant where swiftray was started.
        let outputPath = (options.inplace ? options.path : options.output).map(absolutePath)
        let directory = options.path.contains("/") ? String(options.path[..<options.path.lastIndex(of: "/")!]) : ""
        return LargeStackThread.run {
            if !directory.isEmpty { _ = chdir(directory) }
            var settings = SessionSettings()
            settings.argv = [options.path]
            let session = Session(settings: settings)
            let runner = NotebookRunner(session: session, document: document, allowErrors: options.allowErrors)
            let reporter = TerminalReporter()
            let summary = runner.run(reporter: reporter)
            session.close()
            var status: Int32 = summary.errors > 0 ? 1 : 0
            if summary.interrupted { status = 130 }
            var written: String?
            if let outputPath {
                if writeFile(outputPath, runner.executedDocument().serialized()) {
                    written = outputPath
                } else {
                    Terminal.write(2, "swiftray: can't write '\(outputPath)': \(String(cString: strerror(errno)))\n")
                    status = status == 0 ? 1 : status
                }
            }
            reporter.summarize(summary, written: written)
            return status
        }
    }

    /// `path` made absolute against the current directory.
    static func absolutePath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) + "/" + path
    }

    /// Write a whole file (through a temporary name, so a failed write leaves the old file).
    static func writeFile(_ path: String, _ text: String) -> Bool {
        let temporary = path + ".swiftray-tmp"
        guard let file = fopen(temporary, "w") else { return false }
        let bytes = Array(text.utf8)
        let n = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file) == 0
        guard n == bytes.count, closed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}

/// Prints a notebook run for a person: `In [n]: first line` headers (dimmed, with the cell's place and the
/// elapsed time, on a terminal), the outputs as they arrive (stdout and stderr on their own descriptors),
/// `Out[n]: value`, tracebacks on stderr, and a summary line.
final class TerminalReporter: NotebookReporter, @unchecked Sendable {  // output arrives under CellOutputs' lock
    let colour = isatty(1) != 0
    let started = SystemClock().monotonicSeconds()

    func cellStarted(position: Int, of total: Int, executionCount: Int, source: String) {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: true)
        let first = lines.first { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
        var header = "In [\(executionCount)]: \(first)"
        if lines.count > 1 { header += " ..." }
        if position > 0 { Terminal.write(1, "\n") }
        if colour {
            let elapsed = TimeFormat.format(SystemClock().monotonicSeconds() - started)
            Terminal.write(1, "\u{1b}[2m\(header)   [cell \(position + 1) of \(total), \(elapsed)]\u{1b}[0m\n")
        } else {
            Terminal.write(1, header + "\n")
        }
    }

    func cellOutput(_ output: CellOutput) {
        switch output {
        case .stream(let name, let text): Terminal.write(name == .stdout ? 1 : 2, text)
        case .result(let n, let text):
            Terminal.write(1, "Out[\(n)]: " + (text.contains("\n") ? "\n" : "") + text + "\n")
        case .richResult(let n, let data):
            let text = data.plainText
            Terminal.write(1, "Out[\(n)]: " + (text.contains("\n") ? "\n" : "") + text + "\n")
        case .display(let event):
            if let text = event.plainText { Terminal.write(1, text + "\n") }
        case .error(let e):
            Terminal.write(2, colour ? e.text.replacingFirstLine(with: "\u{1b}[31m", "\u{1b}[0m") : e.text)
        }
    }

    func cellFinished(_ result: CellResult, position: Int, of total: Int) {}

    func summarize(_ summary: NotebookRunSummary, written: String?) {
        var line = "\(summary.cellsRun) of \(summary.cellsTotal) code cells run, "
        line += "\(summary.errors) error\(summary.errors == 1 ? "" : "s"), \(TimeFormat.format(summary.seconds))"
        if summary.interrupted { line += " (interrupted)" } else if summary.stoppedEarly { line += " (stopped at the first error)" }
        if let written { line += "; wrote \(written)" }
        Terminal.write(1, "\n" + (colour ? "\u{1b}[1m\(line)\u{1b}[0m" : line) + "\n")
    }
}

/// Unbuffered writes to a file descriptor (several threads print notebook output).
enum Terminal {
    static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }
}

extension String {
    /// The text with its first line wrapped in `prefix` and `suffix` (a colour for a traceback's rule).
    func replacingFirstLine(with prefix: String, _ suffix: String) -> String {
        guard let newline = firstIndex(of: "\n") else { return prefix + self + suffix }
        return prefix + self[..<newline] + suffix + self[newline...]
    }
}
