extension RayPythonSources {
    /// The Python source of `ray.util.state`.
    static let rayUtilStateSource = #"""
"""ray.util.state: the control service's task, worker and node tables."""
import _raylet

DEFAULT_LIMIT = 100


class _StateRecord:
    """A row of a state table: fields as attributes, and as keys for dict-style access."""

    _fields = ()

    def __init__(self, **fields):
        for name in self._fields:
            setattr(self, name, fields.get(name))

    def __getitem__(self, key):
        return getattr(self, key)

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __repr__(self):
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({inner})"


class TaskState(_StateRecord):
    _fields = ("task_id", "attempt_number", "name", "state", "job_id", "actor_id", "type", "func_or_class_name",
               "parent_task_id", "node_id", "worker_id", "worker_pid", "error_type", "language",
               "required_resources", "runtime_env_info", "placement_group_id", "events", "profiling_data",
               "creation_time_ms", "start_time_ms", "end_time_ms", "task_log_info", "error_message",
               "is_debugger_paused", "call_site", "label_selector", "fallback_strategy")


class WorkerState(_StateRecord):
    _fields = ("worker_id", "is_alive", "worker_type", "exit_type", "node_id", "ip", "pid", "exit_detail",
               "worker_launch_time_ms", "worker_launched_time_ms", "start_time_ms", "end_time_ms", "debugger_port",
               "num_paused_threads")


class ActorState(_StateRecord):
    _fields = ("actor_id", "class_name", "state", "job_id", "name", "namespace", "node_id", "pid", "worker_id",
               "num_restarts", "death_cause", "is_detached", "ray_namespace")


class NodeState(_StateRecord):
    _fields = ("node_id", "node_ip", "is_head_node", "state", "state_message", "node_name", "resources_total",
               "labels", "start_time_ms", "end_time_ms")


for _cls in (TaskState, WorkerState, NodeState, ActorState):
    _cls.__module__ = "ray.util.state.common"


def _filtered(rows, filters, limit):
    out = []
    for row in rows:
        keep = True
        for key, predicate, value in filters or ():
            actual = row.get(key)
            if isinstance(actual, str) and isinstance(value, str) and key in ("state", "type", "worker_type"):
                actual, value = actual.upper(), value.upper()
            if predicate == "=":
                keep = str(actual) == str(value)
            elif predicate == "!=":
                keep = str(actual) != str(value)
            else:
                raise ValueError(f"Unsupported predicate {predicate}. Supported predicates are ['=', '!=']")
            if not keep:
                break
        if keep:
            out.append(row)
            if len(out) >= limit:
                break
    return out


def _rows(kind):
    if not _raylet.is_initialized():
        raise ConnectionError("Could not find any running Ray instance. Please specify the one to connect to by "
                              "setting `--address` flag or `RAY_ADDRESS` environment variable.")
    return _raylet.state(kind)


def list_tasks(address=None, filters=None, limit=DEFAULT_LIMIT, timeout=30, detail=False,
               raise_on_missing_output=True, _explain=False):
    rows = _filtered(_rows("tasks"), filters, limit)
    if not detail:
        for row in rows:
            for key in ("creation_time_ms", "start_time_ms", "end_time_ms"):
                row[key] = None
    return [TaskState(**row) for row in rows]


def list_workers(address=None, filters=None, limit=DEFAULT_LIMIT, timeout=30, detail=False,
                 raise_on_missing_output=True, _explain=False):
    return [WorkerState(**row) for row in _filtered(_rows("workers"), filters, limit)]


def list_actors(address=None, filters=None, limit=DEFAULT_LIMIT, timeout=30, detail=False,
                raise_on_missing_output=True, _explain=False):
    return [ActorState(**row) for row in _filtered(_rows("actors"), filters, limit)]


class ObjectState(_StateRecord):
    _fields = ("object_id", "object_size", "task_status", "attempt_number", "reference_type", "call_site", "type",
               "pid", "ip")


def list_objects(address=None, filters=None, limit=DEFAULT_LIMIT, timeout=30, detail=False,
                 raise_on_missing_output=True, _explain=False):
    return [ObjectState(**row) for row in _filtered(_rows("objects"), filters, limit)]


def get_actor(id, address=None, timeout=30, _explain=False):
    rows = [ActorState(**row) for row in _raylet.state("actors") if row["actor_id"] == id]
    return rows[0] if rows else None


def list_nodes(address=None, filters=None, limit=DEFAULT_LIMIT, timeout=30, detail=False,
               raise_on_missing_output=True, _explain=False):
    return [NodeState(**row) for row in _filtered(_rows("nodes"), filters, limit)]


def get_task(id, address=None, timeout=30, _explain=False):
    rows = [TaskState(**row) for row in _raylet.state("tasks") if row["task_id"] == id]
    return rows[-1] if rows else None
"""#
}
