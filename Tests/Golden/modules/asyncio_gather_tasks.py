# asyncio.gather order preservation, create_task scheduling, deterministic interleaving with sleep(0).
import asyncio
async def worker(name, steps):
    for i in range(steps):
        print(f'{name} step {i}')
        await asyncio.sleep(0)
    return f'{name} done'
async def delayed(value, delay):
    await asyncio.sleep(delay)
    print('finished', value)
    return value
async def main():
    results = await asyncio.gather(worker('A', 3), worker('B', 2), worker('C', 1))
    print(results)
    out = await asyncio.gather(delayed('slow', 0.06), delayed('fast', 0.01), delayed('mid', 0.035))
    print(out)
    t1 = asyncio.create_task(worker('T1', 2))
    t2 = asyncio.create_task(worker('T2', 2))
    print('tasks created')
    await asyncio.sleep(0)
    print('after one yield')
    print(await t1, await t2, t1.done())
    res = await asyncio.gather(delayed(1, 0), asyncio.sleep(0, result='sleep-result'), return_exceptions=True)
    print(res)
    async def fail():
        raise KeyError('k')
    res = await asyncio.gather(delayed(2, 0), fail(), return_exceptions=True)
    print([type(r).__name__ for r in res], repr(res[1]))
asyncio.run(main())
