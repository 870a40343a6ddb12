# Operator and delimiter tokens: arithmetic, bitwise, comparison, walrus, ellipsis, arrows, @.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +a)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 1, -a >> 1, 1 << 100)
print(a < b, a > b, a <= 17, a >= 18, a == 17, a != 17)
print(a<b, a>b, a<=b, a>=b, a==b, a!=b)
print(2**3**2, (2**3)**2, -2**2, (-2)**2, 2**-1)
print(not a, a and b, a or b, 0 or '', '' and 0)
print(...)
print(Ellipsis, ... is Ellipsis, type(...).__name__)
def f(x: int) -> str:
    return str(x)
print(f(3), f.__annotations__)
print((y := 10), y)
class M:
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
print(M() @ M(), 1 @ M())
x = 1
x += 2; x -= 1; x *= 10; x //= 3; x **= 2; x %= 7
print(x)
x <<= 3; x >>= 1; x |= 1; x &= 0xff; x ^= 0b1010
print(x)
z = 7.0
z /= 2
print(z)
print(a if a > b else b, [1, 2][0:1], {1: 2}[1], (lambda: 'l')())
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
print(a	+	b)
