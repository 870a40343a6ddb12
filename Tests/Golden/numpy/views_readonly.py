# numpy views (slicing, T, reshape), writes through views, flags.writeable and read-only errors
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
print(a[1], a[-1, -1], a[0, 1:, ::2], a[..., 1], a[:, None, 0].shape, a[1, ...].shape)
print(repr(a[1, 2, 3]), a[::-1, ::-2, 1::3].tolist())
v = a[0, :, 1:3]
print(v.flags.c_contiguous, v.flags["C_CONTIGUOUS"], a.flags.c_contiguous, a.T.flags.f_contiguous)
v[:] = 0
print(a[0])
v[1] = [7, 8]
print(a[0, 1], v.base is a, a.base is None)
t = a.T
print(t.shape, t[3, 2, 1], a[1, 2, 3])
r = a.reshape(4, 6)
r[0, 0] = 99
print(a[0, 0, 0], r.reshape(-1).shape, a.ravel()[:5], np.reshape(a, (6, -1)).shape)
try:
    a.reshape(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    a.reshape(-1, -1)
except ValueError as e:
    print("ValueError:", e)
f = a.T.ravel()
f[0] = -5
print(a[0, 0, 0], f[:4])
ro = np.arange(5)
ro.flags.writeable = False
print(ro.flags.writeable, ro[1:].flags.writeable)
for action in ("item", "slice", "fill", "iadd"):
    try:
        if action == "item":
            ro[0] = 1
        elif action == "slice":
            ro[1:3] = 0
        elif action == "fill":
            ro.fill(3)
        else:
            ro += 1
    except ValueError as e:
        print(action, "ValueError:", e)
view = ro[2:]
try:
    view.flags.writeable = True
except ValueError as e:
    print("ValueError:", e)
w = np.zeros(4)
w[1] = 2.5
w[-1] = True
w[np.int64(2)] = 7
print(repr(w))
try:
    w[4] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    w[0, 1]
except IndexError as e:
    print("IndexError:", e)
try:
    w["x"]
except IndexError as e:
    print("IndexError:", e)
u = np.zeros(3, dtype=np.uint8)
try:
    u[0] = 256
except OverflowError as e:
    print("OverflowError:", e)
u[1] = 3.9
print(repr(u))
m = np.arange(10)
print(repr(m[m % 3 == 0]))
m[m > 6] = 0
print(repr(m))
z = np.arange(5)
z[1:] = z[:-1]
print(repr(z))
print(len(a), len(a[0]), [x.tolist() for x in a[1]], list(np.arange(3)))
try:
    len(np.array(3))
except TypeError as e:
    print("TypeError:", e)
try:
    bool(np.ones(3))
except ValueError as e:
    print("ValueError:", e)
print(bool(np.ones(1)), bool(np.zeros(1)), float(np.array(2.5)), int(np.array(7)), 3 in np.arange(5), 9 in np.arange(5))
a = np.arange(12).reshape(3, 4)
print(np.may_share_memory(a, a[1]), np.may_share_memory(a[0], a[1]), np.may_share_memory(a, a.copy()), np.may_share_memory(a[::-1], a[0]), np.may_share_memory(a.T, a), np.may_share_memory(a[:, 0], a[:, 1]))
ov = np.arange(8)
ov[1:] += ov[:-1]
fv = np.arange(8.0)
fv[:-1] *= fv[1:]
rv = np.arange(6).reshape(2, 3)
rv += rv[::-1]
print(ov, fv, rv.tolist())
