# Slice assignment and deletion on lists: growing, shrinking, extended slices, errors on size mismatch.
a = list(range(10))
a[2:5] = ['x', 'y']
print(a)
a[2:2] = [100, 200, 300]
print(a)
a[:0] = ['start']
print(a)
a[len(a):] = ['end']
print(a)
a[::2] = ['E'] * len(a[::2])
print(a)
del a[1::3]
print(a)
a[-2:] = []
print(a)
a[1:3] = 'pq'
print(a)
a[:] = range(4)
print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
b = [1, 2, 3, 4, 5]
b[::-1] = ['a', 'b', 'c', 'd', 'e']
print(b)
b[10:20] = [6]
print(b)
del b[:]
print(b)
c = [0, 1, 2, 3, 4, 5, 6]
del c[::-2]
print(c)
c[1:1] = c
print(c)
d = [1, 2, 3]
alias = d
d[:] = [9]
print(alias)
