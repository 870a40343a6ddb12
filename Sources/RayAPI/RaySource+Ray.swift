extension RayPythonSources {
    /// The Python source of `ray`.
    static let raySource = #"""
"""ray: remote tasks, object refs and the cluster runtime, over the native _raylet module."""
import sys as _sys
import time as _time
import _raylet
from _raylet import ObjectRef
import ray.exceptions as exceptions
from ray.actor import ActorClass as _ActorClass, get_actor, kill, _check_actor_options

__version__ = "2.60.0"

_raylet.set_error_factory(exceptions._make_error)

_TASK_OPTIONS = (
    "label_selector", "fallback_strategy", "accelerator_type", "memory", "name", "num_cpus", "num_gpus",
    "object_store_memory", "placement_group", "placement_group_bundle_index",
    "placement_group_capture_child_tasks", "resources", "runtime_env", "scheduling_strategy", "enable_task_events",
    "_labels", "max_calls", "max_retries", "num_returns", "retry_exceptions", "_generator_backpressure_num_objects",
    "_num_objects_per_yield",
)
_TASK_ONLY_OPTIONS = (
    "max_calls", "max_retries", "num_cpus", "num_returns", "object_store_memory", "retry_exceptions",
    "_generator_backpressure_num_objects", "_num_objects_per_yield",
)
_OPTION_TYPES = {
    "num_cpus": (float, int, type(None)), "num_gpus": (float, int, type(None)), "memory": (float, int, type(None)),
    "max_retries": (int, type(None)), "max_calls": (int, type(None)), "name": (str, type(None)),
    "num_returns": (int, str, type(None)), "retry_exceptions": (bool, list, tuple),
}


class RayContext:
    """What ray.init returns: facts about the cluster this driver is connected to."""

    __module__ = "ray._private.worker"

    def __init__(self, address_info):
        self.address_info = address_info
        self.dashboard_url = ""
        self.python_version = "3.11"
        self.ray_version = __version__
        self.ray_commit = "swiftray"

    def __getitem__(self, key):
        return self.address_info[key]

    def __iter__(self):
        return iter(self.address_info)

    def __len__(self):
        return len(self.address_info)

    def __contains__(self, key):
        return key in self.address_info

    def keys(self):
        return self.address_info.keys()

    def values(self):
        return self.address_info.values()

    def items(self):
        return self.address_info.items()

    def get(self, key, default=None):
        return self.address_info.get(key, default)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        shutdown()

    def disconnect(self):
        shutdown()

    def __repr__(self):
        return (f"RayContext(dashboard_url='{self.dashboard_url}', python_version='{self.python_version}', "
                f"ray_version='{self.ray_version}', ray_commit='{self.ray_commit}')")


def _log_info(message):
    now = _time.time()
    stamp = _time.strftime("%Y-%m-%d %H:%M:%S", _time.localtime(now)) + "," + str(int(now * 1000) % 1000).zfill(3)
    _sys.stderr.write(f"{stamp}\tINFO worker.py:1888 -- {message}\n")
    _sys.stderr.flush()


def init(address=None, *, num_cpus=None, num_gpus=None, resources=None, labels=None,
         object_store_memory=None, local_mode=False, ignore_reinit_error=False, include_dashboard=None,
         dashboard_host="127.0.0.1", dashboard_port=None, job_config=None, configure_logging=True,
         logging_level="info", logging_format=None, logging_config=None, log_to_driver=None, namespace=None,
         runtime_env=None, **kwargs):
    if _raylet.is_initialized():
        if ignore_reinit_error:
            _log_info("Calling ray.init() again after it has already been called.")
            return RayContext({"session_dir": _raylet.session_dir()})
        raise RuntimeError(
            "Maybe you called ray.init twice by accident? This error can be suppressed by passing in "
            "'ignore_reinit_error=True' or by calling 'ray.shutdown()' prior to 'ray.init()'.")
    if _raylet.is_worker():
        return RayContext({})
    for key in kwargs:
        if not key.startswith("_"):
            raise RuntimeError(f"Unknown keyword argument(s): {key}")
    if address is not None and address != "local":
        raise ConnectionError(
            "Could not find any running Ray instance. Please specify the one to connect to by setting "
            "`--address` flag or `RAY_ADDRESS` environment variable.")
    if num_cpus is not None and (not isinstance(num_cpus, (int, float)) or num_cpus < 0):
        raise ValueError("num_cpus must be a non-negative number")
    if log_to_driver is None:
        log_to_driver = True
    _raylet.init(num_cpus, object_store_memory, bool(log_to_driver), str(logging_level))
    if namespace is None:
        import uuid
        namespace = str(uuid.uuid4())
    _raylet.set_namespace(namespace)
    _log_info("Started a local SwiftRay instance.")
    session = _raylet.session_dir()
    node_id = get_runtime_context().get_node_id()
    return RayContext({
        "node_ip_address": "127.0.0.1", "redis_address": None, "object_store_address": "/dev/shm",
        "raylet_socket_name": session + "/sockets/head", "webui_url": "", "session_dir": session,
        "metrics_export_port": -1, "gcs_address": session + "/sockets/head", "address": session + "/sockets/head",
        "dashboard_agent_listen_port": -1, "node_id": node_id,
    })


def is_initialized():
    return _raylet.is_initialized()


def shutdown(_exiting_interpreter=False):
    _raylet.shutdown()


def _auto_init():
    if not _raylet.is_initialized():
        init()


def _check_options(options, where="remote functions"):
    for key in options:
        if key not in _TASK_OPTIONS:
            raise ValueError(f"Invalid option keyword {key} for {where}. Valid ones are {list(_TASK_OPTIONS)}.")
        types = _OPTION_TYPES.get(key)
        if types is not None and not isinstance(options[key], types):
            raise TypeError(f"The type of keyword '{key}' must be {types}, but received type {type(options[key])}")
    if "num_returns" in options:
        n = options["num_returns"]
        if n is not None and n != "dynamic" and n != "streaming" and (not isinstance(n, int) or n < 0):
            raise ValueError("The keyword 'num_returns' only accepts None, a non-negative integer, "
                             "'streaming' (for generators), or 'dynamic'")
    if "max_retries" in options:
        n = options["max_retries"]
        if n is not None and (not isinstance(n, int) or n < -1):
            raise ValueError("The keyword 'max_retries' only accepts None, 0, -1 or a positive integer")
    if "num_cpus" in options:
        n = options["num_cpus"]
        if n is not None and (not isinstance(n, (int, float)) or n < 0):
            raise ValueError("The keyword 'num_cpus' only accepts None or a non-negative number")


class _FunctionExport:
    """The exported code of one remote function, shared by its .options() copies."""

    def __init__(self, function):
        self.function = function
        self.function_id = None

    def get_id(self):
        if self.function_id is None:
            self.function_id = _raylet.export_function(self.function)
        return self.function_id


def _check_call(function, code, nargs, kwargs):
    """Raise the TypeError a call with these arguments would raise, at .remote() as Ray does."""
    flags = code.co_flags
    if not kwargs and not (flags & 0x04) and not code.co_kwonlyargcount:
        defaults = function.__defaults__
        required = code.co_argcount - (len(defaults) if defaults else 0)
        if required <= nargs <= code.co_argcount:
            return
    import inspect
    inspect.signature(function).bind(*range(nargs), **kwargs)


class RemoteFunction:
    """A function decorated with @ray.remote: f.remote(...) runs it as a task on the cluster."""

    __module__ = "ray.remote_function"

    def __init__(self, function, options, export=None):
        self._function = function
        self._function_name = function.__module__ + "." + function.__qualname__
        self._default_options = options
        self._export = export if export is not None else _FunctionExport(function)
        self._name = options.get("name") or function.__name__
        self._num_returns = options.get("num_returns")
        if self._num_returns is None:
            self._num_returns = 1
        self._num_cpus = options.get("num_cpus")
        if self._num_cpus is None:
            self._num_cpus = 1
        self._max_retries = options.get("max_retries")
        if self._max_retries is None:
            self._max_retries = 3
        retry = options.get("retry_exceptions") or False
        self._retry_exceptions = list(retry) if isinstance(retry, (list, tuple)) else bool(retry)
        self.__doc__ = function.__doc__
        self.__name__ = function.__name__
        self.__qualname__ = function.__qualname__
        self.__wrapped__ = function

    def __call__(self, *args, **kwargs):
        raise TypeError(
            "Remote functions cannot be called directly. Instead of running "
            f"'{self._function_name}()', try '{self._function_name}.remote()'.")

    def options(self, **task_options):
        _check_options(task_options)
        merged = dict(self._default_options)
        merged.update(task_options)
        remote_function = RemoteFunction(self._function, merged, self._export)

        class FuncWrapper:
            __module__ = "ray.remote_function"

            def remote(self, *args, **kwargs):
                return remote_function.remote(*args, **kwargs)

            def bind(self, *args, **kwargs):
                raise NotImplementedError("Ray DAGs are not part of SwiftRay")

        FuncWrapper.__qualname__ = "RemoteFunction.options.<locals>.FuncWrapper"
        FuncWrapper.__module__ = "ray.remote_function"
        return FuncWrapper()

    def remote(self, *args, **kwargs):
        function = self._function
        _check_call(function, function.__code__, len(args), kwargs)
        if not _raylet.is_initialized():
            _auto_init()
        refs = _raylet.submit_task(self._export.get_id(), self._function_name, self._name, args, kwargs,
                                   self._num_returns, self._num_cpus, self._max_retries, self._retry_exceptions)
        if self._num_returns == 1:
            return refs[0]
        if self._num_returns == 0:
            return None
        return refs




def _make_remote(target, options):
    if isinstance(target, type):
        _check_actor_options(options)
        return _ActorClass(target, options)
    target.__module__  # Ray reads it first: AttributeError for anything that is not a function
    if not callable(target):
        raise TypeError("The @ray.remote decorator must be applied to either a function or a class.")
    return RemoteFunction(target, options)


def remote(*args, **kwargs):
    if len(args) == 1 and not kwargs and callable(args[0]):
        return _make_remote(args[0], {})
    if args:
        from ray.actor import _ACTOR_ONLY_OPTIONS
        names = list(_TASK_ONLY_OPTIONS) + list(_ACTOR_ONLY_OPTIONS)
        names += [n for n in _TASK_OPTIONS if n not in _TASK_ONLY_OPTIONS]
        raise AssertionError(
            "The @ray.remote decorator must be applied either with no arguments and no parentheses, for "
            "example '@ray.remote', or it must be applied using some of the arguments in the list "
            f"{names}, for example '@ray.remote(num_returns=2, resources={{\"CustomResource\": 1}})'.")
    def decorator(target):
        if not isinstance(target, type):
            _check_options(kwargs)
        return _make_remote(target, kwargs)
    return decorator


async def _await_ref(ref):
    import asyncio
    # wait(timeout=0) also asks the owner of a borrowed ref for its value.
    while not _raylet.wait([ref], 1, 0):
        await asyncio.sleep(0.001)
    return _raylet.get([ref], None)[0]


def get(object_refs, *, timeout=None):
    if not _raylet.is_initialized():
        _auto_init()
    if isinstance(object_refs, ObjectRef):
        if timeout is not None and timeout < 0:
            timeout = None
        return _raylet.get([object_refs], timeout)[0]
    if not isinstance(object_refs, list):
        raise ValueError(
            f"Invalid type of object refs, {type(object_refs)}, is given. 'object_refs' must either be an "
            "ObjectRef or a list of ObjectRefs. ")
    for ref in object_refs:
        if not isinstance(ref, ObjectRef):
            raise TypeError(f"Attempting to call `get` on the value {ref}, which is not an ray.ObjectRef.")
    if timeout is not None and timeout < 0:
        timeout = None
    return _raylet.get(object_refs, timeout)


def put(value, *, _owner=None):
    if not _raylet.is_initialized():
        _auto_init()
    if isinstance(value, ObjectRef):
        raise TypeError(
            "Calling 'put' on an ray.ObjectRef is not allowed. If you really want to do this, you can wrap "
            "the ray.ObjectRef in a list and call 'put' on it.")
    return _raylet.put(value)


def wait(ray_waitables, *, num_returns=1, timeout=None, fetch_local=True):
    if not _raylet.is_initialized():
        _auto_init()
    if isinstance(ray_waitables, ObjectRef):
        raise TypeError("wait() expected a list of ray.ObjectRef or ray.ObjectRefGenerator, got a single "
                        "ray.ObjectRef or ray.ObjectRefGenerator " + repr(ray_waitables))
    if not isinstance(ray_waitables, list):
        raise TypeError("wait() expected a list of ray.ObjectRef or ray.ObjectRefGenerator, got "
                        f"{type(ray_waitables)}")
    if timeout is not None and timeout < 0:
        raise ValueError(f"The 'timeout' argument must be nonnegative. Received {timeout}")
    for ref in ray_waitables:
        if not isinstance(ref, ObjectRef):
            raise TypeError("wait() expected a list of ray.ObjectRef or ray.ObjectRefGenerator, got list "
                            f"containing {type(ref)}")
    if not ray_waitables:
        return [], []
    if len(ray_waitables) != len(set(ray_waitables)):
        raise ValueError("Wait requires a list of unique ray_waitables.")
    if num_returns <= 0:
        raise ValueError("Invalid number of objects to return %d." % num_returns)
    if num_returns > len(ray_waitables):
        raise ValueError("num_returns cannot be greater than the number of ray_waitables provided to ray.wait.")
    ready_indices = _raylet.wait(ray_waitables, num_returns, timeout)
    ready = [ray_waitables[i] for i in ready_indices]
    chosen = set(ready_indices)
    not_ready = [ray_waitables[i] for i in range(len(ray_waitables)) if i not in chosen]
    return ready, not_ready


def cancel(ray_waitable, *, force=False, recursive=True):
    if not isinstance(ray_waitable, ObjectRef):
        raise TypeError("ray.cancel() only supported for object refs. For actors, try ray.kill(). "
                        f"Got: {type(ray_waitable)}.")
    if not _raylet.is_initialized():
        _auto_init()
    _raylet.cancel(ray_waitable, force)


class RuntimeContext:
    """What ray.get_runtime_context() returns: ids of the job, task, worker and node running this code."""

    __module__ = "ray.runtime_context"

    def __init__(self, ids):
        self._ids = ids

    def get_job_id(self):
        return self._ids[0]

    def get_task_id(self):
        return self._ids[1]

    def get_worker_id(self):
        return self._ids[2]

    def get_node_id(self):
        return self._ids[3]

    def get_actor_id(self):
        return self._ids[5]

    def get_task_name(self):
        return self._ids[6]

    def get_task_function_name(self):
        return self._ids[7]

    @property
    def namespace(self):
        return self._ids[4]

    def get_assigned_resources(self):
        return {"CPU": 1.0} if self._ids[1] is not None and self._ids[5] is None else {}

    def get(self):
        return {"job_id": self._ids[0], "node_id": self._ids[3], "namespace": self._ids[4]}




def get_runtime_context():
    if not _raylet.is_initialized():
        _auto_init()
    return RuntimeContext(_raylet.context())


def _require_started():
    if not _raylet.is_initialized():
        raise exceptions.RaySystemError(
            "Ray has not been started yet. Trying to use state API before ray.init() has been called.")


def cluster_resources():
    _require_started()
    return _raylet.state("resources")[0]


def available_resources():
    _require_started()
    available = _raylet.state("resources")[1]
    if available.get("CPU") == 0:
        del available["CPU"]
    return available


def nodes():
    _require_started()
    result = []
    session = _raylet.session_dir()
    for node in _raylet.state("nodes"):
        result.append({
            "NodeID": node["node_id"], "Alive": True, "NodeManagerAddress": node["node_ip"],
            "NodeManagerHostname": "localhost", "NodeManagerPort": 0, "ObjectManagerPort": 0,
            "ObjectStoreSocketName": session + "/sockets/head", "RayletSocketName": session + "/sockets/head",
            "MetricsExportPort": -1, "MetricsAgentPort": -1, "DashboardAgentListenPort": -1,
            "NodeName": node["node_ip"], "RuntimeEnvAgentPort": -1, "DeathReason": 0, "DeathReasonMessage": "",
            "alive": True, "Resources": node["resources_total"], "Labels": {"ray.io/node-id": node["node_id"]},
        })
    return result
"""#
}
