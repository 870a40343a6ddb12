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
    /// Whether `retry_exceptions` allows retrying this failure (false when the exception is not one of the
    /// classes the task listed).
    public var retryable: Bool

    public init(kind: Kind, message: String, data: [UInt8] = [], retryable: Bool = true) {
        self.kind = kind
        self.message = message
        self.data = data
        self.retryable = retryable
    }

    /// The failure of a task whose argument failed with `self`: Ray wraps the argument's error under the
    /// dependent task's header (other kinds pass through unchanged).
    public func asDependencyFailure(of taskName: String, pid: Int32) -> TaskFailure {
        guard kind == .taskError else { return self }
        let message =
            "ray::\(taskName)() (pid=\(pid), ip=127.0.0.1)\n"
            + "  At least one of the input arguments for this task could not be computed:\n"
            + "ray.exceptions.RayTaskError: " + self.message
        return TaskFailure(kind: .taskError, message: message, data: data, retryable: false)
    }

    public var payload: ObjectPayload {
        var w = WireWriter()
        w.u8(kind.rawValue)
        w.string(message)
        w.blob(data)
        w.bool(retryable)
        return .error(w.bytes)
    }

    public static func decode(_ bytes: [UInt8]) -> TaskFailure {
        var r = WireReader(bytes)
        do throws(WireError) {
            guard let kind = Kind(rawValue: try r.u8()) else { throw WireError("bad failure kind") }
            return TaskFailure(kind: kind, message: try r.string(), data: try r.blob(), retryable: try r.bool())
        } catch {
            return TaskFailure(kind: .objectLost, message: "corrupt error payload: \(error)")
        }
    }
}
