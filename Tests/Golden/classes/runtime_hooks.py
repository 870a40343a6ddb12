# Generator exception state, throw(type, value), co_flags, unhashable builtins, metaclass choice, __init_subclass__, length_hint, print to file objects, __class__ assignment.
import sys
def g():
    try:
        yield 1
    except ValueError:
        print(sys.exc_info()[0].__name__)
        yield 2
it = g(); next(it)
print(it.throw(ValueError('x')))
print(sys.exc_info())
v = ValueError('v')
def h():
    try:
        yield 1
    except ValueError as e:
        yield e
it = h(); next(it); print(it.throw(ValueError, v, None) is v)
def f(*a, **k): pass
def gg(): yield
async def co(): pass
print(f.__code__.co_flags, gg.__code__.co_flags, co.__code__.co_flags)
print(list.__hash__, dict.__hash__)
class M(type): pass
class A(metaclass=M): pass
class B: pass
class C(B, A): pass
print(type(C).__name__)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__)
class D(Base): pass
print(iter([1, 2]).__length_hint__())
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); print('a', 1, file=w); print(w.parts)
class P: pass
class Q: pass
p = P(); p.__class__ = Q; print(type(p).__name__)
