# type(x).__name__ and repr(type(x)) for many builtin values and functions.
import math
def f(): pass
def g(): yield
class C:
    def m(self): pass
objs = [1, 1.0, True, None, 'a', b'a', bytearray(b'a'), [], (), {}, set(), frozenset(), range(1), slice(1),
        f, g(), lambda: 0, C, C(), C().m, len, print, [].append, iter([]), iter(()), zip(), map(f, []),
        filter(None, []), enumerate([]), reversed([]), type, object(), Ellipsis, NotImplemented, math,
        ValueError(), {}.keys(), {}.values(), {}.items(), (x for x in [])]
for o in objs:
    print(type(o).__name__, repr(type(o)))
