# numpy reductions over several axes (axis=(0, 2)), keepdims, errors
import numpy as np
a = np.arange(24.0).reshape(2, 3, 4)
print(a.sum(axis=(0, 1)), a.sum(axis=(1, 2)), a.max(axis=(0, 2)), a.mean(axis=(0, 2)), a.sum(axis=(0, 1), keepdims=True).shape, a.sum(axis=()).shape)
print(a.sum(axis=(0, 1, 2)), a.min(axis=(2, 0)), np.sum(a, axis=(0, 2)), a.astype(np.int32).sum(axis=(0, 2)), a.astype(np.int32).mean(axis=(1, 2)), np.arange(6).reshape(2, 3).sum(axis=()))
rng = np.random.default_rng(9)
x = rng.random((4, 50, 30))
print(repr(x.sum(axis=(1, 2))), repr(x.sum(axis=(0, 1))[:3]), repr(x.mean(axis=(0, 1))[:2]), repr(x.any(axis=(0, 2))[:3]))
for f in [lambda: a.sum(axis=(0, 0)), lambda: a.argmax(axis=(0, 1)), lambda: a.sum(axis=(0, 5)), lambda: a.sum(axis=(-1, 0))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
