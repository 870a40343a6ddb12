# pass in every block kind and del of names, list items, slices, dict keys and attributes.
def nothing():
    pass
class Empty:
    pass
print(nothing(), Empty.__name__)
for _ in range(1):
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class O: pass
o = O()
o.a = 1; o.b = 2
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print('AttributeError', e)
a, b, c = 1, 2, 3
del a, b
print(c, 'a' in dir(), 'c' in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
