# numpy integer-list indexing of rows (get and set), np.array from ranges, copy module, NaN into int arrays, comparisons with None
import numpy as np, copy
a = np.arange(12).reshape(3, 4)
print(a[[0, 2]], a[np.array([2, -1])].shape, a[[[0, 1], [2, 2]]].shape, a[[]].shape, np.arange(5)[[4, 0, 0]])
try:
    a[[0, 5]]
except Exception as e:
    print(type(e).__name__, e)
b = np.arange(5); b[[0, 3]] = -1; print(b); b[[1, 2]] = [7, 8]; print(b)
try:
    b[[1, 2]] = [1, 2, 3]
except Exception as e:
    print(type(e).__name__, e)
c = np.zeros((3, 2)); c[[0, 2]] = [1, 5]; print(c)
print(np.array(range(4)), copy.copy(b), copy.deepcopy(b), np.array([range(2), range(2)]))
for f in [lambda: np.array([np.nan], dtype=int), lambda: np.array([np.inf], dtype=np.int32), lambda: np.full(2, np.nan, dtype=np.int64)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
z = np.zeros(2, int)
try:
    z[0] = np.nan
except Exception as e:
    print(type(e).__name__, e)
print(np.ones(2) == None, np.ones(2) != None, None == np.ones(2))
print(np.array([1.5, np.nan]).astype(np.float32))
