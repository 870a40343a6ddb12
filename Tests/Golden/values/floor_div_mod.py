# Floor division and modulo with negative operands, divmod identity, float variants.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 5), (-1, 5), (6, 3), (-6, 3), (10 ** 20 + 3, -7)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f'{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {(q, r)}, check {q * b + r == a}')
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.1, 0.03), (-0.0, 1), (5, 0.5), (1e20, 3)]
for a, b in fpairs:
    print(f'{a} // {b} = {a // b!r}, {a} % {b} = {a % b!r}, divmod = {divmod(a, b)!r}')
print(-7 / 2, 7 / -2, -8 / 2, 1 / 3, 2 / 1, type(4 / 2).__name__)
print(int(-7 / 2), -(7 // 2), -7 // 2)
print(5 % 3, -5 % 3, 5 % -3, -5 % -3, 5.5 % -2)
print(-1 % 10 ** 30, (-(10 ** 30)) // 7)
print(True // 2, 7 // True, 3.0 // 2, -3.0 // 2)
print(-0.0 % 5, 0.0 % -5, (-1e-20) % 1.0)
