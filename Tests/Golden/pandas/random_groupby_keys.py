# Differential sweep: seeded random groupby on two or three keys; Series and frame results with a MultiIndex.
import random

import pandas as pd

rng = random.Random(6060)
for case in range(20):
    n = rng.randint(1, 30)
    df = pd.DataFrame({"k1": [rng.choice(["p", "q", None]) for _ in range(n)],
                       "k2": [rng.choice([1, 2, 30]) for _ in range(n)],
                       "k3": [rng.choice([True, False]) for _ in range(n)],
                       "x": [rng.randint(-5, 5) for _ in range(n)],
                       "y": [rng.uniform(-3, 3) for _ in range(n)]})
    keys = rng.choice([["k1", "k2"], ["k2", "k1"], ["k1", "k2", "k3"], ["k3", "k2"]])
    g = df.groupby(keys, dropna=rng.random() < 0.7)
    print("== case", case, keys, n)
    print(g.size())
    print(g["x"].sum())
    print(g[["x", "y"]].mean())
    print(g.count())
