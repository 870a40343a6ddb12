# Iteration/print order of int sets that is NOT sorted: CPython's hash-table slot order with collisions and resizes.
print({10, 20, 30}, {100, 1, 50}, {8, 16, 0}, {-1, -2, 3}, {9, 1, 17}, {0, 10, 5})
print({9} | frozenset([3, 1, 2]), {x * x for x in range(-3, 4)}, {2 ** 40, 1, 2 ** 61 - 1, 2 ** 61})
s = set()
for v in [64, 8, 0, 1, 9, 72]:
    s.add(v)
    print(s)
for v in [8, 64]:
    s.discard(v)
    print(s, list(s))
s = {5, 13, 21}
print(s.pop(), s.pop(), s)
big = set(range(0, 200, 7))
print(big)
print(list({-5, -3, -1, 1, 3, 5}), sorted({-5, -3, -1, 1, 3, 5}))
print(set([33, 1, 65, 2]), frozenset([1000, 10, 100]))
print({1.5, 2.5, 0.5}, {True, 2, 0.0})
