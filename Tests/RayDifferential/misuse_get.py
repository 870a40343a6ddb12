# ray.get on things that are not refs, and ray.get with a timeout on a slow task.
import time
import ray

ray.init(num_cpus=2)


@ray.remote
def slow():
    time.sleep(1.5)
    return "slow done"


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "raised", type(e).__module__ + "." + type(e).__name__, "|", repr(str(e)))


ok = ray.put(1)
attempt("get(5)", lambda: ray.get(5))
attempt("get('x')", lambda: ray.get("x"))
attempt("get((ok,))", lambda: ray.get((ok,)))
attempt("get([1, 2])", lambda: ray.get([1, 2]))
attempt("get([ok, 2])", lambda: ray.get([ok, 2]))
attempt("get([])", lambda: ray.get([]))
s = slow.remote()
attempt("get(slow, timeout=0.1)", lambda: ray.get(s, timeout=0.1))
attempt("get(slow, timeout=0)", lambda: ray.get(s, timeout=0))
try:
    ray.get(s, timeout=0.1)
except TimeoutError as e:
    print("caught as TimeoutError:", [c.__name__ for c in type(e).__mro__])
attempt("get(slow) no timeout", lambda: ray.get(s))
ray.shutdown()
