# Sets of small non-negative ints without hash collisions (print order = slot order): operations, methods, frozensets.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.issubset(a | b), a.issuperset({1, 2}), a.isdisjoint({9}))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 3} > {1}, {1} == {1.0})
s = set()
print(s, type(s).__name__, set([5, 5, 5]), set(range(5)), set('') == set())
s.add(6); s.add(0); s.add(5); s.add(6)
print(s)
s.discard(5); s.discard(99)
print(s)
s.remove(0)
try:
    s.remove(0)
except KeyError as e:
    print('KeyError', e)
print(s.pop(), s)
s = {3}
s.update([8, 3], {7})
print(s)
s.intersection_update({3, 7, 100})
print(s)
s.difference_update({3})
print(s)
s.symmetric_difference_update({7, 9})
print(s)
print({x % 5 for x in range(20)}, {x * x for x in range(4)})
f = frozenset([3, 1, 2])
print(f, f | {7}, {7} | f, type(f | {7}).__name__, type({7} | f).__name__, frozenset())
print({f: 'frozenset as key'}[frozenset([1, 2, 3])], hash(f) == hash(frozenset([1, 2, 3])))
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
print(sorted({5, 3, 9, 1}), max({4, 8, 2}), sum({1, 2, 3}), len({1, True, 1.0}))
c = a.copy()
c.clear()
print(c, a)
print(set([1, 2, 3]) == frozenset([3, 2, 1]), {1, 2}.__len__())
