# Values are copied: ray.get returns a fresh object each time; ray.put snapshots its argument.
import ray

ray.init(num_cpus=2)

@ray.remote
def make():
    return {"items": [1, 2, 3]}


r = make.remote()
a = ray.get(r)
a["items"].append(4)
print("mutated copy:", a)
print("second get:", ray.get(r))
print("same object twice:", ray.get(r) is ray.get(r))
x = [1, 2]
p = ray.put(x)
x.append(3)
print("put snapshot:", ray.get(p), "local:", x)
g = ray.get(p)
g.append(99)
print("get after mutating result:", ray.get(p))
shared = [0]
for label, value in [("list", [shared, shared]), ("dict", {"a": shared, "b": shared}), ("tuple", (shared, shared))]:
    got = ray.get(ray.put(value))
    a, b = (got["a"], got["b"]) if label == "dict" else (got[0], got[1])
    print("shared sub-list inside a", label, "keeps identity:", a is b, "| is the original:", a is shared)


@ray.remote
def mutate(lst):
    lst.append("task")
    return lst


orig = ["driver"]
print("task result:", ray.get(mutate.remote(orig)), "driver list:", orig)
ray.shutdown()
