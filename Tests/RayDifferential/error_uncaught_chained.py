# Uncaught error of a task whose argument failed: the "At least one of the input arguments" form.
# differential: stderr
import ray

ray.init(num_cpus=2)


class MyErr(Exception):
    pass


@ray.remote
def bad():
    raise MyErr("from bad")


@ray.remote
def consume(x):
    return x


ray.get(consume.remote(bad.remote()))
