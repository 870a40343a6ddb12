# Arbitrary precision integers: powers, factorials, big arithmetic, bit ops, conversions of big values.
print(2 ** 100, 2 ** 64 - 1, -2 ** 63, 10 ** 30)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 10 ** 20, f % 1000007, -f // 7, -f % 7)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, a * b, b // a, b % a)
print(a ** 3)
print((2 ** 200) >> 190, 1 << 130, (2 ** 130) & (2 ** 129 + 5), (2 ** 70) | 3, (2 ** 70) ^ (2 ** 69))
print(~(2 ** 80), -(2 ** 80) >> 3, -(2 ** 80) & 0xFFFF)
print(len(str(2 ** 1000)), str(3 ** 200)[:20], sum(int(d) for d in str(2 ** 100)))
print(int('9' * 40) + 1, int('-' + '1' * 25))
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 40 + 1))
print((2 ** 100).bit_length(), (10 ** 20).bit_length(), (-(2 ** 64)).bit_length())
print(abs(-10 ** 25), divmod(10 ** 25, 7 ** 10), pow(3, 100))
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63))
print(float(2 ** 100), int(1e20), int(1.5e30))
print(10 ** 18 * 10 ** 18, (10 ** 18 + 1) * (10 ** 18 - 1))
print(7 ** 77 % 1000, 12345678901234567890 // -1, -12345678901234567890 // -1)
x = 1
for _ in range(100):
    x = x * 3 + 1
print(x)
print(int.from_bytes(b'\xff' * 16, 'big'), (2 ** 100).to_bytes(13, 'big'))
