# Differential sweep: seeded random CSV text (quoted fields, doubled quotes, newlines, NA words, numbers) parsed.
import os
import random

import pandas as pd

rng = random.Random(2024)
TMP = "/tmp/swiftray-golden-random_csv"
os.makedirs(TMP, exist_ok=True)
ATOMS = ["1", "-2", "+3", "0", "1.5", "-0.25", "1e3", "2E-2", ".5", "7.", "inf", "-inf", "nan", "NA", "", "N/A",
         "null", "True", "False", "TRUE", "false", "abc", "a b", " x ", "x\"y", "12abc", "0x1F", "1,000", "é"]


def field(text):
    if rng.random() < 0.3 or "," in text or "\n" in text or '"' in text:
        return '"' + text.replace('"', '""') + '"'
    return text


for case in range(30):
    ncols = rng.randint(1, 5)
    nrows = rng.randint(1, 12)
    kinds = [rng.choice(["int", "float", "bool", "text", "any"]) for _ in range(ncols)]
    pools = {"int": ATOMS[:4] + ["", "NA"], "float": ATOMS[4:12] + ATOMS[:2] + [""],
             "bool": ATOMS[16:20] + [""], "text": ATOMS[20:] + ["multi\nline", 'say "hi"'], "any": ATOMS}
    lines = [",".join("c" + str(j) for j in range(ncols))]
    for _ in range(nrows):
        lines.append(",".join(field(rng.choice(pools[k])) for k in kinds))
    path = os.path.join(TMP, "case.csv")
    with open(path, "w") as f:
        f.write("\n".join(lines) + ("\n" if rng.random() < 0.8 else ""))
    df = pd.read_csv(path)
    print("== case", case, [str(d) for d in df.dtypes.tolist()])
    print(df)
    for c in df.columns:
        print(c, df[c].tolist())
    os.remove(path)
os.rmdir(TMP)
