# ray.get of a list: values keep list order; one failure makes the whole get raise; the first failure to finish wins.
import time
import ray

ray.init(num_cpus=2)


@ray.remote
def ok(x):
    return x * 10


@ray.remote
def fail(msg, delay):
    time.sleep(delay)
    raise KeyError(msg)


print(ray.get([ok.remote(i) for i in range(5)]))
refs = [ok.remote(1), fail.remote("only", 0), ok.remote(3)]
try:
    ray.get(refs)
except KeyError as e:
    print("list get raised:", type(e).__name__, repr(e.cause))
print("the good ones still work:", ray.get([refs[0], refs[2]]))
refs = [ok.remote(1), fail.remote("slow", 1.0), fail.remote("fast", 0)]
try:
    ray.get(refs)
except KeyError as e:
    print("two failures, raised:", repr(e.cause))
ready, rest = ray.wait([refs[2]], timeout=5)
print("failed ref counts as ready:", len(ready), len(rest))
print("nested list is not a list of refs:", end=" ")
try:
    ray.get([[refs[0]]])
except Exception as e:
    print(type(e).__name__, "|", e)
ray.shutdown()
