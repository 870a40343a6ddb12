# random.shuffle/sample/choices with seeds: exact CPython results.
import random
random.seed(1)
lst = list(range(10))
random.shuffle(lst)
print(lst)
random.shuffle(lst)
print(lst)
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
random.seed(99)
random.shuffle(words)
print(words)
random.seed(3)
print(random.sample(range(100), 5), random.sample('abcdefgh', 3), random.sample([1, 2, 3], 3))
print(random.sample(range(10 ** 6), 4))
random.seed(5)
print(random.choices('abc', k=8))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=5))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print('ValueError', e)
try:
    random.choice([])
except IndexError as e:
    print('IndexError', e)
