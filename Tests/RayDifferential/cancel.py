# ray.cancel on a queued task, a running task, a finished task; force=True; invalid argument.
import time
import ray
ray.init(num_cpus=1)

@ray.remote
def loop(n):
    for _ in range(n):
        time.sleep(0.05)
    return "finished"

def show(label, ref):
    try:
        print(label, "->", ray.get(ref))
    except Exception as e:
        last = str(e).splitlines()[-1] if str(e) else ""
        print(label, "raised", type(e).__name__, "| last line:", repr(last))
        print("   mro:", [c.__name__ for c in type(e).__mro__], isinstance(e, ray.exceptions.TaskCancelledError))

running = loop.remote(40)
queued = loop.remote(40)
time.sleep(0.8)
print("cancel returns:", ray.cancel(queued))
ray.cancel(running)
show("queued", queued)
show("running", running)
forced = loop.remote(40)
time.sleep(0.8)
ray.cancel(forced, force=True)
show("forced", forced)
done = loop.remote(1)
print(ray.get(done))
ray.cancel(done)
show("done then cancelled", done)
try:
    ray.cancel(5)
except TypeError as e:
    print("cancel(5):", e)
ray.shutdown()
