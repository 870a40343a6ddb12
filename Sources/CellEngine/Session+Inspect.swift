import PyLibrary
import PyRuntime

/// What Jupyter's `inspect_request` (Shift-Tab, `obj?` in a console) shows for the object under the cursor.
public struct Inspection: Equatable, Sendable {
    /// IPython's `pinfo` layout: `Signature:`, `Docstring:`, `File:`, `Type:`... one field per line, labels in
    /// red (ANSI) as ipykernel sends them.
    public var text: String
    /// The dotted name that was inspected.
    public var name: String
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

extension Session {
    /// Inspect the object named at `cursor` (code points) in `code`: the dotted name the cursor is on, else the
    /// function whose call the cursor is inside (`f(1, |`). Names are looked up without calling anything.
    /// - Parameter detailLevel: 0 shows the docstring; 1 shows the source of functions defined in cells.
    /// - Returns: nil when there is no name there or it is not defined.
    public func inspect(_ code: String, cursor: Int, detailLevel: Int = 0) -> Inspection? {
        let scalars = Array(code.unicodeScalars)
        let position = min(max(0, cursor), scalars.count)
        guard let dotted = Self.inspectedName(scalars, position), let value = resolve(dotted) else { return nil }
        let name = dotted.joined(separator: ".")
        do throws(PyError) {
            let module = try interp.importSingle(InspectModule.name)
            let pinfo = try interp.getAttribute(module, "_pinfo")
            let fields = try interp.call(pinfo, [value, .str(name), .int(detailLevel)])
            guard let list = fields.asList else { return nil }
            var pairs: [(String, String)] = []
            for item in list.items {
                guard let t = item.asTuple, t.items.count == 2, let label = t.items[0].asStr?.string,
                    let text = t.items[1].asStr?.string
                else { continue }
                pairs.append((label, text))
            }
            return Inspection(text: Self.pinfoText(pairs), name: name)
        } catch {
            return nil
        }
    }

    /// Fields laid out as IPython does: labels padded to one column; a value of several lines starts on the
    /// line after its label.
    static func pinfoText(_ fields: [(String, String)]) -> String {
        let width = (fields.map { $0.0.count + 1 }.max() ?? 0) + 1
        var lines: [String] = []
        for (label, value) in fields {
            let head = label + ":"
            if value.contains("\n") {
                lines.append(red(head) + String(repeating: " ", count: width - 1 - head.count) + "\n" + value)
            } else {
                lines.append(red(head) + String(repeating: " ", count: width - head.count) + value)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func red(_ s: String) -> String { "\u{1b}[31m" + s + "\u{1b}[39m" }

    /// The dotted name at `position`, or the called name when the cursor is inside a call's parentheses.
    static func inspectedName(_ s: [Unicode.Scalar], _ position: Int) -> [String]? {
        var end = position
        while end < s.count, CompletionContext.isIdentifier(s[end]) { end += 1 }
        let here = CompletionContext.dottedName(endingAt: end, in: s)
        if !here.isEmpty { return here }
        // Inside a call: the name before the innermost unclosed parenthesis.
        var depth = 0
        var i = position - 1
        while i >= 0 {
            switch s[i] {
            case ")", "]", "}": depth += 1
            case "[", "{": depth -= 1
            case "(":
                if depth == 0 {
                    var nameEnd = i
                    while nameEnd > 0, s[nameEnd - 1] == " " { nameEnd -= 1 }
                    let called = CompletionContext.dottedName(endingAt: nameEnd, in: s)
                    return called.isEmpty ? nil : called
                }
                depth -= 1
            default: break
            }
            i -= 1
        }
        return nil
    }

    /// A cell that is only a help request, `name?` or `?name` (detail 0) or `name??` (detail 1).
    static func helpRequest(_ source: String) -> (name: String, detail: Int)? {
        var text = Substring(source.trimmingWhitespace())
        guard !text.contains("\n"), text.hasSuffix("?") || text.hasPrefix("?") else { return nil }
        var detail = 0
        if text.hasSuffix("??") {
            detail = 1
            text = text.dropLast(2)
        } else if text.hasSuffix("?") {
            text = text.dropLast()
        } else if text.hasPrefix("??") {
            detail = 1
            text = text.dropFirst(2)
        } else {
            text = text.dropFirst()
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ part in
            guard let first = part.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
            return part.unicodeScalars.allSatisfy(CompletionContext.isIdentifier)
        }) else { return nil }
        return (String(text), detail)
    }

    /// `_cellengine_source(filename, firstline)`: the block of a `def`/`class` starting at `firstline` in a
    /// cell's source (detail level 1), or None.
    func definitionSource(_ args: Args) throws(PyError) -> Value {
        try args.expect(InspectModule.sourceFunction, min: 2, max: 2)
        guard let filename = args[0].asStr?.string, case .int(let first) = args[1] else { return .none }
        var lines: [String] = []
        var n = first
        while let line = SourceCache.shared.line(filename, n) {
            if n > first, let c = line.first, c != " " && c != "\t" && c != "#" && c != ")" { break }
            lines.append(line)
            n += 1
        }
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines.isEmpty ? .none : .str(lines.joined(separator: "\n"))
    }

    func installInspectBuiltins() {
        InspectModule.register()
        let source = PyBuiltinFunction(name: InspectModule.sourceFunction, module: "builtins") {
            [unowned self] (_, args) throws(PyError) -> Value in try self.definitionSource(args)
        }
        interp.builtins.setItem(InspectModule.sourceFunction, .object(source))
    }
}

/// The Python half of inspection (module `_cellengine_inspect`): which fields an object gets.
enum InspectModule {
    static let name = "_cellengine_inspect"
    static let sourceFunction = "_cellengine_source"

    static func register() {
        EngineModules.once(name) { EngineModules.registerSource(name, source) }
    }

    static let source = #"""
import inspect as _inspect


def _doc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str) or not doc:
        return None
    if not isinstance(obj, type) and type(obj).__doc__ is object.__doc__ and doc is object.__doc__:
        return None
    return _inspect.cleandoc(doc)


def _signature(name, obj):
    try:
        return name + str(_inspect.signature(obj))
    except Exception:
        return None


def _short(text, limit=200):
    return text if len(text) <= limit else text[:limit // 2 - 3] + "<...>" + text[-(limit // 2 - 3):]


def _pinfo(obj, name, detail_level):
    fields = []
    if isinstance(obj, type):
        init = obj.__dict__.get("__init__")
        sig = _signature(name, obj)
        if sig is not None:
            fields.append(("Init signature", sig))
        fields.append(("Docstring", _doc(obj) or "<no docstring>"))
        if init is not None and _doc(init):
            fields.append(("Init docstring", _doc(init)))
        fields.append(("Type", type(obj).__name__))
        try:
            subclasses = ", ".join(c.__name__ for c in obj.__subclasses__())
        except Exception:
            subclasses = ""
        fields.append(("Subclasses", subclasses))
        return fields
    if callable(obj) and not hasattr(obj, "__len__"):
        sig = _signature(name, obj)
        if sig is not None:
            fields.append(("Signature", sig))
        code = getattr(obj, "__code__", None)
        source = None
        if detail_level > 0 and code is not None:
            source = _cellengine_source(code.co_filename, code.co_firstlineno)
        if source is not None:
            fields.append(("Source", "\n" + source if "\n" not in source else source))
        else:
            fields.append(("Docstring", _doc(obj) or "<no docstring>"))
        if code is not None:
            fields.append(("File", code.co_filename))
        fields.append(("Type", type(obj).__name__))
        return fields
    fields.append(("Type", type(obj).__name__))
    try:
        fields.append(("String form", _short(str(obj))))
    except Exception:
        pass
    try:
        fields.append(("Length", str(len(obj))))
    except Exception:
        pass
    module_file = getattr(obj, "__file__", None) if type(obj).__name__ == "module" else None
    if isinstance(module_file, str):
        fields.append(("File", module_file))
    doc = _doc(obj) if type(obj).__name__ == "module" else _doc(type(obj))
    fields.append(("Docstring", doc or "<no docstring>"))
    return fields
"""#
}
