# enumerate/zip/map/filter/reversed/any/all/sum/iter with their edge cases and laziness.
print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate([], 5)))
print(list(zip('abc', range(5))), list(zip()), list(zip('ab')), list(zip('ab', 'cd', 'ef')))
try:
    list(zip('ab', 'abc', strict=True))
except ValueError as e:
    print('ValueError', e)
print(list(map(str.upper, 'ab')), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x > 1, range(4))))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]))
print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(5), 100), sum([0.1] * 3))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
m = map(lambda x: print('map', x) or x, [1, 2])
print('map created')
print(list(m))
z = zip([1, 2, 3], 'ab')
print(next(z), list(z))
e = enumerate('xyz')
print(next(e), next(e), list(e))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
print(dict(enumerate('ab')), dict(zip('ab', 'cd')), list(zip(*[(1, 'a'), (2, 'b')])))
print(type(map(str, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
