# Metaclass __prepare__ (a namespace with its own __setitem__, class keywords) and enum.auto() inside the class body.
class LoggingDict(dict):
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            print('set', key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return LoggingDict()
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, dict(ns))
class C(metaclass=Meta, flag=1):
    x = 1
    def m(self): return self.x
print(C().m(), type(C).__name__)
import enum
class Color(enum.Enum):
    RED = enum.auto()
    GREEN = enum.auto()
print(Color.RED, Color.GREEN.value, list(Color))
