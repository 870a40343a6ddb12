# Differential sweep: seeded random groupby (str, int, float and bool keys, missing keys) and reductions.
import random

import pandas as pd

rng = random.Random(8080)
for case in range(25):
    n = rng.randint(1, 40)
    key_kind = rng.choice(["str", "int", "float", "bool"])
    pool = {"str": ["p", "q", "r", None], "int": [3, 1, 2], "float": [0.5, 1.5, None, -2.0],
            "bool": [True, False]}[key_kind]
    df = pd.DataFrame({"k": [rng.choice(pool) for _ in range(n)],
                       "x": [rng.randint(-5, 5) for _ in range(n)],
                       "y": [None if rng.random() < 0.2 else rng.uniform(-3, 3) for _ in range(n)],
                       "z": [rng.choice(["u", "v", "w"]) for _ in range(n)]})
    g = df.groupby("k")
    print("== case", case, key_kind, n)
    print(g.size())
    print(g.count())
    print(g[["x", "y"]].sum())
    print(g[["x", "y"]].mean())
    print(g["x"].max(), g["y"].min(), g["z"].first(), g["z"].last(), sep="\n")
    print(g["z"].nunique())
    print(df["k"].value_counts(dropna=False))
    print(df["x"].value_counts().sort_index())
