# asyncio.Event, Lock with async with, Queue producer/consumer, wait_for timeout, deterministic ordering.
import asyncio
async def waiter(event, name):
    print(name, 'waiting')
    await event.wait()
    print(name, 'released')
async def locked_section(lock, name, log):
    async with lock:
        log.append(f'{name} in')
        await asyncio.sleep(0)
        log.append(f'{name} out')
async def producer(q):
    for i in range(4):
        await q.put(i)
        print('put', i)
    await q.put(None)
async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        print('got', item)
        total += item
    return total
async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, f'w{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print('is_set', ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_section(lock, n, log) for n in 'ABC'))
    print(log, lock.locked())
    q = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(q), consumer(q))
    print('total', total)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print('timed out')
    print(issubclass(asyncio.TimeoutError, TimeoutError))
asyncio.run(main())
