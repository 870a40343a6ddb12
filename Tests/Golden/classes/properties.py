# @property with getter/setter/deleter, validation in setters, computed properties, read-only errors.
class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def radius(self):
        print('get radius')
        return self._r
    @radius.setter
    def radius(self, v):
        print('set radius', v)
        if v < 0:
            raise ValueError('radius must be non-negative')
        self._r = v
    @radius.deleter
    def radius(self):
        print('del radius')
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print('ValueError', e)
try:
    c.area = 5
except AttributeError as e:
    print('AttributeError', e)
del c.radius
print(hasattr(c, '_r'))
class Old:
    def get_x(self): return 42
    x = property(get_x, doc='the x')
print(Old().x, Old.x.__doc__, type(Old.x).__name__)
class Lazy:
    def __init__(self):
        self._value = None
    @property
    def value(self):
        if self._value is None:
            print('computing')
            self._value = sum(range(10))
        return self._value
lz = Lazy()
print(lz.value, lz.value)
