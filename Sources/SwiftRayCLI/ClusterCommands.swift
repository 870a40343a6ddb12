import ClusterModel
import ClusterRuntime
import PyLibrary
import PyRuntime
import RayAPI

#if canImport(Glibc)
    import Glibc
#endif

/// The commands that are not scripts: the cluster's own process roles (`_head`, `_worker`, started by the
/// runtime with posix_spawn of this same binary, never typed by users) and `swiftray list ...`, the state CLI.
enum ClusterCommands {
    /// Handle `arguments` (without argv[0]) if they name one of these commands; nil otherwise.
    static func run(_ arguments: [String]) -> Int32? {
        guard let first = arguments.first else { return nil }
        switch first {
        case "_head": return runHead(options(arguments.dropFirst()))
        case "_worker": return runWorker(options(arguments.dropFirst()))
        case "logs": return LogsCommand.run(arguments.dropFirst())
        case "memory": return StateCommand.memory(arguments.dropFirst())
        case "list" where arguments.count >= 2 && ["tasks", "workers", "nodes", "actors"].contains(arguments[1]):
            return StateCommand.list(arguments[1], arguments.dropFirst(2))
        default: return nil
        }
    }

    /// `--key value` pairs.
    static func options(_ args: ArraySlice<String>) -> [String: String] {
        var out: [String: String] = [:]
        var i = args.startIndex
        while i < args.endIndex {
            let key = args[i]
            if key.hasPrefix("--"), i + 1 < args.endIndex {
                out[String(key.dropFirst(2))] = args[i + 1]
                i += 2
            } else {
                i += 1
            }
        }
        return out
    }

    /// `--log-level N` (a `LogLevel` raw value, passed down from the driver).
    static func logLevel(_ o: [String: String]) -> LogLevel? {
        o["log-level"].flatMap(Int.init).flatMap(LogLevel.init(rawValue:))
    }

    static func runHead(_ o: [String: String]) -> Int32 {
        guard let dir = o["session"], let node = o["node-id"].flatMap(bytesFromHex).flatMap(NodeID.init(bytes:)),
            let cpus = o["num-cpus"].flatMap(Double.init), let store = o["object-store-memory"].flatMap(Int.init),
            let driver = o["driver-pid"].flatMap(Int32.init)
        else {
            FileHandleStderr.write("swiftray _head: missing or bad options\n")
            return 2
        }
        // The head follows its driver, not signals meant for the driver's process group: Ctrl-C, a SIGTERM to
        // the group (`timeout`, job control) or a hangup would otherwise kill it before it cleans up. It ends
        // when the driver does, and then removes the session.
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { signal(sig, SIG_IGN) }
        RuntimeLog.open(session: Session(directory: dir), component: "head", level: logLevel(o))
        RuntimeLog.infoEvent(.constructCoreWorkerProcess, "pid: \(getpid()), the head (raylet and control service)")
        let config = HeadService.Configuration(
            session: Session(directory: dir), nodeID: node, numCPUs: cpus, objectStoreMemory: store, driverPID: driver)
        do throws(RuntimeFailure) {
            return try HeadService(config).run()
        } catch {
            FileHandleStderr.write("swiftray head: \(error)\n")
            return 1
        }
    }

    static func runWorker(_ o: [String: String]) -> Int32 {
        guard let dir = o["session"], let worker = o["worker-id"].flatMap(bytesFromHex).flatMap(WorkerID.init(bytes:)),
            let node = o["node-id"].flatMap(bytesFromHex).flatMap(NodeID.init(bytes:)),
            let head = o["head-pid"].flatMap(Int32.init)
        else {
            FileHandleStderr.write("swiftray _worker: missing or bad options\n")
            return 2
        }
        signal(SIGINT, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        RuntimeLog.open(session: Session(directory: dir), component: "worker", level: logLevel(o))
        RuntimeLog.infoEvent(.constructCoreWorkerProcess, "pid: \(getpid())")
        return WorkerProcess.run(session: Session(directory: dir), workerID: worker, nodeID: node, headPID: head)
    }
}
