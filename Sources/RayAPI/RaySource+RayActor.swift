extension RayPythonSources {
    /// The Python source of `ray.actor`: actor classes, handles and methods.
    static let rayActorSource = #"""
"""ray.actor: @ray.remote classes, the handles their .remote() returns, and the methods of those handles."""
import _raylet

_ACTOR_OPTIONS = (
    "accelerator_type", "allow_out_of_order_execution", "concurrency_groups", "enable_task_events",
    "get_if_exists", "label_selector", "lifetime", "max_concurrency", "max_pending_calls", "max_restarts",
    "max_task_retries", "memory", "name", "namespace", "num_cpus", "num_gpus", "object_store_memory",
    "placement_group", "placement_group_bundle_index", "placement_group_capture_child_tasks", "resources",
    "runtime_env", "scheduling_strategy", "_metadata", "_labels",
)


# Options only actors take, in the order Ray lists them after the task-only ones.
_ACTOR_ONLY_OPTIONS = (
    "concurrency_groups", "enable_tensor_transport", "lifetime", "max_concurrency", "max_restarts",
    "max_task_retries", "max_pending_calls", "namespace", "get_if_exists", "allow_out_of_order_execution",
    "_actor_generator_backpressure_num_objects",
)


def _is_coroutine_function(f):
    code = getattr(f, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


def _method_names(cls):
    names = []
    for name in dir(cls):
        if name.startswith("__") and name not in ("__call__",):
            continue
        if callable(getattr(cls, name, None)):
            names.append(name)
    return names


class ActorMethod:
    """handle.method: .remote(...) calls the method on the actor and returns an ObjectRef."""

    def __init__(self, handle, method_name, num_returns=1, max_task_retries=None):
        self._handle = handle
        self._method_name = method_name
        self._num_returns = num_returns
        self._max_task_retries = max_task_retries

    def __call__(self, *args, **kwargs):
        raise TypeError(
            f"Actor methods cannot be called directly. Instead of running 'object.{self._method_name}()', try "
            f"'object.{self._method_name}.remote()'.")

    def remote(self, *args, **kwargs):
        return self._handle._actor_method_call(self._method_name, args, kwargs, self._num_returns,
                                               self._max_task_retries)

    def options(self, **options):
        for key in options:
            if key not in ("num_returns", "max_task_retries", "name", "concurrency_group", "enable_task_events",
                           "retry_exceptions", "_generator_backpressure_num_objects"):
                raise ValueError(f"Invalid option keyword {key} for actor methods.")
        return ActorMethod(self._handle, self._method_name, options.get("num_returns", self._num_returns),
                           options.get("max_task_retries", self._max_task_retries))

    def __repr__(self):
        return f"<ray.actor.ActorMethod object at {hex(id(self))}>"


class ActorHandle:
    """A reference to an actor: its methods are called with handle.method.remote(...)."""

    def __init__(self, actor_id, class_name, method_names, max_task_retries=0, is_async=False, lifetime_ref=None):
        self._ray_lifetime_ref = lifetime_ref
        self._ray_actor_id = actor_id
        self._ray_class_name = class_name
        self._ray_method_names = method_names
        self._ray_max_task_retries = max_task_retries
        self._ray_is_async = is_async

    def __getattr__(self, name):
        if name.startswith("_ray_"):
            raise AttributeError(name)
        names = self.__dict__.get("_ray_method_names")
        if names is not None and name not in names:
            raise AttributeError(f"'ActorHandle' object has no attribute '{name}'")
        return ActorMethod(self, name)

    def __dir__(self):
        return sorted(set(type(self).__dict__) | set(self.__dict__) | set(self._ray_method_names or ()))

    def _actor_method_call(self, method_name, args, kwargs, num_returns, max_task_retries):
        if max_task_retries is None:
            max_task_retries = self._ray_max_task_retries
        refs = _raylet.submit_actor_task(self._ray_actor_id, self._ray_class_name, method_name, args, kwargs,
                                         num_returns, max_task_retries)
        if num_returns == 1:
            return refs[0]
        if num_returns == 0:
            return None
        return refs

    def __repr__(self):
        return f"Actor({self._ray_class_name}, {self._ray_actor_id})"

    def __eq__(self, other):
        return isinstance(other, ActorHandle) and other._ray_actor_id == self._ray_actor_id

    def __hash__(self):
        return hash(self._ray_actor_id)


class _ActorExport:
    def __init__(self, cls):
        self.cls = cls
        self.class_id = None

    def get_id(self):
        if self.class_id is None:
            self.class_id = _raylet.export_function(self.cls)
        return self.class_id


class ActorClass:
    """A class decorated with @ray.remote: Class.remote(...) creates an actor."""

    def __init__(self, cls, options, export=None):
        self._cls = cls
        self._options = options
        self._export = export if export is not None else _ActorExport(cls)
        self.__name__ = cls.__name__
        self.__qualname__ = cls.__qualname__
        self.__doc__ = cls.__doc__
        self.__module__ = cls.__module__

    def __call__(self, *args, **kwargs):
        raise TypeError(
            f"Actors cannot be instantiated directly. Instead of '{self._cls.__name__}()', use "
            f"'{self._cls.__name__}.remote()'.")

    def options(self, **options):
        _check_actor_options(options)
        merged = dict(self._options)
        merged.update(options)
        actor_class = ActorClass(self._cls, merged, self._export)

        class ActorOptionWrapper:
            def remote(self, *args, **kwargs):
                return actor_class.remote(*args, **kwargs)

        return ActorOptionWrapper()

    def remote(self, *args, **kwargs):
        import ray
        if not _raylet.is_initialized():
            ray.init()
        cls = self._cls
        options = self._options
        name = options.get("name") or ""
        namespace = options.get("namespace")
        if namespace is None:
            namespace = ray.get_runtime_context().namespace
        if name:
            existing = _raylet.named_actor(name, namespace)
            if existing is not None:
                if options.get("get_if_exists"):
                    return _handle_from_record(existing)
                raise ValueError(f"The name {name} (namespace={namespace}) is already taken. Please use a different "
                                 "name or get the existing actor using ray.get_actor('{name}', "
                                 f"namespace='{namespace}')")
        init = getattr(cls, "__init__", None)
        if init is not None and init is not object.__init__ and hasattr(init, "__code__"):
            import inspect
            inspect.signature(init).bind(None, *args, **kwargs)
        methods = _method_names(cls)
        is_async = any(_is_coroutine_function(getattr(cls, m)) for m in methods)
        max_concurrency = options.get("max_concurrency")
        if max_concurrency is None:
            max_concurrency = 1000 if is_async else 1
        num_cpus = options.get("num_cpus")
        max_task_retries = options.get("max_task_retries") or 0
        detached = options.get("lifetime") == "detached"
        if options.get("lifetime") not in (None, "detached", "non_detached"):
            raise ValueError("actor `lifetime` argument must be one of 'detached', 'non_detached' and 'None'.")
        actor_id, lifetime_ref = _raylet.create_actor(
            self._export.get_id(), cls.__name__, args, kwargs, -1 if num_cpus is None else num_cpus,
            options.get("max_restarts") or 0, max_concurrency, name, namespace, is_async,
            detached or bool(name), cls.__module__ + "." + cls.__qualname__)
        return ActorHandle(actor_id, cls.__name__, methods, max_task_retries, is_async, lifetime_ref)

    def __repr__(self):
        return f"<ray.actor.ActorClass({self._cls.__name__}) object at {hex(id(self))}>"


def _check_actor_options(options):
    for key in options:
        if key not in _ACTOR_OPTIONS:
            raise ValueError(f"Invalid option keyword {key} for actors. Valid ones are {list(_ACTOR_OPTIONS)}.")
    if "max_concurrency" in options:
        n = options["max_concurrency"]
        if n is not None and (not isinstance(n, int) or n < 1):
            raise ValueError("max_concurrency must be >= 1")


def _handle_from_record(record):
    return ActorHandle(record["actor_id"], record["class_name"], None, 0, record["is_async"])


def get_actor(name, namespace=None):
    import ray
    if not _raylet.is_initialized():
        ray.init()
    if namespace is None:
        namespace = ray.get_runtime_context().namespace
    record = _raylet.named_actor(name, namespace)
    if record is None:
        raise ValueError(f"Failed to look up actor with name '{name}'. This could because 1. You are trying to "
                         "look up a named actor you didn't create. 2. The named actor died. 3. You did not use a "
                         "namespace matching the namespace of the actor.")
    return _handle_from_record(record)


def kill(actor, *, no_restart=True):
    if not isinstance(actor, ActorHandle):
        raise ValueError(f"ray.kill() only supported for actors. For tasks, try ray.cancel(). Got: {type(actor)}.")
    _raylet.kill_actor(actor._ray_actor_id, no_restart)
"""#
}
