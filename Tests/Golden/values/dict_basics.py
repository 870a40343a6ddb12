# dict basics: insertion ordering, views, get/setdefault/pop/popitem/update/keys/values/items, deletion order.
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, list(d), len(d))
del d['a']
d['a'] = 'readded'
print(d)
print(d.get('a'), d.get('z'), d.get('z', 'dflt'))
print(d.setdefault('b', 'unused'), d.setdefault('new', []), d)
d['new'].append(1)
print(d.pop('new'), d.pop('zz', 'missing'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(d.popitem(), d)
d.update({'x': 1, 'b': 'updated'})
d.update([('y', 2)], z=3)
print(d)
keys, values, items = d.keys(), d.values(), d.items()
d['late'] = True
print(keys, values, items)
print(list(keys), list(values), list(items))
print('x' in d, 'x' in keys, 1 in values, ('x', 1) in items)
print(dict(a=1, b=2), dict([('k', 'v')]), dict({'z': 0}, y=1), dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
print({}, dict(), {1: 'int', '1': 'str', 1.5: 'float', (1,): 'tuple', None: 'none'})
d2 = {}
for w in 'the cat the hat the end'.split():
    d2[w] = d2.get(w, 0) + 1
print(d2)
print(d.copy() == d, d.copy() is d, len(d.copy()))
d.clear()
print(d)
print({1: 'a', True: 'b', 1.0: 'c'})
