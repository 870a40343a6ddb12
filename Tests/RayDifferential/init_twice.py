# ray.init twice: RuntimeError; ignore_reinit_error; the returned RayContext; shutdown and init again.
import re
import ray

ctx = ray.init(num_cpus=2)
print("type:", type(ctx).__module__ + "." + type(ctx).__name__)
print("repr:", re.sub(r"ray_commit='[0-9a-f]{40}'", "ray_commit='C'", re.sub(r"python_version='[\d.]+'", "python_version='V'", repr(ctx))))
print("fields:", ctx.ray_version, repr(ctx.dashboard_url))
print("address_info keys:", sorted(ctx.address_info))
print("mapping keys:", list(ctx.keys()))
try:
    ray.init(num_cpus=2)
except RuntimeError as e:
    print("second init:", type(e).__name__, "|", e)
again = ray.init(ignore_reinit_error=True)
print("ignore_reinit_error ->", type(again).__name__)
ray.shutdown()
print("after shutdown:", ray.is_initialized())
ray.shutdown()
print("double shutdown ok")
ray.init(num_cpus=1)
print("re-init job id:", ray.get_runtime_context().get_job_id(), ray.cluster_resources()["CPU"])
ray.shutdown()
