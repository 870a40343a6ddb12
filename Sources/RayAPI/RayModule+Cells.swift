import ClusterModel
import ClusterRuntime
import PyRuntime

/// Where a cell's task submissions begin: the tasks the driver owned when the cell started.
public struct TaskSubmissionMark {
    /// nil when no cluster was running then (every task owned later was submitted after the mark).
    let ownedBefore: Set<TaskID>?
}

/// The cell engine's door into the ray module: interrupting a cell cancels the tasks that cell submitted.
extension RayModule {
    /// Mark the tasks the driver owns now (call before a cell runs).
    public static func submissionMark(_ interp: Interpreter) -> TaskSubmissionMark {
        guard let rt = interp.extensions[RayRuntime.key] as? RayRuntime, let worker = rt.worker, rt.isDriver else {
            return TaskSubmissionMark(ownedBefore: nil)
        }
        return TaskSubmissionMark(ownedBefore: worker.ownedTaskIDs())
    }

    /// Cancel the normal tasks submitted since `mark` that have not finished (pending ones fail with
    /// TaskCancelledError at once, running ones are interrupted). Actors and their calls are left alone.
    /// - Returns: how many tasks were asked to stop (0 without a cluster).
    @discardableResult
    public static func cancelTasks(submittedSince mark: TaskSubmissionMark, _ interp: Interpreter) -> Int {
        guard let rt = interp.extensions[RayRuntime.key] as? RayRuntime, let worker = rt.worker, rt.isDriver else {
            return 0
        }
        return worker.cancelOwnedTasks(except: mark.ownedBefore ?? []).count
    }
}
