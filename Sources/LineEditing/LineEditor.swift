import CLibEdit
import CLibEditShims

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A libedit line editor: prompts, editing keys, history, Tab completion and auto-indent.
///
/// Not `Sendable`: use it from one thread (see the module essay in `LineEditing.swift`).
///
/// ```swift
/// LineEditor.installInterruptHandler()
/// let editor = try LineEditor()
/// editor.completer = { before in (replaceFrom: ..., candidates: [...]) }
/// loop: switch editor.readLine(continuation: inBlock) {
/// case .line(let text): ...; editor.addHistory(text); editor.pushInput("    ")
/// case .interrupted: print("KeyboardInterrupt")
/// case .eof: break loop
/// }
/// ```
public final class LineEditor {
    /// The outcome of `readLine`.
    public enum ReadResult: Equatable, Sendable {
        /// A line, without its trailing newline.
        case line(String)
        /// End of input: Ctrl-D on an empty line, a closed pipe, or a terminal that went away.
        case eof
        /// Ctrl-C (SIGINT) while reading; the partial line is discarded.
        case interrupted
    }

    /// Key bindings.
    public enum EditingMode: String, Sendable {
        case emacs, vi
    }

    /// Where the editor reads and writes.
    public enum Streams: Sendable {
        /// The process's stdin, stdout and stderr.
        case standard
        /// Duplicates of these descriptors (the caller keeps and closes its own), e.g. a pipe or a
        /// pseudo-terminal in tests.
        case descriptors(input: Int32, output: Int32, error: Int32)
    }

    /// Answers Tab: given the text before the cursor, where the word to replace starts (an offset in
    /// Unicode scalars of that text) and the candidates for it. One candidate replaces the word; several
    /// insert their longest common prefix, or are listed when that adds nothing; none rings the bell.
    public typealias Completer = (_ lineBeforeCursor: String) -> (replaceFrom: Int, candidates: [String])

    let editor: OpaquePointer
    /// True while a completion callback runs inside `readLine`.
    var insideCallback = false
    /// Set by `printAbove` inside a callback: the prompt and line must be drawn again below the text.
    var needsRedisplay = false
    /// The last line read ended with "\r": a lone "\n" that follows completes it and is skipped.
    var afterCarriageReturn = false
    /// Text other threads post to be printed above the prompt (see `makeAsyncPrinter`).
    var asyncPrinter: AsyncPrinter?

    /// The prompt for a new statement. Text between two `"\u{1}"` characters takes no columns (for
    /// ANSI colour sequences).
    public var prompt = ">>> "
    /// The prompt for the following lines of an unfinished statement.
    public var continuationPrompt = "... "

    /// Called on Tab; `nil` makes Tab insert a tab character.
    public var completer: Completer? {
        didSet { installCompletion() }
    }

    /// Key bindings; changing them keeps Tab bound to completion.
    public var editingMode: EditingMode {
        didSet { _ = CLibEditShims_setEditor(editor, editingMode.rawValue) }
    }

    /// The most history entries kept; lowering it drops the oldest entries at once.
    public var historyLimit: Int {
        didSet { _ = CLibEditShims_historySetSize(editor, Int32(clamping: max(0, historyLimit))) }
    }

    /// Creates an editor.
    ///
    /// - Parameters:
    ///   - streams: where to read and write; `.standard` for the REPL.
    ///   - settings: key bindings, history bound, signal handling, terminal type.
    /// - Throws: `LineEditingError` when libedit cannot be set up (`ENOMEM`, `EBADF` for a bad
    ///   descriptor).
    public init(
        streams: Streams = .standard, settings: LineEditorSettings = LineEditorSettings()
    ) throws(LineEditingError) {
        if settings.setsUTF8Locale { _ = CLibEditShims_useUTF8Locale() }
        let created: OpaquePointer?
        switch streams {
        case .standard:
            created = CLibEditShims_init(settings.programName)
        case .descriptors(let input, let output, let error):
            created = CLibEditShims_initWithDescriptors(settings.programName, input, output, error)
        }
        guard let created else { throw LineEditingError(errno: errno, operation: "el_init") }
        editor = created
        editingMode = settings.editingMode
        historyLimit = max(0, settings.historyLimit)
        if let terminal = settings.terminalType { _ = CLibEditShims_setTerminal(editor, terminal) }
        _ = CLibEditShims_setEditor(editor, editingMode.rawValue)
        _ = CLibEditShims_historySetSize(editor, Int32(clamping: historyLimit))
        _ = CLibEditShims_setSignalHandling(editor, settings.handlesSignals ? 1 : 0)
        if settings.readsEditrc { _ = CLibEditShims_sourceEditrc(editor, nil) }  // a missing file is fine
    }

    deinit {
        _ = CLibEditShims_setWakeup(editor, -1, -1, nil, nil)
        CLibEditShims_end(editor)  // restores the terminal
    }

    /// Whether the input is a terminal. If not, lines are read plainly: no prompt, no editing, no
    /// completion, and pushed text is ignored.
    public var isInteractive: Bool { CLibEditShims_isTerminal(editor) != 0 }

    /// Reads one line, showing `prompt` (or `continuationPrompt`).
    ///
    /// An interrupt that arrived before the call is discarded. Blocks until a line is entered.
    /// - Parameter continuation: show `continuationPrompt`, for the inner lines of a block.
    /// - Returns: `.line` without the newline, `.eof` at end of input, `.interrupted` after Ctrl-C
    ///   (only if `installInterruptHandler()` was called; otherwise SIGINT ends the process as usual).
    public func readLine(continuation: Bool = false) -> ReadResult {
        _ = CLibEditShims_setPrompt(editor, continuation ? continuationPrompt : prompt)
        _ = CLibEditShims_takeInterrupt()
        while true {
            var count: Int32 = 0
            var error: Int32 = 0
            if let bytes = CLibEditShims_gets(editor, &count, &error) {
                // Plain input ends a line at "\r" or "\n", so "\r\n" would yield an extra empty line.
                let raw = UnsafeRawBufferPointer(start: bytes, count: Int(max(0, count)))
                if afterCarriageReturn && raw.count == 1 && raw[0] == UInt8(ascii: "\n") {
                    afterCarriageReturn = false
                    continue
                }
                afterCarriageReturn = raw.last == UInt8(ascii: "\r")
                return .line(Self.decodeLine(raw))
            }
            if CLibEditShims_takeInterrupt() != 0 { return .interrupted }
            if error == EINTR { continue }  // some other signal: keep reading
            return .eof
        }
    }

    static func decodeLine(_ bytes: UnsafeRawBufferPointer) -> String {
        var view = bytes[...]
        while let last = view.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") {
            view = view.dropLast()
        }
        return String(decoding: view, as: UTF8.self)
    }

    /// Queues text that the next `readLine` starts with, as if typed, e.g. the indentation of the next
    /// line of a block. Terminals only (ignored for plain input).
    public func pushInput(_ text: String) {
        CLibEditShims_push(editor, text)
    }

    /// Writes text on its own lines above the prompt. From the editor's thread only: between reads it
    /// simply writes; inside a completion callback it writes below the current line and makes libedit
    /// draw the prompt and the line again underneath. A newline is added if `text` lacks one.
    public func printAbove(_ text: String) {
        var output = insideCallback ? "\n" + text : text
        if !output.hasSuffix("\n") { output += "\n" }
        write(output)
        if insideCallback { needsRedisplay = true }
    }

    /// Writes raw text to the editor's output stream and flushes it.
    func write(_ text: String) {
        var text = text
        text.withUTF8 { CLibEditShims_write(editor, $0.baseAddress, $0.count) }
    }

    /// Re-reads the terminal size; needed after SIGWINCH only when `handlesSignals` is off.
    public func resize() {
        CLibEditShims_resize(editor)
    }

    /// The terminal width in columns (80 if unknown).
    public var terminalColumns: Int { Int(CLibEditShims_terminalColumns(editor)) }

    // MARK: Interrupts (process-wide)

    /// Installs a SIGINT handler that lets `readLine` return `.interrupted` and sets a flag that
    /// `takeInterrupt()` reads (for code that runs between reads). Process-wide; idempotent.
    /// - Returns: false if `sigaction` failed.
    @discardableResult
    public static func installInterruptHandler() -> Bool {
        CLibEditShims_installInterruptHandler() == 0
    }

    /// Restores the SIGINT action that was active before `installInterruptHandler()`.
    @discardableResult
    public static func removeInterruptHandler() -> Bool {
        CLibEditShims_restoreInterruptHandler() == 0
    }

    /// Whether SIGINT arrived since the last check (clears the flag). For the REPL to poll while user
    /// code runs.
    public static func takeInterrupt() -> Bool {
        CLibEditShims_takeInterrupt() != 0
    }
}
