# Differential sweep: seeded random frames through to_csv/read_csv round trips, filters, sorts and groupby.
import os
import random

import pandas as pd

rng = random.Random(7)
TMP = "/tmp/swiftray-golden-random_ops"
os.makedirs(TMP, exist_ok=True)
TEXTS = ["plain", "with, comma", 'say "hi"', "two\nlines", " padded ", "", "NA", "True", "12", "3.5", "é"]

for case in range(25):
    n = rng.randint(1, 30)
    df = pd.DataFrame({
        "key": [rng.choice(["a", "b", "c", "d"]) for _ in range(n)],
        "num": [rng.randint(-50, 50) for _ in range(n)],
        "val": [None if rng.random() < 0.2 else round(rng.uniform(-100, 100), rng.randint(0, 4)) for _ in range(n)],
        "txt": [rng.choice(TEXTS) for _ in range(n)],
        "flag": [rng.random() < 0.3 for _ in range(n)],
    })
    path = os.path.join(TMP, "case.csv")
    df.to_csv(path, index=rng.random() < 0.5)
    back = pd.read_csv(path)
    print("== case", case, back.shape, [str(d) for d in back.dtypes.tolist()])
    print(back)
    threshold = rng.randint(-20, 20)
    picked = df[(df["num"] > threshold) | df["flag"]]
    print(picked.sort_values(["key", "num"], ascending=[rng.random() < 0.5, True]))
    print(df.groupby("key").size())
    print(df.groupby("key")[["num", "val"]].sum())
    print(df.groupby("key")["val"].mean())
    print(df["txt"].value_counts().head(3))
    print(df["val"].describe())
    os.remove(path)
os.rmdir(TMP)
