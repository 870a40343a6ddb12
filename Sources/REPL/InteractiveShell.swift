import CellEngine
import LineEditing
import PyRuntime
import RayAPI
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The interactive session `swiftray` opens on a terminal: IPython's look and habits on libedit.
///
/// Each cell is read line by line (a line ending in `:` or an open bracket continues, auto-indented; a blank
/// line ends a block; pasted text is taken whole) and decided with the same completeness check the Jupyter
/// kernel answers `is_complete` with, then run by the cell engine, which prints as it runs. Ctrl-C at the
/// prompt drops the line; while a cell runs it raises KeyboardInterrupt there and the engine cancels the
/// cell's pending tasks. Output that workers send while the prompt waits is printed above it. Ctrl-D,
/// `exit()` or `quit()` end the session and its cluster. History persists in `~/.swiftray_history`.
public final class InteractiveShell {
    /// What a session is started with.
    public struct Options: Sendable {
        /// `>>>` prompts, results without `Out[n]:`.
        public var classic = false
        /// The history file; nil for none.
        public var historyPath: String? = InteractiveShell.defaultHistoryPath()
        /// Entries kept in the history file.
        public var historyLimit = 10_000
        /// The program and version the banner names.
        public var version = "swiftray"

        public init() {}
    }

    let options: Options
    let session: Session
    let editor: LineEditor
    let style: PromptStyle
    let printer: AsyncPrinter?
    /// True while a cell runs: its output goes straight to the terminal; otherwise above the prompt.
    let running = Mutex(false)

    init(options: Options) throws(LineEditingError) {
        self.options = options
        var settings = SessionSettings()
        settings.argv = [""]
        session = Session(settings: settings)
        var editorSettings = LineEditorSettings()
        editorSettings.historyLimit = options.historyLimit
        editor = try LineEditor(settings: editorSettings)
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        style = PromptStyle(classic: options.classic, colour: getenv("NO_COLOR") == nil && term != "dumb" && !term.isEmpty)
        printer = editor.makeAsyncPrinter()
        editor.prompt = style.input(1)
        editor.continuationPrompt = style.continuation(1)
        editor.completer = { [unowned self] before in
            let result = self.session.complete(before, cursor: before.unicodeScalars.count)
            return (replaceFrom: result.cursorStart, candidates: result.matches)
        }
        if let path = options.historyPath { _ = try? editor.loadHistory(from: path) }
        session.persistentHistory = { [unowned self] in self.editor.history }
    }

    /// `$HOME/.swiftray_history` (or `$SWIFTRAY_HISTORY`).
    public static func defaultHistoryPath() -> String? {
        if let path = getenv("SWIFTRAY_HISTORY") { return String(cString: path) }
        guard let home = getenv("HOME") else { return nil }
        return String(cString: home) + "/.swiftray_history"
    }

    /// Runs an interactive session on the terminal until Ctrl-D or `exit()`; returns the exit status.
    public static func run(options: Options = Options()) -> Int32 {
        LargeStackThread.run {
            let shell: InteractiveShell
            do {
                shell = try InteractiveShell(options: options)
            } catch {
                FileDescriptorSink(fd: 2).write("swiftray: cannot start the line editor: \(error)\n")
                return 1
            }
            return shell.loop()
        }
    }

    // MARK: The loop

    func loop() -> Int32 {
        write(banner())
        var status: Int32 = 0
        while let cell = readCell() {
            if let exit = runCell(cell) {
                status = exit
                break
            }
        }
        session.close()
        return status
    }

    func banner() -> String {
        if options.classic { return "\(options.version)\nType \"exit()\" or Ctrl-D to leave.\n" }
        return "\(options.version). Tab completes, %magics work, Ctrl-D leaves.\n\n"
    }

    /// Reads one cell; nil at end of input (Ctrl-D on an empty prompt).
    func readCell() -> String? {
        var lines: [String] = []
        let n = session.executionCount
        editor.prompt = style.input(n)
        editor.continuationPrompt = style.continuation(n)
        while true {
            LineEditor.installInterruptHandler()
            let read = editor.readLine(continuation: !lines.isEmpty)
            LineEditor.removeInterruptHandler()
            switch read {
            case .eof:
                write("\n")
                return nil
            case .interrupted:
                write("\n")
                if !lines.isEmpty { write(style.separator) }
                lines = []
                continue
            case .line(let text):
                lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            }
            if lines.count == 1 && lines[0].allSatisfy({ $0 == " " || $0 == "\t" }) {
                lines = []
                continue
            }
            if Self.inputIsWaiting() { continue }  // a paste: take all of it before deciding
            let cell = lines.joined(separator: "\n") + "\n"
            switch session.isComplete(cell) {
            case .complete, .invalid:
                var entry = lines
                while let last = entry.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { entry.removeLast() }
                let source = entry.joined(separator: "\n")
                remember(source)
                return source
            case .incomplete(let indent):
                editor.pushInput(indent)
            }
        }
    }

    /// Whether more typed or pasted input is already waiting on the terminal.
    static func inputIsWaiting() -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    func remember(_ source: String) {
        editor.addHistory(source)
        if let path = options.historyPath { _ = try? editor.saveHistory(to: path) }
    }

    /// Runs a cell, printing as it goes; the exit status when the cell ends the session.
    func runCell(_ source: String) -> Int32? {
        let trimmed = source.trimmingWhitespace
        if (trimmed == "exit" || trimmed == "quit") && session.namespace.getItem(trimmed) == nil { return 0 }
        running.withLock { $0 = true }
        let result = session.execute(source) { [unowned self] output in self.show(output) }
        running.withLock { $0 = false }
        if let exception = result.error?.exception, exception.type.isSubtype(of: Builtins.systemExitType) {
            return TracebackPrinter.exitStatus(for: exception, session.interp)
        }
        write(style.separator)
        return nil
    }

    /// Prints one piece of a cell's output: now while the cell runs, above the prompt afterwards.
    func show(_ output: CellOutput) {
        let text: String
        var toStandardError = false
        switch output {
        case .stream(let name, let chunk):
            text = chunk
            toStandardError = name == .stderr
        case .result(let n, let value):
            text = style.output(n, value)
        case .richResult(let n, let data):
            text = style.output(n, data.plainText)
        case .display(let event):
            guard let shown = event.plainText else { return }
            text = shown + "\n"
        case .error(let failure):
            if let e = failure.exception, e.type.isSubtype(of: Builtins.systemExitType) { return }
            text = failure.text
        }
        let live = running.withLock { $0 }
        if !live, let printer {
            printer.post(text)
        } else {
            writeAll(toStandardError ? 2 : 1, text)
        }
    }

    func write(_ text: String) { writeAll(1, text) }

    func writeAll(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
