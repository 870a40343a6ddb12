# numpy error messages for shapes, dtypes, axes and conversions
import numpy as np

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("ragged", lambda: np.array([[1, 2], [3]]))
attempt("broadcast", lambda: np.ones((2, 3)) * np.ones((4, 3)))
attempt("reshape", lambda: np.arange(6).reshape(4))
attempt("dtype", lambda: np.zeros(2, dtype="nope"))
attempt("negative", lambda: np.zeros(-1))
attempt("axis", lambda: np.ones((2, 2)).sum(axis=-3))
attempt("index", lambda: np.ones((2, 2))[2, 0])
attempt("too many", lambda: np.ones(2)[0, 0, 0])
attempt("float index", lambda: np.ones(2)[1.0])
attempt("dot", lambda: np.dot(np.ones(3), np.ones(4)))
attempt("float()", lambda: float(np.ones(2)))
attempt("hash", lambda: hash(np.ones(2)))
attempt("iter 0-d", lambda: iter(np.array(1)))
attempt("bitwise float", lambda: np.ones(2) & np.ones(2))
attempt("invert float", lambda: ~np.ones(2))
attempt("empty min", lambda: np.array([], dtype=np.int64).min())
attempt("empty argmax", lambda: np.array([]).argmax())
attempt("overflow full", lambda: np.full(2, 300, dtype=np.uint8))
attempt("overflow array", lambda: np.array([1, -1], dtype=np.uint8))
attempt("assign shape", lambda: np.zeros((2, 2)).__setitem__(0, np.ones(3)))
attempt("astype", lambda: np.arange(3).astype("float16x"))
attempt("truth empty", lambda: bool(np.zeros(0)))
attempt("scalar index", lambda: np.float64(1.0)[0])
attempt("step zero", lambda: np.arange(5)[::0])
attempt("int div zero", lambda: np.array([1, 2]) // 0 if False else "skipped")
attempt("too big", lambda: np.zeros((2**40, 2**40)))
attempt("memory", lambda: np.zeros((10**6, 10**6)))
attempt("memory broadcast", lambda: np.ones((1, 10**6)) + np.ones((10**7, 1)))
attempt("reshape overflow", lambda: np.arange(4).reshape(2**62, 4))
