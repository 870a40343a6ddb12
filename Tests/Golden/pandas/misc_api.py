# Top-level helpers: concat, isna/notna on scalars, lists, Series and frames; NA; iteration helpers.
import pandas as pd

a = pd.DataFrame({"x": [1, 2], "y": ["p", "q"]})
b = pd.DataFrame({"x": [3], "z": [0.5]})
print(pd.concat([a, b]))
print(pd.concat([a, b], ignore_index=True))
print(pd.concat([a["x"], b["x"]]))
print(pd.concat([a["x"], b["x"]], ignore_index=True).tolist())
print(pd.isna(None), pd.isna(float("nan")), pd.isna(3), pd.notna("x"), pd.isna(pd.NA))
print([bool(v) for v in pd.isna([1, None, float("nan")])])
print(pd.isna(pd.Series([1.0, None])).tolist(), pd.notna(pd.DataFrame({"v": [None, 1]}))["v"].tolist())
print(repr(pd.NA), pd.NA is pd.NA)
try:
    bool(pd.NA)
except TypeError as e:
    print("TypeError:", e)
print(list(a.itertuples(index=False)), list(a.itertuples())[0][0])
print([k for k, v in a.items()], a.to_dict(), a.to_dict("list"))
print(a.columns.tolist(), a.empty, pd.DataFrame().empty, a.size)
print(a.get("y").tolist(), a.get("missing"))
a.columns = ["first", "second"]
print(a)
a.index = ["r1", "r2"]
print(a)
print(a.loc["r2", "first"], [list(row) for row in a.values])
