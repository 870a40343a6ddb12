# numpy elementwise and reduction timings, the same program for numpy (CPython) and swiftray's numpy subset.
# Prints one line per operation: "name<TAB>seconds" (the median of REPEAT timed runs in this process).
# Sizes: NUMPY_BENCH_MB (the uint8 "model" of the seed notebook, default 1000) and a float64 array of
# NUMPY_BENCH_FLOAT_MB (default 128).
import os
import time

import numpy as np

MB = int(os.environ.get("NUMPY_BENCH_MB", "1000"))
FLOAT_MB = int(os.environ.get("NUMPY_BENCH_FLOAT_MB", "128"))
REPEAT = int(os.environ.get("NUMPY_BENCH_REPEAT", "5"))


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def timed(name, f):
    times = []
    result = None
    for _ in range(REPEAT):
        result = None
        t0 = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - t0)
    print(f"{name}\t{median(times):.6f}", flush=True)
    return result


model = timed("ones_uint8_model", lambda: np.ones((1024, 1024, MB), dtype=np.uint8))
assert model.nbytes / 1024**2 == MB
r = timed("model_times_int", lambda: model * 1)
assert r.dtype == np.uint8 and int(r[5, 5, 0]) == 1
r = timed("model_times_3_wraps", lambda: model * 3)
r = timed("model_plus_model", lambda: model + model)
r = None
timed("model_sum", lambda: model.sum())
n = FLOAT_MB * 1024 * 1024 // 8
a = timed("arange_float64", lambda: np.arange(n, dtype=np.float64))
b = np.ones(n)
timed("float_times_scalar", lambda: a * 2.5)
timed("float_plus_float", lambda: a + b)
timed("float_divide", lambda: a / (b + 1.0))
timed("float_compare", lambda: a > 1000.0)
timed("float_sum", lambda: a.sum())
timed("float_max", lambda: a.max())
timed("float_astype_float32", lambda: a.astype(np.float32))
m = a.reshape(1024, -1)
timed("float_sum_axis0", lambda: m.sum(axis=0))
timed("float_strided_times", lambda: m[:, ::2] * 2.0)
