extension RayPythonSources {
    /// The Python source of `ray.exceptions`.
    static let rayExceptionsSource = #"""
"""ray.exceptions: the errors ray.get raises, with Ray's names, hierarchy and messages."""


class RayError(Exception):
    """Super class of all ray exception types."""


class RayTaskError(RayError):
    """A task raised an exception. ray.get re-raises it as an instance of both this class and the cause's."""

    def __init__(self, function_name, traceback_str, cause, proctitle=None, pid=None, ip="127.0.0.1",
                 actor_repr=None, actor_id=None):
        self.function_name = function_name
        self.traceback_str = traceback_str
        self.cause = cause
        self.proctitle = proctitle or f"ray::{function_name}"
        self.pid = pid
        self.ip = ip
        self.actor_repr = actor_repr
        self._actor_id = actor_id
        self.args = (function_name, traceback_str, cause, self.proctitle, pid, ip)

    def __str__(self):
        return self.traceback_str

    def as_instanceof_cause(self):
        cause_cls = type(self.cause)
        if not isinstance(self.cause, BaseException):
            return self
        if issubclass(cause_cls, RayError) and not issubclass(cause_cls, TaskCancelledError):
            return self
        if not issubclass(cause_cls, Exception):
            return self
        error_msg = str(self)
        function_name = self.function_name
        traceback_str = self.traceback_str
        pid = self.pid
        ip = self.ip

        class cls(RayTaskError, cause_cls):
            def __init__(self, cause):
                self.cause = cause
                self.args = (cause,)
                self.function_name = function_name
                self.traceback_str = traceback_str
                self.proctitle = f"ray::{function_name}"
                self.pid = pid
                self.ip = ip
                self.actor_repr = None
                self._actor_id = None

            def __getattr__(self, name):
                return getattr(self.cause, name)

            def __str__(self):
                return error_msg

        name = f"RayTaskError({cause_cls.__name__})"
        cls.__name__ = name
        cls.__qualname__ = name
        try:
            return cls(self.cause)
        except Exception:
            return self


class WorkerCrashedError(RayError):
    """The worker died unexpectedly while executing a task."""

    def __str__(self):
        return ("The worker died unexpectedly while executing this task. "
                "Check python-core-worker-*.log files for more information.")


class TaskCancelledError(RayError):
    """The task was cancelled with ray.cancel."""

    def __repr__(self):
        return "TaskCancelledError()"

    def __init__(self, task_id=None, error_message=None):
        self.task_id = task_id
        self.error_message = error_message
        self.args = (task_id,)

    def __str__(self):
        if self.error_message is not None:
            return self.error_message
        if self.task_id is None:
            return ""
        return "Task: " + str(self.task_id) + " was cancelled."


class GetTimeoutError(RayError, TimeoutError):
    """ray.get timed out."""


class ObjectLostError(RayError):
    """The object is lost from distributed memory."""


class OwnerDiedError(ObjectLostError):
    """The owner of the object died."""


class ObjectStoreFullError(RayError):
    """The object store is full."""


class RaySystemError(RayError):
    """An internal error of the runtime."""

    def __init__(self, client_exc, traceback_str=None):
        self.client_exc = client_exc
        self.traceback_str = traceback_str
        self.args = (client_exc,)

    def __str__(self):
        message = f"System error: {self.client_exc}"
        if self.traceback_str:
            message += f"\ntraceback: {self.traceback_str}"
        return message


class RayActorError(RayError):
    """The actor died."""


class ActorDiedError(RayActorError):
    """The actor died."""


class ActorUnavailableError(RayActorError):
    """The actor is temporarily unavailable."""


class RuntimeEnvSetupError(RayError):
    """A runtime environment failed to set up."""


class CrossLanguageError(RayError):
    """An error from another language."""


class OutOfMemoryError(RayError):
    """The task or actor ran out of memory."""


class PendingCallsLimitExceeded(RayError):
    """Too many pending calls to an actor."""


def _make_error(kind, message, cause):
    """Build the exception for a failed object (called by the runtime when ray.get meets one)."""
    if kind == "taskError":
        first = message.split("\n", 1)[0]
        name = first[5:first.index("(")] if first.startswith("ray::") and "(" in first else "task"
        pid = None
        if "pid=" in first:
            try:
                pid = int(first.split("pid=", 1)[1].split(",", 1)[0])
            except ValueError:
                pid = None
        # A task that failed because a nested ray.get raised: the cause is the innermost user exception.
        while isinstance(cause, RayTaskError) and isinstance(getattr(cause, "cause", None), BaseException):
            cause = cause.cause
        error = RayTaskError(name, message, cause, pid=pid)
        return error.as_instanceof_cause()
    if kind == "actorDied":
        return ActorDiedError("The actor died unexpectedly before finishing this task. " + message)
    if kind == "workerCrashed":
        return WorkerCrashedError()
    if kind == "taskCancelled":
        return TaskCancelledError()
    if kind == "timeout":
        return GetTimeoutError(message)
    return ObjectLostError(message)
"""#
}
