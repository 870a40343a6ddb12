# __getattr__ (only for missing attributes), __getattribute__ tracing, __setattr__, __delattr__.
class Dynamic:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:].upper()
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')
d = Dynamic()
print(d.real, d.get_thing(), hasattr(d, 'get_x'), hasattr(d, 'other'))
try:
    d.other
except AttributeError as e:
    print('AttributeError', e)
print(getattr(d, 'nope', 'fallback'))
class Recorder:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(('set', name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = [2]
del r.a
print(r.log, vars(r))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print('delegating', name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
class Traced:
    x = 5
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('access', name)
        return super().__getattribute__(name)
t = Traced()
print(t.x)
class Frozen:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
f = Frozen()
try:
    f.b = 2
except AttributeError as e:
    print('AttributeError', e)
