# Tasks that submit tasks: results flow back, nested ray.get inside a task, and a nested failure.
import ray

ray.init(num_cpus=2)

@ray.remote
def leaf(x):
    return x * x

@ray.remote
def fan_out(n):
    return sum(ray.get([leaf.remote(i) for i in range(n)]))

@ray.remote
def tree(depth):
    if depth == 0:
        return 1
    return 1 + sum(ray.get([tree.remote(depth - 1), tree.remote(depth - 1)]))

@ray.remote
def pass_refs(n):
    return [leaf.remote(i) for i in range(n)]

@ray.remote
def ids():
    inner = ray.get(leaf.remote(0))
    me = ray.get_runtime_context().get_task_id()
    return len(me), inner


print("fan_out:", ray.get(fan_out.remote(5)))
print("tree:", ray.get(tree.remote(2)))
refs = ray.get(pass_refs.remote(3))
print("returned refs:", [type(r).__name__ for r in refs], ray.get(refs))
print("ids:", ray.get(ids.remote()))
ray.shutdown()
