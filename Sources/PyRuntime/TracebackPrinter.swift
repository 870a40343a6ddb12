import PySyntax

#if canImport(Glibc)
    import Glibc
#endif

/// Renders exceptions as CPython 3.11 prints them, in one place for every front end (scripts, REPL, kernel).
public enum TracebackPrinter {
    /// The full text for an uncaught exception, including chained causes and contexts.
    public static func render(_ exc: PyException, _ interp: Interpreter) -> String {
        var seen: [ObjectIdentifier] = []
        return renderChain(exc, interp, &seen)
    }

    private static func renderChain(_ exc: PyException, _ interp: Interpreter, _ seen: inout [ObjectIdentifier]) -> String {
        seen.append(ObjectIdentifier(exc))
        var out = ""
        if let cause = exc.cause, !seen.contains(ObjectIdentifier(cause)) {
            out += renderChain(cause, interp, &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let context = exc.context, !exc.suppressContext, !seen.contains(ObjectIdentifier(context)) {
            out += renderChain(context, interp, &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        return out + renderOne(exc, interp)
    }

    /// One exception: its traceback lines and the final `Type: message` line.
    public static func renderOne(_ exc: PyException, _ interp: Interpreter) -> String {
        if let override = exc.renderedTracebackOverride { return override }
        var out = ""
        if !exc.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            out += frames(exc.traceback.reversed())
        }
        return out + finalLine(exc, interp)
    }

    /// The frame lines, collapsing runs of identical frames as CPython does.
    static func frames(_ entries: [TracebackEntry]) -> String {
        var out = ""
        var last: String?
        var repeats = 0
        func flushRepeats() {
            if repeats > 3 {
                out += "  [Previous line repeated \(repeats - 3) more time\(repeats - 3 == 1 ? "" : "s")]\n"
            }
        }
        for e in entries {
            let code = e.code.code
            var text = "  File \"\(code.filename)\", line \(e.line), in \(code.name)\n"
            if let src = SourceCache.shared.line(code.filename, Int(e.line)) {
                let trimmed = src.drop { $0 == " " || $0 == "\t" }
                var shown = String(trimmed)
                while let l = shown.last, l == " " || l == "\r" || l == "\t" { shown.removeLast() }
                if !shown.isEmpty { text += "    \(shown)\n" }
            }
            if text == last {
                repeats += 1
                if repeats <= 3 { out += text }
                continue
            }
            flushRepeats()
            repeats = 1
            last = text
            out += text
        }
        flushRepeats()
        return out
    }

    /// `ValueError: message`, or the SyntaxError block with its caret.
    public static func finalLine(_ exc: PyException, _ interp: Interpreter) -> String {
        let type = exc.type
        let name = type.moduleName == "builtins" || type.moduleName == "__main__"
            ? type.qualifiedName : "\(type.moduleName).\(type.qualifiedName)"
        if type.isSubtype(of: Builtins.syntaxErrorType), let d = exc.dict,
            let msg = d.getItem("msg")?.asStr?.string
        {
            let e = SyntaxErrorInfo(dict: d, message: msg, kind: type.name)
            return e.rendered
        }
        let message = (try? interp.str(.object(exc))) ?? "<exception str() failed>"
        let hint = interp.suggestionSuffix(for: exc)
        var text = message.isEmpty ? "\(name)\(hint)\n" : "\(name): \(message)\(hint)\n"
        if let notes = exc.dict?.getItem("__notes__")?.asList {
            for n in notes.items { text += ((try? interp.str(n)) ?? "") + "\n" }
        }
        return text
    }

    /// Print an uncaught exception to stderr and give the process exit status (SystemExit decides its own).
    public static func exitStatus(for exc: PyException, _ interp: Interpreter) -> Int32 {
        interp.stdout.flush()
        if exc.type.isSubtype(of: Builtins.systemExitType) {
            let code: Value = exc.args.count == 0 ? .none : exc.args.items[0]
            switch code {
            case .none: return 0
            case .int(let i): return Int32(truncatingIfNeeded: i)
            case .bool(let b): return b ? 1 : 0
            default:
                interp.stderr.write(((try? interp.str(code)) ?? "") + "\n")
                interp.stderr.flush()
                return 1
            }
        }
        interp.stderr.write(render(exc, interp))
        interp.stderr.flush()
        return exc.type.isSubtype(of: Builtins.keyboardInterruptType) ? 130 : 1
    }
}

/// The fields of a SyntaxError instance, rendered as CPython prints them.
struct SyntaxErrorInfo {
    let dict: PyDict
    let message: String
    let kind: String

    var rendered: String {
        let filename = dict.getItem("filename")?.asStr?.string ?? "<unknown>"
        var line = 0
        if case .int(let l)? = dict.getItem("lineno") { line = l }
        var offset = 0
        if case .int(let o)? = dict.getItem("offset") { offset = o }
        var endOffset = offset
        if case .int(let o)? = dict.getItem("end_offset") { endOffset = o }
        var endLine = line
        if case .int(let l)? = dict.getItem("end_lineno") { endLine = l }
        let text = dict.getItem("text")?.asStr?.string
        let info = SyntaxError(
            kind: SyntaxError.Kind(rawValue: kind) ?? .syntax, message: message, filename: filename, line: line,
            offset: offset, endLine: endLine, endOffset: endOffset, text: text)
        return info.rendered
    }
}

/// Runs a body on a thread with a large stack (deep Python recursion recurses in Swift).
public enum LargeStackThread {
    /// Run `body` on a new thread with `stackSize` bytes of stack and wait for its result.
    public static func run(stackSize: Int = 1 << 29, _ body: @escaping () -> Int32) -> Int32 {
        final class Context {
            let body: () -> Int32
            var result: Int32 = 0
            init(_ body: @escaping () -> Int32) { self.body = body }
        }
        let context = Context(body)
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        pthread_attr_setstacksize(&attr, stackSize)
        var thread = pthread_t()
        let unmanaged = Unmanaged.passRetained(context)
        let rc = pthread_create(&thread, &attr, { raw in
            let ctx = Unmanaged<Context>.fromOpaque(raw!).takeUnretainedValue()
            ctx.result = ctx.body()
            return nil
        }, unmanaged.toOpaque())
        pthread_attr_destroy(&attr)
        if rc != 0 {
            unmanaged.release()
            return body()
        }
        pthread_join(thread, nil)
        unmanaged.release()
        return context.result
    }
}

/// SIGINT raises KeyboardInterrupt in running Python code: the handler only sets the interpreter's flag.
public enum SignalHandling {
    nonisolated(unsafe) static var flag: UnsafeMutablePointer<Int32>?

    public static func installInterruptHandler(_ interrupt: InterruptFlag) {
        flag = interrupt.rawPointer
        signal(SIGINT) { _ in
            SignalHandling.flag?.pointee = 1
        }
    }
}

extension Interpreter {
    /// Functions registered to run when the program ends (`atexit`, the cluster runtime's shutdown).
    public var exitHooks: [() -> Void] {
        get { (extensions["exitHooks"] as? Box<[() -> Void]>)?.value ?? [] }
        set { extensions["exitHooks"] = Box(newValue) }
    }

    public func runExitHooks() {
        let hooks = exitHooks
        exitHooks = []
        for h in hooks.reversed() { h() }
    }
}
