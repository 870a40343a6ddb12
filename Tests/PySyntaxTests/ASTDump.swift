import PySyntax

/// A compact, `ast.dump`-like rendering of the AST, used by the tests to assert on tree shapes.
///
/// Node and operator names follow CPython's `ast` module (`BinOp(Name('a'), Add, Constant(1))`) so that
/// expected strings can be checked against what `python3 -c 'import ast; ...'` prints. With `positions`,
/// every expression and statement is followed by `@line:col-line:col`.
struct ASTDumper {
    var positions = false

    static func dump(_ module: Module, positions: Bool = false) -> String {
        ASTDumper(positions: positions).stmts(module.body)
    }

    static func dump(_ expr: Expr, positions: Bool = false) -> String {
        ASTDumper(positions: positions).expr(expr)
    }

    func pos(_ r: SourceRange) -> String {
        positions ? "@\(r.start.line):\(r.start.column)-\(r.end.line):\(r.end.column)" : ""
    }

    func opt(_ e: Expr?) -> String { e.map(expr) ?? "None" }
    func exprs(_ es: [Expr]) -> String { "[" + es.map(expr).joined(separator: ", ") + "]" }
    func stmts(_ ss: [Stmt]) -> String { "[" + ss.map(stmt).joined(separator: ", ") + "]" }
    func str(_ s: String?) -> String { s.map(pyRepr) ?? "None" }

    func binop(_ op: BinaryOperator) -> String {
        switch op {
        case .add: "Add"
        case .sub: "Sub"
        case .mul: "Mult"
        case .matMul: "MatMult"
        case .trueDiv: "Div"
        case .floorDiv: "FloorDiv"
        case .mod: "Mod"
        case .pow: "Pow"
        case .lShift: "LShift"
        case .rShift: "RShift"
        case .bitOr: "BitOr"
        case .bitXor: "BitXor"
        case .bitAnd: "BitAnd"
        }
    }

    func cmpop(_ op: CompareOperator) -> String {
        switch op {
        case .eq: "Eq"
        case .notEq: "NotEq"
        case .lt: "Lt"
        case .ltE: "LtE"
        case .gt: "Gt"
        case .gtE: "GtE"
        case .is: "Is"
        case .isNot: "IsNot"
        case .in: "In"
        case .notIn: "NotIn"
        }
    }

    func constant(_ c: ConstantValue) -> String {
        switch c {
        case .none: "None"
        case .bool(let b): b ? "True" : "False"
        case .ellipsis: "Ellipsis"
        case .int(let v): String(v)
        case .bigInt(let s): s
        case .float(let d): floatRepr(d)
        case .imaginary(let d): floatRepr(d).replacingSuffix(".0", with: "") + "j"
        case .str(let s): pyRepr(s)
        case .bytes(let b): bytesRepr(b)
        }
    }

    func comprehension(_ g: Comprehension) -> String {
        "comprehension(\(expr(g.target)), \(expr(g.iter)), \(exprs(g.ifs)), \(g.isAsync ? 1 : 0))"
    }

    func keyword(_ k: Keyword) -> String { "keyword(\(str(k.name)), \(expr(k.value)))\(pos(k.range))" }

    func arg(_ a: Arg?) -> String {
        guard let a else { return "None" }
        return "arg(\(pyRepr(a.name)), \(opt(a.annotation)))\(pos(a.range))"
    }

    func arguments(_ a: Arguments) -> String {
        let kwd = "[" + a.kwDefaults.map(opt).joined(separator: ", ") + "]"
        return "arguments([\(a.posOnly.map(arg).joined(separator: ", "))], [\(a.args.map(arg).joined(separator: ", "))], "
            + "\(arg(a.vararg)), [\(a.kwOnly.map(arg).joined(separator: ", "))], \(kwd), \(arg(a.kwarg)), \(exprs(a.defaults)))"
    }

    func expr(_ e: Expr) -> String {
        let body: String
        switch e.kind {
        case .name(let n): body = "Name(\(pyRepr(n)))"
        case .constant(let c): body = "Constant(\(constant(c)))"
        case .joinedStr(let parts): body = "JoinedStr(\(exprs(parts)))"
        case .formattedValue(let v, let conv, let spec):
            let c = conv.map { String($0.unicodeScalars.first!.value) } ?? "-1"
            body = "FormattedValue(\(expr(v)), \(c), \(opt(spec)))"
        case .tuple(let es): body = "Tuple(\(exprs(es)))"
        case .list(let es): body = "List(\(exprs(es)))"
        case .set(let es): body = "Set(\(exprs(es)))"
        case .dict(let keys, let values):
            body = "Dict([\(keys.map(opt).joined(separator: ", "))], \(exprs(values)))"
        case .starred(let v): body = "Starred(\(expr(v)))"
        case .attribute(let v, let n): body = "Attribute(\(expr(v)), \(pyRepr(n)))"
        case .subscript(let v, let s): body = "Subscript(\(expr(v)), \(expr(s)))"
        case .slice(let l, let u, let s): body = "Slice(\(opt(l)), \(opt(u)), \(opt(s)))"
        case .call(let f, let args, let kws):
            body = "Call(\(expr(f)), \(exprs(args)), [\(kws.map(keyword).joined(separator: ", "))])"
        case .binOp(let l, let op, let r): body = "BinOp(\(expr(l)), \(binop(op)), \(expr(r)))"
        case .unaryOp(let op, let v):
            let name = switch op {
            case .invert: "Invert"
            case .not: "Not"
            case .plus: "UAdd"
            case .minus: "USub"
            }
            body = "UnaryOp(\(name), \(expr(v)))"
        case .boolOp(let op, let vs): body = "BoolOp(\(op == .and ? "And" : "Or"), \(exprs(vs)))"
        case .compare(let l, let ops, let cs):
            body = "Compare(\(expr(l)), [\(ops.map(cmpop).joined(separator: ", "))], \(exprs(cs)))"
        case .ifExp(let t, let b, let o): body = "IfExp(\(expr(t)), \(expr(b)), \(expr(o)))"
        case .lambda(let a, let b): body = "Lambda(\(arguments(a)), \(expr(b)))"
        case .listComp(let e, let gs): body = "ListComp(\(expr(e)), [\(gs.map(comprehension).joined(separator: ", "))])"
        case .setComp(let e, let gs): body = "SetComp(\(expr(e)), [\(gs.map(comprehension).joined(separator: ", "))])"
        case .generatorExp(let e, let gs):
            body = "GeneratorExp(\(expr(e)), [\(gs.map(comprehension).joined(separator: ", "))])"
        case .dictComp(let k, let v, let gs):
            body = "DictComp(\(expr(k)), \(expr(v)), [\(gs.map(comprehension).joined(separator: ", "))])"
        case .await(let v): body = "Await(\(expr(v)))"
        case .yield(let v): body = "Yield(\(opt(v)))"
        case .yieldFrom(let v): body = "YieldFrom(\(expr(v)))"
        case .namedExpr(let t, let v): body = "NamedExpr(\(expr(t)), \(expr(v)))"
        }
        return body + pos(e.range)
    }

    func stmt(_ s: Stmt) -> String {
        let body: String
        switch s.kind {
        case .expr(let e): body = "Expr(\(expr(e)))"
        case .assign(let ts, let v): body = "Assign(\(exprs(ts)), \(expr(v)))"
        case .augAssign(let t, let op, let v): body = "AugAssign(\(expr(t)), \(binop(op)), \(expr(v)))"
        case .annAssign(let t, let a, let v, let simple):
            body = "AnnAssign(\(expr(t)), \(expr(a)), \(opt(v)), \(simple ? 1 : 0))"
        case .functionDef(let f):
            body = "\(f.isAsync ? "AsyncFunctionDef" : "FunctionDef")(\(pyRepr(f.name)), \(arguments(f.args)), "
                + "\(stmts(f.body)), \(exprs(f.decorators)), \(opt(f.returns)))"
        case .classDef(let c):
            body = "ClassDef(\(pyRepr(c.name)), \(exprs(c.bases)), [\(c.keywords.map(keyword).joined(separator: ", "))], "
                + "\(stmts(c.body)), \(exprs(c.decorators)))"
        case .return(let v): body = "Return(\(opt(v)))"
        case .delete(let ts): body = "Delete(\(exprs(ts)))"
        case .if(let t, let b, let o): body = "If(\(expr(t)), \(stmts(b)), \(stmts(o)))"
        case .while(let t, let b, let o): body = "While(\(expr(t)), \(stmts(b)), \(stmts(o)))"
        case .for(let t, let i, let b, let o, let isAsync):
            body = "\(isAsync ? "AsyncFor" : "For")(\(expr(t)), \(expr(i)), \(stmts(b)), \(stmts(o)))"
        case .with(let items, let b, let isAsync):
            let its = items.map { "withitem(\(expr($0.contextExpr)), \(opt($0.optionalVars)))" }
            body = "\(isAsync ? "AsyncWith" : "With")([\(its.joined(separator: ", "))], \(stmts(b)))"
        case .raise(let e, let c): body = "Raise(\(opt(e)), \(opt(c)))"
        case .try(let b, let hs, let o, let f):
            let handlers = hs.map { "ExceptHandler(\(opt($0.type)), \(str($0.name)), \(stmts($0.body)))\(pos($0.range))" }
            body = "Try(\(stmts(b)), [\(handlers.joined(separator: ", "))], \(stmts(o)), \(stmts(f)))"
        case .assert(let t, let m): body = "Assert(\(expr(t)), \(opt(m)))"
        case .import(let names): body = "Import([\(names.map(alias).joined(separator: ", "))])"
        case .importFrom(let m, let names, let level):
            body = "ImportFrom(\(str(m)), [\(names.map(alias).joined(separator: ", "))], \(level))"
        case .global(let ns): body = "Global([\(ns.map(pyRepr).joined(separator: ", "))])"
        case .nonlocal(let ns): body = "Nonlocal([\(ns.map(pyRepr).joined(separator: ", "))])"
        case .pass: body = "Pass"
        case .break: body = "Break"
        case .continue: body = "Continue"
        }
        return body + pos(s.range)
    }

    func alias(_ a: Alias) -> String { "alias(\(pyRepr(a.name)), \(str(a.asName)))\(pos(a.range))" }
}

extension String {
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}

/// Python's `repr` of a float, close enough for literals in tests.
func floatRepr(_ d: Double) -> String {
    if d.isInfinite { return d > 0 ? "inf" : "-inf" }
    if d.isNaN { return "nan" }
    var s = "\(d)"
    if let e = s.firstIndex(of: "e") {
        // Swift writes 1e-05 like Python; drop a ".0" mantissa ("1.0e+16" -> "1e+16").
        let mantissa = s[..<e].replacingOccurrences(".0", "")
        s = mantissa + s[e...]
    }
    return s
}

extension Substring {
    func replacingOccurrences(_ a: String, _ b: String) -> String {
        String(self).hasSuffix(a) ? String(self.dropLast(a.count)) + b : String(self)
    }
}

func isPrintable(_ u: Unicode.Scalar) -> Bool {
    if u.value < 0x20 || u.value == 0x7F { return false }
    if u.value < 0x7F { return true }
    switch u.properties.generalCategory {
    case .control, .format, .unassigned, .surrogate, .privateUse, .lineSeparator, .paragraphSeparator,
         .spaceSeparator:
        return false
    default:
        return true
    }
}

/// Python's `repr` of a str.
func pyRepr(_ s: String) -> String {
    let useDouble = s.contains("'") && !s.contains("\"")
    let q: Character = useDouble ? "\"" : "'"
    var out = String(q)
    for u in s.unicodeScalars {
        switch u {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "'" where !useDouble: out += "\\'"
        default:
            if isPrintable(u) {
                out.unicodeScalars.append(u)
            } else if u.value < 0x100 {
                out += "\\x" + hex(u.value, 2)
            } else if u.value < 0x10000 {
                out += "\\u" + hex(u.value, 4)
            } else {
                out += "\\U" + hex(u.value, 8)
            }
        }
    }
    out.append(q)
    return out
}

func bytesRepr(_ b: [UInt8]) -> String {
    let useDouble = b.contains(39) && !b.contains(34)
    var out = useDouble ? "b\"" : "b'"
    for c in b {
        switch c {
        case 92: out += "\\\\"
        case 10: out += "\\n"
        case 13: out += "\\r"
        case 9: out += "\\t"
        case 39 where !useDouble: out += "\\'"
        case 32..<127: out.unicodeScalars.append(Unicode.Scalar(c))
        default: out += "\\x" + hex(UInt32(c), 2)
        }
    }
    return out + (useDouble ? "\"" : "'")
}

func hex(_ v: UInt32, _ width: Int) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
