# collections.namedtuple: construction, repr, field access, _asdict, _replace, _fields, defaults, unpacking.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), tuple(p), len(p))
x, y = p
print(x + y, p._asdict(), p._replace(y=20), p, Point._fields)
Person = namedtuple('Person', 'name age city', defaults=['Unknown'])
print(Person('Ann', 30), Person('Bob', 25, 'Paris'), Person._field_defaults)
print(Point._make([5, 6]), Point(y=1, x=0), isinstance(p, tuple))
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
Renamed = namedtuple('Renamed', ['a', 'def', 'a'], rename=True)
print(Renamed._fields)
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(3, 4)
print(v, v.norm2(), type(v).__name__)
print(p.count(1), p.index(2), max(p), dict(zip(Point._fields, p)))
