/// A JSON document as a tree. Numbers keep the distinction JSON text makes (an integer literal stays an `Int`,
/// anything with a fraction or exponent is a `Double`), because notebooks store counts as integers and a
/// round trip must not turn `1` into `1.0`.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The string, if this is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer, if this is one.
    public var intValue: Int? {
        if case .int(let i) = self { return i }
        return nil
    }

    /// The array, if this is one.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The object, if this is one.
    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// `self[key]` for an object, nil otherwise.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// Text that nbformat may store either as one string or as a list of lines (`source`, stream `text`,
    /// text MIME data), joined into one string.
    public var multilineText: String? {
        switch self {
        case .string(let s): return s
        case .array(let items):
            var out = ""
            for item in items {
                guard case .string(let s) = item else { return nil }
                out += s
            }
            return out
        default: return nil
        }
    }
}

/// A JSON object that keeps its keys in the order they were read or inserted (nbformat's writer sorts them
/// anyway, but other writers and readers of a parsed tree see the file's order).
public struct JSONObject: Equatable, Sendable {
    public private(set) var entries: [(key: String, value: JSONValue)] = []

    public init() {}

    public init(_ entries: [(String, JSONValue)]) {
        for (k, v) in entries { self[k] = v }
    }

    /// The keys in order.
    public var keys: [String] { entries.map(\.key) }

    public var isEmpty: Bool { entries.isEmpty }

    /// The value under `key`; setting nil removes the key, setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let i = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        guard a.entries.count == b.entries.count else { return false }
        for (k, v) in a.entries where b[k] != v { return false }
        return true
    }
}

/// A JSON text that could not be parsed: what was wrong and where (1-based line and column of the byte).
public struct JSONError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int

    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String { "\(message) at line \(line), column \(column)" }
}
