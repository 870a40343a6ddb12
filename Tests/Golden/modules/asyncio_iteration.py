# async for over async generators and async iterators, async comprehensions, async context managers.
import asyncio
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
class AsyncCountdown:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n + 1
class AsyncResource:
    async def __aenter__(self):
        print('aenter')
        return 'resource'
    async def __aexit__(self, et, e, tb):
        print('aexit', et.__name__ if et else None)
        return True
async def main():
    async for t in ticker(3):
        print('tick', t)
    async for c in AsyncCountdown(3):
        print('countdown', c)
    print([x * 10 async for x in ticker(4)])
    print([x async for x in AsyncCountdown(5) if x % 2])
    async with AsyncResource() as r:
        print('using', r)
    async with AsyncResource():
        raise RuntimeError('suppressed by __aexit__')
    print('after suppressed error')
    agen = ticker(2)
    print(await agen.__anext__(), await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration')
asyncio.run(main())
