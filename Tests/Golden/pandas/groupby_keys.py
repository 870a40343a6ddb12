# groupby on several keys: size() and column reductions as Series with a MultiIndex (sparsified labels).
import pandas as pd

df = pd.read_csv("debugging_ray.csv")
r = df.groupby(["log_level", "log_type"]).size()
print(r)
print(r.index[:3])
print(r.tolist()[:4], r.index.names, r.index.nlevels, r[("D", "Add Task")])
print(df.groupby(["thread_id", "log_level"])["line_number"].sum())
print(df.groupby(["log_level", "thread_id", "source_file"])["line_number"].count())
small = pd.DataFrame({"a": [1, 1, 2, None], "b": ["x", "y", "x", "x"], "v": [1.5, 2.0, 3.0, 4.0]})
print(small.groupby(["a", "b"]).size())
print(small.groupby(["b", "a"])["v"].mean())
print(small.groupby(["b", "a"], dropna=False)["v"].max())
print(r.reset_index(name="n").head())
print(small.groupby(["b", "a"])["v"].sum().reset_index())
