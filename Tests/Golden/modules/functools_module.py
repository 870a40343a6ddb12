# functools: partial (args, keywords, attributes), reduce (with/without initial), wraps, cmp_to_key, lru_cache.
import functools
import operator
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
two_to = functools.partial(power, 2)
print(square(7), cube_mod(7), two_to(10), square.func is power, square.args, square.keywords, two_to.args)
print(square(3, exp=3))
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6), 1))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda a, b: a + b, ['only']), functools.reduce(operator.add, [], 'init'))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=functools.cmp_to_key(compare)))
@functools.lru_cache(maxsize=128)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
def logged(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@logged
def documented():
    """Docs survive."""
print(documented.__name__, documented.__doc__)
print(functools.partial(max, 5)(1, 9), list(map(functools.partial(int, base=2), ['101', '11'])))
@functools.total_ordering
class Ver:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(1) > Ver(1))
