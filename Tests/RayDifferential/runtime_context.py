# Runtime-context ids in the driver and inside tasks: types, lengths, patterns, equalities.
import re
import ray

ray.init(num_cpus=2)


@ray.remote
def probe():
    c = ray.get_runtime_context()
    return {
        "job": c.get_job_id(), "task": c.get_task_id(), "worker": c.get_worker_id(),
        "node": c.get_node_id(), "actor": c.get_actor_id(), "name": c.get_task_name(),
        "func": c.get_task_function_name(), "res": c.get_assigned_resources(), "ns": c.namespace,
    }


def shape(v):
    if isinstance(v, str) and re.fullmatch(r"[0-9a-f]+", v):
        return f"hex{len(v)}"
    return repr(v)


ctx = ray.get_runtime_context()
print("ctx type:", type(ctx).__module__ + "." + type(ctx).__name__)
d = {"job": ctx.get_job_id(), "worker": ctx.get_worker_id(), "node": ctx.get_node_id(), "actor": ctx.get_actor_id()}
print("driver:", {k: shape(v) for k, v in d.items()}, "job value:", d["job"])
print("driver worker id pattern:", bool(re.fullmatch(r"01000000f{48}", d["worker"])))
print("namespace is uuid:", bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", ctx.namespace)))
ref = probe.remote()
t = ray.get(ref)
print("task:", {k: shape(v) for k, v in t.items() if k not in ("ns",)})
print("task id == ref.task_id().hex():", t["task"] == ref.task_id().hex())
print("same job/node/namespace:", t["job"] == d["job"], t["node"] == d["node"], t["ns"] == ctx.namespace)
print("worker differs from driver:", t["worker"] != d["worker"])
t2 = ray.get(probe.options(name="renamed").remote())
print("renamed:", t2["name"], t2["func"])
ray.shutdown()
