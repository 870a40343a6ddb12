# Name resolution: LEGB order, class bodies not enclosing methods, comprehension scopes, builtins.
x = 'global'
def f():
    x = 'enclosing'
    def g():
        return x
    return g()
print(f())
def h():
    return len('abc')
len = lambda s: 'shadowed'
print(h(), len('abc'))
del len
print(len('abc'))
class K:
    y = 'class attr'
    z = y + '!'
    def m(self):
        try:
            return y
        except NameError as e:
            return 'NameError: ' + str(e)
    vals = [y for _ in range(1)] if False else None
print(K.z, K().m())
class K2:
    n = 3
    items = [i * 2 for i in range(n)]
print(K2.items)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
def late():
    return later_defined
later_defined = 'bound at call time'
print(late())
def param_shadow(x):
    return x
print(param_shadow('param'), x)
i = 'global i'
[i for i in range(3)]
print(i)
