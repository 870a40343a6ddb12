# for loop targets other than names: attributes, subscripts, starred, nested tuples; iterating various types.
class Box: pass
b = Box()
for b.value in [1, 2, 3]:
    pass
print(b.value)
d = {}
for d['key'] in 'xyz':
    print(d)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)
for i, (a, *rest) in enumerate(['abc', 'de']):
    print(i, a, rest)
for ch in 'hé!':
    print(ch, ord(ch))
for k in {'b': 1, 'a': 2}:
    print(k)
for t in (1, 'two', 3.0, None):
    print(repr(t))
for x in range(10, 0, -3):
    print(x, end=' ')
print()
for x in reversed([1, 2, 3]):
    print(x, end=' ')
print()
for x, y in zip('ab', [1, 2, 3]):
    print(x, y)
for line in 'l1\nl2\n'.splitlines():
    print(line)
