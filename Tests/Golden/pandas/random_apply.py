# Differential sweep: apply(axis=1) and Series.apply/map returning ints, floats, strings, bools, lists and None.
import random

import pandas as pd

rng = random.Random(77)
FUNCS = [
    lambda r: r["a"] * 2,
    lambda r: r["b"] / 3,
    lambda r: str(r["c"]) + "!",
    lambda r: r["a"] > 4,
    lambda r: [r["a"], r["c"]],
    lambda r: None if r["a"] % 2 else r["a"],
    lambda r: len(r),
    lambda r: r.name,
]
for case in range(20):
    n = rng.randint(1, 10)
    df = pd.DataFrame({"a": [rng.randint(0, 9) for _ in range(n)],
                       "b": [rng.uniform(-2, 2) for _ in range(n)],
                       "c": [rng.choice(["x", "yy", None]) for _ in range(n)]})
    f = rng.choice(FUNCS)
    print("== case", case, FUNCS.index(f))
    print(df.apply(f, axis=1))
    print(df["a"].apply(lambda v: v * 1.5 if v % 3 else None))
    print(df["c"].map({"x": 1, "yy": 2}))
    print(df[["a", "b"]].apply(lambda col: col.sum()))
