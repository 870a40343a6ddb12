# Augmented assignment on names, attributes, subscripts, slices; in-place vs rebinding semantics.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n /= 4; print(n)
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
i = 6
i &= 3; print(i)
i |= 8; print(i)
i ^= 15; print(i)
i <<= 4; print(i)
i >>= 2; print(i)
s = 'ab'
s += 'cd'; s *= 2; print(s)
class C:
    count = 0
c = C()
c.count += 1
c.count += 1
print(c.count, C.count)
C.count += 10
print(C.count)
d = {'a': 1}
d['a'] += 1
d['b'] = d.get('b', 0) + 5
print(d)
lst = [1, 2, 3]
alias = lst
lst += [4]
print(lst, alias, lst is alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 7
print(m)
calls = []
def key():
    calls.append('key')
    return 0
arr = [100]
arr[key()] += 1
print(arr, calls)
lst[1:3] += ['x']
print(lst)
x = [1]
x *= 3
print(x)
