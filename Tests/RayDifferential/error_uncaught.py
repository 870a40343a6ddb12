# Uncaught task error in the driver: stderr traceback and exit status 1.
# differential: stderr
import ray

ray.init(num_cpus=2)


@ray.remote
def bad():
    raise ValueError("bad")


print("before get")
ray.get(bad.remote())
print("not reached")
