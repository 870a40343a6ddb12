# Differential sweep: seeded random selections (iloc slices and lists, loc labels and ranges, masks, columns).
import random

import pandas as pd

rng = random.Random(5150)
for case in range(30):
    n = rng.randint(1, 15)
    labels = None if rng.random() < 0.5 else ["r" + str(i) for i in rng.sample(range(100), n)]
    df = pd.DataFrame({"a": [rng.randint(0, 9) for _ in range(n)], "b": [rng.random() for _ in range(n)],
                       "c": [rng.choice(["x", "y", None]) for _ in range(n)]}, index=labels)
    print("== case", case, n)
    start, stop = rng.randint(-n, n), rng.randint(-n, n)
    step = rng.choice([None, 1, 2, -1, 3])
    print(df.iloc[start:stop:step])
    picks = [rng.randrange(n) for _ in range(rng.randint(0, 4))]
    print(df.iloc[picks, [2, 0]])
    lo, hi = sorted(rng.sample(range(n), 2)) if n > 1 else (0, 0)
    print(df.loc[df.index[lo]:df.index[hi], ["c", "a"]])
    print(df.loc[df.index[hi]])
    mask = df["a"] > rng.randint(0, 9)
    print(df[mask]["b"])
    print(df.loc[mask, "c"].tolist(), df.iloc[-1, 1], df.a.iloc[::2].tolist())
    print(df[["c"]][rng.randint(0, n):])
