# len, abs, chr/ord, hex/oct/bin, divmod, pow, round, sum builtins over many argument types.
print(len('abc'), len([1, 2]), len((1,)), len({1: 2, 3: 4}), len({1}), len(range(3, 9)), len(b'ab'), len(''))
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(-10 ** 20), abs(False))
print(chr(65), chr(97), chr(8364), chr(0x1F600), chr(0), repr(chr(10)), ord('A'), ord('€'), ord('\x00'))
print([chr(c) for c in range(65, 71)], ''.join(chr(ord(c) + 1) for c in 'HAL'))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 64))
try:
    ord('ab')
except TypeError as e:
    print('TypeError', e)
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError', e)
try:
    hex(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    len(5)
except TypeError as e:
    print('TypeError', e)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 8), pow(2, 8, 10), round(2.567, 1))
print(max(3, 7), min([4, 1, 9]), sum([1, 2, 3], 10), any([]), all([]))
