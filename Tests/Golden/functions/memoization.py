# Memoization: dict cache in a closure, functools.lru_cache with cache_info, and call counts.
import functools
calls = 0
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), calls, len(fib.cache))
@functools.lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(30), ways.cache_info())
@functools.lru_cache(maxsize=2)
def ident(x):
    print('computing', x)
    return x
for k in [1, 2, 1, 3, 1, 2]:
    ident(k)
print(ident.cache_info())
ident.cache_clear()
print(ident.cache_info())
@functools.cache
def sq(n):
    return n * n
print(sq(12), sq(12), sq.cache_info().hits)
