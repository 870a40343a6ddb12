# DataFrame reductions over columns (sum, mean, min, max, count, nunique) and operators with scalars.
import pandas as pd

df = pd.DataFrame({"i": [1, 2, 3], "f": [1.5, None, 2.5], "s": ["a", "b", "c"], "b": [True, False, True]})
print(df.sum())
print(df.sum(numeric_only=True))
print(df.max())
print(df.min(numeric_only=True))
print(df.mean(numeric_only=True))
print(df.nunique())
print(df.count())
try:
    df.mean()
except TypeError as e:
    print("TypeError:", e)
nums = df[["i", "f"]]
print(nums * 2)
print(nums + 0.5)
print(10 - nums)
print(nums / 2)
print(nums > 1)
print(nums == 2)
print(df[["s"]] + "!")
print(nums.T)
print(df.transpose())
print(df.T.dtypes.tolist() == ["object"] * 3, nums.T.index.tolist(), nums.T.columns.tolist())
