# Rich comparisons: __eq__/__lt__ etc., NotImplemented fallbacks, reflected ops, total ordering by hand.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __gt__(self, other):
        return not self <= other
    def __ge__(self, other):
        return not self < other
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9', '1.2']]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version('1.2'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == Version('1.2'), a == '1.2', a != '1.2')
try:
    a < 5
except TypeError as e:
    print('TypeError', e)
print(len({Version('1.0'), Version('1.0'), Version('2.0')}))
class Reflect:
    def __init__(self, v): self.v = v
    def __gt__(self, other):
        print('Reflect.__gt__ called')
        return self.v > other
print(3 < Reflect(5))
class NoEq: pass
n = NoEq()
print(n == n, n == NoEq(), n != n)
