# numpy dtypes, NEP 50 promotion of Python scalars, wraparound, casting with astype
import numpy as np

u = np.array([1, 2, 250], dtype=np.uint8)
print(repr(u * 2), repr(u + 10), repr(u - 3))
print(repr(u * 1.5), (u * 1.5).dtype)
print(repr(u + np.array([1, 2, 3], dtype=np.int32)))
print(repr(u + np.array([1, 2, 3])))
print(repr(u / 2), repr(u // 3), repr(u % 7), repr(u ** 2))
for bad in (300, -1):
    try:
        u * bad
    except OverflowError as e:
        print("OverflowError:", e)
print(repr(u == 300), repr(u < 1000))
i32 = np.array([1, -2, 3], dtype=np.int32)
f32 = np.array([0.5, 1.5, -2.25], dtype=np.float32)
print(repr(i32 + f32), repr(f32 + 1), repr(f32 * 2.5), repr(i32 * 2))
print(repr(f32 + np.array([1.0, 2.0, 3.0])))
b = np.array([True, False, True])
print(repr(b + b), repr(b * b), repr(b + 1), repr(b + 1.5), repr(b & np.array([True, True, False])))
print(repr(~b), repr(b | False))
try:
    b - b
except TypeError as e:
    print("TypeError:", e)
try:
    -b
except TypeError as e:
    print("TypeError:", e)
print(repr(np.array([1.7, -1.7, 300.0]).astype(np.int64)))
print(repr(np.array([1.7, -1.0, 300.0]).astype(np.uint8)))
print(repr(np.arange(5).astype(np.float32)), repr(np.arange(5).astype("bool")))
print(repr(np.array([7, -7]) // 2), repr(np.array([7, -7]) % 3), repr(np.array([7, -7]) // -2), repr(np.array([7, -7]) % -3))
print(repr(np.array([7.5, -7.5]) // 2), repr(np.array([7.5, -7.5]) % 2))
print(repr(np.array([2, 3]) ** np.array([3, 2])), repr(np.array([2.0, 4.0]) ** 0.5))
try:
    np.array([2, 3]) ** -1
except ValueError as e:
    print("ValueError:", e)
print(repr(np.int64(3) + 1), repr(np.uint8(250) + 10), repr(np.uint8(3) * np.int64(2)), repr(np.float32(1.5) * 2))
print(repr(np.uint8(3)), repr(np.int32(-4)), repr(np.float64(2.5)), repr(np.bool_(True)), np.uint8(7), np.float64(0.1))
for d in (np.bool_, np.uint8, np.int32, np.int64, np.float32, np.float64):
    a = np.zeros(2, dtype=d)
    print(d.__name__, a.dtype, a.dtype.name, a.itemsize, repr(a.dtype), a.dtype == d, a.dtype.kind, a.dtype.str)
print(np.dtype("uint8"), repr(np.dtype(np.float32)), np.dtype("int64") == "int64", np.dtype(float), np.dtype(int), np.dtype(bool))
print(repr(np.zeros(3, dtype="float32")), repr(np.ones(2, dtype=int)), repr(np.ones(2, dtype=float)), repr(np.ones(2, bool)))
print(repr(np.array([1, 2]) + np.uint64(1)), repr(np.array([1], np.uint8).sum()), repr(np.array([1, 2], np.int32).sum()))
print(repr(np.array([True, True]).sum()), repr(np.array([1.5], np.float32).sum()), repr(np.array([1, 2], np.int32).mean()))
