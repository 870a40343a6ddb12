# Sets of strings: always printed through sorted() because str hashing is randomized per process.
fruits = {'banana', 'apple', 'cherry', 'apple'}
print(sorted(fruits), len(fruits), 'apple' in fruits)
other = {'cherry', 'date', 'elderberry'}
print(sorted(fruits | other), sorted(fruits & other), sorted(fruits - other), sorted(fruits ^ other))
letters = set('mississippi')
print(sorted(letters), len(letters), ''.join(sorted(letters)))
words = 'the quick brown the lazy the quick'.split()
uniq = set(words)
print(sorted(uniq), sorted(sorted(uniq), key=len), sorted(uniq, reverse=True))
fz = frozenset(['x', 'y'])
print(sorted(fz), sorted(fz | {'z'}), 'x' in fz)
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
print(sorted({w.upper() for w in words}), sorted({len(w) for w in words}))
print({'only'}, frozenset({'one'}), set(['solo']))
mixed = {1, 'a', (2, 'b')}
print(len(mixed), 1 in mixed, (2, 'b') in mixed, sorted(mixed, key=repr))
