# Calling builtins and types with keyword arguments, bound methods as values, unbound method calls.
print(sorted([3, 1, 2], reverse=True), int('ff', base=16), int(x='10') if False else 'skip')
print(str.upper('abc'), str.join('-', ['a', 'b']), list.__len__([1, 2]))
append = [].append
lst = []
add = lst.append
add(1); add(2)
print(lst)
s = 'hello'
up = s.upper
print(up(), up.__name__, up.__self__)
print(max(3, 1, key=lambda x: -x), min([4, 2], default=0), min([], default='empty'))
print(dict(a=1, b=2), list(range(3)), tuple('ab'), set([1]), frozenset([2]))
print(print.__name__, len.__name__)
meth = str.split
print(meth('a b c'), meth('a-b', '-'))
class A:
    def m(self, x): return ('m', x)
print(A.m(A(), 1), A().m(2))
bm = A().m
print(bm(3), type(bm).__name__)
