# Subclasses of int, str and list: the subtype is kept, methods and attributes work, arithmetic returns plain ints.
class I(int):
    def double(self): return self * 2
i = I(5)
print(type(i).__name__, i, i + 1, type(i + 1).__name__, i.double(), repr(i), i == 5, hash(i) == hash(5))
print(list(range(I(3))), [0, 1, 2, 3][I(2)], bool(I(0)), f"{I(42):>4}", I("7") * 2)
class S(str): pass
s = S('a'); s.x = 1; print(s.x, s + 'b', type(s).__name__)
class L(list): pass
l = L([1]); l.tag = 't'; print(l.tag, l, len(l))
