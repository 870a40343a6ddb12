# Uncaught TaskCancelledError of a task cancelled while still queued (its message is empty).
# differential: stderr
import time
import ray

ray.init(num_cpus=1)


@ray.remote
def wait_a_bit():
    for _ in range(20):
        time.sleep(0.05)
    return 1


busy = wait_a_bit.remote()
queued = wait_a_bit.remote()
ray.cancel(queued)
print("busy:", ray.get(busy))
ray.get(queued)
