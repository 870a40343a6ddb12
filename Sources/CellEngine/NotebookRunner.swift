import Notebook
import PyRuntime

/// What a batch front end hears while a notebook runs (the runner itself prints nothing).
public protocol NotebookReporter: AnyObject {
    /// A code cell is about to run: its position among the code cells that run (0-based), their number,
    /// its execution count and source.
    func cellStarted(position: Int, of total: Int, executionCount: Int, source: String)
    /// A piece of output, as it happens (called from the interpreter thread or the core worker's I/O thread).
    func cellOutput(_ output: CellOutput)
    /// The cell ended.
    func cellFinished(_ result: CellResult, position: Int, of total: Int)
}

/// The outcome of a notebook run.
public struct NotebookRunSummary: Sendable {
    /// Code cells run (including the failing ones).
    public var cellsRun = 0
    /// Code cells that ended with an error.
    public var errors = 0
    /// Code cells with source (the ones a full run executes).
    public var cellsTotal = 0
    /// Wall seconds from the first cell's start to the last one's end.
    public var seconds = 0.0
    /// The run ended before the last cell (an error without `allowErrors`, or Ctrl-C between cells).
    public var stoppedEarly = false
    /// The run was interrupted (Ctrl-C) and stopped.
    public var interrupted = false
    /// The 0-based index (among all cells) of the first cell that failed.
    public var firstErrorCell: Int?
}

/// Runs a notebook's code cells in order through a `Session`, as `jupyter nbconvert --execute` (nbclient)
/// does: blank cells are skipped, the run stops at the first error unless errors are allowed, and the
/// executed notebook carries execution counts, outputs and nbclient's timing metadata.
public final class NotebookRunner {
    public let session: Session
    public private(set) var document: NotebookDocument
    public var allowErrors: Bool
    private var results: [(cell: Int, result: CellResult)] = []

    /// - Parameters:
    ///   - session: the session cells run in (its settings decide magics and display).
    ///   - document: the notebook.
    ///   - allowErrors: keep going after a failing cell.
    public init(session: Session, document: NotebookDocument, allowErrors: Bool = false) {
        self.session = session
        self.document = document
        self.allowErrors = allowErrors
    }

    /// Run the code cells.
    /// - Parameter reporter: told about each cell and each output as they happen.
    /// - Returns: counts, time, and whether the run stopped early.
    @discardableResult
    public func run(reporter: NotebookReporter? = nil) -> NotebookRunSummary {
        let runnable = document.codeCellIndices.filter { !document.source($0).allSatisfy(\.isWhitespace) }
        var summary = NotebookRunSummary()
        summary.cellsTotal = runnable.count
        let start = session.clock.wallSeconds()
        for (position, index) in runnable.enumerated() {
            if session.interp.interrupt.isSet {
                // Ctrl-C between cells stops the run.
                session.interp.interrupt.clear()
                summary.stoppedEarly = true
                summary.interrupted = true
                break
            }
            let source = document.source(index)
            reporter?.cellStarted(
                position: position, of: runnable.count, executionCount: session.executionCount, source: source)
            let result = session.execute(source) { output in reporter?.cellOutput(output) }
            results.append((index, result))
            summary.cellsRun += 1
            reporter?.cellFinished(result, position: position, of: runnable.count)
            if result.status == .error {
                summary.errors += 1
                if summary.firstErrorCell == nil { summary.firstErrorCell = index }
                if !allowErrors {
                    summary.stoppedEarly = position < runnable.count - 1
                    summary.interrupted = result.wasInterrupted
                    break
                }
            }
        }
        summary.seconds = session.clock.wallSeconds() - start
        return summary
    }

    /// The notebook with every run cell's count, outputs and timing (outputs as collected now, so output
    /// that arrived after a cell ended is included), upgraded to nbformat 4.5.
    public func executedDocument() -> NotebookDocument {
        var doc = document
        doc.upgradeToCurrentMinor()
        for (index, result) in results {
            doc.recordExecution(
                ofCell: index, executionCount: result.executionCount,
                outputs: Self.notebookOutputs(result.outputs.all),
                timing: CellTiming(
                    busy: Timestamp.iso8601(result.started), executeInput: Timestamp.iso8601(result.started),
                    executeReply: Timestamp.iso8601(result.finished), idle: Timestamp.iso8601(result.finished)))
        }
        doc.setMetadata("language_info", Self.languageInfo)
        return doc
    }

    /// `metadata.language_info` as a Python kernel reports it.
    public static let languageInfo: JSONValue = .object(
        JSONObject([
            ("name", .string("python")), ("version", .string("3.11")), ("mimetype", .string("text/x-python")),
            ("file_extension", .string(".py")), ("pygments_lexer", .string("ipython3")),
            ("codemirror_mode", .object(JSONObject([("name", .string("ipython")), ("version", .int(3))]))),
            ("nbconvert_exporter", .string("python")),
        ]))

    /// A cell's engine outputs as nbformat stores them, replaying display updates and clears as nbclient
    /// does: an update replaces the data of every output shown under its display id, `clear_output` empties
    /// the list (with `wait`, just before the next output).
    public static func notebookOutputs(_ outputs: [CellOutput]) -> [NotebookOutput] {
        var stored: [NotebookOutput] = []
        var displayIDs: [String?] = []
        var pendingClear = false
        for output in outputs {
            if case .display(.clear(let wait)) = output {
                if wait {
                    pendingClear = true
                } else {
                    stored = []
                    displayIDs = []
                }
                continue
            }
            if case .display(.update(let bundle, let id)) = output {
                for i in stored.indices where displayIDs[i] == id {
                    stored[i] = .displayData(data: bundle.data.entries.map { ($0.key, $0.value) }, metadata: bundle.metadata)
                }
                continue
            }
            if pendingClear {
                stored = []
                displayIDs = []
                pendingClear = false
            }
            guard let converted = notebookOutput(output) else { continue }
            stored.append(converted)
            if case .display(.show(_, let id)) = output { displayIDs.append(id) } else { displayIDs.append(nil) }
        }
        return stored
    }

    /// An engine output as nbformat stores it (nil for display updates and clears, which change earlier
    /// outputs instead; see `notebookOutputs`).
    public static func notebookOutput(_ output: CellOutput) -> NotebookOutput? {
        switch output {
        case .stream(let name, let text): .stream(name: name.rawValue, text: text)
        case .result(let count, let text):
            .executeResult(executionCount: count, data: [("text/plain", .string(text))], metadata: JSONObject())
        case .richResult(let count, let bundle):
            .executeResult(
                executionCount: count, data: bundle.data.entries.map { ($0.key, $0.value) }, metadata: bundle.metadata)
        case .display(.show(let bundle, _)):
            .displayData(data: bundle.data.entries.map { ($0.key, $0.value) }, metadata: bundle.metadata)
        case .display: nil
        case .error(let e): .error(ename: e.ename, evalue: e.evalue, traceback: e.traceback)
        }
    }
}
