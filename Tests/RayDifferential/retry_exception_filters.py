# retry_exceptions as a list of exception classes: retried only when the raised exception is an instance of one.
import os
import tempfile
import ray

ray.init(num_cpus=2)


@ray.remote
def flaky(path, fail_times):
    with open(path, "a") as fh:
        fh.write("x")
    n = open(path).read().count("x")
    if n <= fail_times:
        raise ValueError(f"attempt {n}")
    return f"succeeded on attempt {n}"


tmp = tempfile.mkdtemp()


def run(label, rf, fail_times):
    path = os.path.join(tmp, label)
    try:
        print(label, "->", ray.get(rf.remote(path, fail_times)))
    except ValueError as e:
        print(label, "raised", type(e).__name__, "|", str(e).splitlines()[-1])
    print(label, "attempts:", open(path).read().count("x"))


run("list_match", flaky.options(max_retries=2, retry_exceptions=[ValueError]), 1)
run("list_base_class", flaky.options(max_retries=2, retry_exceptions=[Exception]), 1)
run("list_nomatch", flaky.options(max_retries=2, retry_exceptions=[KeyError]), 1)
ray.shutdown()
