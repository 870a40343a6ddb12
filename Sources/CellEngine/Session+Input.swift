import PyLibrary
import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// What a front end answers when a cell asks for a line (`input()`, `getpass.getpass()`).
public enum InputAnswer: Sendable, Equatable {
    /// The line, without its newline.
    case line(String)
    /// End of input (Ctrl-D): `EOFError`.
    case endOfInput
    /// The wait was interrupted: `KeyboardInterrupt`.
    case interrupted
    /// This front end takes no input now (Jupyter's `allow_stdin=False`): IPython's `StdinNotImplementedError`.
    case notAllowed
}

/// `input()` and `getpass` for sessions whose front end supplies lines itself (the Jupyter kernel asks its
/// client over the stdin channel). Without a provider, `input()` reads standard input as before and
/// `getpass` reads the terminal with echo off.
extension Session {
    /// Answers `input()` and `getpass.getpass()`: the prompt, whether to hide the typing. Set by front ends that
    /// read lines on the cell's behalf; nil keeps the process's standard input.
    public var inputProvider: ((_ prompt: String, _ password: Bool) -> InputAnswer)? {
        get { (interp.extensions[Self.inputProviderKey] as? InputProviderBox)?.provider }
        set { interp.extensions[Self.inputProviderKey] = newValue.map(InputProviderBox.init) }
    }

    static let inputProviderKey = "cellengine.inputProvider"

    /// Wrap the `input` builtin and install the hidden `getpass` reader (module `getpass` calls it).
    func installInputBuiltins() {
        InputModules.register()
        let original = interp.builtins.getItem("input")
        let input = PyBuiltinFunction(name: "input", module: "builtins") {
            [unowned self] (interp, args) throws(PyError) -> Value in
            guard let provider = self.inputProvider else {
                guard let original else { throw .runtimeError("input() is not available") }
                return try interp.call(original, args: args)
            }
            try args.expect("input", min: 0, max: 1)
            let prompt = args.count > 0 ? try interp.str(args[0]) : ""
            return try self.answer(provider(prompt, false))
        }
        interp.builtins.setItem("input", .object(input))
        let getpass = PyBuiltinFunction(name: InputModules.getpassFunction, module: "builtins") {
            [unowned self] (interp, args) throws(PyError) -> Value in
            try args.expect(InputModules.getpassFunction, min: 1, max: 1)
            let prompt = try interp.str(args[0])
            if let provider = self.inputProvider { return try self.answer(provider(prompt, true)) }
            return try self.answer(TerminalPassword.read(prompt: prompt, interp))
        }
        interp.builtins.setItem(InputModules.getpassFunction, .object(getpass))
    }

    private func answer(_ answer: InputAnswer) throws(PyError) -> Value {
        switch answer {
        case .line(let text): return .str(text)
        case .endOfInput: throw PyError(.make(Builtins.exceptionType("EOFError"), "EOF when reading a line"))
        case .interrupted:
            interp.interrupt.clear()
            throw PyError(PyException(type: Builtins.keyboardInterruptType, args: Builtins.emptyTuple))
        case .notAllowed:
            let module = try interp.importSingle("IPython.core.error")
            let type = try interp.getAttribute(module, "StdinNotImplementedError")
            let exc = try interp.call(type, [.str("raw_input was called, but this frontend does not support input requests.")])
            guard let e = exc.asException else { throw .runtimeError("StdinNotImplementedError") }
            throw PyError(e)
        }
    }
}

final class InputProviderBox {
    let provider: (String, Bool) -> InputAnswer
    init(_ provider: @escaping (String, Bool) -> InputAnswer) { self.provider = provider }
}

/// The modules behind input: `getpass` (standard library) and `IPython.core.error`.
enum InputModules {
    static let getpassFunction = "_cellengine_getpass"

    static func register() {
        EngineModules.once("getpass") {
            EngineModules.registerSource("getpass", getpassSource)
            EngineModules.registerSource("IPython.core.error", errorSource)
        }
    }

    static let getpassSource = #"""
"""Read a password without echoing it (the terminal, or the Jupyter front end)."""
import os


class GetPassWarning(UserWarning):
    pass


def getpass(prompt="Password: ", stream=None):
    return _cellengine_getpass(prompt)


def getuser():
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    raise OSError("No username set in the environment")
"""#

    static let errorSource = #"""
"""IPython's error classes that front ends raise."""


class IPythonCoreError(Exception):
    pass


class StdinNotImplementedError(IPythonCoreError, NotImplementedError):
    """input() was called, but this frontend does not support input requests."""


class UsageError(IPythonCoreError):
    pass
"""#
}

/// `getpass` on a terminal: the prompt on the terminal, echo off while the line is read, as CPython's
/// `unix_getpass` does; without a terminal, standard input with the prompt on stderr.
enum TerminalPassword {
    static func read(prompt: String, _ interp: Interpreter) -> InputAnswer {
        interp.stdout.flush()
        let tty = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        let fd = tty >= 0 ? tty : 0
        defer { if tty >= 0 { close(tty) } }
        let promptBytes = Array(prompt.utf8)
        _ = promptBytes.withUnsafeBytes { write(tty >= 0 ? tty : 2, $0.baseAddress, $0.count) }
        var saved = termios()
        let canHide = tcgetattr(fd, &saved) == 0
        if canHide {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(fd, TCSAFLUSH, &quiet)
        }
        var line: [UInt8] = []
        var sawNewline = false
        var byte: UInt8 = 0
        while Glibc.read(fd, &byte, 1) == 1 {
            if byte == 10 {
                sawNewline = true
                break
            }
            line.append(byte)
        }
        if canHide {
            tcsetattr(fd, TCSAFLUSH, &saved)
            _ = [UInt8(10)].withUnsafeBytes { write(tty >= 0 ? tty : 2, $0.baseAddress, 1) }
        }
        if !sawNewline && line.isEmpty { return .endOfInput }
        return .line(String(decoding: line, as: UTF8.self))
    }
}
