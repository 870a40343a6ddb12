# dict comprehension, | and |= merges, equality ignoring order, view set operations, iteration mutation error.
squares = {n: n * n for n in range(6)}
print(squares)
inverted = {v: k for k, v in squares.items() if k % 2}
print(inverted)
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
a |= b
print(a)
print({'p': 1, 'q': 2} == {'q': 2, 'p': 1}, {'p': 1} == {'p': 1.0}, {'p': [1]} != {'p': [1]})
k1 = {'a': 1, 'b': 2, 'c': 3}.keys()
k2 = {'b': 0, 'c': 0, 'd': 0}.keys()
print(sorted(k1 & k2), sorted(k1 | k2), sorted(k1 - k2), sorted(k1 ^ k2))
print({'a': 1}.items() <= {'a': 1, 'b': 2}.items())
d = {'a': 1, 'b': 2}
try:
    for k in d:
        d['c'] = 3
except RuntimeError as e:
    print('RuntimeError', e)
d = {'a': 1, 'b': 2, 'c': 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
nested = {'cfg': {'db': {'host': 'h', 'port': 5}}, 'list': [{'id': 1}]}
print(nested['cfg']['db']['port'], nested['list'][0]['id'], nested)
print(list(reversed({'x': 1, 'y': 2, 'z': 3})), list(reversed({'x': 1}.items())))
grouped = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    grouped.setdefault(word[0], []).append(word)
print(grouped)
print(max({'a': 3, 'b': 7, 'c': 5}.items(), key=lambda kv: kv[1]))
print(sorted({'b': 1, 'a': 2}.items()), dict(sorted({'b': 1, 'a': 2}.items())))
print(dict(zip('abc', range(3))), {**{'a': 1}, 'b': 2})
