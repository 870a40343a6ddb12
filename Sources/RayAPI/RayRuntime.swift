import ClusterModel
import ClusterRuntime
import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// The ray module's state in one interpreter: its process's core worker (driver or worker), the head it
/// started, caches of exported and imported functions. The interpreter layer's half of the runtime: it turns
/// Python values into the bytes the core worker moves, and back.
public final class RayRuntime {
    static let key = "ray.runtime"

    unowned let interp: Interpreter
    public internal(set) var worker: CoreWorker?
    var headPID: Int32 = 0
    var isDriver = true
    /// Refs met while serializing the current value (filled by the ObjectRef codec).
    var collectedRefs: [OwnedObject]?
    /// Functions this worker has loaded, by content hash.
    var functionCache: [[UInt8]: Value] = [:]
    /// `ray.exceptions`' factory: (kind, message, data) -> exception instance.
    var errorFactory: Value?
    /// The driver's original output sinks, wrapped so the I/O thread can print forwarded worker output.
    var sharedStdout: SharedSink?
    var sharedStderr: SharedSink?
    var namespace = ""
    /// Seconds the driver's already-submitted tasks get to finish when the program ends.
    var exitGrace = 10.0

    init(interp: Interpreter) {
        self.interp = interp
    }

    public static func of(_ interp: Interpreter) -> RayRuntime {
        if let r = interp.extensions[key] as? RayRuntime { return r }
        let r = RayRuntime(interp: interp)
        interp.extensions[key] = r
        return r
    }

    func requireWorker() throws(PyError) -> CoreWorker {
        guard let worker else {
            throw .runtimeError("Ray has not been started yet. You can start Ray with 'ray.init()'.")
        }
        return worker
    }

    func noteSerializedRef(_ ref: OwnedObject) { collectedRefs?.append(ref) }

    /// Serialize a value, returning the bytes and the refs nested in it.
    func serialize(_ value: Value) throws(PyError) -> ([UInt8], [OwnedObject]) {
        let saved = collectedRefs
        collectedRefs = []
        defer { collectedRefs = saved }
        let bytes = try interp.serialize(value).bytes
        return (bytes, collectedRefs ?? [])
    }

    /// Serialize a value that becomes an object: array data stays out of band (copied once, by the store).
    func serializeObject(_ value: Value) throws(PyError) -> (SerializedValue, [OwnedObject]) {
        let saved = collectedRefs
        collectedRefs = []
        defer { collectedRefs = saved }
        let serialized = try interp.serialize(value, outOfBand: true)
        return (serialized, collectedRefs ?? [])
    }

    /// Run `body` with the store's view of `serialized` (its buffers stay alive meanwhile).
    static func withContents<T>(
        _ serialized: SerializedValue, _ body: (ObjectContents) throws(RuntimeFailure) -> T
    ) throws(RuntimeFailure) -> T {
        let contents = ObjectContents(stream: serialized.bytes, buffers: serialized.buffers.map(\.bytes))
        defer { withExtendedLifetime(serialized) {} }
        return try body(contents)
    }

    /// A value read from an object: arrays are built over the object's memory, read-only, and keep it alive.
    func deserialize(_ stored: StoredObject) throws(PyError) -> Value {
        let buffers = stored.buffers.map {
            OutOfBandBuffer(base: $0.baseAddress ?? UnsafeRawPointer(bitPattern: 64)!, count: $0.count, isWritable: false, owner: stored.owner)
        }
        return try interp.deserialize(SerializedValue(bytes: stored.stream, buffers: buffers))
    }

    func deserialize(_ bytes: [UInt8]) throws(PyError) -> Value {
        try interp.deserialize(SerializedValue(bytes: bytes))
    }

    // MARK: Driver lifecycle

    /// Start a local cluster with this interpreter as its driver.
    func startDriver(numCPUs: Double, objectStoreMemory: Int, logToDriver: Bool, logLevel: LogLevel) throws(PyError) {
        let (worker, pid): (CoreWorker, Int32)
        do throws(RuntimeFailure) {
            (worker, pid) = try CoreWorker.startDriver(
                numCPUs: numCPUs, objectStoreMemory: objectStoreMemory, logLevel: logLevel)
        } catch {
            throw .runtimeError("Failed to start the local cluster: \(error)")
        }
        self.worker = worker
        headPID = pid
        isDriver = true
        let out = SharedSink(interp.stdout)
        let err = SharedSink(interp.stderr)
        sharedStdout = out
        sharedStderr = err
        interp.stdout = out
        interp.stderr = err
        if getenv("RAY_IGNORE_UNHANDLED_ERRORS") == nil {
            worker.unhandledErrorHandler = { failure in
                let line = RayRuntime.logPrefix(level: "ERROR")
                    + "Unhandled error (suppress with 'RAY_IGNORE_UNHANDLED_ERRORS=1'): " + failure.message
                err.writeFromAnyThread(line.hasSuffix("\n") ? line : line + "\n")
            }
        }
        let raylet = isatty(1) != 0 ? "\u{1b}[33m(raylet)\u{1b}[0m" : "(raylet)"
        worker.retryHandler = { spec, left, failure in
            let remaining = left < 0 ? "infinite" : String(left)
            var text = ""
            if let failure {
                text = "\(raylet) Task \(spec.name) failed. There are \(remaining) retries remaining, so the task will be "
                    + "retried. Error: User exception:\n" + failure.message
            } else {
                text = "\(raylet) A worker died or was killed while executing a task by an unexpected system error. "
                    + "Worker exit type: SYSTEM_ERROR Worker exit detail: Worker unexpectedly exits.\n"
                    + "\(raylet) Task \(spec.name) failed. There are \(remaining) retries remaining, so the task will be "
                    + "retried. Error: "
            }
            out.writeFromAnyThread(text.hasSuffix("\n") ? text : text + "\n")
        }
        if logToDriver {
            let colour = isatty(1) != 0
            worker.logHandler = { pid, name, isStderr, text in
                let prefix = pid == 0 ? "(\(name))" : "(\(name) pid=\(pid))"  // pid 0: the raylet's own notices
                let shown = colour ? "\u{1b}[36m\(prefix)\u{1b}[0m" : prefix
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                if lines.last == "" { lines.removeLast() }
                let block = lines.map { "\(shown) \($0)\n" }.joined()
                (isStderr ? err : out).writeFromAnyThread(block)
            }
        }
    }

    /// `2026-11-22 08:01:02,345\tERROR worker.py:NNN -- `: the shape of Ray's driver log lines.
    static func logPrefix(level: String) -> String {
        RuntimeLog.timestamp() + "\t\(level) worker.py:1012 -- "
    }

    /// Let the driver's submitted tasks finish (up to `grace` seconds), then stop the cluster.
    func shutdown(grace: Double = 0) {
        guard let worker else { return }
        if grace > 0 && isDriver {
            let interrupt = interp.interrupt
            _ = worker.drainOwnedTasks(seconds: grace, interrupted: { interrupt.isSet })
        }
        if isDriver { worker.sendToHead(.shutdown) }
        worker.stop()
        self.worker = nil
        functionCache = [:]
        if isDriver {
            if !ProcessControl.waitForExit(headPID, seconds: 2) {
                kill(headPID, SIGKILL)
                _ = ProcessControl.waitForExit(headPID, seconds: 1)
                worker.session.remove()
            }
            RuntimeLog.close()
            if let out = sharedStdout { interp.stdout = out.inner }
            if let err = sharedStderr { interp.stderr = err.inner }
            sharedStdout = nil
            sharedStderr = nil
        }
    }
}

/// An output sink two threads can write to: the interpreter thread (print) and the core worker's I/O thread
/// (output forwarded from workers), so both land in one buffer in the order written.
final class SharedSink: OutputSink, @unchecked Sendable {  // `inner` is only touched with `monitor` held
    let inner: OutputSink
    let monitor = Monitor()

    init(_ inner: OutputSink) {
        self.inner = inner
    }

    func write(_ text: String) { monitor.withLock { inner.write(text) } }
    func flush() { monitor.withLock { inner.flush() } }

    /// Write and flush at once: forwarded output should appear when it arrives.
    func writeFromAnyThread(_ text: String) {
        monitor.withLock {
            inner.write(text)
            inner.flush()
        }
    }
}
