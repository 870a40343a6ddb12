# Arguments that cannot be pickled fail at .remote() time with TypeError; returning one fails at ray.get.
import re
import threading
import ray

ray.init(num_cpus=2)


@ray.remote
def f(x):
    return 1


@ray.remote
def make_lock():
    return threading.Lock()


for label, arg in [("lock", threading.Lock()), ("generator", (i for i in range(3)))]:
    try:
        f.remote(arg)
        print(label, "accepted")
    except TypeError as e:
        print(label, "TypeError at .remote():", re.sub(r"<.*>", "<OBJ>", str(e).splitlines()[0]))
try:
    ray.get(make_lock.remote())
except Exception as e:
    print("return lock:", type(e).__name__, "|", str(e).splitlines()[-1])
print("lambda arg ok:", ray.get(f.remote(lambda: 1)))
ray.shutdown()
