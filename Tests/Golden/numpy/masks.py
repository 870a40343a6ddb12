# numpy boolean masks over leading axes (get and set, scalars and arrays), one-argument where, mask errors
import numpy as np
a = np.arange(12).reshape(3, 4)
rows = np.array([True, False, True])
print(repr(a[rows]), repr(a[a > 5]), repr(a[[True, False, True]]), repr(a[np.array([[True, False, True, False]] * 3)]))
b = a.copy(); b[rows] = 0; print(b)
c = a.copy(); c[rows] = [1, 2, 3, 4]; print(c)
d = a.copy(); d[d % 2 == 0] = np.arange(6) * 10; print(d)
e = a.astype(float); e[np.isnan(e)] = 0; e[e > 8] = np.nan; print(e)
for f in [lambda: a[np.array([True, False])], lambda: a[np.ones((3, 4, 2), bool)], lambda: a.copy().__setitem__(rows, [1, 2, 3])]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(np.where(a > 8), np.where(np.array([0, 3, 0, 1])), repr(a[np.where(a > 8)] if False else ""))
g = np.arange(6)
for f in [lambda: g.__setitem__(g > 2, [1, 2]), lambda: a.copy().__setitem__(a > 2, [1, 2])]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
