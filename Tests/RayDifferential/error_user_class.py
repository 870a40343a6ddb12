# User-defined exception classes survive the trip: except MyErr catches, e.cause keeps attributes.
import ray

ray.init(num_cpus=2)


class MyErr(Exception):
    pass


class CodeErr(MyErr):
    code = 0


@ray.remote
def fail(kind):
    if kind == "my":
        raise MyErr("mine", 42)
    e = CodeErr("with code")
    e.code = 7
    raise e


for kind in ["my", "code"]:
    try:
        ray.get(fail.remote(kind))
    except MyErr as e:
        print("caught", type(e).__name__)
        print("  mro:", [c.__name__ for c in type(e).__mro__])
        print("  cause:", repr(e.cause), "class is MyErr-subclass:", issubclass(type(e.cause), MyErr))
        print("  cause attrs:", getattr(e.cause, "code", None), e.cause.args)
        print("  last line:", str(e).splitlines()[-1])
        print("  repr:", repr(e))
ray.shutdown()
