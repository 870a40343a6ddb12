# Generator objects: gi_running/gi_frame states, exhaustion, reuse, generators in classes and as methods.
import inspect
def g():
    yield 1
    yield 2
it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it))
list(it)
print(inspect.getgeneratorstate(it))
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
t = Tree('root', Tree('a', Tree('a1'), Tree('a2')), Tree('b'))
print(list(t))
for depth, v in t.walk():
    print('  ' * depth + v)
def running_sum(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(running_sum([1, 2, 3, 4])))
def gen_with_local_state():
    seen = set()
    for x in [3, 1, 3, 2, 1, 4]:
        if x not in seen:
            seen.add(x)
            yield x
print(list(gen_with_local_state()))
def stop_in_gen():
    yield 1
    raise StopIteration('inside')
try:
    list(stop_in_gen())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
