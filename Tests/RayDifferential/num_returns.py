# num_returns: a list of refs; returning the wrong number of values fails at ray.get of each ref.
import re
import ray

ray.init(num_cpus=2)

@ray.remote(num_returns=2)
def pair():
    return "a", "b"

@ray.remote(num_returns=2)
def three():
    return 1, 2, 3

@ray.remote(num_returns=2)
def scalar():
    return 5

@ray.remote
def one():
    return (1, 2)


refs = pair.remote()
print("type:", type(refs).__name__, len(refs), "return indices:", [int.from_bytes(r.binary()[-4:], "little") for r in refs])
print("values:", ray.get(refs), ray.get(refs[1]))
for label, rf in [("three", three), ("scalar", scalar)]:
    refs = rf.remote()
    for i, r in enumerate(refs):
        try:
            ray.get(r)
        except Exception as e:
            print(label, i, type(e).__name__, "|", re.sub(r"pid=\d+, ip=[\d.]+", "pid=N, ip=IP", str(e)))
print("num_returns=0:", one.options(num_returns=0).remote())
print("num_returns=1:", type(one.options(num_returns=1).remote()).__name__, ray.get(one.remote()))
print("pair with num_returns=1:", ray.get(pair.options(num_returns=1).remote()))
ray.shutdown()
