# An exception whose __init__ cannot be re-called with its args becomes UnserializableException.
import re
import ray

ray.init(num_cpus=2)


class Weird(Exception):
    def __init__(self, a, b):
        super().__init__(f"{a}-{b}")


@ray.remote
def weird():
    raise Weird(1, 2)


try:
    ray.get(weird.remote())
except Exception as e:
    print("type:", type(e).__module__ + "." + type(e).__name__)
    print("mro:", [c.__name__ for c in type(e).__mro__])
    print("is RayTaskError:", isinstance(e, ray.exceptions.RayTaskError))
    print("has cause:", hasattr(e, "cause"), "has as_instanceof_cause:", hasattr(e, "as_instanceof_cause"))
    for line in str(e).splitlines():
        print("   |" + re.sub(r"pid=\d+", "pid=N", line))
    print("ends with newline:", str(e).endswith("\n"))
ray.shutdown()
