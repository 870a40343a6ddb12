# numpy math ufuncs (sqrt, exp, log, sin, floor, rint, square ...) and round: result types by input size, numpy's rounding algorithm (float32 transcendental functions left out: numpy's SIMD loops differ in the last bit)
import numpy as np
x = np.array([0.1, 0.5, 1.5, 2.5, -2.5, 1.23456, 1e300, 0.0, -0.0, 7.0])
print(np.round(x), np.round(x, 2), np.round(x, -1), x.round(1), np.rint(x), np.around(x, 3))
print(np.round(np.array([15, 25, 123, -35]), -1), np.round(np.array([1.25], np.float32), 1), np.round(np.arange(4), 2), repr(np.float64(2.675).round(2)), repr(np.round(np.float32(1.5))))
for f in (np.sqrt, np.exp, np.log, np.log2, np.log10, np.sin, np.cos, np.tanh, np.floor, np.ceil, np.trunc, np.rint, np.square):
    print(f.__name__, repr(f(np.array([0.25, 1.0, 2.0, 10.0, 123.456, -1.5]))))
    for t in ((np.int16, np.uint16) if f in (np.sqrt, np.log, np.floor, np.ceil, np.trunc, np.rint, np.square) else ()) + (np.int32, np.int64, np.uint32):
        print(" ", t.__name__, repr(f(np.array([1, 2, 9], dtype=t))))
print(repr(np.sqrt(np.float32([4.0, 2.0]))), repr(np.floor(np.float32([1.5, -1.5]))), repr(np.sqrt(np.float64(2))), repr(np.floor(np.array([True, False]))))
print(np.log(np.array([0.0, -1.0])), np.sqrt(-1.0) if False else "", repr(np.square(np.array([3, -4], np.int8))), repr(np.square(np.array([True]))))
