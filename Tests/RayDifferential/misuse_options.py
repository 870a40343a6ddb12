# f.options(...) validation: unknown keywords, wrong types; valid options return a usable wrapper.
import ray

ray.init(num_cpus=2)


@ray.remote
def f(x):
    return x * 2


def attempt(label, fn):
    try:
        r = fn()
        print(label, "-> ok", type(r).__name__)
        return r
    except Exception as e:
        print(label, "raised", type(e).__name__)
        print("   ", str(e))


attempt("options(bogus=1)", lambda: f.options(bogus=1))
attempt("options(num_cpus='x')", lambda: f.options(num_cpus="x"))
attempt("options(max_retries='x')", lambda: f.options(max_retries="x"))
w = attempt("options(num_cpus=1, name='renamed')", lambda: f.options(num_cpus=1, name="renamed"))
print("wrapper result:", ray.get(w.remote(21)))
attempt("options(...).options(...)", lambda: f.options(num_cpus=1).options(max_retries=0))
ray.shutdown()
