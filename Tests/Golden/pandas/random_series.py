# Differential sweep: seeded random Series (index kinds, names, infinities, -0.0, huge and tiny floats) and reprs.
import random

import pandas as pd

rng = random.Random(424242)
SPECIAL = [float("inf"), float("-inf"), -0.0, 0.0, 1e-300, 1e300, 123456789012.5, -7.25e-9, 0.1, 2.0]

for case in range(40):
    n = rng.choice([1, 2, 4, 9, 60, 61, 70])
    kind = rng.choice(["int", "float", "special", "str", "bool", "mixed"])
    if kind == "int":
        values = [rng.randint(-10 ** rng.randint(1, 15), 10 ** rng.randint(1, 15)) for _ in range(n)]
    elif kind == "float":
        scale = 10.0 ** rng.randint(-9, 9)
        values = [None if rng.random() < 0.1 else rng.uniform(-scale, scale) for _ in range(n)]
    elif kind == "special":
        values = [rng.choice(SPECIAL) for _ in range(n)]
    elif kind == "str":
        values = [rng.choice(["a", "bb", "ccc dd", None, "e" * rng.randint(0, 70)]) for _ in range(n)]
    elif kind == "bool":
        values = [rng.random() < 0.5 for _ in range(n)]
    else:
        values = [rng.choice([1, "x", 2.5, None, True]) for _ in range(n)]
    index_kind = rng.choice(["range", "str", "int", "named"])
    if index_kind == "str":
        index = ["r" + str(i) * rng.randint(1, 3) for i in range(n)]
    elif index_kind == "int":
        index = [rng.randint(-1000, 1000) for _ in range(n)]
    elif index_kind == "named":
        index = pd.Index(["k" + str(i) for i in range(n)], name="key")
    else:
        index = None
    s = pd.Series(values, index=index, name=rng.choice([None, "vals", 7]))
    print("== case", case, kind, index_kind)
    print(s)
    print(s.to_frame() if s.name is not None else s.to_frame("col"))
