# pow with modulus and negative exponents, round() half-to-even with ndigits, round of floats near .5.
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3), pow(-3, 3, 7), pow(2, -1), pow(2.0, 3))
print(pow(3, -1, 7), pow(38, -1, 97), pow(10 ** 20, 10 ** 5, 10 ** 9 + 7))
print(2 ** -2, (-8) ** (1 / 3) if False else 'skip', 0 ** 0, 0.0 ** 0, 4 ** 0.5, (-2) ** 3, (-2) ** -1)
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.5001]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(1.25, 1), round(1.35, 1))
print(round(123.456, -1), round(123.456, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5.0), round(5.0, 0), round(-0.4), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1e16 + 0.5), round(3.14159, 3), round(2.5e-5, 5), round(7, 1))
print(round(float('inf'), 2), round(-0.0), round(-0.0, 1))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
print(abs(-3), abs(-3.5), abs(0), abs(-0.0), abs(True))
