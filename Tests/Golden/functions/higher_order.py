# Functions as values: passing, returning, storing in containers, attributes on functions.
def apply(f, *args):
    return f(*args)
def square(x): return x * x
print(apply(square, 4), apply(max, 3, 9, 2), apply(len, 'abc'))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for sym in '+-*':
    print(sym, ops[sym](6, 3))
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.upper, lambda s: s + '!')
print(p('  hello '))
square.note = 'annotated'
print(square.note, square.__name__, callable(square), callable(3))
print(sorted(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc'], key=len))
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
print(list(map(pow, [2, 3], [3, 2])))
fns = [abs, str, repr, bool]
print([f(-1) for f in fns])
print(type(square).__name__, type(len).__name__, type(lambda: 0).__name__)
