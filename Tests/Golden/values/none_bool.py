# None and bool semantics: bool arithmetic, None comparisons, identity, reprs, truth of None.
print(True + True, True * 3, True - False, True / 2, True // 2, -True, ~True, ~False, True ** 2)
print(True == 1, False == 0, 1 == 1.0 == True, isinstance(True, int))
print(sum([True, True, False, True]), max(True, 2), [True, False].count(1), True & False, True | False, True ^ True)
print(type(True + 1).__name__, type(True & True).__name__, type(True & 1).__name__)
print(str(True), repr(False), int(True), float(False), bool('0'), bool(0j) if False else 'skip')
print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None is None, None == None, None != 0, None == False, not None)
try:
    None < 1
except TypeError as e:
    print('TypeError', e)
def nothing(): pass
print(nothing() is None, [None, None].count(None), {None: 'key'}[None])
print(True and 'yes', False or 'no', None or 0 or 'last', (True, False) == (1, 0))
print(hash(True), hash(False), hash(None) == hash(None), {True: 'a', 1: 'b'})
print(f'{True!r} {None!r} {True:d} {True:>5}')
print(bool.__name__, issubclass(bool, int), True.real, True.numerator, (5 > 3) + (2 > 1))
