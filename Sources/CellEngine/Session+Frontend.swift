import Notebook
import PyRuntime

/// One cell of this session's history, as Jupyter's `history_request` reports it.
public struct HistoryEntry: Equatable, Sendable {
    /// The cell's execution count.
    public var line: Int
    /// The raw source.
    public var input: String
    /// The `text/plain` of its displayed result (`Out[line]`), nil when it showed none.
    public var output: String?
}

extension Session {
    /// Every cell run so far with `store_history`, in order.
    public var history: [HistoryEntry] {
        var entries: [HistoryEntry] = []
        for (n, source) in inputs.enumerated() where n > 0 {
            var output: String?
            if let value = try? outDict.getItem(.int(n), interp) {
                output = (try? PrettyPrinter.format(value, interp)) ?? nil
            }
            entries.append(HistoryEntry(line: n, input: source, output: output))
        }
        return entries
    }

    /// Evaluate one of Jupyter's `user_expressions` after a cell: its MIME bundle, or the error it raised.
    /// Nothing is printed or recorded.
    public func evaluateExpression(_ expression: String) -> ExpressionValue {
        do throws(PyError) {
            let code = try interp.compile(expression, filename: "<user expression>", mode: .eval)
            let value = try interp.run(code, globals: main.namespace)
            return .value(try mimeBundle(value).0)
        } catch {
            return .error(describe(error.exception))
        }
    }
}

/// The outcome of `evaluateExpression`.
public enum ExpressionValue {
    case value(MimeBundle)
    case error(CellError)
}
