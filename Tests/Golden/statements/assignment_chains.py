# Assignment: chained targets, shared references, swaps, tuple/list targets, attribute/subscript targets.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = 1, 2
p, q = q, p
print(p, q)
a, b, c = c, a, b = 1, 2, 3
print(a, b, c)
[m, n] = 'hi'
print(m, n)
(r, s), t = (1, 2), 3
print(r, s, t)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
class O: pass
o = O()
o.v = o.w = 'attr'
print(o.v, o.w)
d = {}
d['k'] = d['j'] = 0
print(d)
lst[0] = lst[1] = lst[2] = 'z'
print(lst)
first, *rest = range(5)
print(first, rest)
x = 1, 
print(x, type(x).__name__)
a = b = a + 1 if False else 10
print(a, b)
