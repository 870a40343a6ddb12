import PySyntax

/// The `from __future__ import ...` features of a module, checked as CPython's `future.c` does.
///
/// Only `annotations` changes code generation (annotations are stored as strings, not evaluated); the
/// other features are accepted for compatibility and are always on in Python 3.
struct FutureFeatures: Sendable {
    static let known: Set<String> = [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ]

    var annotations = false
    /// The line of the last `from __future__` statement of the module prefix (0 if none); such imports on later
    /// lines are errors.
    var lastLine: Int32 = 0

    init() {}

    /// Reads the future statements at the start of `body` (after an optional docstring).
    init(_ body: [Stmt], reporter: ErrorReporter) throws(SyntaxError) {
        for (i, s) in body.enumerated() {
            if i == 0, case .expr(let e) = s.kind, case .constant(.str) = e.kind { continue }
            guard case .importFrom(let module, let aliases, let level) = s.kind, module == "__future__", level == 0
            else { break }
            for alias in aliases {
                if alias.name == "braces" { throw reporter.error("not a chance", at: s.range) }
                guard Self.known.contains(alias.name) else {
                    throw reporter.error("future feature \(alias.name) is not defined", at: s.range)
                }
                if alias.name == "annotations" { annotations = true }
            }
            lastLine = s.range.start.line
        }
    }
}

/// Turns an annotation expression back into source text, for `from __future__ import annotations`.
///
/// The output follows CPython's `ast_unparse.c` (what `__annotations__` contains under that future import):
/// operator precedence decides parentheses, tuples in subscripts lose theirs, strings use `repr`.
enum Unparser {
    /// Binding strength, weakest first (`ast_unparse.c`'s `PR_*`).
    private enum Level: Int, Comparable {
        case tuple, test, or, and, not, cmp, bor, bxor, band, shift, arith, term, factor, power, await, atom

        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        var next: Level { Level(rawValue: rawValue + 1) ?? .atom }
    }

    static func unparse(_ e: Expr) -> String {
        var out = ""
        append(e, .test, &out)
        return out
    }

    private static func append(_ e: Expr, _ level: Level, _ out: inout String) {
        func paren(_ pr: Level, _ body: (inout String) -> Void) {
            if level > pr { out += "(" }
            body(&out)
            if level > pr { out += ")" }
        }
        func list(_ items: [Expr], _ itemLevel: Level) {
            for (i, x) in items.enumerated() {
                if i > 0 { out += ", " }
                append(x, itemLevel, &out)
            }
        }
        switch e.kind {
        case .name(let id):
            out += id
        case .constant(let v):
            out += constantText(v)
        case .joinedStr, .formattedValue:
            out += "f" + CodeObject.repr(.str(fstringBody(e)))
        case .tuple(let elts):
            if elts.isEmpty {
                out += "()"
                return
            }
            paren(.tuple) { o in
                list(elts, .test)
                if elts.count == 1 { o += "," }
            }
        case .list(let elts):
            out += "["
            list(elts, .test)
            out += "]"
        case .set(let elts):
            out += "{"
            list(elts, .test)
            out += "}"
        case .dict(let keys, let values):
            out += "{"
            for (i, v) in values.enumerated() {
                if i > 0 { out += ", " }
                if i < keys.count, let k = keys[i] {
                    append(k, .test, &out)
                    out += ": "
                    append(v, .test, &out)
                } else {
                    out += "**"
                    append(v, .bor, &out)
                }
            }
            out += "}"
        case .starred(let v):
            out += "*"
            append(v, .bor, &out)
        case .attribute(let v, let attr):
            append(v, .atom, &out)
            if case .constant(.int) = v.kind { out += " ." } else { out += "." }
            out += attr
        case .subscript(let v, let index):
            append(v, .atom, &out)
            out += "["
            append(index, .tuple, &out)
            out += "]"
        case .slice(let lower, let upper, let step):
            if let lower { append(lower, .test, &out) }
            out += ":"
            if let upper { append(upper, .test, &out) }
            if let step {
                out += ":"
                append(step, .test, &out)
            }
        case .call(let function, let args, let keywords):
            append(function, .atom, &out)
            if args.count == 1, keywords.isEmpty, case .generatorExp = args[0].kind {
                append(args[0], .test, &out)
                return
            }
            out += "("
            list(args, .test)
            for (i, k) in keywords.enumerated() {
                if i > 0 || !args.isEmpty { out += ", " }
                if let name = k.name {
                    out += name + "="
                    append(k.value, .test, &out)
                } else {
                    out += "**"
                    append(k.value, .bor, &out)
                }
            }
            out += ")"
        case .binOp(let l, let op, let r):
            let pr: Level =
                switch op {
                case .bitOr: .bor
                case .bitXor: .bxor
                case .bitAnd: .band
                case .lShift, .rShift: .shift
                case .add, .sub: .arith
                case .mul, .matMul, .trueDiv, .mod, .floorDiv: .term
                case .pow: .power
                }
            let rightAssociative = op == .pow
            paren(pr) { o in
                append(l, rightAssociative ? pr.next : pr, &o)
                o += " \(op.symbol) "
                append(r, rightAssociative ? pr : pr.next, &o)
            }
        case .unaryOp(let op, let operand):
            let (text, pr): (String, Level) =
                switch op {
                case .invert: ("~", .factor)
                case .not: ("not ", .not)
                case .plus: ("+", .factor)
                case .minus: ("-", .factor)
                }
            paren(pr) { o in
                o += text
                append(operand, pr, &o)
            }
        case .boolOp(let op, let values):
            let pr: Level = op == .and ? .and : .or
            paren(pr) { o in
                for (i, v) in values.enumerated() {
                    if i > 0 { o += op == .and ? " and " : " or " }
                    append(v, pr.next, &o)
                }
            }
        case .compare(let left, let ops, let comparators):
            paren(.cmp) { o in
                append(left, .bor, &o)
                for (op, c) in zip(ops, comparators) {
                    o += " \(op.symbol) "
                    append(c, .bor, &o)
                }
            }
        case .ifExp(let test, let body, let orElse):
            paren(.test) { o in
                append(body, .or, &o)
                o += " if "
                append(test, .or, &o)
                o += " else "
                append(orElse, .test, &o)
            }
        case .lambda(let args, let body):
            paren(.test) { o in
                let params = parameters(args)
                o += params.isEmpty ? "lambda" : "lambda " + params
                o += ": "
                append(body, .test, &o)
            }
        case .listComp(let elt, let gens):
            out += "["
            append(elt, .test, &out)
            comprehension(gens, &out)
            out += "]"
        case .setComp(let elt, let gens):
            out += "{"
            append(elt, .test, &out)
            comprehension(gens, &out)
            out += "}"
        case .dictComp(let key, let value, let gens):
            out += "{"
            append(key, .test, &out)
            out += ": "
            append(value, .test, &out)
            comprehension(gens, &out)
            out += "}"
        case .generatorExp(let elt, let gens):
            out += "("
            append(elt, .test, &out)
            comprehension(gens, &out)
            out += ")"
        case .await(let value):
            paren(.await) { o in
                o += "await "
                append(value, .atom, &o)
            }
        case .yield(let value):
            out += value == nil ? "(yield)" : "(yield "
            if let value {
                append(value, .test, &out)
                out += ")"
            }
        case .yieldFrom(let value):
            out += "(yield from "
            append(value, .test, &out)
            out += ")"
        case .namedExpr(let target, let value):
            paren(.tuple) { o in
                append(target, .atom, &o)
                o += " := "
                append(value, .atom, &o)
            }
        }
    }

    private static func comprehension(_ gens: [Comprehension], _ out: inout String) {
        for g in gens {
            out += g.isAsync ? " async for " : " for "
            append(g.target, .tuple, &out)
            out += " in "
            append(g.iter, .or, &out)
            for cond in g.ifs {
                out += " if "
                append(cond, .or, &out)
            }
        }
    }

    private static func parameters(_ args: Arguments) -> String {
        var parts: [String] = []
        let positional = args.posOnly + args.args
        let firstDefault = positional.count - args.defaults.count
        for (i, a) in positional.enumerated() {
            var text = a.name
            if i >= firstDefault { text += "=" + unparse(args.defaults[i - firstDefault]) }
            parts.append(text)
            if !args.posOnly.isEmpty && i == args.posOnly.count - 1 { parts.append("/") }
        }
        if let v = args.vararg {
            parts.append("*" + v.name)
        } else if !args.kwOnly.isEmpty {
            parts.append("*")
        }
        for (i, a) in args.kwOnly.enumerated() {
            var text = a.name
            if i < args.kwDefaults.count, let d = args.kwDefaults[i] { text += "=" + unparse(d) }
            parts.append(text)
        }
        if let k = args.kwarg { parts.append("**" + k.name) }
        return parts.joined(separator: ", ")
    }

    private static func constantText(_ v: ConstantValue) -> String {
        switch v {
        case .ellipsis: return "..."
        case .float(let d) where d.isInfinite: return d < 0 ? "-1e309" : "1e309"
        case .imaginary(let d) where d.isInfinite: return "1e309j"
        default: return CodeObject.repr(CodeGenerator.constant(v))
        }
    }

    /// The text between the quotes of an f-string.
    private static func fstringBody(_ e: Expr) -> String {
        switch e.kind {
        case .joinedStr(let parts):
            return parts.map(fstringBody).joined()
        case .constant(.str(let s)):
            return s.replacingBraces()
        case .formattedValue(let value, let conversion, let spec):
            var text = "{"
            let inner = unparse(value)
            text += inner.hasPrefix("{") ? " " + inner : inner
            if let conversion { text += "!" + String(conversion) }
            if let spec { text += ":" + fstringBody(spec) }
            return text + "}"
        default:
            return "{" + unparse(e) + "}"
        }
    }
}

extension String {
    fileprivate func replacingBraces() -> String {
        var out = ""
        for c in self {
            if c == "{" {
                out += "{{"
            } else if c == "}" {
                out += "}}"
            } else {
                out.append(c)
            }
        }
        return out
    }
}
