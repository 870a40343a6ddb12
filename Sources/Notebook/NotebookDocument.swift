/// A notebook that could not be read: not JSON, or JSON that is not an nbformat 4 notebook.
public struct NotebookError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// One output of a code cell, in the shapes nbformat 4 defines (the same four Jupyter's iopub messages carry).
public enum NotebookOutput: Equatable, Sendable {
    /// Text written to `stdout` or `stderr`.
    case stream(name: String, text: String)
    /// The cell's value (`Out[n]`): MIME type → data (text types as strings).
    case executeResult(executionCount: Int, data: [(String, JSONValue)], metadata: JSONObject)
    /// A value shown with `display()`.
    case displayData(data: [(String, JSONValue)], metadata: JSONObject)
    /// An uncaught exception: its type name, `str()`, and the traceback lines the front end prints.
    case error(ename: String, evalue: String, traceback: [String])

    public static func == (a: NotebookOutput, b: NotebookOutput) -> Bool {
        a.json == b.json
    }

    /// The output as nbformat stores it (text fields still whole strings; the writer splits them).
    public var json: JSONValue {
        var o = JSONObject()
        switch self {
        case .stream(let name, let text):
            o["output_type"] = .string("stream")
            o["name"] = .string(name)
            o["text"] = .string(text)
        case .executeResult(let count, let data, let metadata):
            o["output_type"] = .string("execute_result")
            o["execution_count"] = .int(count)
            o["data"] = .object(JSONObject(data))
            o["metadata"] = .object(metadata)
        case .displayData(let data, let metadata):
            o["output_type"] = .string("display_data")
            o["data"] = .object(JSONObject(data))
            o["metadata"] = .object(metadata)
        case .error(let ename, let evalue, let traceback):
            o["output_type"] = .string("error")
            o["ename"] = .string(ename)
            o["evalue"] = .string(evalue)
            o["traceback"] = .array(traceback.map { .string($0) })
        }
        return .object(o)
    }
}

/// When a cell ran, as nbclient records it in `metadata.execution` (ISO 8601 UTC timestamps with
/// microseconds, e.g. `2026-11-22T08:50:28.118716Z`).
public struct CellTiming: Sendable, Equatable {
    public var busy: String
    public var executeInput: String
    public var executeReply: String
    public var idle: String

    public init(busy: String, executeInput: String, executeReply: String, idle: String) {
        self.busy = busy
        self.executeInput = executeInput
        self.executeReply = executeReply
        self.idle = idle
    }

    var json: JSONValue {
        .object(
            JSONObject([
                ("iopub.execute_input", .string(executeInput)), ("iopub.status.busy", .string(busy)),
                ("iopub.status.idle", .string(idle)), ("shell.execute_reply", .string(executeReply)),
            ]))
    }
}

/// An nbformat 4 notebook: the parsed JSON tree plus typed access to what running it changes.
///
/// The tree is the source of truth, so everything the engine does not understand is written back unchanged.
public struct NotebookDocument: Sendable {
    public private(set) var root: JSONObject

    /// Read a notebook from its JSON text.
    /// - Throws: `NotebookError` if the text is not JSON, not an object with a `cells` list, or not nbformat 4.
    public init(parsing text: String) throws(NotebookError) {
        let value: JSONValue
        do throws(JSONError) {
            value = try JSONParser.parse(text)
        } catch {
            throw NotebookError("not valid JSON: \(error)")
        }
        guard let object = value.objectValue else { throw NotebookError("a notebook is a JSON object") }
        guard let major = object["nbformat"]?.intValue else { throw NotebookError("no 'nbformat' version") }
        guard major == NotebookFormat.major else {
            throw NotebookError("nbformat \(major) is not supported (only version 4; convert it with `jupyter nbconvert --to notebook`)")
        }
        guard let cells = object["cells"]?.arrayValue, cells.allSatisfy({ $0.objectValue != nil }) else {
            throw NotebookError("'cells' must be a list of cell objects")
        }
        root = object
    }

    /// A new, empty notebook (tests and front ends that build one).
    public init(cells: [JSONObject] = []) {
        root = JSONObject([
            ("cells", .array(cells.map { .object($0) })), ("metadata", .object(JSONObject())),
            ("nbformat", .int(NotebookFormat.major)), ("nbformat_minor", .int(NotebookFormat.minor)),
        ])
    }

    /// The cells as JSON objects, in order.
    public var cells: [JSONObject] {
        get { (root["cells"]?.arrayValue ?? []).compactMap(\.objectValue) }
        set { root["cells"] = .array(newValue.map { .object($0) }) }
    }

    /// `code`, `markdown` or `raw`.
    public func cellType(_ index: Int) -> String { cells[index]["cell_type"]?.stringValue ?? "" }

    /// A cell's source text (joined if stored as a list of lines).
    public func source(_ index: Int) -> String { cells[index]["source"]?.multilineText ?? "" }

    /// Indices of the code cells.
    public var codeCellIndices: [Int] {
        cells.indices.filter { cellType($0) == "code" }
    }

    /// Record a code cell's run: its execution count, outputs and timing (the cell's other metadata stays).
    public mutating func recordExecution(
        ofCell index: Int, executionCount: Int?, outputs: [NotebookOutput], timing: CellTiming?
    ) {
        var all = cells
        var cell = all[index]
        cell["execution_count"] = executionCount.map { .int($0) } ?? .null
        cell["outputs"] = .array(outputs.map(\.json))
        if let timing {
            var metadata = cell["metadata"]?.objectValue ?? JSONObject()
            metadata["execution"] = timing.json
            cell["metadata"] = .object(metadata)
        }
        all[index] = cell
        cells = all
    }

    /// Set notebook-level metadata (`language_info` as a kernel reports it).
    public mutating func setMetadata(_ key: String, _ value: JSONValue) {
        var metadata = root["metadata"]?.objectValue ?? JSONObject()
        metadata[key] = value
        root["metadata"] = .object(metadata)
    }

    /// Bring a 4.x notebook to 4.5: every cell gets an `id` (deterministic: from its position and source,
    /// unique in the notebook), code cells get `outputs` and `execution_count` if missing, every cell gets
    /// `metadata`.
    public mutating func upgradeToCurrentMinor() {
        var all = cells
        var used = Set(all.compactMap { $0["id"]?.stringValue })
        for i in all.indices {
            if all[i]["metadata"]?.objectValue == nil { all[i]["metadata"] = .object(JSONObject()) }
            if all[i]["source"] == nil { all[i]["source"] = .string("") }
            if all[i]["cell_type"]?.stringValue == "code" {
                if all[i]["outputs"] == nil { all[i]["outputs"] = .array([]) }
                if all[i]["execution_count"] == nil { all[i]["execution_count"] = .null }
            }
            guard all[i]["id"]?.stringValue == nil else { continue }
            var seed = UInt64(i) &* 0x9E37_79B9_7F4A_7C15
            var id = ""
            repeat {
                id = Self.cellID(seed: seed, text: all[i]["source"]?.multilineText ?? "")
                seed &+= 1
            } while used.contains(id)
            used.insert(id)
            all[i]["id"] = .string(id)
        }
        cells = all
        root["nbformat_minor"] = .int(NotebookFormat.minor)
    }

    /// 8 hex digits (nbformat's `random_cell_id` shape) from FNV-1a over the seed and the text.
    static func cellID(seed: UInt64, text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let v = UInt32(truncatingIfNeeded: h ^ (h >> 32))
        let digits = Array("0123456789abcdef")
        return String((0..<8).reversed().map { digits[Int((v >> UInt32($0 * 4)) & 0xF)] })
    }

    /// The notebook as nbformat writes it: multi-line text fields split into lines, keys sorted, one-space
    /// indent, a final newline.
    public func serialized() -> String {
        var copy = root
        if var metadata = copy["metadata"]?.objectValue {
            for key in ["orig_nbformat", "orig_nbformat_minor", "signature"] { metadata[key] = nil }
            copy["metadata"] = .object(metadata)
        }
        copy["cells"] = .array(cells.map { .object(Self.splitLines($0)) })
        return JSONWriter(indent: 1, sortKeys: true, asciiOnly: false).write(.object(copy)) + "\n"
    }

    /// nbformat's `split_lines` and `strip_transient`: source, stream text and text-like MIME data as lists of
    /// lines; `metadata.trusted` dropped.
    static func splitLines(_ cell: JSONObject) -> JSONObject {
        var cell = cell
        func split(_ v: JSONValue?) -> JSONValue? {
            guard case .string(let s)? = v else { return v }
            return .array(splitLinesKeepingEnds(s).map { .string($0) })
        }
        func splitBundle(_ bundle: JSONObject) -> JSONObject {
            var data = bundle
            for key in data.keys
            where key.hasPrefix("text/") || key == "application/javascript" || key == "image/svg+xml" {
                data[key] = split(data[key])
            }
            return data
        }
        cell["source"] = split(cell["source"])
        if var metadata = cell["metadata"]?.objectValue, metadata["trusted"] != nil {
            metadata["trusted"] = nil
            cell["metadata"] = .object(metadata)
        }
        if var attachments = cell["attachments"]?.objectValue {
            for key in attachments.keys {
                if let bundle = attachments[key]?.objectValue { attachments[key] = .object(splitBundle(bundle)) }
            }
            cell["attachments"] = .object(attachments)
        }
        guard cell["cell_type"]?.stringValue == "code", let outputs = cell["outputs"]?.arrayValue else { return cell }
        cell["outputs"] = .array(
            outputs.map { output in
                guard var o = output.objectValue else { return output }
                switch o["output_type"]?.stringValue {
                case "stream":
                    o["text"] = split(o["text"])
                case "execute_result", "display_data":
                    if let data = o["data"]?.objectValue { o["data"] = .object(splitBundle(data)) }
                default: break
                }
                return .object(o)
            })
        return cell
    }
}
