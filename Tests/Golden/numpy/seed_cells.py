# the seed notebook's numpy code (lifecycle.ipynb cells 9-11) with a small model size
import numpy as np


def load_model(size_mb):
    weights = np.ones((1024, 1024, size_mb), dtype=np.uint8)
    assert weights.nbytes / 1024**2 == size_mb
    return weights


def predict(model, input):
    return model * input


model = load_model(size_mb=4)
print(model.shape, model.dtype, model.nbytes, model.nbytes / 1024**2)
futures = [predict(model, i) for i in range(3)]
for i, f in enumerate(futures):
    print(i, f.dtype, f.shape, int(f.sum()), f.max(), np.array_equal(f, model * i))
print(repr(predict(model, 1)))
print(predict(model, 255)[0, 0, :3], predict(model, 2)[1023, 1023])
