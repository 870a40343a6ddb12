# Float sums to the last bit: Series sum/mean/std in numpy's pairwise order, groupby sum/mean by Kahan summation.
import random

import pandas as pd

rng = random.Random(17)
for case in range(30):
    n = rng.choice([1, 3, 7, 8, 9, 15, 16, 17, 100, 128, 129, 300, 1000])
    values = [None if rng.random() < 0.1 else round(rng.uniform(-1000, 1000), rng.randint(0, 6)) for _ in range(n)]
    s = pd.Series(values)
    print(case, n, s.sum(), s.mean(), s.std(), s.var())
    keys = [rng.choice("abc") for _ in range(n)]
    df = pd.DataFrame({"k": keys, "v": values, "i": [rng.randint(-9, 9) for _ in range(n)]})
    g = df.groupby("k")
    print(g["v"].sum().tolist(), g["v"].mean().tolist(), g["i"].mean().tolist())
