# ray.wait: ready/not-ready split, num_returns, timeout=0, order of the ready list.
import time
import ray

ray.init(num_cpus=2)


@ray.remote
def sleepy(x, t):
    time.sleep(t)
    return x


fast = sleepy.remote("fast", 0)
slow = sleepy.remote("slow", 1.5)
ray.get(fast)
ready, rest = ray.wait([slow, fast])
print("default num_returns:", [ray.get(r) for r in ready], len(rest), rest[0] == slow)
ready, rest = ray.wait([slow, fast], timeout=0)
print("timeout=0:", len(ready), len(rest))
ready, rest = ray.wait([slow, fast], num_returns=2, timeout=0.2)
print("num_returns=2 timeout=0.2:", len(ready), len(rest))
ready, rest = ray.wait([slow, fast], num_returns=2)
print("num_returns=2 no timeout:", [ray.get(r) for r in ready], rest)
refs = [sleepy.remote(i, 0) for i in range(4)]
ready, rest = ray.wait(refs, num_returns=4)
print("ready order follows input:", [ray.get(r) for r in ready] == [0, 1, 2, 3])
print("types:", type(ready).__name__, type(rest).__name__)
ready, rest = ray.wait(refs, num_returns=2, fetch_local=False)
print("fetch_local=False:", len(ready), len(rest))
ray.shutdown()
