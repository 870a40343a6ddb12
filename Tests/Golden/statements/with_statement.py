# with statements: enter/exit order, as-targets, multiple managers, exceptions passing through exit.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('outer') as o, CM('inner') as i:
    print('body', o, i)
with CM('s', suppress=True):
    raise ValueError('swallowed')
print('after suppressed')
try:
    with CM('ns'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
def early():
    with CM('ret'):
        return 'returned'
print(early())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
with CM('x') as (first, *rest):
    print(first, rest)
with (CM('p1') as a,
      CM('p2') as b):
    print(a, b)
