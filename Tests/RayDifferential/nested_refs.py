# Top-level ref arguments (positional and keyword) are resolved; refs inside containers stay refs.
import ray

ray.init(num_cpus=2)


@ray.remote
def kinds(a, lst, d, t, kw=None):
    return (type(a).__name__, [type(v).__name__ for v in lst], {k: type(v).__name__ for k, v in d.items()},
            [type(v).__name__ for v in t], type(kw).__name__)


@ray.remote
def deref(lst):
    return sum(ray.get(lst))


@ray.remote
def make_ref():
    return ray.put(41)


@ray.remote
def produce():
    return 5


v = ray.put(5)
print(ray.get(kinds.remote(v, [v, 7], {"k": v}, (v,), kw=v)))
print(ray.get(kinds.remote(produce.remote(), [], {}, ())))
print("deref in task:", ray.get(deref.remote([v, produce.remote()])))
out = ray.get(make_ref.remote())
print("task returned a ref:", type(out).__name__, ray.get(out) + 1)
print("ref inside put:", type(ray.get(ray.put({"r": v}))["r"]).__name__)
ray.shutdown()
