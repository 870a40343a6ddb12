# numpy broadcasting of arrays and scalars, in-place operators and their errors
import numpy as np

a = np.arange(6).reshape(2, 3)
col = np.array([[10], [20]])
row = np.array([1, 2, 3])
print(a + row)
print(a * col)
print(repr(col + row))
print(repr(np.ones((2, 1, 3)) + np.arange(4).reshape(4, 1)))
print(repr(a + [1, 2, 3]), repr([1, 2, 3] - a))
print(repr(2 - a), repr(1 / (a + 1)), repr(10 // (a + 1)), repr(2 ** a))
for x, y in [(np.ones(3), np.ones(4)), (np.ones((2, 3)), np.ones((3, 2))), (np.ones((2, 3, 4)), np.ones((5,)))]:
    try:
        x + y
    except ValueError as e:
        print("ValueError:", e)
b = np.zeros((2, 3))
b += 1
b *= row
b -= 0.5
print(repr(b))
c = np.ones(3, dtype=np.uint8)
c += 5
c *= 100
print(repr(c))
try:
    c += 1.5
except TypeError as e:
    print("TypeError:", e)
d = np.ones(3)
try:
    d += np.ones(4)
except ValueError as e:
    print("ValueError:", e)
try:
    d += np.ones((2, 3))
except ValueError as e:
    print("ValueError:", e)
print(repr(a > 2), repr(a == row), repr(a != 4), repr(a <= [[1], [4]]), repr(a >= 2.5))
print(repr(-a), repr(abs(np.array([-1.5, 2.0, -0.0]))), repr(np.abs(np.array([-3, 3], np.int32))))
print(repr(+a), repr(~np.array([0, 5], dtype=np.uint8)))
