# The driver submits a printing task and exits at once (no ray.shutdown): the line still appears.
import ray

ray.init(num_cpus=2)


@ray.remote
def hello():
    print("fired and forgotten")


hello.remote()
print("driver done")
