# repr of nested containers, strings with quotes inside containers, recursive containers, empty forms.
print([1, 'a', 2.5, None, True, [2, (3, {'k': [4]})]])
print({'a': [1, {'b': (2,)}], 'c': {3: 'x'}})
print(("it's", 'say "hi"', 'both \' "', '\\', '\n'))
print([[], (), {}, '', set(), frozenset(), b''])
print(repr([1, 2]), str([1, 2]), repr('x'), str(['x']), str(('y',)))
a = [1, 2]
a.append(a)
print(a, repr(a), len(a))
d = {'self': None}
d['self'] = d
print(d)
b = [a, a]
print(b)
c = [[]]
c[0].append(c)
print(c)
t = ([],)
t[0].append(t)
print(t)
print([float('inf'), float('nan'), -0.0, 1e16, 0.1], {'f': 1.0})
print([range(3), slice(1, 2), None, Ellipsis, NotImplemented])
print({1: {2: {3: {4: {}}}}}, [[[[[]]]]])
class Obj:
    def __repr__(self): return '<Obj>'
print([Obj()], {'o': Obj()}, (Obj(),), {1: [Obj(), Obj()]})
