# functools.wraps: copied __name__/__doc__/__qualname__/__module__/__dict__, __wrapped__ chains.
import functools
def plain(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
def wrapped(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
def target(x):
    """Target doc."""
    return x * 2
target.custom = 'attr'
p = plain(target)
w = wrapped(target)
print(p.__name__, p.__doc__, p.__qualname__)
print(w.__name__, w.__doc__, w.__qualname__, w.__module__, w.custom)
print(w.__wrapped__ is target, w(21))
ww = wrapped(wrapped(target))
print(ww.__name__, ww.__wrapped__.__wrapped__ is target)
def with_args(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            return prefix + str(fn(*a))
        return inner
    return deco
@with_args('>> ')
def compute(a, b):
    """Compute."""
    return a * b
print(compute(6, 7), compute.__name__, compute.__doc__)
class Memo:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def slow_square(n):
    """Square slowly."""
    return n * n
print(slow_square(9), slow_square(9), slow_square.__name__, slow_square.__doc__, len(slow_square.cache))
