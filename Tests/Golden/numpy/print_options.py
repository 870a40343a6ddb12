# numpy print options: set_printoptions (precision, suppress, threshold, edgeitems, linewidth), get_printoptions, the printoptions context manager
import numpy as np
print(np.get_printoptions())
np.set_printoptions(precision=3, suppress=True)
print(np.array([1/3, 1e-10, 2.0]), np.array([1e-5, 1e3]), np.float64(1/3), repr(np.array([1/3])), np.array([1e9, 1.0]))
np.set_printoptions(threshold=5, edgeitems=1, linewidth=20)
print(np.arange(10), repr(np.arange(10)), np.arange(12.).reshape(3, 4))
with np.printoptions(precision=1) as opts:
    print(np.array([1.25, 2.5]), opts["precision"])
print(np.array([1.25, 2.5]))
np.set_printoptions()
print(np.array([1/3]), np.get_printoptions()["precision"])
np.set_printoptions(precision=8, suppress=False, threshold=1000, edgeitems=3, linewidth=75)
print(np.array([1/3, 1e-5]), np.arange(2000))
