/// Why an object holds an error instead of a value. The runtime creates the kinds it detects itself (a worker
/// died, a task was cancelled); `taskError` carries the interpreter layer's serialized exception untouched.
public struct TaskFailure: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// The task raised; `data` is the serialized exception with its remote traceback.
        case taskError
        /// The worker process running the task died and no retries were left.
        case workerCrashed
        /// `ray.cancel` stopped the task.
        case taskCancelled
        /// The value cannot be fetched any more (its owner is gone).
        case objectLost
        /// The actor the task was sent to died (or was killed) and the call was not retried.
        case actorDied
    }

    public var kind: Kind
    public var message: String
    public var data: [UInt8]

    public init(kind: Kind, message: String, data: [UInt8] = []) {
        self.kind = kind
        self.message = message
        self.data = data
    }

    public var payload: ObjectPayload {
        var w = WireWriter()
        w.u8(kind.rawValue)
        w.string(message)
        w.blob(data)
        return .error(w.bytes)
    }

    public static func decode(_ bytes: [UInt8]) -> TaskFailure {
        var r = WireReader(bytes)
        do throws(WireError) {
            guard let kind = Kind(rawValue: try r.u8()) else { throw WireError("bad failure kind") }
            return TaskFailure(kind: kind, message: try r.string(), data: try r.blob())
        } catch {
            return TaskFailure(kind: .objectLost, message: "corrupt error payload: \(error)")
        }
    }
}
