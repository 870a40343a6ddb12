# hash() of ints, floats, bools, None-free tuples: deterministic values that CPython produces.
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 61), 10 ** 30, 12345678901234567890]:
    print(v, hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -2.25, 1e20, 3.0, 1e-10, 123.456]:
    print(v, hash(v))
print(hash(float('inf')), hash(float('-inf')), hash(True), hash(False))
for t in [(), (1,), (1, 2), (2, 1), (1, 2, 3), ((1, 2), 3), (0, 0), (-1,), (1.5, 2), (True, False), (10 ** 20, -5)]:
    print(t, hash(t))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(frozenset()) , hash(frozenset([1, 2, 3])))
