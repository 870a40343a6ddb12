/// `str.format` and `str.format_map`: CPython's replacement-field grammar
/// (`{name[key].attr!conversion:spec}`), automatic and manual numbering, nested fields in specs (two levels),
/// and its error messages.
extension Interpreter {
    /// Format `template`. `positional` are the positional arguments; `keyword` looks up a named field
    /// (str.format: the keyword arguments; format_map: `mapping[name]`). `isMapping` rejects positional
    /// fields as format_map does.
    func formatString(
        _ template: String, positional: [Value], isMapping: Bool,
        keyword: (String) throws(PyError) -> Value
    ) throws(PyError) -> String {
        var state = FieldNumbering()
        return try renderFormat(
            Array(template.unicodeScalars), positional: positional, isMapping: isMapping, keyword: keyword,
            numbering: &state, depth: 2)
    }

    /// Automatic (`{}`) versus manual (`{0}`) numbering, shared by nested fields.
    struct FieldNumbering {
        var next = 0
        var usedAuto = false
        var usedManual = false
    }

    private func renderFormat(
        _ chars: [Unicode.Scalar], positional: [Value], isMapping: Bool, keyword: (String) throws(PyError) -> Value,
        numbering: inout FieldNumbering, depth: Int
    ) throws(PyError) -> String {
        if depth <= 0 { throw .valueError("Max string recursion exceeded") }
        var out = String.UnicodeScalarView()
        var i = 0
        let n = chars.count
        while i < n {
            let c = chars[i]
            if c == "}" {
                if i + 1 < n && chars[i + 1] == "}" {
                    out.append("}")
                    i += 2
                    continue
                }
                throw .valueError("Single '}' encountered in format string")
            }
            if c != "{" {
                out.append(c)
                i += 1
                continue
            }
            if i + 1 < n && chars[i + 1] == "{" {
                out.append("{")
                i += 2
                continue
            }
            if i + 1 >= n { throw .valueError("Single '{' encountered in format string") }
            // The field: its name (brackets may hide ':' '!' '{' '}'), conversion, and spec (nested braces).
            var j = i + 1
            let nameStart = j
            var nameEnd = -1
            var conversion: Unicode.Scalar?
            var specStart = -1
            var end = -1
            while j < n {
                let d = chars[j]
                if d == "[" {
                    while j < n && chars[j] != "]" { j += 1 }
                    if j < n { j += 1 }
                    continue
                }
                if d == "{" { throw .valueError("unexpected '{' in field name") }
                if d == "}" {
                    nameEnd = j
                    end = j
                    break
                }
                if d == "!" || d == ":" {
                    nameEnd = j
                    break
                }
                j += 1
            }
            if nameEnd < 0 { throw .valueError("expected '}' before end of string") }
            if end < 0 {
                if chars[j] == "!" {
                    guard j + 1 < n else { throw .valueError("unmatched '{' in format spec") }
                    conversion = chars[j + 1]
                    j += 2
                    guard j < n else { throw .valueError("unmatched '{' in format spec") }
                    if chars[j] != ":" && chars[j] != "}" { throw .valueError("expected ':' after conversion specifier") }
                }
                if chars[j] == ":" {
                    j += 1
                    specStart = j
                    var level = 1
                    while j < n {
                        if chars[j] == "{" { level += 1 }
                        if chars[j] == "}" {
                            level -= 1
                            if level == 0 { break }
                        }
                        j += 1
                    }
                    if j >= n { throw .valueError("unmatched '{' in format spec") }
                }
                end = j
            }
            var value = try resolveField(
                Array(chars[nameStart..<nameEnd]), positional: positional, isMapping: isMapping, keyword: keyword,
                numbering: &numbering)
            if let conv = conversion {
                switch conv {
                case "r": value = .str(try repr(value))
                case "s": value = .str(try str(value))
                case "a": value = .str(Self.asciiOnly(try repr(value)))
                default: throw .valueError("Unknown conversion specifier \(Character(conv))")
                }
            }
            var spec = ""
            if specStart >= 0 {
                let specChars = Array(chars[specStart..<end])
                spec = specChars.contains("{")
                    ? try renderFormat(
                        specChars, positional: positional, isMapping: isMapping, keyword: keyword,
                        numbering: &numbering, depth: depth - 1)
                    : String(String.UnicodeScalarView(specChars))
            }
            out.append(contentsOf: try format(value, spec).unicodeScalars)
            i = end + 1
        }
        return String(out)
    }

    /// The value named by a field: `0`, `name`, `` (automatic), then `.attr` and `[key]` accessors.
    private func resolveField(
        _ name: [Unicode.Scalar], positional: [Value], isMapping: Bool, keyword: (String) throws(PyError) -> Value,
        numbering: inout FieldNumbering
    ) throws(PyError) -> Value {
        var k = 0
        while k < name.count && name[k] != "." && name[k] != "[" { k += 1 }
        let head = String(String.UnicodeScalarView(name[0..<k]))
        func isDigits(_ s: String) -> Bool { !s.isEmpty && s.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } }
        var value: Value
        if head.isEmpty || isDigits(head) {
            if isMapping { throw .valueError("Format string contains positional fields") }
            let index: Int
            if head.isEmpty {
                if numbering.usedManual {
                    throw .valueError("cannot switch from manual field specification to automatic field numbering")
                }
                numbering.usedAuto = true
                index = numbering.next
                numbering.next += 1
            } else {
                if numbering.usedAuto {
                    throw .valueError("cannot switch from automatic field numbering to manual field specification")
                }
                numbering.usedManual = true
                guard let i = Int(head) else { throw .valueError("Too many decimal digits in format string") }
                index = i
            }
            guard index < positional.count else {
                throw .indexError("Replacement index \(index) out of range for positional args tuple")
            }
            value = positional[index]
        } else {
            value = try keyword(head)
        }
        while k < name.count {
            if name[k] == "." {
                var e = k + 1
                while e < name.count && name[e] != "." && name[e] != "[" { e += 1 }
                let attr = String(String.UnicodeScalarView(name[(k + 1)..<e]))
                if attr.isEmpty { throw .valueError("Empty attribute in format string") }
                value = try getAttribute(value, attr)
                k = e
            } else {
                var e = k + 1
                while e < name.count && name[e] != "]" { e += 1 }
                if e >= name.count { throw .valueError("Missing ']' in format string") }
                let key = String(String.UnicodeScalarView(name[(k + 1)..<e]))
                if key.isEmpty { throw .valueError("Empty attribute in format string") }
                value = try getItem(value, isDigits(key) ? .int(Int(key) ?? 0) : .str(key))
                k = e + 1
                if k < name.count && name[k] != "." && name[k] != "[" {
                    throw .valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
            }
        }
        return value
    }
}
