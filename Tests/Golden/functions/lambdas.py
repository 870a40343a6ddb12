# Lambdas: immediate calls, defaults, closures, sort keys, returning lambdas, __name__.
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: 'no args')())
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=5))
varl = lambda *a, **k: (a, sorted(k.items()))
print(varl(1, 2, z=3, y=4))
pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
def make_multiplier(n):
    return lambda x: x * n
times3 = make_multiplier(3)
print(times3(5), make_multiplier(-1)(8))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda s: len(s) > 2, ['a', 'abc', 'abcd'])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(2))
print((lambda x: (lambda y: x + y))(1)(2))
cond = lambda x: 'even' if x % 2 == 0 else 'odd'
print([cond(i) for i in range(4)])
print((lambda: (yield))  .__name__)
