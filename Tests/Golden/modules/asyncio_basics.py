# asyncio: asyncio.run of a coroutine, awaiting nested coroutines, return values, coroutine objects.
import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def nested(n):
    if n == 0:
        return 'bottom'
    inner = await nested(n - 1)
    return f'level{n}({inner})'
async def main():
    print('main start')
    r = await add(2, 3)
    print('add ->', r)
    print(await nested(3))
    coro = add(10, 20)
    print(type(coro).__name__)
    print(await coro)
    return 'main result'
print(asyncio.run(main()))
async def raises():
    await asyncio.sleep(0)
    raise ValueError('async failure')
async def catcher():
    try:
        await raises()
    except ValueError as e:
        print('caught in coroutine:', e)
    return 'recovered'
print(asyncio.run(catcher()))
try:
    asyncio.run(raises())
except ValueError as e:
    print('propagated out of run:', e)
print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
