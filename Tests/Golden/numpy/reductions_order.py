# numpy float sums in numpy's order: pairwise over contiguous runs, row by row along outer axes, memory order for transposed views
import numpy as np
rng = np.random.default_rng(3)
for n in (7, 9, 100, 129, 1000, 5000, 20000):
    x = rng.random(n) * 1000
    f = x.astype(np.float32)
    m = x[: (n // 4) * 4].reshape(4, -1)
    print(n, repr(x.sum()), repr(x.mean()), repr(f.sum()), repr(f.mean()), m.sum(axis=0)[:3].tolist(), m.sum(axis=1).tolist(), repr(m.T.sum()))
    i = (x * 100).astype(np.int64)
    print(repr(i.mean()), repr(i.astype(np.int32).mean(axis=0)), repr((i > 50000).sum()), repr(m.mean(axis=0)[:2]))
for n in (24, 240, 2400):
    x = rng.random(n) * 100 - 50
    c = x.reshape(2, -1, 4)
    for v in (c, c.T, c[:, ::-1], c.transpose(1, 0, 2), c[::-1, :, ::2]):
        print([repr(v.sum(axis=k)[(0,) * (v.ndim - 1)]) for k in range(3)], repr(v.sum()), repr(v.mean()), repr(v.max()), repr(v.argmin()))
