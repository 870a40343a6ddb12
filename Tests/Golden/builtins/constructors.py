# Builtin type constructors called with various arguments: list/tuple/dict/set/str/int/float/bool/bytes/range.
print(list(), list('ab'), list((1, 2)), list({'a': 1}), list(range(2)), list(x for x in 'xy'))
print(tuple(), tuple([1]), tuple('hi'), dict(), dict(a=1), dict([('x', 1), ['y', 2]]), dict({'k': 'v'}, k2='v2'))
print(set(), set('aab') == {'a', 'b'}, frozenset(range(3)), str(), str(123), str([1, 'a']), str(b'x'))
print(int(), float(), bool(), complex is not None, bytes(), bytes(2), bytes('é', 'utf-8'), bytes([1, 2]))
print(range(3), type(range(3)), object().__class__.__name__, str(object)[:14])
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print('ValueError', e)
try:
    list(1)
except TypeError as e:
    print('TypeError', e)
print(list(map(int, ['1', '2'])), dict.fromkeys('abc', []), tuple(reversed('abc')))
