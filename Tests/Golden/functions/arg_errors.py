# TypeError messages for calls with wrong arguments.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
class K:
    def m(self, x):
        return x
tests = [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, b=3),
    lambda: f(1, c=3),
    lambda: g(1),
    lambda: g(1, 2, 3, c=4),
    lambda: h(1),
    lambda: h(x=1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: (lambda x: x)(),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(**{'a': 1, 'b': 2, 'z': 3}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
