# groupby(key): size, count, sum, mean, min, max, column selection, iteration; group labels sorted.
import pandas as pd

df = pd.DataFrame({
    "k": ["b", "a", "b", "c", "a"],
    "v": [1, 2, 3, None, 5],
    "i": [1, 2, 3, 4, 5],
    "s": ["x", "y", "z", "w", "q"],
    "t": [True, False, True, True, True],
})
g = df.groupby("k")
print(g.size())
print(g.count())
print(g.sum())
print(g["v"].sum())
print(g["i"].count())
print(g.mean(numeric_only=True))
print(g["i"].max())
print(g["i"].min())
print(repr(g.size().index))
print(df.groupby("t").size())
print(df.groupby("i").size().tolist())
print(len(g), g.ngroups)
for key, part in g:
    print(key, part["i"].tolist())
print(g.size().sort_values(ascending=False))
print(g[["i", "v"]].sum())

logs = pd.read_csv("debugging_ray.csv")
print(logs.groupby("log_type").size())
print(logs.groupby("log_level")["line_number"].count())
print(logs.groupby("thread_id").size())
print(logs["log_type"].value_counts())
print(logs[logs["log_level"] == "D"].groupby("source_file").size().sort_values(ascending=False).head(3))
print(g.agg("sum"))
print(g.agg({"i": "max", "v": "mean", "s": "first"}))
print(g["i"].agg("mean"))
print(g["s"].agg("nunique"))
print(logs.groupby("log_type").agg({"line_number": "max", "thread_id": "count"}))
