# Series: construction, label indexing, arithmetic and comparisons with scalars, masks, reductions, reprs.
import pandas as pd

s = pd.Series([3, 1, 4, 1, 5], name="n")
print(s)
print(s.name, s.dtype, len(s), s.shape, s.tolist(), s.index.tolist())
print(s[0], s[4], s.iloc[-1], s.loc[2])
print(s + 1)
print(s * 2.5)
print(s / 2)
print(s // 2, s % 2, s ** 2, 10 - s, sep="\n")
print(s > 2)
print(s[s > 2])
print(s[(s > 1) & (s < 5)])
print(s[(s == 1) | (s == 5)])
print(s[~(s == 1)])
print(s.sum(), s.mean(), s.min(), s.max(), s.count())
print(s.unique().tolist() if hasattr(s.unique(), "tolist") else s.unique())
print(s.nunique())
print(s.value_counts())
print(s.value_counts(normalize=True))
print(s.sort_values())
print(s.sort_values(ascending=False).tolist())
print(s.head(2), s.tail(2), sep="\n")
print(s.apply(lambda v: v * 10).tolist())
print(s.map({1: "one", 3: "three"}))
print(s.isin([1, 5]).tolist())
print(s.astype(float))
print(s.astype(str).tolist())

f = pd.Series([1.5, None, 2.25])
print(f)
print(f.isna().tolist(), f.notna().tolist(), f.sum(), f.count())
print(f.fillna(0))
print(f.dropna())
print(f + 1)
print(f == 1.5)

labels = pd.Series({"a": 10, "b": 20, "c": 30})
print(labels)
print(labels["b"], labels.index.tolist(), "b" in labels, 20 in labels)
print(labels[["a", "c"]])
print(labels.loc["b":"c"])
labels["d"] = 40
print(labels)

words = pd.Series(["apple", "Banana", None, "cherry"], name="fruit")
print(words)
print(words.str.upper())
print(words.str.len())
print(words.str.contains("an"))
print(words.str.startswith("a").tolist())
print(words + "!")
print(words.value_counts(dropna=False))

flags = pd.Series([True, False, True])
print(flags, flags.sum(), flags.any(), flags.all(), sep="\n")
print(pd.Series([], dtype="float64"))
print(pd.Series(range(70)))
print(pd.Series(["x" * 60, "y"]))
try:
    bool(s)
except ValueError as e:
    print("ValueError:", e)
try:
    s[10]
except KeyError as e:
    print("KeyError:", e)
