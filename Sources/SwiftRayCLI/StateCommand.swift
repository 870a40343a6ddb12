import ClusterModel
import ClusterRuntime
import ZeroMQ

#if canImport(Glibc)
    import Glibc
#endif

/// `swiftray list tasks|workers|nodes [--session PATH]`: the control service's tables of a running cluster
/// (the latest session by default), printed as a table like `ray list`.
enum StateCommand {
    static func list(_ what: String, _ rest: ArraySlice<String>) -> Int32 {
        let o = ClusterCommands.options(rest)
        guard let session = o["session"].map(Session.init(directory:)) ?? Session.latest() else {
            FileHandleStderr.write("swiftray: no running cluster (no session under \(Session.root))\n")
            return 1
        }
        let kinds: [String: QueryKind] = ["tasks": .tasks, "workers": .workers, "nodes": .nodes, "actors": .actors]
        let kind = kinds[what] ?? .tasks
        let result: QueryResult
        do {
            result = try ask(session, kind)
        } catch {
            FileHandleStderr.write("swiftray: cannot reach the cluster of \(session.directory): \(error)\n")
            return 1
        }
        print(render(result))
        return 0
    }

    static func ask(_ session: Session, _ kind: QueryKind) throws -> QueryResult {
        let context = try ZMQContext()
        defer { context.shutdown() }
        let socket = try ZMQSocket(context, type: .dealer)
        defer { socket.close() }
        try socket.set(.linger(0))
        try socket.connect(session.headEndpoint)
        try socket.send(Message.query(kind: kind).encoded())
        let ready = try zmqPoll([.socket(socket)], timeout: .seconds(5))
        guard !ready[0].isEmpty else { throw RuntimeFailure("the head did not answer within 5 s") }
        guard case .queryReply(let result) = try Message.decode(try socket.receive()) else {
            throw RuntimeFailure("unexpected reply")
        }
        return result
    }

    /// `swiftray memory [--session PATH]`: the node store's objects and totals, like `ray memory`.
    static func memory(_ rest: ArraySlice<String>) -> Int32 {
        let o = ClusterCommands.options(rest)
        guard let session = o["session"].map(Session.init(directory:)) ?? Session.latest(), !session.hasEnded else {
            FileHandleStderr.write("swiftray: no running cluster (no live session under \(Session.root))\n")
            return 1
        }
        do {
            print(render(try ask(session, .objects)), terminator: "")
        } catch {
            FileHandleStderr.write("swiftray: cannot reach the cluster of \(session.directory): \(error)\n")
            return 1
        }
        return 0
    }

    static func mib(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return String(Int(value * 10) / 10) + "." + String(Int(value * 10) % 10) + " MiB"
    }

    /// The object table of the node's store and its totals (objects under 100 KiB live in their owner's
    /// process and are listed by `ray.util.state.list_objects()` there).
    static func memory(_ objects: [StoreObjectRecord], _ stats: StoreStats) -> String {
        let locations: [StoredLocation: String] = [
            .sharedMemory: "shared memory", .spilled: "spilled", .both: "shared memory (also spilled)",
        ]
        var rows = [["OBJECT_ID", "SIZE", "LOCATION", "OWNER"]]
        for o in objects.sorted(by: { $0.size > $1.size }) {
            rows.append([o.objectID.hex, mib(o.size), locations[o.location] ?? "", o.owner])
        }
        var widths = rows[0].map { _ in 0 }
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        var text = "======== Object store of the node ========\n"
        for row in rows {
            text += row.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - c.count) }
                .joined(separator: "  ").trimmingTrailingSpaces + "\n"
        }
        let inMemory = objects.filter { $0.location != .spilled }
        let spilled = objects.filter { $0.location == .spilled }
        let full = stats.capacity > 0 ? Double(stats.used) / Double(stats.capacity) * 100 : 0
        func rate(_ bytes: Int, _ seconds: Double) -> Int { seconds > 0 ? Int(Double(bytes) / 1_048_576 / seconds) : 0 }
        text += "\n--- Aggregate object store stats ---\n"
        text += "Shared memory usage \(mib(stats.used)), \(inMemory.count) objects, "
            + "\(Int(full * 10) / 10).\(Int(full * 10) % 10)% full (capacity \(mib(stats.capacity)))\n"
        if stats.reusable > 0 { text += "Kept for reuse by new objects: \(mib(stats.reusable)) (counted as used)\n" }
        text += "Spilled objects on disk now: \(spilled.count), \(mib(spilled.reduce(0) { $0 + $1.size }))\n"
        text += "Spilled \(stats.spilledBytes / 1_048_576) MiB, \(stats.spilledObjects) objects, avg write throughput "
            + "\(rate(stats.spilledBytes, stats.spillSeconds)) MiB/s\n"
        text += "Restored \(stats.restoredBytes / 1_048_576) MiB, \(stats.restoredObjects) objects, avg read throughput "
            + "\(rate(stats.restoredBytes, stats.restoreSeconds)) MiB/s\n"
        return text
    }

    static func render(_ result: QueryResult) -> String {
        var header: [String] = []
        var rows: [[String]] = []
        switch result {
        case .tasks(let tasks):
            header = ["TASK_ID", "ATTEMPT_NUMBER", "NAME", "STATE", "JOB_ID", "ACTOR_ID", "TYPE", "FUNC_OR_CLASS_NAME",
                "PARENT_TASK_ID", "NODE_ID", "WORKER_ID", "WORKER_PID", "ERROR_TYPE"]
            rows = tasks.map { t in
                [t.taskID.hex, String(t.attempt), t.name, t.state.name, t.jobID.hex,
                 t.type == .normalTask ? "" : t.taskID.actor.hex, t.type.name, t.functionName, t.parentTaskID.hex,
                 t.nodeID.hex, t.workerID?.hex ?? "", t.workerPID == 0 ? "" : String(t.workerPID),
                 t.state == .failed ? "TASK_EXECUTION_EXCEPTION" : ""]
            }
        case .workers(let workers):
            header = ["WORKER_ID", "IS_ALIVE", "WORKER_TYPE", "EXIT_TYPE", "NODE_ID", "IP", "PID", "EXIT_DETAIL"]
            rows = workers.map { w in
                [w.workerID.hex, w.isAlive ? "True" : "False", w.kind == .driver ? "DRIVER" : "WORKER",
                 w.isAlive ? "" : "SYSTEM_ERROR", w.nodeID.hex, "127.0.0.1", String(w.pid), w.exitDetail]
            }
        case .nodes(let nodes):
            header = ["NODE_ID", "NODE_IP", "IS_HEAD_NODE", "STATE", "NODE_NAME", "RESOURCES_TOTAL"]
            rows = nodes.map { n in
                let resources = n.resourcesTotal.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                return [n.nodeID.hex, n.address, n.isHead ? "True" : "False", "ALIVE", n.address,
                        resources.joined(separator: ", ")]
            }
        case .actors(let actors):
            header = ["ACTOR_ID", "CLASS_NAME", "STATE", "JOB_ID", "NAME", "NODE_ID", "PID", "RAY_NAMESPACE"]
            rows = actors.map { a in
                [a.actorID.hex, a.className, a.state.name, a.jobID.hex, a.name, a.nodeID.hex,
                 a.pid == 0 ? "" : String(a.pid), a.namespace]
            }
        case .resources:
            return ""
        case .objects(let objects, let stats):
            return memory(objects, stats)
        }
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - c.count) }
                .joined(separator: "  ").replacing(/\s+$/, with: "")
        }
        let total = "Total: \(rows.count)"
        return ([total, "", line(header)] + rows.map(line)).joined(separator: "\n")
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
