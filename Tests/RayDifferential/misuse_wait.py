# ray.wait argument validation and edge cases.
import ray

ray.init(num_cpus=2)


@ray.remote
def f(x):
    return x


def attempt(label, fn):
    try:
        ready, rest = fn()
        print(label, "-> ready", len(ready), "rest", len(rest))
    except Exception as e:
        msg = str(e).split(" ObjectRef(")[0]
        print(label, "raised", type(e).__name__, "|", msg)


x = f.remote(1)
ray.get(x)
attempt("wait([x, x])", lambda: ray.wait([x, x]))
attempt("wait([x], num_returns=2)", lambda: ray.wait([x], num_returns=2))
attempt("wait([])", lambda: ray.wait([]))
attempt("wait(x)", lambda: ray.wait(x))
attempt("wait((x,))", lambda: ray.wait((x,)))
attempt("wait([x, 3])", lambda: ray.wait([x, 3]))
attempt("wait([x], num_returns=0)", lambda: ray.wait([x], num_returns=0))
attempt("wait([x], num_returns=-1)", lambda: ray.wait([x], num_returns=-1))
attempt("wait([x], timeout=-1)", lambda: ray.wait([x], timeout=-1))
attempt("wait([x])", lambda: ray.wait([x]))
print("empty wait is", ray.wait([]))
ray.shutdown()
