# Series helpers: to_frame, reset_index, rename, sort_index, items/to_dict, between, abs/neg, set items, loc/iloc.
import pandas as pd

s = pd.Series([3, -1, 2], index=["c", "a", "b"], name="v")
print(s.to_frame())
print(s.reset_index())
print(s.reset_index(drop=True))
print(s.rename("w"))
print(s.sort_index())
print(list(s.items()), s.to_dict(), s.keys().tolist())
print(s.between(0, 3).tolist(), abs(s).tolist(), (-s).tolist())
print(s.iloc[1:], s.loc["a"], s.iloc[[0, 2]].tolist(), sep="\n")
s.loc["a"] = 10
s["z"] = 0
print(s)
vc = pd.Series(["x", "y", "x"]).value_counts()
print(vc.reset_index())
print(vc.to_frame())
print(pd.Series([1.5, 2.5]).to_frame("f"))
