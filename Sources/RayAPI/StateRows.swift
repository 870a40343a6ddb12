import ClusterModel
import ClusterRuntime
import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// The control service's tables as lists of dicts, which `ray.util.state` wraps in its record classes.
enum StateRows {
    static func query(_ interp: Interpreter, _ worker: CoreWorker, _ kind: String) throws(PyError) -> Value {
        let queryKind: QueryKind
        switch kind {
        case "tasks": queryKind = .tasks
        case "workers": queryKind = .workers
        case "nodes": queryKind = .nodes
        case "resources": queryKind = .resources
        case "actors": queryKind = .actors
        case "objects": return try objects(worker)
        default: throw .valueError("unknown state kind \(kind)")
        }
        let result: QueryResult
        do throws(RuntimeFailure) {
            result = try worker.query(queryKind)
        } catch {
            throw .runtimeError("Failed to query the cluster state: \(error)")
        }
        return rows(result)
    }

    static func rows(_ result: QueryResult) -> Value {
        switch result {
        case .tasks(let rows): return list(rows.map(task))
        case .workers(let rows): return list(rows.map(worker))
        case .nodes(let rows): return list(rows.map(node))
        case .resources(let total, let available):
            return .object(PyTuple([resources(total), resources(available)]))
        case .actors(let rows): return list(rows.map(actor))
        case .objects: return list([])
        }
    }

    /// `list_objects`: this process's reference table, then objects in the node's store that other
    /// processes own (with their location), as Ray merges the reference tables of every worker.
    static func objects(_ worker: CoreWorker) throws(PyError) -> Value {
        let mine = worker.referenceTable().sorted { $0.objectID.hex < $1.objectID.hex }
        var rows: [PyDict] = mine.map { r in
            dict([
                ("object_id", .str(r.objectID.hex)), ("object_size", .int(r.size)),
                ("task_status", .str(r.isReady ? "FINISHED" : "SUBMITTED_TO_WORKER")), ("attempt_number", .int(1)),
                ("reference_type", .str(r.referenceType)), ("call_site", .str("disabled")),
                ("type", .str(worker.kind == .driver ? "DRIVER" : "WORKER")), ("pid", .int(Int(getpid()))),
                ("ip", .str("127.0.0.1")),
            ])
        }
        let known = Set(mine.map(\.objectID))
        let store: QueryResult
        do throws(RuntimeFailure) {
            store = try worker.query(.objects)
        } catch {
            throw .runtimeError("Failed to query the object store: \(error)")
        }
        if case .objects(let stored, _) = store {
            for r in stored where !known.contains(r.objectID) {
                rows.append(
                    dict([
                        ("object_id", .str(r.objectID.hex)), ("object_size", .int(r.size)), ("task_status", .str("FINISHED")),
                        ("attempt_number", .int(1)),
                        ("reference_type", .str(r.location == .spilled ? "SPILLED" : "PINNED_IN_MEMORY")),
                        ("call_site", .str("disabled")), ("type", .str("WORKER")), ("pid", .none), ("ip", .str("127.0.0.1")),
                    ]))
            }
        }
        return list(rows)
    }

    static func list(_ dicts: [PyDict]) -> Value { .object(PyList(dicts.map { .object($0) })) }

    static func dict(_ pairs: [(String, Value)]) -> PyDict {
        let d = PyDict()
        for (k, v) in pairs { d.setItem(k, v) }
        return d
    }

    /// Resources in Ray's order: CPU, memory, object store, then the node labels.
    static func resources(_ r: [String: Double]) -> Value {
        let d = PyDict()
        let first = ["CPU", "memory", "object_store_memory", "node:__internal_head__"]
        for k in first { if let v = r[k] { d.setItem(k, .float(v)) } }
        for (k, v) in r.sorted(by: { $0.key < $1.key }) where !first.contains(k) { d.setItem(k, .float(v)) }
        return .object(d)
    }

    static func milliseconds(_ seconds: Double) -> Value { seconds == 0 ? .none : .int(Int(seconds * 1000)) }

    static func task(_ t: TaskRecord) -> PyDict {
        dict([
            ("task_id", .str(t.taskID.hex)), ("attempt_number", .int(t.attempt)), ("name", .str(t.name)),
            ("state", .str(t.state.name)), ("job_id", .str(t.jobID.hex)),
            ("actor_id", t.type == .normalTask ? .none : .str(t.taskID.actor.hex)), ("type", .str(t.type.name)),
            ("func_or_class_name", .str(t.functionName.split(separator: ".").suffix(t.type == .normalTask ? 1 : 2).joined(separator: "."))),
            ("parent_task_id", .str(parentHex(t.parentTaskID))),
            ("node_id", .str(t.nodeID.hex)), ("worker_id", t.workerID.map { .str($0.hex) } ?? .none),
            ("worker_pid", t.workerPID == 0 ? .none : .int(t.workerPID)),
            ("error_type", t.state == .failed ? .str("TASK_EXECUTION_EXCEPTION") : .none),
            ("language", .none), ("required_resources", .none),
            ("creation_time_ms", milliseconds(t.creationTime)), ("start_time_ms", milliseconds(t.startTime)),
            ("end_time_ms", milliseconds(t.endTime)),
        ])
    }

    /// Tasks submitted by the driver show Ray's nil parent (`ff...ff` + job id).
    static func parentHex(_ parent: TaskID) -> String {
        parent.bytes.first == 0 && parent.bytes[1..<20].allSatisfy({ $0 == 0xff })
            ? String(repeating: "ff", count: 20) + parent.job.hex : parent.hex
    }

    static func worker(_ w: WorkerRecord) -> PyDict {
        dict([
            ("worker_id", .str(w.workerID.hex)), ("is_alive", .bool(w.isAlive)),
            ("worker_type", .str(w.kind == .driver ? "DRIVER" : "WORKER")),
            ("exit_type", w.isAlive ? .none : .str("SYSTEM_ERROR")),
            ("node_id", .str(w.nodeID.hex)), ("ip", .str("127.0.0.1")), ("pid", .int(w.pid)),
            ("exit_detail", w.exitDetail.isEmpty ? .none : .str(w.exitDetail)),
        ])
    }

    static func actor(_ a: ActorRecord) -> PyDict {
        dict([
            ("actor_id", .str(a.actorID.hex)), ("class_name", .str(a.className)), ("state", .str(a.state.name)),
            ("job_id", .str(a.jobID.hex)), ("name", .str(a.name)), ("namespace", .str(a.namespace)),
            ("node_id", .str(a.nodeID.hex)), ("pid", a.pid == 0 ? .none : .int(a.pid)),
            ("worker_id", a.workerID.map { .str($0.hex) } ?? .none), ("num_restarts", .int(a.numRestarts)),
            ("death_cause", a.deathCause.isEmpty ? .none : .str(a.deathCause)), ("is_detached", .bool(false)),
            ("ray_namespace", .str(a.namespace)),
            ("is_async", .bool(a.isAsync)), ("max_concurrency", .int(a.maxConcurrency)),
        ])
    }

    static func node(_ n: NodeRecord) -> PyDict {
        dict([
            ("node_id", .str(n.nodeID.hex)), ("node_ip", .str(n.address)), ("is_head_node", .bool(n.isHead)),
            ("state", .str("ALIVE")), ("node_name", .str(n.address)),
            ("resources_total", resources(n.resourcesTotal)),
        ])
    }
}
