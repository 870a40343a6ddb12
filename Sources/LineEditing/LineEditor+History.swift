import CLibEditShims

extension LineEditor {
    /// Adds a line as the newest history entry (reachable with Up and Ctrl-R). Empty and
    /// whitespace-only lines are not added. Keeps at most `historyLimit` entries.
    public func addHistory(_ line: String) {
        guard line.contains(where: { !$0.isWhitespace }) else { return }
        _ = CLibEditShims_historyEnter(editor, line)
    }

    /// The history, oldest entry first.
    public var history: [String] {
        let count = Int(CLibEditShims_historyCount(editor))
        guard count > 0 else { return [] }
        var entries: [String] = []
        entries.reserveCapacity(count)
        for index in 0..<count {
            guard let entry = CLibEditShims_historyEntry(editor, Int32(index)) else { break }
            entries.append(String(cString: entry))
        }
        return entries
    }

    /// Removes every history entry (the file is untouched until the next save).
    public func clearHistory() {
        CLibEditShims_historyClear(editor)
    }

    /// Adds the entries of a history file written by `saveHistory(to:)`, keeping the bound (the newest
    /// `historyLimit` entries survive).
    ///
    /// - Parameter path: the file; libedit's format (`_HiStOrY_V2_` header, vis(3)-escaped lines).
    /// - Returns: the number of entries read.
    /// - Throws: `LineEditingError`: `ENOENT` (no such file; normal on first start), `EACCES`,
    ///   `EINVAL` (not a libedit history file).
    @discardableResult
    public func loadHistory(from path: String) throws(LineEditingError) -> Int {
        let rc = CLibEditShims_historyLoad(editor, path)
        if rc < 0 { throw LineEditingError(errno: -rc, operation: "history load \(path)") }
        return Int(rc)
    }

    /// Writes the history (at most `historyLimit` entries) to a file, replacing it, with mode 0600.
    ///
    /// - Parameter path: the file; its directory must exist.
    /// - Returns: the number of entries written.
    /// - Throws: `LineEditingError`: `ENOENT` (directory missing), `EACCES`, `ENOSPC`, `EIO`.
    @discardableResult
    public func saveHistory(to path: String) throws(LineEditingError) -> Int {
        let rc = CLibEditShims_historySave(editor, path)
        if rc < 0 { throw LineEditingError(errno: -rc, operation: "history save \(path)") }
        return Int(rc)
    }
}
