import PyRuntime

/// The `text/plain` form of a cell's value, as IPython's display hook writes it (`IPython.lib.pretty`): a
/// container that fits in 79 columns prints as its repr; a longer one breaks after its commas, outer groups
/// first, one item per line, indented under its opening bracket:
///
/// ```
/// {'a': [0,
///   1,
///   ...
///   29],
///  'b': 'xxx'}
/// ```
///
/// Covered as IPython does: list, tuple, dict, set and frozenset (and subclasses that keep their repr; sets
/// sorted when their items compare, sequences cut after 1000 items with `...`), classes (`int`,
/// `__main__.Planet`), instances without their own `__repr__` (`<__main__.A at 0x7f...>`), and multi-line
/// reprs. Everything else prints its `repr`.
///
/// The algorithm is IPython's (after Wadler's "prettier printer"): text waits in a buffer next to the
/// places it may break; when a line would pass the width, the outermost group with pending breaks breaks
/// all of them.
struct PrettyPrinter {
    static let maxWidth = 79
    static let maxSequenceLength = 1000

    private final class Group {
        let depth: Int
        var breakables: [Int] = []  // ids of its pending breakables, in order
        var wantBreak = false
        init(depth: Int) { self.depth = depth }
    }

    private enum Item {
        case text(String, width: Int)
        case breakable(id: Int, group: Group, indentation: Int)
    }

    private let interp: Interpreter
    private var output = ""
    private var outputWidth = 0
    private var buffer: [Item] = []
    private var bufferWidth = 0
    private var indentation = 0
    private var groupStack: [Group] = [Group(depth: 0)]
    private var groupQueue: [[Group]] = []
    private var nextBreakable = 0
    private var visiting: [ObjectIdentifier] = []

    /// The pretty text of `value`.
    static func format(_ value: Value, _ interp: Interpreter) throws(PyError) -> String {
        var printer = PrettyPrinter(interp: interp)
        try printer.pretty(value)
        printer.flush()
        return printer.output
    }

    private init(interp: Interpreter) {
        self.interp = interp
    }

    // MARK: The printer

    private mutating func text(_ s: String) {
        let width = s.unicodeScalars.count
        if buffer.isEmpty {
            output += s
            outputWidth += width
            return
        }
        if case .text(let previous, let w)? = buffer.last {
            buffer[buffer.count - 1] = .text(previous + s, width: w + width)
        } else {
            buffer.append(.text(s, width: width))
        }
        bufferWidth += width
        breakOuterGroups()
    }

    private mutating func breakable() {
        let group = groupStack[groupStack.count - 1]
        if group.wantBreak {
            flush()
            output += "\n" + String(repeating: " ", count: indentation)
            outputWidth = indentation
            bufferWidth = 0
            return
        }
        let id = nextBreakable
        nextBreakable += 1
        group.breakables.append(id)
        buffer.append(.breakable(id: id, group: group, indentation: indentation))
        bufferWidth += 1
        breakOuterGroups()
    }

    /// A line break whatever the width (between the lines of a multi-line repr).
    private mutating func forcedBreak() {
        if let group = dequeueGroup() { breakGroup(group) }
        flush()
        output += "\n" + String(repeating: " ", count: indentation)
        outputWidth = indentation
        bufferWidth = 0
    }

    private mutating func beginGroup(_ indent: Int, _ open: String) {
        if !open.isEmpty { text(open) }
        let group = Group(depth: groupStack[groupStack.count - 1].depth + 1)
        groupStack.append(group)
        while groupQueue.count <= group.depth { groupQueue.append([]) }
        groupQueue[group.depth].append(group)
        indentation += indent
    }

    private mutating func endGroup(_ dedent: Int, _ close: String) {
        indentation -= dedent
        let group = groupStack.removeLast()
        if group.breakables.isEmpty { removeFromQueue(group) }
        if !close.isEmpty { text(close) }
    }

    private mutating func removeFromQueue(_ group: Group) {
        if group.depth < groupQueue.count { groupQueue[group.depth].removeAll { $0 === group } }
    }

    /// The outermost queued group that has breakables, marked to break (groups without any are dropped).
    /// IPython's `GroupQueue.deq` finds the group scanning the level backwards but deletes the entry at that
    /// count from the front; the same is done here, since it decides which groups break later.
    private mutating func dequeueGroup() -> Group? {
        for depth in groupQueue.indices {
            for (idx, group) in groupQueue[depth].reversed().enumerated() where !group.breakables.isEmpty {
                groupQueue[depth].remove(at: idx)
                group.wantBreak = true
                return group
            }
            for group in groupQueue[depth] { group.wantBreak = true }
            groupQueue[depth].removeAll()
        }
        return nil
    }

    private mutating func breakOuterGroups() {
        while Self.maxWidth < outputWidth + bufferWidth {
            guard let group = dequeueGroup() else { return }
            breakGroup(group)
        }
    }

    /// Emit the buffer up to the group's last pending break, then any text that follows.
    private mutating func breakGroup(_ group: Group) {
        while !group.breakables.isEmpty, !buffer.isEmpty {
            let item = buffer.removeFirst()
            outputWidth = emit(item, outputWidth)
            bufferWidth -= width(item)
        }
        while case .text? = buffer.first {
            let item = buffer.removeFirst()
            outputWidth = emit(item, outputWidth)
            bufferWidth -= width(item)
        }
    }

    private func width(_ item: Item) -> Int {
        switch item {
        case .text(_, let w): w
        case .breakable: 1
        }
    }

    private mutating func emit(_ item: Item, _ width: Int) -> Int {
        switch item {
        case .text(let s, let w):
            output += s
            return width + w
        case .breakable(let id, let group, let indent):
            group.breakables.removeAll { $0 == id }
            if group.wantBreak {
                output += "\n" + String(repeating: " ", count: indent)
                return indent
            }
            if group.breakables.isEmpty { removeFromQueue(group) }
            output += " "
            return width + 1
        }
    }

    /// Emit the whole buffer. (IPython adds each item's returned width to the running width instead of
    /// replacing it; kept, as later breaks depend on it.)
    private mutating func flush() {
        for item in buffer { outputWidth += emit(item, outputWidth) }
        buffer.removeAll()
        bufferWidth = 0
    }

    // MARK: Values

    private mutating func pretty(_ value: Value) throws(PyError) {
        guard case .object(let object) = value else {
            text(try interp.repr(value))
            return
        }
        let id = ObjectIdentifier(object)
        let type = value.type
        if let cls = value.asType {
            try typeName(cls)
            return
        }
        let containers: [(PyType, String, String)] = [
            (Builtins.listType, "[", "]"), (Builtins.tupleType, "(", ")"), (Builtins.dictType, "{", "}"),
            (Builtins.setType, "{", "}"), (Builtins.frozensetType, "frozenset({", "})"),
        ]
        for (base, open, close) in containers where type.isSubtype(of: base) {
            if type !== base, !sameRepr(type, base) { break }
            if visiting.contains(id) {
                text(base === Builtins.dictType ? "{...}" : open + "..." + close)
                return
            }
            visiting.append(id)
            defer { visiting.removeLast() }
            try container(value, base: base, open: open, close: close)
            return
        }
        if sameRepr(type, Builtins.objectType), let address = defaultAddress(try interp.repr(value)) {
            beginGroup(1, "<")
            try typeName(type)
            text(" at " + address)
            endGroup(1, ">")
            return
        }
        var lines = try interp.repr(value).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        beginGroup(0, "")
        for (i, line) in lines.enumerated() {
            if i > 0 { forcedBreak() }
            text(String(line))
        }
        endGroup(0, "")
    }

    private func sameRepr(_ type: PyType, _ base: PyType) -> Bool {
        guard let a = type.lookup("__repr__"), let b = base.lookup("__repr__") else { return false }
        return a.isIdentical(to: b)
    }

    /// `0x7f...` from a default repr `<__main__.A object at 0x7f...>`.
    private func defaultAddress(_ repr: String) -> String? {
        guard repr.hasSuffix(">"), let at = repr.ranges(of: " object at ").last else { return nil }
        return String(repr[at.upperBound...].dropLast())
    }

    /// `int` for builtins, `module.Qualified` otherwise (classes with a metaclass repr print that).
    private mutating func typeName(_ cls: PyType) throws(PyError) {
        if let meta = cls.type.lookup("__repr__"), let base = Builtins.typeType.lookup("__repr__"), !meta.isIdentical(to: base) {
            text(try interp.repr(.object(cls)))
            return
        }
        text(cls.moduleName == "builtins" ? cls.qualifiedName : cls.moduleName + "." + cls.qualifiedName)
    }

    private mutating func container(_ value: Value, base: PyType, open: String, close: String) throws(PyError) {
        let step = open.count
        if base === Builtins.setType || base === Builtins.frozensetType {
            let items = try setItems(value)
            if items.isEmpty {
                text(base === Builtins.setType ? "set()" : "frozenset()")
                return
            }
            try sequence(items, open: open, close: close, step: step)
            return
        }
        if base === Builtins.dictType, let dict = value.asDict {
            beginGroup(step, open)
            for (i, entry) in dict.items.enumerated() {
                if i > 0 {
                    text(",")
                    breakable()
                }
                if i >= Self.maxSequenceLength {
                    text("...")
                    break
                }
                try pretty(entry.key)
                text(": ")
                try pretty(entry.value)
            }
            endGroup(step, close)
            return
        }
        let items = Array(value.asList?.items ?? value.asTuple?.items ?? [])
        try sequence(items, open: open, close: close, step: step, oneTuple: base === Builtins.tupleType && items.count == 1)
    }

    private mutating func sequence(_ items: [Value], open: String, close: String, step: Int, oneTuple: Bool = false) throws(PyError) {
        beginGroup(step, open)
        for (i, item) in items.enumerated() {
            if i > 0 {
                text(",")
                breakable()
            }
            if i >= Self.maxSequenceLength {
                text("...")
                break
            }
            try pretty(item)
        }
        if oneTuple { text(",") }
        endGroup(step, close)
    }

    /// A set's items, sorted when they compare (IPython sorts them), else in iteration order.
    private func setItems(_ value: Value) throws(PyError) -> [Value] {
        if let sorted = interp.builtins.getItem("sorted"), let list = (try? interp.call(sorted, [value]))?.asList {
            return Array(list.items)
        }
        guard let listType = interp.builtins.getItem("list") else { return [] }
        return Array(try interp.call(listType, [value]).asList?.items ?? [])
    }
}
