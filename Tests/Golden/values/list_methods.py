# list methods: append/extend/insert/pop/remove/index/count/reverse/copy/clear and their return values.
lst = [3, 1, 4]
print(lst.append(1), lst)
print(lst.extend([5, 9]), lst)
lst.extend('ab')
lst.extend(range(2))
print(lst)
lst.insert(0, 'first')
lst.insert(-1, 'before-last')
lst.insert(100, 'end')
lst.insert(-100, 'start')
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(2), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(5), lst.index(1), lst.count(1), lst.count('zz'))
print(lst.index(4, 1), lst.index(9, 0, 10))
try:
    lst.index(4, 0, 2)
except ValueError as e:
    print('ValueError', e)
lst.reverse()
print(lst)
c = lst.copy()
c.clear()
print(c, len(lst))
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append('shared')
print(nested)
print([1, 2] * 3, [[0]] * 2, [] * 5, [1] + [2], [1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1] < [1, 0])
print(len([]), [None] * 3, list('abc'), list(range(3)), list((1, 2)), list({'a': 1}))
m = [[0] * 3] * 2
m[0][0] = 'aliased'
print(m)
print(3 in [1, 2, 3], 4 not in [1, 2], [1, [2]].count([2]))
x = [1, 2, 3]
x[len(x):] = [4]
x += (5,)
print(x, x.__len__(), x[::-1], sum(x), max(x))
