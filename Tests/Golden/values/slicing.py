# Slicing strings, lists, tuples: steps, negative indices and steps, out-of-range bounds, copies.
s = 'abcdefghij'
lst = list(range(10))
t = tuple(lst)
for sl in [slice(2, 5), slice(None, 3), slice(7, None), slice(-3, None), slice(None, -3), slice(None, None, 2),
           slice(1, None, 3), slice(None, None, -1), slice(8, 2, -2), slice(-1, -5, -1), slice(2, 100),
           slice(-100, 3), slice(5, 2), slice(None, None, -3), slice(3, 3), slice(0, 10, 4)]:
    print(sl, repr(s[sl]), lst[sl], t[sl])
print(s[::-1][::2], s[1:-1][::-1], s[-1], s[-10], s[0])
copy = lst[:]
copy.append(99)
print(len(lst), len(copy), copy is lst)
print('hello'[1:4:2], 'hello'[4:1:-1], 'hello'[-2:], 'hello'[:-2], 'hello'[10:], repr('hello'[3:1]))
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
nums = list(range(20))
print(nums[3:17:4], nums[-5::-5], nums[::7])
print(s[True:3], s[False], lst[-1:-3:-1])
