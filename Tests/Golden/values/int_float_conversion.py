# Conversions between int, float, str and bool: truncation, parsing with bases, whitespace, underscores.
print(int(3.9), int(-3.9), int(0.0), int(-0.5), int(1e10), int(True), int(False))
print(int('42'), int('  -17  '), int('+5'), int('1_000'), int('0'), int('007'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('z', 36), int('10', 2))
print(int('  12\n'), int('٣'), int(b'99'), int('1' * 30))
print(float('3.5'), float('  -2e3 '), float('1_000.5'), float(7), float('.5'), float('5.'), float(True))
print(float('1e-10'), float('0x1p3') if False else 'hex skipped', float(10 ** 25))
print(str(12), str(-0.5), str(True), str(None), str(3.0), str(1e100))
print(bool(0), bool(0.0), bool(-1), bool(''), bool('False'), bool([]), bool(None))
print(1.0.is_integer(), 1.5.is_integer(), (10 ** 20) == float(10 ** 20), 0.1 + 0.2 == 0.3)
print(int(2.999999999999999999), int(2.99999999999999), float('nan') != float('nan'))
bad = ['', ' ', '1.0', '0x10', '1e3', '12a', '- 1', '1__0', '_1', 'one']
for s in bad:
    try:
        int(s)
        print(repr(s), 'parsed?!')
    except ValueError as e:
        print(e)
for s in ['abc', '', '1.2.3', 'inf_']:
    try:
        float(s)
    except ValueError as e:
        print(e)
for args in [('12', 1), ('12', 37), ('9', 8)]:
    try:
        int(*args)
    except ValueError as e:
        print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
print(3 + 4.0, 3 * 1.0, type(3 + 4.0).__name__, 10 / 5, True + 1.5, 2 ** 0.5 * 2 ** 0.5)
