// CellEngine: one execution engine for every front end (batch runs of notebooks and scripts, later the REPL
// and the Jupyter kernel).
//
// What this module owns
// ---------------------
// A `Session` is one interpreter with its `__main__` namespace kept across cells, the execution counter, the
// In/Out history IPython users rely on (`In`, `Out`, `_`, `__`, `___`, `_N`, `_i`, `_iN`), the magics table,
// and whatever the `ray` module started (the cluster lives as long as the session). `execute(cell)` runs one
// cell and returns a `CellResult`: status, the displayed value's repr, the error, and the cell's outputs in
// order (`CellOutputs`: stdout and stderr chunks, including output forwarded from workers and actors while the
// cell runs, the result, the error). `NotebookRunner` drives a session over an `.ipynb` (module `Notebook`).
//
// A cell runs in four steps, as in IPython:
// 1. Input transformation (`CellSource`): a `%%magic` first line makes the cell a cell magic; `%magic` and
//    `!cmd` lines (only where a logical line starts, so never inside strings or brackets) become calls of
//    hidden builtins, keeping line numbers. Scripts skip this step: they must stay plain Python.
// 2. Compilation of the whole cell in the compiler's `.cell` mode, under the file name `<cell N>`: a
//    SyntaxError anywhere runs nothing; when the last statement is an expression the code returns its value.
// 3. Execution in `__main__`'s namespace. SIGINT raises KeyboardInterrupt in the running code (the
//    interpreter's interrupt flag); the engine then cancels the tasks the cell submitted that are still
//    pending or running (`RayModule.cancelTasks(submittedSince:)`), and the session stays usable.
// 4. Display: a value that is not None, unless the cell ends with `;`, becomes `Out[N]`, its `text/plain` as
//    IPython's pretty printer writes it (`PrettyPrinter`: long containers break one item per line at 79
//    columns), plus the MIME types its `_repr_*_` methods give (`RichDisplay`; `display()` and the
//    `IPython.display` module in `DisplayModule`). An error becomes IPython's verbose traceback (`ErrorRenderer`: `Cell In[N], line L` with
//    numbered context), or `UsageError: message` for bad magic use.
//
// Invariants
// ----------
// - The session installs its output sinks once. The ray module wraps the interpreter's sinks when a cluster
//   starts (to merge worker output from its I/O thread) and keeps the wrapped ones, so swapping
//   `interp.stdout` per cell would lose forwarded output. A `StreamRouter` behind fixed sinks switches
//   collectors instead.
// - Output that arrives between cells (a background task printing late) belongs to the last cell, as in
//   Jupyter, whose messages carry the parent request of the cell that started the work.
// - Everything that renders text for users (timing lines, tracebacks, `%who` tables) follows IPython 9's
//   formats byte for byte; ../shared/notes/magics.md records them.
// - No Foundation: Glibc only, like the interpreter it drives.
//
// Rejected alternatives
// ---------------------
// - Splitting the cell at the last statement and compiling it separately in `eval` mode: line numbers of the
//   tail would restart at 1 and a SyntaxError in the head would only surface after the tail was parsed; the
//   compiler's `.cell` mode gives one code object with the cell's real lines.
// - Running magics inside Python (a `get_ipython()` object as IPython does): the magics need the session's
//   clock, history and output routing, which live in Swift; the transformed lines call one hidden builtin.
// - Attributing cluster output by task id: workers' output is forwarded with the task's name and pid, not
//   the cell that submitted it; routing by time (the current or last cell) is what Jupyter users see.
//
// Known differences from IPython: functions and most library objects display their `repr` (IPython adds
// signatures: `<function __main__.f(a)>`); `IPython.display.SVG` keeps its markup as given (IPython re-serializes it);
// builtins have no docstrings in `obj?`; `In` holds
// the raw cells (IPython's holds the transformed ones); `!cmd` and `%%bash` merge stderr into stdout;
// automagic (magics without `%`) is off; `%time?` prints the help instead of paging it.

/// The engine's version of the IPython behaviour it follows, for messages and tests.
public enum CellEngine {
    /// The IPython release whose output formats the engine reproduces.
    public static let referenceIPython = "9.18.1"
}
