# numpy's integer dtypes of 8 to 64 bits: promotion table, sums, means, casts with wraparound, out-of-range Python ints
import numpy as np
ts = [np.bool_, np.uint8, np.uint16, np.uint32, np.uint64, np.int8, np.int16, np.int32, np.int64, np.float32, np.float64]
for a in ts:
    print(a.__name__, [(np.ones(2, a) + np.ones(2, b)).dtype.name for b in ts])
for a in ts:
    x = np.array([1, 0, 1], dtype=a)
    print(repr(x), repr(x.sum()), repr(x.mean()), x.dtype.char, x.dtype.str, x.itemsize, repr(x[0]), repr(x * 3), repr(x * 1.5), repr(x + True))
print(repr(np.int8(-128) - 1), repr(np.array([200], np.uint8).astype(np.int8)), repr(np.array([70000]).astype(np.int16)), repr(np.array([-1]).astype(np.uint32)))
print(repr(np.array([1, 2], np.int8) * 100), repr(np.array([1, 2], np.uint16) * 40000), repr(np.array([True]) // np.array([True])), repr(np.array([True]) % True))
for bad in [lambda: np.ones(2, np.int8) * 200, lambda: np.ones(2, np.uint16) + 70000, lambda: np.int16(40000)]:
    try:
        bad()
    except OverflowError as e:
        print("OverflowError:", e)
print(np.iinfo if False else "", repr(np.dtype("i2")), repr(np.dtype("u4")), np.dtype("int8") == np.int8, np.int8(5), repr(np.uint32(7)))
