# numpy var and std (axis, ddof, integer and float32 inputs), prod, cumsum and cumprod
import numpy as np
rng = np.random.default_rng(11)
x = rng.random((4, 50)) * 100
i = np.arange(1, 13).reshape(3, 4)
print(repr(x.var()), repr(x.std()), repr(x.var(axis=0)[:3]), repr(x.std(axis=1)), repr(np.var(x, ddof=1)), repr(np.std(i)), repr(i.var(axis=1)), repr(i.std(axis=(0, 1))))
print(repr(x.astype(np.float32).std()), repr(x.astype(np.float32).var(axis=1)), repr(np.std(np.array([1, 2, 3, 4], np.uint8))), repr(np.var(np.array([True, False]))))
print(repr(i.prod()), repr(i.prod(axis=0)), repr(np.prod(np.array([1.5, 2.0, 4.0]))), repr(np.prod(np.array([200, 200], np.uint8))), repr(np.prod(np.array([], np.int32))), repr(np.prod([True, True])))
print(repr(i.cumsum()), repr(i.cumsum(axis=0)), repr(np.cumsum(np.array([1, 2, 3], np.uint8))), repr(np.cumprod(i, axis=1)), repr(np.cumsum(x[0, :5])), repr(np.cumsum(np.array(5))))
print(repr(np.cumsum(np.array([0.1] * 10))), repr(np.cumprod(np.array([1.5, 2.0, -1.0], np.float32))), repr(x.mean(axis=1)))
