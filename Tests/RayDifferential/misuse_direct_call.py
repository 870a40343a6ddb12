# Calling a remote function directly, and applying ray.remote to things that are not functions.
import ray

ray.init(num_cpus=2)


@ray.remote
def f(a, b):
    return a + b


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "raised", type(e).__name__)
        print("   ", str(e))


attempt("f(1, 2)", lambda: f(1, 2))
attempt("ray.remote(5)", lambda: ray.remote(5))
attempt("ray.remote(num_cpus=1)(5)", lambda: ray.remote(num_cpus=1)(5))
attempt("ray.remote(bogus=1)(fn)", lambda: ray.remote(bogus=1)(lambda: 1))
print("still works:", ray.get(f.remote(1, 2)))
ray.shutdown()
