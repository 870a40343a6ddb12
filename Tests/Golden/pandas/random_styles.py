# Differential sweep: seeded random frames styled with apply (axis 0, 1, None), map and subsets; HTML compared.
import random
import re

import pandas as pd

rng = random.Random(99)
CSS = ["", "color: red", "background-color: yellow", "font-weight: bold; color: blue", "border: 1px solid",
       "color: red", "background-color: grey"]

for case in range(20):
    n = rng.randint(1, 8)
    df = pd.DataFrame({
        "i": [rng.randint(0, 9) for _ in range(n)],
        "f": [None if rng.random() < 0.2 else rng.uniform(-5, 5) for _ in range(n)],
        "s": [rng.choice(["x", "y", "z, w", None]) for _ in range(n)],
        "b": [rng.random() < 0.5 for _ in range(n)],
    })
    picks = [rng.choice(CSS) for _ in range(12)]
    styler = df.style
    for step in range(rng.randint(1, 3)):
        how = rng.choice(["rows", "cols", "table", "map", "subset"])
        if how == "rows":
            styler = styler.apply(lambda row: [picks[(row["i"] + k) % 12] for k in range(len(row))], axis=1)
        elif how == "cols":
            styler = styler.apply(lambda col: [picks[(k * 3 + len(col.name)) % 12] for k in range(len(col))], axis=0)
        elif how == "table":
            styler = styler.apply(lambda d: pd.DataFrame([[picks[(r + c) % 12] for c in range(d.shape[1])]
                                                          for r in range(d.shape[0])],
                                                         index=d.index, columns=d.columns), axis=None)
        elif how == "map":
            styler = styler.map(lambda v: picks[len(str(v)) % 12])
        else:
            styler = styler.map(lambda v: picks[7], subset=rng.choice([["i"], ["s", "b"], "f"]))
    if rng.random() < 0.3:
        styler = styler.hide(axis="index")
    if rng.random() < 0.3:
        styler = styler.set_caption("case " + str(case))
    print("== case", case)
    print(re.sub(r"T_[0-9a-f]{5}", "T_uuid", styler.to_html()))
