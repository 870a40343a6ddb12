# itertools.groupby (consecutive keys, needs sorting first) and zip_longest with fillvalue.
import itertools as it
data = 'aaabbcaad'
print([(k, len(list(g))) for k, g in it.groupby(data)])
print([(k, ''.join(g)) for k, g in it.groupby(sorted(data))])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for k, g in it.groupby(sorted(words), key=lambda w: w[0]):
    print(k, list(g))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(k, list(g)) for k, g in it.groupby(nums, key=lambda n: n % 2 == 0)])
groups = it.groupby('aabb')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(it.zip_longest('abc', [1, 2])), list(it.zip_longest('a', 'bcd', fillvalue='-')))
print(list(it.zip_longest()), list(it.zip_longest([1], [], [2, 3], fillvalue=0)))
records = [('2024-01', 5), ('2024-01', 3), ('2024-02', 7), ('2024-03', 1), ('2024-03', 2)]
print({month: sum(v for _, v in g) for month, g in it.groupby(records, key=lambda r: r[0])})
