# Wrong argument counts are rejected at .remote() time (signature binding), before any task runs.
import ray

ray.init(num_cpus=2)


@ray.remote
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "-> ref" if isinstance(r, ray.ObjectRef) else "-> " + repr(r))
        return r
    except Exception as e:
        print(label, "raised at .remote():", type(e).__name__, "|", e)


attempt("f.remote(1)", lambda: f.remote(1))
attempt("f.remote()", lambda: f.remote())
attempt("f.remote(1, 2, 3, 4)", lambda: f.remote(1, 2, 3, 4))
attempt("f.remote(1, 2, e=5)", lambda: f.remote(1, 2, e=5))
attempt("f.remote(1, a=1)", lambda: f.remote(1, a=1))
r = attempt("f.remote(1, 2)", lambda: f.remote(1, 2))
print(ray.get(r))
print(ray.get(f.remote(1, b=2, d=9)))
ray.shutdown()
