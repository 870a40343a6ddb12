# numpy.random.default_rng(seed).random: numpy's PCG64 and SeedSequence, scalars and shapes, float32
import numpy as np
rng = np.random.default_rng(42)
print(rng.random(3), rng.random(), repr(rng.random((2, 2))))
print(np.random.default_rng(0).random(4), np.random.default_rng(2**70 + 5).random(2))
print(np.random.default_rng(7).random(5, dtype=np.float32))
from numpy.random import default_rng
print(default_rng(1).random(2))
