# No ray.init(): the first .remote() starts Ray; state APIs before that raise RaySystemError.
import os
import ray


@ray.remote
def f():
    return "ran"


print("initialized:", ray.is_initialized())
try:
    ray.cluster_resources()
except Exception as e:
    print(type(e).__module__ + "." + type(e).__name__, "|", e)
print("still initialized:", ray.is_initialized())
r = f.remote()
print("after .remote():", ray.is_initialized())
print(ray.get(r))
print("cpus = cpu_count:", ray.cluster_resources()["CPU"] == os.cpu_count())
ray.shutdown()
