# Evaluation order: arguments left to right, keyword args, defaults at def time, operands, subscripts.
log = []
def v(name, value=None):
    log.append(name)
    return name if value is None else value
def f(*a, **k):
    return len(a) + len(k)
f(v('a'), v('b'), x=v('c'), y=v('d'))
print(log); log.clear()
def g(x=v('default evaluated at def')): return x
print(log); log.clear()
g(); g()
print(log); log.clear()
r = v('left', 1) + v('right', 2) * v('third', 3)
print(r, log); log.clear()
d = {v('k1'): v('v1'), v('k2'): v('v2')}
print(log); log.clear()
lst = [0, 0]
lst[v('index', 0)] = v('value', 5)
print(log); log.clear()
x = v('obj', [1, 2, 3])[v('sub', 1)]
print(x, log); log.clear()
print(v('cmp1', 1) < v('cmp2', 2) < v('cmp3', 0) < v('never', 9), log); log.clear()
print([v(str(i)) for i in range(3)], log); log.clear()
print(v('t1', 0) if v('test', True) else v('t2', 0), log); log.clear()
def chain():
    return v('callee', f)
chain()(v('arg'))
print(log); log.clear()
a = b = v('chain-rhs', 7)
print(a, b, log); log.clear()
