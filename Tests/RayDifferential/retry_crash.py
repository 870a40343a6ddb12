# A worker that dies (os._exit) is retried max_retries times, then WorkerCrashedError.
import os
import tempfile
import ray

ray.init(num_cpus=2)


@ray.remote
def crash(path):
    with open(path, "a") as fh:
        fh.write("x")
    os._exit(1)


tmp = tempfile.mkdtemp()
for retries in [1, 0]:
    path = os.path.join(tmp, f"r{retries}")
    try:
        ray.get(crash.options(max_retries=retries).remote(path))
    except Exception as e:
        print("max_retries", retries, "->", type(e).__module__ + "." + type(e).__name__)
        print("  mro:", [c.__name__ for c in type(e).__mro__])
        print("  str:", str(e))
        print("  repr:", repr(e))
    print("  attempts:", open(path).read().count("x"))
ray.shutdown()
