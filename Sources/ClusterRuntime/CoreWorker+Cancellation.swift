import ClusterModel

/// Cancelling what one stretch of driver code submitted: a notebook cell interrupted with Ctrl-C cancels the
/// tasks it started that have not finished, and leaves earlier cells' tasks alone.
extension CoreWorker {
    /// The tasks this process owns now (that is: has submitted and that have not finished). Taken before a
    /// cell runs, it marks where the cell's own submissions begin.
    public func ownedTaskIDs() -> Set<TaskID> {
        monitor.withLock { Set(ownedTasks.keys) }
    }

    /// Cancel every normal task this process owns that is not in `earlier` (so was submitted after that set
    /// was taken) and is not already being cancelled, as `ray.cancel` does: pending ones fail at once, queued
    /// and running ones are stopped by the head (`force` kills the worker instead of interrupting it).
    /// Actor creation and actor method calls are left alone: cancelling them would end or disturb the actor.
    /// - Returns: the ids of the tasks asked to stop.
    @discardableResult
    public func cancelOwnedTasks(except earlier: Set<TaskID>, force: Bool = false) -> [TaskID] {
        let ids = monitor.withLock {
            ownedTasks.values.filter { task in
                task.spec.type == .normalTask && !task.cancelRequested && !earlier.contains(task.spec.taskID)
            }.map(\.spec.taskID)
        }
        for id in ids { cancel(id, force: force) }
        return ids
    }
}
