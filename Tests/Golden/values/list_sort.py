# Sorting: sort() vs sorted(), key functions, reverse, stability with equal keys, multi-key, mixed errors.
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
by_second = sorted(data, key=lambda t: t[1])
print(sorted(by_second, key=lambda t: t[0]))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda n: -n))
lst = nums[:]
print(lst.sort(), lst)
lst.sort(key=lambda n: n % 3)
print(lst)
print(sorted('hello world'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted([]))
print(sorted([3.5, 1, 2.25, True, False]), sorted([[2, 1], [1, 2], [1]]))
people = [('Ann', 30, 'NY'), ('Bob', 25, 'LA'), ('Cid', 30, 'LA'), ('Dee', 25, 'NY')]
print(sorted(people, key=lambda p: (-p[1], p[2], p[0])))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError', e)
stable = sorted(['b1', 'a1', 'b2', 'a2', 'b3'], key=lambda s: s[0], reverse=True)
print(stable)
print(sorted([0.1, -0.0, 0.0, -1e-9]), sorted(['é', 'e', 'f', 'E']))
