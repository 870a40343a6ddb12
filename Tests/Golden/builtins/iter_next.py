# iter() and next() with defaults, sentinel form of iter(), iterators of builtin types and their exhaustion.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
s = iter('ab')
print(next(s), next(s), next(s, '<end>'))
d = iter({'k1': 1, 'k2': 2})
print(next(d), list(d))
items = iter({'a': 1}.items())
print(next(items))
r = iter(range(3))
print(next(r), list(r), list(r))
tup = iter((1,))
print(type(tup).__name__, type(iter([])).__name__, type(iter(range(1))).__name__)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    iter(3)
except TypeError as e:
    print('TypeError', e)
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
e = iter([])
print(next(e, 'empty'), next(e, 0))
