# numpy reductions with and without axis, argmax, mean, dot, array_equal
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
for axis in (None, 0, 1, 2, -1):
    print(axis, repr(a.sum(axis=axis)), repr(a.max(axis=axis)), repr(a.min(axis=axis)), repr(a.argmax(axis=axis)))
print(repr(a.mean()), repr(a.mean(axis=1)), repr(np.sum(a, axis=0)), repr(np.mean(a, 2)))
print(repr(a.sum(axis=1, keepdims=True)))
f = np.array([[0.1, 0.2, 0.3], [1.5, -2.5, 3.25]])
print(repr(f.sum()), repr(f.sum(axis=0)), repr(f.mean(axis=1)), repr(f.max()), repr(f.argmin()), repr(f.min(axis=0)))
print(repr(np.arange(1000) * 0.1).sum() if False else repr((np.arange(1000) * 0.1).sum()))
print(repr(np.linspace(0, 1, 101).sum()), repr(np.linspace(0, 1, 1001).mean()))
print(repr(np.array([1.0, np.nan, 3.0]).max()), repr(np.array([1.0, np.nan, 3.0]).argmax()))
print(repr(np.array([True, False]).any()), repr(np.array([True, False]).all()), repr(np.zeros((2, 2)).any(axis=0)))
print(repr(np.ones(300, dtype=np.uint8).sum()), repr(np.full(3, 2**40).sum()), repr(np.ones((4, 4), np.float32).sum(axis=0)))
try:
    np.zeros(0).max()
except ValueError as e:
    print("ValueError:", e)
try:
    a.sum(axis=3)
except Exception as e:
    print(type(e).__name__, e)
x = np.arange(6).reshape(2, 3)
print(repr(np.dot(x, x.T)), repr(np.dot(np.arange(3), np.arange(3))), repr(np.dot(x, np.arange(3))), repr(x @ x.T))
print(repr(np.dot(np.arange(2), x)), repr(np.dot(x.astype(np.float32), np.ones(3, np.float32))))
try:
    np.dot(x, x)
except ValueError as e:
    print("ValueError:", e)
print(np.array_equal(x, x.copy()), np.array_equal(x, x.T), np.array_equal(x, [[0, 1, 2], [3, 4, 5]]), np.array_equal(x, x.astype(float)))
print(type(x.sum()).__name__, type(x.mean()).__name__, type(x[0, 0]).__name__, type(f[0, 0]).__name__)
print(x.sum() == 15, x.max() > 4, int(x.sum()) + 1, float(f.sum()), x.sum() * 2, round(f.mean(), 3), f"{f.mean():.3f}")
