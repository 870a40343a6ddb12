# itertools: count, repeat, cycle (with islice), chain, chain.from_iterable, islice variants, accumulate.
import itertools as it
import operator
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.repeat('x', 3)), list(it.islice(it.repeat(7), 2)), list(map(pow, range(4), it.repeat(2))))
print(list(it.islice(it.cycle('abc'), 8)), list(it.islice(it.cycle([1]), 3)))
print(list(it.chain('ab', [1, 2], (None,))), list(it.chain()), list(it.chain.from_iterable(['xy', 'z', []])))
print(list(it.islice(range(20), 3, 15, 4)), list(it.islice('abcdef', 2)), list(it.islice('abcdef', 2, None)))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate('abc')), list(it.accumulate([])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(lambda x: x % 2, range(8))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), [list(t) for t in it.tee('ab', 2)], list(it.pairwise('abcd')))
