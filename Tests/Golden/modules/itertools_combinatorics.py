# itertools: product (with repeat), permutations (with r), combinations, combinations_with_replacement.
import itertools as it
print(list(it.product('ab', [1, 2])))
print(list(it.product([0, 1], repeat=3)))
print(list(it.product('ab', 'cd', 'e')), list(it.product()), list(it.product('ab', [])))
print(list(it.permutations([1, 2, 3])))
print(list(it.permutations('abcd', 2)), len(list(it.permutations(range(6)))))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(5), 3)))
print(list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
print(list(it.combinations_with_replacement('abc', 2)))
print([''.join(p) for p in it.permutations('cab')])
print(sum(1 for _ in it.combinations(range(20), 3)))
