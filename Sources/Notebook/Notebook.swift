// Notebook: the `.ipynb` file format, read and written without Foundation.
//
// What this module owns
// ---------------------
// A notebook file is JSON (nbformat 4): a list of cells (code, markdown, raw), each with its source, its
// metadata and, for code cells, an execution count and outputs. This target parses that JSON (`JSONParser`),
// keeps it as a `JSONValue` tree whose objects remember their key order (`JSONObject`), and writes it back the
// way the `nbformat` Python package does (`JSONWriter`: keys sorted, one-space indent, non-ASCII kept, text
// fields split into lists of lines). `NotebookDocument` is the typed view on top: it finds the code cells,
// replaces their outputs and execution counts, stamps nbclient's timing metadata, and upgrades 4.0–4.4
// notebooks to 4.5 (every cell gets an `id`).
//
// Invariants
// ----------
// - Everything the engine does not touch survives a read/write round trip: unknown keys, cell and notebook
//   metadata, markdown and raw cells, attachments. Only `outputs`, `execution_count`, `metadata.execution`
//   of executed code cells, missing cell ids, `nbformat_minor` and `metadata.language_info` change.
// - Output follows nbformat's writer byte for byte (`json.dumps(nb, sort_keys=True, indent=1,
//   ensure_ascii=False)` after `split_lines`, plus a final newline), so a notebook run twice diffs only where
//   the run differs.
// - No Foundation: the engine and this module run in the same processes as the interpreter and are built
//   on Glibc alone, like the other library targets.
//
// Rejected alternatives
// ---------------------
// - Foundation's JSONSerialization: it loses key order and the int/float distinction, escapes `/`, and would
//   pull Foundation into the engine (the front end may use Foundation; the engine may not).
// - Swift's Codable models of nbformat: the schema is open (any metadata, any MIME bundle), so a typed model
//   would either drop unknown fields or end up as a JSON tree anyway. The typed view over a tree keeps both.
// - Writing outputs as they come (incremental saves, as papermill does): the batch front end writes once at
//   the end (and after an error); a later issue can add progress saves through the same `NotebookDocument`.

/// Version facts about the notebook format this module writes.
public enum NotebookFormat {
    /// The major version the module reads and writes.
    public static let major = 4
    /// The minor version every written notebook has (4.5 adds cell ids).
    public static let minor = 5
}
