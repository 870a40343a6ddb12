# Generator expressions: laziness, single pass, binding of the first iterable, use in calls.
def src(n):
    for i in range(n):
        print('  yield', i)
        yield i
g = (x * 10 for x in src(3))
print('made genexpr')
print(next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)), max(len(w) for w in 'a bb ccc'.split()))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in []))
print(sorted((c for c in 'banana'), reverse=True))
print(list((i, j) for i in range(3) for j in range(i)))
data = [1, 2, 3]
g = (d * 2 for d in data)
data = [100]
print(list(g))
print(','.join(str(i) for i in range(5)))
print(dict((k, len(k)) for k in ['ab', 'c']))
gen = (i for i in range(3))
print(tuple(gen), tuple(gen))
print(type((i for i in [])).__name__)
try:
    (1 / x for x in [1, 0])
    print('no error yet')
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
