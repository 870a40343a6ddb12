# __repr__ and __str__: which is used by print, str(), repr(), f-strings, containers, and fallbacks.
class Both:
    def __repr__(self): return 'Both()'
    def __str__(self): return 'both-str'
class ReprOnly:
    def __repr__(self): return 'ReprOnly<1>'
class StrOnly:
    def __str__(self): return 'str-only'
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s.__str__())
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {'k': b})
print(f'{b} {b!r} {r}')
print('%s %r' % (b, b))
print(repr(s).startswith('<__main__.StrOnly object at 0x'))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'{type(self).__name__}({self.x!r}, {self.y!r})'
class Point3(Point):
    pass
print(Point(1, 'a'), Point3(2.5, None), [Point(0, 0)])
print(str(Point(1, 2)))
class Nested:
    def __init__(self, items): self.items = items
    def __repr__(self): return f'Nested({self.items!r})'
print(Nested([Point(1, 2), 'x', Nested([])]))
print(format(b), format(r), '{}'.format(b), '{!r}'.format(b))
