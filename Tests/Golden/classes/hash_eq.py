# __hash__ and __eq__: objects as dict keys and set members, unhashable when __eq__ without __hash__.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f'Key({self.k})'
d = {Key(1): 'one', Key(2): 'two'}
print(d[Key(1)], Key(2) in d, Key(3) in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError', e)
print(EqOnly.__hash__)
class Default: pass
x = Default()
print(x == x, hash(x) == hash(x), {x: 1}[x])
print(hash(1) == hash(1.0), hash(True) == hash(1), {1: 'int', 1.0: 'float', True: 'bool'})
class ConstHash:
    def __hash__(self): return 7
    def __eq__(self, o): return isinstance(o, ConstHash)
print(hash(ConstHash()), len({ConstHash(), ConstHash()}))
try:
    hash([1, 2])
except TypeError as e:
    print('TypeError', e)
print(hash((1, 2)) == hash((1, 2)), hash(-1), hash(-2), hash(0), hash(10**20) == hash(10**20))
