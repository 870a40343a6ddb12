# collections.Counter: counting, most_common (ties keep insertion order), arithmetic, elements, update/subtract.
from collections import Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c['a'], c['z'], len(c), sum(c.values()))
words = Counter('the cat and the hat and the bat'.split())
print(words.most_common(3), words)
a = Counter(a=3, b=1, c=2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a | b, a & b)
a.update({'a': 1, 'e': 5})
print(a)
a.subtract(Counter(a=10))
print(a, +a, -a)
print(sorted(Counter('hello').elements()), list(Counter(x=2, y=1).elements()))
print(Counter([1, 1, 2, 3, 3, 3]), Counter({'k': 0}), Counter())
c2 = Counter('aab')
c2['c'] += 5
del c2['a']
print(c2, c2.total(), dict(c2))
print(Counter('abc') == Counter('cba'), Counter(a=1) == Counter(a=1, b=0))
