# cluster_resources / available_resources keys, sorted (memory values and key order vary), nodes(), is_initialized.
import re
import time
import ray


def keys(d):
    return sorted(re.sub(r"node:[\d.]+$", "node:IP", k) for k in d)  # dict order varies between runs


print("initialized before:", ray.is_initialized())
ray.init(num_cpus=2)
print("initialized after:", ray.is_initialized())
print("cluster keys:", keys(ray.cluster_resources()), ray.cluster_resources()["CPU"])
print("available keys:", keys(ray.available_resources()), ray.available_resources()["CPU"])


@ray.remote
def hold(t):
    time.sleep(t)
    return t


one = hold.remote(1.2)
time.sleep(0.6)
print("one busy:", ray.available_resources().get("CPU"))
two = hold.remote(1.2)
time.sleep(0.5)
print("all busy keys:", keys(ray.available_resources()), "CPU" in ray.available_resources())
print("cluster while busy:", ray.cluster_resources()["CPU"])
ray.get([one, two])
time.sleep(0.3)
print("after:", ray.available_resources()["CPU"])
nodes = ray.nodes()
print("nodes:", len(nodes), list(nodes[0].keys()))
print("alive:", nodes[0]["Alive"], nodes[0]["alive"], "cpu:", nodes[0]["Resources"]["CPU"])
ray.shutdown()
print("initialized after shutdown:", ray.is_initialized())
