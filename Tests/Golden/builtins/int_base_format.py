# int(x, base), format() builtin with specs, bin/oct/hex round trips, str->int in every base 2..36.
for base in [2, 3, 8, 10, 16, 36]:
    print(base, int('101', base), int('1' * 10, base))
print(int('zz', 36), int('ZZ', 36), int('0b1111', 0), int('0o777', 0), int('0xABC', 0), int('-0x10', 16), int(' 0b11 ', 2))
print(int('1_0_0', 0), int('0_7', 8), int('10', base=3))
for s, base in [('0o8', 0), ('012', 0), ('2', 2), ('g', 16), ('0x', 16)]:
    try:
        int(s, base)
    except ValueError as e:
        print('ValueError', e)
print(format(255, 'x'), format(255, '#b'), format(3.5, '.3f'), format('s', '>4'), format(12345, ','), format(0.5, '%'))
print(format(42), format(42, ''), format(None), format([1, 2]), format(True))
for n in [0, 1, 255, 4096, -17, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0) == n, int(hex(n), 16) == n, f'{n:o}')
try:
    format(3, 'z')
except ValueError as e:
    print('ValueError', e)
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError', e)
