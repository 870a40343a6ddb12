# Arithmetic dunders: __add__/__radd__/__iadd__/__sub__/__mul__/__neg__/__abs__, NotImplemented, sum().
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd with', o)
        return self + o
    def __iadd__(self, o):
        print('iadd')
        self.x += o.x
        self.y += o.y
        return self
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, +a, abs(b))
print(a + 1, 1 + a)
print(sum([a, b, Vec(10, 10)]))
c = a
c += b
print(c, a, c is a)
print(a == Vec(4, 6), a != b)
try:
    a + 'str'
except TypeError as e:
    print('TypeError', e)
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, o): return Money(self.cents + o.cents)
    def __repr__(self): return f'${self.cents / 100:.2f}'
m = Money(150)
m += Money(275)
print(m)
class Div:
    def __truediv__(self, o): return 'truediv'
    def __floordiv__(self, o): return 'floordiv'
    def __mod__(self, o): return 'mod'
    def __pow__(self, o): return 'pow'
    def __rpow__(self, o): return 'rpow'
    def __lshift__(self, o): return 'lshift'
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __invert__(self): return 'invert'
d = Div()
print(d / 1, d // 1, d % 1, d ** 1, 2 ** d, d << 1, d & 1, d | 1, d ^ 1, ~d)
