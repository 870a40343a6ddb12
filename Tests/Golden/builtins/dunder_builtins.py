# Builtins dispatching to dunders on user classes: len/abs/bool/str/repr/format/hash/iter/reversed/next/round.
class X:
    def __len__(self): return 3
    def __abs__(self): return 'abs!'
    def __round__(self, n=None): return f'round({n})'
    def __iter__(self): return iter('xyz')
    def __contains__(self, item): return item == 'magic'
    def __index__(self): return 2
    def __neg__(self): return 'neg!'
    def __invert__(self): return 'inv!'
x = X()
print(len(x), abs(x), round(x), round(x, 3), list(x), 'magic' in x, 'y' in x, -x, ~x)
print(bin(x), hex(x), oct(x), 'abcd'[x], list(range(x)), [0] * x)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError', e)
class StrLen:
    def __len__(self): return 'three'
try:
    len(StrLen())
except TypeError as e:
    print('TypeError', e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print('TypeError', e)
