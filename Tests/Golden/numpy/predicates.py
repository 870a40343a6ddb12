# numpy isnan/isinf/isfinite, isclose/allclose, nonzero/argwhere/count_nonzero/flatnonzero, eye/identity, argsort
import numpy as np
x = np.array([1.0, np.nan, np.inf, -np.inf, 0.0])
print(repr(np.isnan(x)), repr(np.isinf(x)), repr(np.isfinite(x)), repr(np.isnan(np.arange(3))), repr(np.isfinite(np.arange(2))), repr(np.isnan(np.float64(1.0))), repr(np.isnan(2.0)))
a = np.array([1.0, 2.0, np.nan, np.inf])
b = np.array([1.0 + 1e-9, 2.1, np.nan, np.inf])
print(repr(np.isclose(a, b)), repr(np.isclose(a, b, equal_nan=True)), np.allclose(a[:1], b[:1]), np.allclose(a, b), np.allclose([1, 2], [1, 2.00001]), repr(np.isclose(1.0, 1.0 + 1e-6)), np.allclose(np.ones(3), 1))
m = np.array([[0, 3, 0], [4, 0, 5]])
print(np.nonzero(m), m.nonzero(), np.nonzero(np.array([0, 1, 2])), repr(np.argwhere(m)), np.count_nonzero(m), repr(np.count_nonzero(m, axis=0)), repr(np.flatnonzero(m)))
print(m[np.nonzero(m)] if False else "", repr(np.eye(3)), repr(np.eye(2, 3, k=1, dtype=np.int32)), repr(np.identity(2, dtype=np.uint8)), repr(np.eye(3, k=-1)))
v = np.array([3, 1, 2, 1, 0])
print(repr(np.argsort(v)), repr(v.argsort()), repr(np.argsort(np.array([[3.0, np.nan, 1.0], [0.5, 2.0, -1.0]]))), repr(np.argsort(np.array([[3, 1], [0, 2]]), axis=0)), repr(np.argsort(m, axis=None)))
