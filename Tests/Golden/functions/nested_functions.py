# Nested function definitions: helper functions, recursion of inner functions, factories, redefinition.
def outer(n):
    def helper(k):
        return k * 2
    def rec(k):
        return 0 if k == 0 else k + rec(k - 1)
    return helper(n), rec(n)
print(outer(4))
def factory(kind):
    if kind == 'upper':
        def fn(s): return s.upper()
    else:
        def fn(s): return s.lower()
    return fn
print(factory('upper')('Mixed'), factory('lower')('Mixed'))
def f(): return 1
print(f())
def f(): return 2
print(f())
def make():
    def a(): return 'a' + b()
    def b(): return 'b'
    return a
print(make()())
def counter_factory():
    counts = {}
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    def report():
        return sorted(counts.items())
    return hit, report
hit, report = counter_factory()
for w in 'a b a c b a'.split():
    hit(w)
print(report())
