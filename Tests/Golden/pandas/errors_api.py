# The exceptions common mistakes raise: missing columns and labels, out-of-range positions, bad files, ambiguity.
import pandas as pd

df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
attempts = [
    lambda: df["zzz"],
    lambda: df[["a", "zzz"]],
    lambda: df.loc[99],
    lambda: df.iloc[99],
    lambda: df["a"][99],
    lambda: pd.read_csv("/tmp/swiftray-no-such-file.csv"),
    lambda: bool(df),
    lambda: df.zzz,
    lambda: df.groupby("zzz"),
    lambda: df.sort_values("zzz"),
    lambda: pd.Series([1, 2], index=[0, 1, 2]),
    lambda: df.set_index("zzz"),
]
for attempt in attempts:
    try:
        attempt()
        print("no error")
    except Exception as e:
        print(type(e).__name__, str(e).split("\n")[0])
