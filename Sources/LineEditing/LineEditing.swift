// LineEditing: the terminal line editor under SwiftRay's REPL, built on libedit.
//
// What this module owns
//   `LineEditor`, the only user of libedit (through the C target `CLibEditShims`). It reads one line
//   at a time with emacs or vi key bindings, shows a primary or continuation prompt, keeps a bounded
//   history that it loads from and saves to a file, completes the word before the cursor on Tab by
//   asking a Swift closure, pushes text into the next line (auto-indent), and turns Ctrl-C into an
//   `.interrupted` result. The REPL decides what a line means (complete statement, `...` prompt,
//   indentation); this module only edits text. It knows nothing about Python.
//
// Invariants
//   1. One editor, one thread. libedit keeps terminal modes, the line buffer and the display state
//      in its `EditLine` and is not thread-safe, so `LineEditor` is not `Sendable`.
//   2. Output while a line is being edited goes through the editor (`printAbove`), never straight to
//      stdout: libedit tracks where the cursor is, and foreign output would leave its display out of
//      step. What libedit allows, from the editing thread:
//        - between `readLine` calls the terminal is back in normal (cooked) mode and any output is
//          fine; `printAbove` just writes;
//        - inside a callback that runs during `readLine` (the Tab completer), text may be written on
//          new lines if the callback then asks libedit to redraw the prompt and the line below it
//          (`CC_REDISPLAY`); `printAbove` does both;
//        - while `readLine` is blocked waiting for a key nothing runs on this thread, and another
//          thread must not touch the editor or the terminal. Showing output that arrives then needs
//          a custom character reader (`EL_GETCFN`) that also watches a wake-up descriptor; that is
//          not built yet.
//   3. Ctrl-C: `LineEditor.installInterruptHandler()` installs a SIGINT handler without
//      `SA_RESTART`, so the blocked read returns `EINTR`; `readLine` then reports `.interrupted`.
//      With `handlesSignals` libedit also restores the terminal before the program's handler runs;
//      it does so by re-sending the signal with kill(0, ...), i.e. to the whole process group, so
//      child processes that must survive Ctrl-C (cluster workers) belong in a process group of
//      their own.
//      Other signals that interrupt the read (with handlers of their own) make `readLine` read again.
//   4. Text is UTF-8. libedit decides at `el_init` whether its input is UTF-8, from `LC_CTYPE`, so the
//      editor switches `LC_CTYPE` to a UTF-8 locale first (the environment's, else `C.UTF-8`).
//   5. Completion offsets (`replaceFrom`) count Unicode scalars of the text before the cursor, the
//      unit libedit deletes in and the unit Jupyter's `cursor_pos` uses, so one completer can serve
//      the REPL and the kernel.
//   6. Non-terminal input (pipes, files, CI): libedit reads plain lines without prompts, editing or
//      pushed text. `isInteractive` tells the REPL which case it is in.
//
// Rejected alternatives
//   - GNU readline: GPL-licensed; libedit is BSD-licensed and packaged in Debian as `libedit-dev`.
//     libedit's readline emulation (`editline/readline.h`) hides the parts we need
//     (client data for callbacks, prompt escapes), so we use the native `histedit.h` API.
//   - Calling `el_set`/`history` from Swift: impossible (C variadics are not imported), hence the shim.
//   - Sharing `~/.python_history`: libedit's history file format differs from GNU readline's.
//   - Our own raw-mode editor: would give syntax highlighting and whole-block editing, at the cost of
//     terminal handling that libedit already gets right; a later option (see shared/notes/repl.md).
import CLibEdit
import CLibEditShims

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed libedit operation: the errno it reported and what was being done.
public struct LineEditingError: Error, CustomStringConvertible, Sendable {
    /// The POSIX error number, e.g. `ENOENT` for a missing history file.
    public let errno: Int32
    /// The operation, e.g. `"history load /home/me/.local/share/swiftray/history"`.
    public let operation: String

    /// Creates an error value; normally only `LineEditor` does this.
    public init(errno: Int32, operation: String) {
        self.errno = errno
        self.operation = operation
    }

    public var description: String {
        "\(operation): \(String(cString: strerror(errno))) (errno \(errno))"
    }
}

/// How a `LineEditor` is set up. Defaults suit the interactive REPL.
public struct LineEditorSettings: Sendable {
    /// The program name that `.editrc` lines can be addressed to (`swiftray:bind -v`).
    public var programName = "swiftray"
    /// The most history entries kept; older ones are dropped, in memory and in the saved file.
    public var historyLimit = 1000
    /// Key bindings.
    public var editingMode: LineEditor.EditingMode = .emacs
    /// Whether to read `$EDITRC` or `~/.editrc` at start.
    public var readsEditrc = true
    /// Whether libedit restores the terminal on SIGINT, SIGTSTP, SIGCONT and follows SIGWINCH while
    /// reading (`EL_SIGNAL`). It re-raises such signals to the whole process group afterwards.
    public var handlesSignals = true
    /// Terminal type for capabilities; `nil` uses `$TERM`. Tests use `"dumb"` for plain output.
    public var terminalType: String? = nil
    /// Whether to switch `LC_CTYPE` to a UTF-8 locale (process-wide) so libedit reads UTF-8.
    public var setsUTF8Locale = true

    public init() {}
}
