// JupyterKernel: `swiftray kernel`, a complete Jupyter kernel (messaging protocol 5.3) over libzmq, driving
// the same `CellEngine.Session` as batch notebooks and the REPL.
//
// Files
// -----
// - WireFormat: the multipart wire format (`<IDS|MSG>`, HMAC-SHA256 over the four dictionaries' bytes,
//   checked in constant time before any JSON is parsed; buffers passed through).
// - ConnectionFile: the connection file (read, or written mode 0600 when the kernel picks its own ports).
// - MessageFactory: headers (fresh UUID msg_id, one session id per process, ISO 8601 dates with `Z`),
//   replies and iopub envelopes (topic frame `kernel.<session>.<msg_type>`).
// - KernelServer: start-up, socket binding, shutdown. KernelState: what the threads share.
// - ShellChannel (+ ExecuteHandler, IntrospectionHandlers, CommHandlers): the request loop and its
//   handlers. ControlChannel, Heartbeat, IOPubPublisher: the other channels, each on its own thread.
// - KernelSpec, KernelLogos: `swiftray kernel install/uninstall` and the kernelspec in Kernel/.
//
// Threads
// -------
// The shell thread owns the interpreter (a large-stack thread, like every session), the shell and stdin
// ROUTER sockets and a PAIR the control thread wakes it with. Heartbeat (REP echo), control (ROUTER) and
// iopub (PUB) each own their socket on a thread of their own, so a running cell never delays a heartbeat, an
// `interrupt_request` or a `shutdown_request`. libzmq sockets never cross threads: each thread creates and
// binds its own and reports the bound endpoint back through a `Handoff`.
//
// Output path
// -----------
// `Session.execute` reports each output (stream text, results, displays, errors) to an observer that turns it
// into an iopub message and queues it on the `IOPubPublisher`. Worker output forwarded from the cluster
// reaches the same observer from the core worker's I/O thread (RayRuntime's shared sink → the session's
// stream sink → the running cell's `CellOutputs`), so it is published with the cell's parent header, before
// the cell's `idle`. The queue keeps order; stream text is merged while queued (at most 50 ms), so printing
// 10 000 lines costs a handful of messages.
//
// Interrupts and shutdown
// -----------------------
// The kernelspec says `interrupt_mode: message`: `interrupt_request` arrives on control, which sets the
// interpreter's interrupt flag only while a cell runs (an interrupt while idle is a no-op, as jupyter_client
// sends one before every shutdown); the cell ends with KeyboardInterrupt and the engine cancels its tasks. SIGINT
// works too (the session's handler sets the same flag) but would also reach the cluster's workers in the
// kernel's process group. `input()` waits poll the same flag. `shutdown_request` (restart or not) is answered
// at once, the running cell is interrupted, and the shell thread closes the session, whose exit hooks stop
// the cluster; if that takes more than two seconds the process exits anyway (the cluster's head notices its
// driver is gone and cleans up). A restart is a shutdown followed by a new process started by the client.
//
// Security
// --------
// Messages with a missing or wrong signature are logged on stderr and dropped, never executed; sockets bind
// only where the connection file says (a kernel started without one binds 127.0.0.1).
//
// Known differences from ipykernel: no comm targets (widgets) yet, so every `comm_open` is closed at once;
// history covers this kernel's session only; `inspect` has no syntax colouring inside values and builtins
// have no docstrings; no debugger, no `usage_request`, no subshells (5.5 features are not advertised).
