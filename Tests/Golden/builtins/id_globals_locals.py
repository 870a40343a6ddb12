# id() only compared (never printed), globals()/locals() contents, __builtins__-free checks, hash consistency.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)).__name__, id(a) > 0)
x = 'module level'
g = globals()
print(g['x'], 'a' in g, g is globals(), '__name__' in g, g['__name__'])
g['injected'] = 'via globals()'
print(injected)
def f(p, q=2):
    r = p + q
    return sorted(locals().items())
print(f(1))
def nested():
    v = 1
    def inner():
        return sorted(locals())
    return inner()
print(nested())
print(sorted(k for k in globals() if not k.startswith('__')))
