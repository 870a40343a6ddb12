# A task raising ValueError: the dual exception type, its MRO, str/repr, e.cause and as_instanceof_cause.
import re
import ray

ray.init(num_cpus=2)


@ray.remote
def bad():
    raise ValueError("bad")


try:
    ray.get(bad.remote())
except Exception as e:
    print("type:", type(e).__name__, "module:", type(e).__module__)
    print("mro:", [c.__name__ for c in type(e).__mro__])
    print("isinstance ValueError:", isinstance(e, ValueError))
    print("isinstance RayTaskError:", isinstance(e, ray.exceptions.RayTaskError))
    print("isinstance RayError:", isinstance(e, ray.exceptions.RayError))
    print("repr:", repr(e))
    print("args:", e.args)
    print("cause:", repr(e.cause), type(e.cause).__name__)
    print("__cause__:", e.__cause__)
    print("str lines:")
    for line in str(e).splitlines():
        print("   |" + re.sub(r"pid=\d+", "pid=N", line))
    inst = e.as_instanceof_cause()
    print("as_instanceof_cause:", type(inst).__name__, isinstance(inst, ValueError))
try:
    ray.get(bad.remote())
except ValueError as e:
    print("caught by 'except ValueError':", type(e).__name__)
ray.shutdown()
