# Other special methods: __index__, __int__/__float__, __format__, __bool__ defaults, __class_getitem__-free.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = list('abcdef')
print(lst[Idx(2)], lst[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)))
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(Num()), float(Num()))
class Fmt:
    def __format__(self, spec):
        return f'Fmt[{spec}]'
print(format(Fmt(), 'xyz'), f'{Fmt():>10}', '{:abc}'.format(Fmt()))
class Rev:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]
    def __reversed__(self):
        print('custom reversed')
        return iter(self.data[::-1])
print(list(reversed(Rev([1, 2, 3]))))
class Seq2:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Seq2())))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Cmp({self.v})'
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(5), Cmp(9)), min([Cmp(4), Cmp(0)]))
class Ctr:
    def __init__(self): self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
c = Ctr()
c += 5
c += 2
print(c.n)
