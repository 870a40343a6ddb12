# DataFrame construction from dicts, records, rows, Series and other frames; columns and index arguments.
import pandas as pd

cases = [
    ("empty", lambda: pd.DataFrame()),
    ("empty dict", lambda: pd.DataFrame({})),
    ("columns only", lambda: pd.DataFrame(columns=["a", "b"])),
    ("rows", lambda: pd.DataFrame([[1, 2], [3, 4]])),
    ("rows with columns", lambda: pd.DataFrame([[1, "x"], [2, "y"]], columns=["n", "s"])),
    ("records", lambda: pd.DataFrame([{"a": 1}, {"b": 2.5}, {"a": 3, "b": 4}])),
    ("dict with index", lambda: pd.DataFrame({"v": [1, 2]}, index=["p", "q"])),
    ("dict of series", lambda: pd.DataFrame({"s": pd.Series([1, 2, 3]), "t": pd.Series(["a", "b", "c"])})),
    ("scalar broadcast", lambda: pd.DataFrame({"a": [1, 2, 3], "k": "const"})),
    ("column subset", lambda: pd.DataFrame({"a": [1], "b": [2], "c": [3]}, columns=["c", "a"])),
    ("copy of frame", lambda: pd.DataFrame(pd.DataFrame({"a": [1, 2]}))),
    ("dtype float", lambda: pd.DataFrame({"a": [1, 2]}, dtype=float)),
    ("series rows", lambda: pd.DataFrame([pd.Series({"a": 1, "b": 2}), pd.Series({"a": 3, "b": 4})])),
]
for title, make in cases:
    df = make()
    print("==", title)
    print(df)
    print(repr(df.columns), repr(df.index), df.shape)
    print(df.dtypes.tolist())

try:
    pd.DataFrame({"a": [1, 2], "b": [1]})
except ValueError as e:
    print("ValueError:", e)
aligned = pd.DataFrame({"x": pd.Series([1, 2, 3], index=["c", "a", "b"]), "y": pd.Series([10.5, 20.5], index=["a", "d"])})
print(aligned)
print(pd.DataFrame({"x": pd.Series([1, 2], index=["p", "q"])}, index=["q", "r"]))
print(pd.DataFrame({"s": pd.Series([1, 2]), "k": 5}))
