# Default arguments: evaluation at definition time, the mutable default gotcha, None idiom, __defaults__.
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(punct='.', name='Di'))
def append_bad(x, acc=[]):
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_bad(3))
def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_good(1), append_good(2))
n = 10
def snap(v=n):
    return v
n = 20
print(snap(), snap(5))
print(greet.__defaults__, append_bad.__defaults__)
def counter(d={}):
    d['calls'] = d.get('calls', 0) + 1
    return d['calls']
print(counter(), counter(), counter({}))
def f(a, b=2, *, c=3, d):
    return a, b, c, d
print(f(1, d=4), f(1, 5, d=6, c=7))
print(f.__kwdefaults__)
