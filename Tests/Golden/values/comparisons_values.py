# Comparisons across types, chained comparisons, is vs ==, identity of small objects, ordering errors.
print(1 == 1.0, 1 == '1', [1] == (1,), (1, 2) == (1, 2), {1: 2} == {1: 2}, 'a' == b'a')
print(1 < 2.5, 2.5 < 3, -1 < False, 'abc' < 'abd', 'Z' < 'a', 'a' < 'aa', '' < 'a', [] < [0])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 > 0, 1 != 2 != 1, 0 <= 0 < 1)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 4, 'a' < 'b' < 'c' < 'd')
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, a == c)
print(None is None, '' == '', 0 == -0, 0.0 == -0.0, float('nan') == float('nan'))
for bad in [lambda: 1 < 'a', lambda: [] > {}, lambda: None <= 0, lambda: {1} < [1], lambda: (1,) < [1]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print({1, 2} < {1, 2, 3}, {1, 2} > {3}, (1, 'a') < (1, 'b'), (1, 2) < (1, 'x') if False else 'skip')
print(max(1, 2.5, True), min('b', 'a', 'c'), max([1, 2], [1, 2, 0]), 1e308 * 10 > 10 ** 400)
print(10 ** 400 > 1e308, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 0.5 == 1 / 2)
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]], (1, (2,)) > (1, ()))
print('abc' != 'ABC', 'abc'.upper() == 'ABC', [3] * 2 == [3, 3], not (1 == 2))
print(1 in [1.0], 'a' in 'abc', 2 in {1: 2}, (1, 2) in [(1, 2)], [] in [[]], None in [0, False, ''])
