# type(), __class__.__name__, isinstance/issubclass with tuples, type() with 3 args, builtin type names.
class Shape: pass
class Square(Shape): pass
s = Square()
print(type(s).__name__, s.__class__.__name__, type(s) is Square, type(s) == Shape)
print(isinstance(s, Shape), isinstance(s, (int, Square)), isinstance(3, (str, float)))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, (int, object)))
print(issubclass(bool, int), isinstance(True, int), isinstance(1, bool))
print([type(v).__name__ for v in [1, 1.0, 'a', b'a', [], (), {}, set(), frozenset(), None, True, range(1), len, type]])
print(type(type), type(object), type(Square), type(int).__name__)
print(Square.__name__, Square.__module__, Square.__qualname__)
Dyn = type('Dyn', (Shape,), {'size': 3, 'area': lambda self: self.size ** 2})
d = Dyn()
print(type(d).__name__, d.area(), isinstance(d, Shape), Dyn.__bases__[0].__name__)
print(int.__name__, str.__mro__, bool.__mro__)
print(object.__subclasses__ is not None, Shape.__subclasses__()[0].__name__)
print(type(3)(4.7), type('x')(12), type([])('ab'))
print(isinstance(Square, type), isinstance(int, type), isinstance(s, object))
print(str(Square).startswith("<class '__main__.Square'>"), repr(int), repr(type(None)))
