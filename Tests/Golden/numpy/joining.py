# numpy concatenate, stack, where, clip, maximum and minimum: promotion, broadcasting, NaN, shape errors
import numpy as np
a = np.arange(6).reshape(2, 3); b = np.ones((1, 3), np.float32)
print(repr(np.concatenate([a, b])), repr(np.concatenate([a, a], axis=1)), repr(np.concatenate([np.arange(2), np.arange(3, dtype=np.uint8)])), repr(np.concatenate((a, a.T.T[:, ::-1]), axis=None)))
print(repr(np.concatenate([a, a], axis=-1)), repr(np.concatenate([[1, 2], [3.5]])))
print(repr(np.stack([np.arange(3), np.arange(3)])), repr(np.stack([np.arange(3), np.arange(3)], axis=1)), repr(np.stack([a, a], axis=-1).shape), repr(np.stack([a, a + 1], axis=1)))
print(repr(np.where(a > 2, a, -1)), repr(np.where(a > 2, 1.5, 0)), repr(np.where([True, False], np.uint8(1), 2)), repr(np.where(a > 2, np.ones(3, np.uint8), 3)))
print(repr(np.where(np.array([1, 0, 2]), np.arange(3), np.arange(3) * 10)), repr(np.where(True, 1, 2)), repr(np.where(a % 2 == 0, a, a.T[:1, :].T if False else 0.5)))
print(repr(np.clip(a, 1, 4)), repr(np.clip(np.arange(5.0), 1, 3)), repr(np.clip(np.array([1.0, np.nan, 5.0]), 2, 4)), repr(np.clip(a, [0, 2, 3], 3)))
print(repr(np.maximum(a, 2)), repr(np.minimum(np.array([1.0, np.nan]), np.array([np.nan, 0.0]))), repr(np.maximum(np.array([True, False]), np.array([False, False]))), repr(np.maximum(np.int8(-3), np.uint8(2))))
for f in [lambda: np.concatenate([a, np.ones(3)]), lambda: np.concatenate([a, np.ones((2, 2))]), lambda: np.stack([a, a.T]), lambda: np.concatenate([]), lambda: np.concatenate([a, a], axis=2), lambda: np.where(a > 2, a), lambda: np.where(np.ones(2) > 0, np.ones(3), 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
