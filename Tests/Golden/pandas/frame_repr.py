# DataFrame text repr: column alignment, float formatting, long cells, index names, truncation past 60 rows.
import pandas as pd

print(pd.DataFrame({"abc": [1, 2], "flag": [True, False], "s": ["x", "y"], "f": [0.5, 1.25]}))
print(pd.DataFrame({"a": [1e7, 1.5], "b": [1e-7, 1.0], "c": [123456.789, 0.1], "d": [1, None]}))
print(pd.DataFrame({"neg": [-1.5, 2.25, -3.0], "i": [-1, 10, 100], "z": [0.0, 0.0, 0.0]}))
print(pd.DataFrame({"big": [123456789.123, 2.5], "tiny": [0.000001, 0.5], "third": [1 / 3, 2 / 3]}))
print(pd.DataFrame({"long": ["x" * 70, "short"], "n": [1, 2]}))
print(pd.DataFrame({"esc": ["tab\there", "new\nline"], "o": [[1, "a"], None]}))
print(pd.DataFrame({"mixed": [1, "a", 2.5, None, True]}))
print(pd.DataFrame({"v": [10, 20]}, index=pd.Index(["first", "second"], name="label")))
print(pd.DataFrame({"a": []}))
print(pd.DataFrame())
print(pd.DataFrame([[1, 2], [3, 4]]))
print(pd.DataFrame([{"x": 1, "y": "a"}, {"x": 2, "z": 3.5}]))

n = 75
big = pd.DataFrame({"i": list(range(n)), "sq": [i * i for i in range(n)], "half": [i / 2 for i in range(n)],
                    "name": ["row" + str(i) for i in range(n)]})
print(big)
print(big.head(3))
print(big.tail(3))
print(big.iloc[58:61])
print(pd.DataFrame({"i": list(range(60))}).tail(2))
print(pd.DataFrame({"i": list(range(61)), "s": ["v"] * 61}))

cols = {}
for k in range(12):
    cols["column_" + str(k)] = [k * 1000 + j for j in range(3)]
wide = pd.DataFrame(cols)
print(wide)
print(wide.iloc[:, :6])
print(pd.DataFrame({"msg": ["m" * 45, "x"], "other": ["o" * 40, "y"]}))
tall_wide = pd.DataFrame({"c" + str(k): list(range(k, k + 70)) for k in range(20)})
print(tall_wide)
