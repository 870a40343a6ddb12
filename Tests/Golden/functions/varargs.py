# *args and **kwargs: collection, forwarding, ordering of kwargs, mixing with positional params.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, 'x', key=[1], other=None))
def g(a, b, *rest, **opts):
    return f'a={a} b={b} rest={rest} opts={opts}'
print(g(1, 2))
print(g(1, 2, 3, 4, z=26, y=25))
print(g(*range(5), **{'k': 'v'}))
def forward(*args, **kwargs):
    return g(*args, **kwargs)
print(forward(9, 8, 7, flag=True))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3.5))
print(type(f(1)[0]).__name__, type(f(a=1)[1]).__name__)
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
args = [1, 2]
kwargs = {'sep': '-', 'end': '!\n'}
print(*args, **kwargs)
def h(a, b, c):
    return a * 100 + b * 10 + c
print(h(*[1, 2], 3), h(1, *(2, 3)), h(*'', 1, 2, 3), h(c=3, **{'a': 1, 'b': 2}))
