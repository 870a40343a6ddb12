# List, set, dict comprehensions and generator expressions with filters, nesting and scoping.
print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip('abc', range(3))})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print(sum(x * x for x in range(10)))
print([x if x % 2 else -x for x in range(6)])
print([c.upper() for c in 'hello' if c not in 'l'])
x = 'outer'
print([x for x in 'ab'], x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print(sorted({w[0] for w in ['apple', 'avocado', 'banana', 'cherry']}))
g = (i for i in range(3))
print(type(g).__name__, list(g), list(g))
print(dict((i, i ** 2) for i in range(4)))
print([i for i in range(20) if i % 2 if i % 3])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print(max(len(w) for w in ['a', 'abc', 'ab']))
