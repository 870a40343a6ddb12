# describe() and quantile(): numpy's linear interpolation, numeric and object summaries, include="all".
import pandas as pd

df = pd.read_csv("debugging_ray.csv")
print(df.describe())
print(df["line_number"].describe())
print(df["log_type"].describe())
print(df.describe(include="all"))
print(pd.DataFrame({"s": ["a", "b", "a"]}).describe())
vals = pd.Series([0.5, None, 2.25, 7.0, 1.0, 3.5, 9.75, 0.1, 4.4, 6.6, None, 8.8])
print(vals.describe())
print(vals.quantile(0.1), vals.quantile(0.9), vals.median(), vals.mean(), vals.std(), vals.sum())
print(pd.Series([1, 2, 3, 4]).quantile(0.5), pd.Series([10]).describe().tolist())
