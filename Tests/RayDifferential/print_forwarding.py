# Worker print() lines reach the driver with a "(name pid=N)" prefix; stderr goes to stderr.
# differential: stderr
import sys
import time
import ray

ray.init(num_cpus=2)

@ray.remote
def plain():
    print("hello from plain")
    print("warning from plain", file=sys.stderr)
    return "plain result"

@ray.remote
def inner():
    print("hello from inner")
    return "inner result"

@ray.remote
def outer():
    print("hello from outer")
    time.sleep(0.5)
    return ray.get(inner.remote())

@ray.remote
def multi():
    print("first line\nsecond line")
    print("no newline at end", end="")
    return None


for step, ref in [("plain", lambda: plain.remote()), ("renamed", lambda: plain.options(name="foo").remote()),
                  ("nested", lambda: outer.remote()), ("multi", lambda: multi.remote())]:
    print("== step", step, flush=True)
    print("result:", ray.get(ref()), flush=True)
    time.sleep(0.8)
print("== end")
ray.shutdown()
