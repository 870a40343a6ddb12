# Unpacking: starred in all positions, nested targets, strings/dicts/generators, and errors caught.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = [1, 2]
print(a, b, c)
a, *b, c = 'hello'
print(a, b, c)
(a, b), (c, *d) = [(1, 2), (3, 4, 5)]
print(a, b, c, d)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z, end=' ')
print()
k1, k2 = {'one': 1, 'two': 2}
print(k1, k2)
g1, g2, g3 = (i * i for i in range(3))
print(g1, g2, g3)
print(*[1, 2], *'ab', *range(2))
print([*range(3), *[9]], (*'xy',), {*[1, 1, 2]})
print({**{'a': 1}, **{'b': 2}, 'a': 3})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{'y': 2}))
for first, *others in ['abc', 'de', 'f']:
    print(first, others)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
[a, [b, [c]]] = [1, [2, [3]]]
print(a, b, c)
