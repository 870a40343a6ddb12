# Failures propagate: a task given a failed ref as an argument fails without running; nested ray.get re-raises.
import re
import ray

ray.init(num_cpus=2)

@ray.remote
def bad():
    raise ValueError("root failure")

@ray.remote
def consume(x):
    print("consume ran")
    return x

@ray.remote
def outer():
    return ray.get(bad.remote())

@ray.remote
def holds(lst):
    return "got a " + type(lst[0]).__name__

def show(label, ref):
    try:
        print(label, "->", ray.get(ref))
    except Exception as e:
        print(label, "raised", type(e).__name__, "cause", repr(e.cause))
        for line in str(e).splitlines():
            if line.strip() and set(line.strip()) != {"^"}:
                print("   |" + re.sub(r"pid=\d+", "pid=N", line))


failed = bad.remote()
show("consume(failed)", consume.remote(failed))
show("outer()", outer.remote())
show("holds([failed])", holds.remote([failed]))
ray.shutdown()
