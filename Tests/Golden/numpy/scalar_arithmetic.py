# numpy scalars of every kind with Python scalars: weak promotion, wraparound, division, comparisons, conversions
import numpy as np
vals = [np.int64(7), np.int32(-3), np.uint8(200), np.float32(1.5), np.float64(-2.25), np.True_, np.int8(-100), np.uint64(5)]
pys = [2, -1, 0.5, True, 300]
for v in vals:
    row = []
    for p in pys:
        for expr in ("v + p", "p - v", "v * p", "v / p", "v // p", "v % p", "v ** 2", "v > p", "-v", "abs(v)"):
            try:
                r = eval(expr)
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__)
    print(repr(v), str(v), " ".join(row))
for v in vals:
    print(repr(v), int(v), float(v), bool(v), hash(v) == hash(v.item()), v == v.item(), type(v.item()).__name__, v.dtype, v.shape, v.ndim, v.size, v.itemsize, v.nbytes)
