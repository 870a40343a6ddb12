# Float repr edge cases: shortest round-trip digits, exponent switch points, signed zero, inf/nan.
vals = [1e16, 1e-5, 0.1 + 0.2, -0.0, 9.1e15, 1 / 3, 2 / 3, 1e15, 9.999999999999999e15,
        1e-4, 0.0001, 0.00001, 123456789.123, 1e22, 1e23, 0.1 * 3, 1.1 * 1.1, 2 ** 0.5,
        1 / 7, 100 / 3, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        4.35, 0.15, 1.0000000000000002, 0.9999999999999999, 3e-310, 1e100, 12.0, -1.5]
for v in vals:
    print(repr(v), str(v))
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, -nan, repr(inf), repr(nan))
print(float('-inf'), float('Infinity'), float('  nan  '), float('-iNF'))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf)
print(nan == nan, nan != nan, inf == inf, inf > 1e308, -inf < -1e308)
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1), 0.0 - 0.0, -0.0 + 0.0, -0.0 - 0.0)
print(1e16 + 1, 2 ** 53, float(2 ** 53), float(2 ** 53 + 1), float(2 ** 63))
print(float(10 ** 20), float(10 ** 16), float(10 ** 15), 10.0 ** 21)
print(0.1 + 0.7, 0.3 - 0.1, 1.2 - 1.0, 3 * 1.1)
print(sum([0.1] * 10), 0.1 * 10)
print(1e16 / 10, 1e17 / 10, 123e18, 1.5e-7)
