# eval() on expressions, repr()/eval round trips of literals, exec() with namespaces, compile errors.
print(eval('1 + 2 * 3'), eval('[x * x for x in range(4)]'), eval('"abc".upper()'))
ns = {'a': 5}
print(eval('a * 2', ns), eval('b + 1', {'b': 10}))
for v in [1, -2.5, 'q\'s', [1, (2, 'x')], {'k': None}, (True,), b'\x00', 1e16, float('1e-7')]:
    print(repr(v), eval(repr(v)) == v)
g = {}
exec('x = 3\ndef f(y):\n    return x + y\nz = f(4)', g)
print(g['x'], g['z'], g['f'](10))
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
exec('print("printed from exec")')
print(eval('len("four")'), eval('sum(range(n))', {'n': 5}))
