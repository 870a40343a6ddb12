# Differential sweep: seeded random frames (ints, floats of many magnitudes, NaN, bools, strings) and their reprs.
import random

import pandas as pd

rng = random.Random(20261122)
WORDS = ["alpha", "beta", "gamma", "a, b", 'q"uote', "x" * 55, "", "tab\tin", "Ünïcode"]


def column(kind, n):
    if kind == "int":
        scale = rng.choice([1, 100, 10 ** 6, 10 ** 12])
        return [rng.randint(-scale, scale) for _ in range(n)]
    if kind == "float":
        scale = rng.choice([1e-8, 1e-3, 1.0, 1e3, 1e7, 1e12])
        return [None if rng.random() < 0.15 else rng.uniform(-scale, scale) for _ in range(n)]
    if kind == "round":
        return [rng.randint(0, 400) / 4 for _ in range(n)]
    if kind == "bool":
        return [rng.random() < 0.5 for _ in range(n)]
    return [None if rng.random() < 0.1 else rng.choice(WORDS) for _ in range(n)]


for case in range(40):
    n = rng.choice([1, 2, 3, 5, 8, 13, 59, 60, 61, 75])
    ncols = rng.randint(1, 9)
    data = {}
    for c in range(ncols):
        kind = rng.choice(["int", "float", "round", "bool", "str"])
        data[kind + str(c)] = column(kind, n)
    df = pd.DataFrame(data)
    print("== case", case, df.shape)
    print(df)
    first = df.columns[0]
    print(df[first])
    if case % 5 == 0:
        print(df.to_string())
    if case % 7 == 0:
        print(df.head(4)._repr_html_())
