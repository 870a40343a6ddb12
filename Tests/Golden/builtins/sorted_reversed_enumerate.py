# Combining builtins: sorted(enumerate), reversed(sorted), zip(*matrix), dict(zip), map with multiple iterables.
scores = {'ann': 91, 'bob': 78, 'cid': 91, 'dee': 85}
ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for place, (name, score) in enumerate(ranked, 1):
    print(place, name, score)
print(list(reversed(sorted(scores))), sorted(scores, key=scores.get))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], list(map(sum, zip(*matrix))))
print(dict(zip(['a', 'b'], map(len, ['xx', 'yyy']))), list(map(max, [1, 5], [4, 2], [3, 3])))
print(sorted(enumerate('cab'), key=lambda p: p[1]), [i for i, _ in sorted(enumerate([30, 10, 20]), key=lambda p: p[1])])
print(list(filter(str.isupper, 'aBcDe')), ''.join(filter(str.isdigit, 'a1b22c')), sum(map(int, '12345')))
