# __call__: callable instances, stateful function objects, callable() checks, classes as callables.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(0, scale=10), add5.calls)
print(callable(add5), callable(Adder), callable(5), callable('s'), callable(len))
print(list(map(Adder(100), [1, 2, 3])))
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
p = Polynomial(1, 0, 2)
print([p(x) for x in range(5)])
factory = Adder
obj = factory(1)
print(type(obj).__name__, obj(1))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError', e)
