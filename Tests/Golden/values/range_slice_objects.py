# range objects (repr, len, indexing, slicing, containment, equality) and slice objects (indices, attributes).
r = range(10)
print(r, range(2, 8), range(0, 10, 3), range(5, 0, -1), range(0), range(-3))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(0, -10, -1)))
print(r[3], r[-1], r[2:5], r[::-1], r[::3], range(0, 20, 2)[3:7], range(10)[-3:])
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r)
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 5), range(3) == range(0, 3, 1))
print(list(range(1, 10, 4)), list(range(10, 1, -4)), sum(range(101)), list(reversed(range(3))))
print(r.start, r.stop, r.step, range(1, 2, 3).step, r.index(7), r.count(7), range(0, 20, 5).index(15))
try:
    range(0, 10, 0)
except ValueError as e:
    print('ValueError', e)
try:
    r[10]
except IndexError as e:
    print('IndexError', e)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3), slice(1, None, -1))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100).indices(4))
print('abcdefghij'[s], list(range(10))[slice(None, None, 3)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[10 ** 19])
print(repr(range(3)), str(range(1, 4)), type(r).__name__, bool(range(0)), bool(range(1)))
