# Application exceptions are retried only with retry_exceptions=True; attempts are counted in a temp file.
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


run("default", flaky, 1)
run("max_retries_only", flaky.options(max_retries=2), 1)
run("retry_true_once", flaky.options(max_retries=2, retry_exceptions=True), 1)
run("retry_true_always", flaky.options(max_retries=1, retry_exceptions=True), 5)
run("infinite", flaky.options(max_retries=-1, retry_exceptions=True), 1)
ray.shutdown()
