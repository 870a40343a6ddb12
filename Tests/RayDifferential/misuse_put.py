# ray.put of an ObjectRef is refused; wrapping it in a list is allowed and keeps it a ref.
import ray

ray.init(num_cpus=2)


@ray.remote
def f():
    return 7


r = f.remote()
try:
    ray.put(r)
except Exception as e:
    print(type(e).__name__, "|", e)
wrapped = ray.put([r])
print("put([r]) gives", type(wrapped).__name__)
inner = ray.get(wrapped)
print("inner types:", [type(v).__name__ for v in inner])
print("inner is same id:", inner[0] == r, inner[0].hex() == r.hex())
print("value:", ray.get(inner[0]))
print("put None:", ray.get(ray.put(None)))
print("put tuple:", ray.get(ray.put((1, "a", [2.5]))))
ray.shutdown()
