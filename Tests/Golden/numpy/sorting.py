# numpy sort (axis, None, in place) and unique (NaN collapsed, return_counts)
import numpy as np
x = np.array([[3.0, np.nan, 1.0], [2.0, -1.0, 2.0]])
print(repr(np.sort(x)), repr(np.sort(x, axis=0)), repr(np.sort(x, axis=None)), repr(np.sort([3, 1, 2])), repr(np.sort(np.array([True, False, True]))))
y = np.arange(10)[::-1].copy(); y.sort(); print(y)
z = np.array([[5, 1], [0, 3]], np.uint8); z.sort(axis=0); print(repr(z))
print(repr(np.unique([3, 1, 2, 3, 1])), repr(np.unique(np.array([[1.5, np.nan], [1.5, np.nan]]))), np.unique(np.array([2, 2, 7, 1]), return_counts=True))
print(repr(np.unique(np.array([True, False, True]))), repr(np.unique(np.array([], dtype=np.int32))))
