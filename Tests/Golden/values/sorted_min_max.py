# sorted/min/max with key, default, multiple args, ties (first wins), empty sequences.
nums = [4, -7, 2, 9, -1, 9]
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=abs), min(3, 1, 2), max('apple', 'fig', key=len))
words = ['pear', 'fig', 'plum', 'kiwi', 'date']
print(max(words, key=len), min(words, key=len), max(words), min(words))
print(min([], default=None), max([], default='empty'), max([5], default=0), min((), key=len, default=-1))
for fn in (min, max):
    try:
        fn([])
    except ValueError as e:
        print('ValueError', e)
try:
    max(1)
except TypeError as e:
    print('TypeError', e)
pairs = [(1, 'b'), (1, 'a'), (0, 'z')]
print(max(pairs), min(pairs), max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(sorted(words, key=lambda w: (w[-1], w)), sorted(nums, key=lambda n: (n % 2, -n)))
print(max('hello'), min('hello'), max(range(10), key=lambda x: x % 4), max({3: 'a', 7: 'b'}))
print(sorted(map(str, range(12))), sorted(range(12), key=str))
print(max(1, 2.0), max(2.0, 2), min(0, -0.0), min(-0.0, 0), max([1, 2], [1, 2, 0], key=len))
