# getattr/setattr/hasattr/delattr/vars/dir on user objects; callable; dir() of a class filtered to public names.
class Thing:
    kind = 'thing'
    def __init__(self):
        self.a = 1
        self.b = [2]
    def method(self):
        return 'm'
    @property
    def prop(self):
        return 'p'
t = Thing()
print(getattr(t, 'a'), getattr(t, 'kind'), getattr(t, 'zz', None), getattr(t, 'method')())
setattr(t, 'c', 3)
setattr(t, 'a', 'changed')
print(t.c, t.a, hasattr(t, 'c'), hasattr(t, 'nope'), hasattr(t, 'prop'))
delattr(t, 'c')
print(hasattr(t, 'c'), vars(t), t.__dict__ is vars(t))
try:
    getattr(t, 'missing')
except AttributeError as e:
    print('AttributeError', e)
try:
    delattr(t, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print([n for n in dir(t) if not n.startswith('_')])
print([n for n in dir(Thing) if not n.startswith('_')])
print(callable(t), callable(t.method), callable(Thing), callable(None), callable(print), callable(lambda: 0))
setattr(Thing, 'added', lambda self: 'added method')
print(t.added())
name = 'dynamic'
setattr(t, name, 42)
print(getattr(t, name), sorted(vars(t)))
print(sorted(k for k in vars(Thing) if not k.startswith('__')))
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
print(getattr([], 'append').__name__, getattr('abc', 'upper')(), hasattr(str, 'join'))
