# Class decorators: registering, adding methods, wrapping __init__, decorators with arguments.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_greet(cls):
    def greet(self):
        return f'Hello from {type(self).__name__}'
    cls.greet = greet
    return cls
def with_defaults(**defaults):
    def deco(cls):
        orig = cls.__init__
        def __init__(self, *a, **kw):
            for k, v in defaults.items():
                setattr(self, k, v)
            orig(self, *a, **kw)
        cls.__init__ = __init__
        return cls
    return deco
@register
@add_greet
class A:
    pass
@register
@with_defaults(color='red', size=2)
class B:
    def __init__(self, name):
        self.name = name
print(registry, A().greet())
b = B('bee')
print(b.name, b.color, b.size)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        print('Config created with', v)
        self.v = v
c1, c2 = Config(1), Config(2)
print(c1 is c2, c1.v)
def auto_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
@auto_repr
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(P(1, 'two'))
