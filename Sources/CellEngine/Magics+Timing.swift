import PyRuntime
import PySyntax

#if canImport(Glibc)
    import Glibc
#endif

/// `%time`/`%%time` and `%timeit`/`%%timeit`, with IPython's output (see ../shared/notes/magics.md).
extension Session {
    static func timingMagics() -> [Magic] {
        [
            Magic(
                name: "time",
                help: """
                    %time [--no-raise-error] statement
                    %%time (on the first line of a cell)

                    Time execution of a Python statement or expression: CPU times of this process (user, sys,
                    total; work done by cluster workers is not included) and wall time, printed after the
                    code's own output. The value of an expression is returned. An exception is re-raised
                    after the timing lines, unless --no-raise-error.
                    """,
                line: { (s, line) throws(PyError) -> Value in try s.timeMagic(line: line, cell: nil, n: s.executionCount - 1) ?? .none },
                cell: { (s, magic, n) throws(PyError) -> Value? in try s.timeMagic(line: magic.line, cell: magic, n: n) }),
            Magic(
                name: "timeit",
                help: """
                    %timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o -v<VAR>] statement
                    %%timeit [options] setup_code (on the first line; the cell body is timed)

                    Time a statement: R runs (default 7) of N loops; without -n, N is the first of 1, 10,
                    100, ... whose run takes at least 0.2 s. Prints the mean and standard deviation per loop.
                    -t: time.time, -c: CPU time, -p: significant digits, -q: quiet, -o: return the
                    TimeitResult, -v VAR: store it in VAR.
                    """,
                line: { (s, line) throws(PyError) -> Value in try s.timeitMagic(line: line, body: nil) },
                cell: { (s, magic, _) throws(PyError) -> Value? in
                    let v = try s.timeitMagic(line: magic.line, body: magic.body)
                    return v.isNone ? nil : v
                }),
        ]
    }

    /// `%time` / `%%time`.
    func timeMagic(line: String, cell: CellSource.CellMagic?, n: Int) throws(PyError) -> Value? {
        let opts = try options(line, "", long: ["no-raise-error"])
        let raise = !opts.long.contains("no-raise-error")
        let source: String
        let filename: String
        let display: String
        if let cell {
            if !opts.rest.isEmpty { throw usageError("Can't use statement directly after '%%time'!") }
            source = String(repeating: "\n", count: max(0, cell.bodyFirstLine - 1)) + CellSource.transform(cell.body)
            filename = ErrorRenderer.cellFilename(n)
            display = inputs[n]
        } else {
            source = CellSource.transform(opts.rest)
            display = opts.rest
            filename = isSingleExpression(source) ? "<timed eval>" : "<timed exec>"
        }
        let parseStart = clock.monotonicSeconds()
        _ = try? Parser.parseModule(source, filename: filename)
        let parseTime = clock.monotonicSeconds() - parseStart
        let compileStart = clock.monotonicSeconds()
        let code = try interp.compile(source, filename: filename, mode: .cell)
        let compileTime = clock.monotonicSeconds() - compileStart
        SourceCache.shared.register(filename, source: display)
        let wallStart = clock.wallSeconds()
        let cpuStart = clock.cpuSeconds()
        var value: Value = .none
        var failure: PyError?
        do throws(PyError) {
            value = try interp.run(code, globals: namespace)
        } catch {
            failure = error
        }
        let cpuEnd = clock.cpuSeconds()
        let wall = clock.wallSeconds() - wallStart
        write(
            TimeFormat.timeReport(
                user: cpuEnd.user - cpuStart.user, system: cpuEnd.system - cpuStart.system, wall: wall,
                unicode: settings.unicodeOutput))
        if compileTime > 0.1 { write("Compiler : \(TimeFormat.format(compileTime, unicode: settings.unicodeOutput))\n") }
        if parseTime > 0.1 { write("Parser   : \(TimeFormat.format(parseTime, unicode: settings.unicodeOutput))\n") }
        if let failure {
            let interrupted = failure.exception.type.isSubtype(of: Builtins.keyboardInterruptType)
            if raise || interrupted || !failure.exception.type.isSubtype(of: Builtins.exceptionType) { throw failure }
            return nil
        }
        // `%time expr;` shows nothing (IPython's output_can_be_silenced); so does a `%%time` body ending in `;`.
        if CellSource.endsWithSemicolon(cell == nil ? opts.rest : cell!.body) { return nil }
        return value
    }

    /// Whether `source` is exactly one expression statement.
    func isSingleExpression(_ source: String) -> Bool {
        guard let module = try? Parser.parseModule(source, filename: "<timed>"), module.body.count == 1,
            case .expr = module.body[0].kind
        else { return false }
        return true
    }

    /// `%timeit` / `%%timeit` (with `body`, the options line's rest is setup code).
    func timeitMagic(line: String, body: String?) throws(PyError) -> Value {
        let opts = try options(line, "n:r:tcp:qov:")
        if opts.rest.isEmpty && body == nil { return .none }
        let setup = body == nil ? "pass" : (opts.rest.isEmpty ? "pass" : CellSource.transform(opts.rest))
        let statement = CellSource.transform(body ?? opts.rest)
        let number = try integerOption(opts, "n") ?? 0
        let repeatCount = try integerOption(opts, "r") ?? 7
        let precision = try integerOption(opts, "p") ?? 3
        // Compiled on their own first, so a syntax error points at the user's code, not at the harness.
        _ = try interp.compile(setup, filename: "<magic-timeit-setup>", mode: .exec)
        _ = try interp.compile(statement, filename: "<magic-timeit-stmt>", mode: .exec)
        func indented(_ code: String, _ by: String) -> String {
            code.split(separator: "\n", omittingEmptySubsequences: false).map { by + $0 }.joined(separator: "\n")
        }
        let harness = "def inner(_it, _timer):\n\(indented(setup, "    "))\n    _t0 = _timer()\n    for _i in _it:\n"
            + "\(indented(statement, "        "))\n    _t1 = _timer()\n    return _t1 - _t0\n"
        let compileStart = clock.monotonicSeconds()
        let code = try interp.compile(harness, filename: "<magic-timeit>", mode: .exec)
        let compileTime = clock.monotonicSeconds() - compileStart
        let locals = PyDict()
        try interp.run(code, globals: namespace, locals: locals)
        guard let inner = locals.getItem("inner") else { throw .runtimeError("timeit harness missing") }
        let timer = timerFunction(opts)
        func run(_ loops: Int) throws(PyError) -> Double {
            let range = PyRange(start: 0, stop: loops, step: 1)
            return try interp.floatArgument(try interp.call(inner, [.object(range), timer]))
        }
        var loops = number
        if loops == 0 {
            for index in 0..<10 {
                loops = Int(pow(10.0, Double(index)))
                if try run(loops) >= 0.2 { break }
            }
        }
        var runs: [Double] = []
        for _ in 0..<max(1, repeatCount) { runs.append(try run(loops)) }
        let best = runs.min()! / Double(loops)
        let worst = runs.max()! / Double(loops)
        let result = try makeHelper(
            "TimeitResult",
            [.int(loops), .int(max(1, repeatCount)), .float(best), .float(worst), .object(PyList(runs.map { .float($0) })),
             .float(compileTime), .int(precision)])
        if !opts.flags.contains("q") {
            if worst > 4 * best && best > 0 && worst > 1e-6 {
                write("The slowest run took \(TimeFormat.formatFixed(worst / best, digits: 2)) times longer than the "
                    + "fastest. This could mean that an intermediate result is being cached.\n")
            }
            write(try interp.str(result) + "\n")
            if compileTime > 0.1 { write("Compiler time: \(TimeFormat.formatFixed(compileTime, digits: 2)) s\n") }
        }
        if let name = opts.values["v"] { namespace.setItem(name, result) }
        return opts.flags.contains("o") ? result : .none
    }

    func integerOption(_ opts: MagicOptions, _ letter: Character) throws(PyError) -> Int? {
        guard let text = opts.values[letter] else { return nil }
        guard let v = Int(text) else { throw .valueError("invalid literal for int() with base 10: '\(text)'") }
        return v
    }

    /// The timer `%timeit` passes to its harness: perf_counter (default), time.time (`-t`) or CPU time (`-c`).
    func timerFunction(_ opts: MagicOptions) -> Value {
        let clock = self.clock
        let useWall = opts.flags.contains("t")
        let useCPU = opts.flags.contains("c")
        return .object(
            PyBuiltinFunction(name: "timer", module: "_cellengine") { (_, _) throws(PyError) -> Value in
                if useWall { return .float(clock.wallSeconds()) }
                if useCPU {
                    let t = clock.cpuSeconds()
                    return .float(t.user + t.system)
                }
                return .float(clock.monotonicSeconds())
            })
    }
}

extension TimeFormat {
    /// C's `%.*f`.
    static func formatFixed(_ value: Double, digits: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([Int32(digits), value]) { args in vsnprintf(&buffer, buffer.count, "%.*f", args) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
