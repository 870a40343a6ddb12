# Container dunders: __len__, __bool__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print('getitem', i)
        return self.items[i]
    def __setitem__(self, i, v):
        print('setitem', i, v)
        self.items[i] = v
    def __delitem__(self, i):
        print('delitem', i)
        del self.items[i]
    def __contains__(self, x):
        print('contains', x)
        return x in self.items
    def __repr__(self):
        return f'Bag{self.items}'
b = Bag(1, 2, 3)
print(len(b), bool(b), b[0], b[-1])
b[1] = 20
del b[0]
print(b, 20 in b, 99 in b)
print(b[0:2])
empty = Bag()
print(bool(empty), 'empty' if not empty else 'full')
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Truthy:
    def __bool__(self):
        print('bool called')
        return False
    def __len__(self):
        print('len called')
        return 1
print(bool(Truthy()), 'yes' if Truthy() else 'no')
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()))
class Grid:
    def __getitem__(self, key):
        return f'key={key!r}'
g = Grid()
print(g[1, 2], g['a'], g[1:2], g[::2], g[1:2, 3])
