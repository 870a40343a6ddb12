# collections.defaultdict with list/int/set/lambda factories, missing-key behaviour, repr, conversion to dict.
from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'cat', 'banana']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups), 'q' in groups)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
nested['x']['z'] += 1
print({k: dict(v) for k, v in nested.items()})
d = defaultdict(lambda: 'default!')
print(d['anything'], d.get('other'), dict(d))
s = defaultdict(set)
s['a'].add(1); s['a'].add(1); s['b'].add(2)
print(dict(s), s.default_factory)
plain = defaultdict()
try:
    plain['missing']
except KeyError as e:
    print('KeyError', e)
print(isinstance(groups, dict), type(groups).__name__, defaultdict(int, {'a': 1}))
