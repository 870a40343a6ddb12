# numpy scalars with Python's formatting, builtins and operators (%-format, format specs, divmod, round with numpy's algorithm, bin/hex, sorted, bool logic)
import numpy as np, math
x, y, z = np.int64(7), np.float32(2.5), np.float64(1 / 3)
print("%d %.1f %s %r %5.2f" % (x, y, z, x, z), "{:.3e}".format(z), f"{x:>4}|{y!r}|{z:.2%}")
print(np.int64(3) in [1, 2, 3], [10, 20][np.int64(1)], list(range(np.int64(2))), math.floor(np.float64(2.5)), math.isnan(np.float64("nan")) if False else "")
print(divmod(x, 2), divmod(np.float64(7.5), 2), pow(x, 2), x.__index__(), bin(np.uint8(5)), hex(np.int32(255)), round(np.float64(2.675), 2))
print(sorted([np.float64(2.5), 1, np.int8(-3)]), sum([np.float32(0.5)] * 3), min(np.uint8(3), 2), abs(np.int16(-4)), -np.uint8(1))
print(np.float64(2) ** 0.5, 2 ** np.float64(0.5), 7 // np.int64(2), 7 % np.int64(-3), np.float64(-7.5) // 2)
print(bool(np.float64(0.0)), bool(np.int64(-1)), not np.False_, np.True_ and 5, np.True_ & np.False_, np.True_ | True, ~np.True_, np.int8(5) & 3, np.uint8(5) ^ np.uint8(1))
