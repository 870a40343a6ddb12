# Series operations between Series: label alignment, result names, comparisons need identical labels.
import pandas as pd

a = pd.Series([1, 2, 3], index=["x", "y", "z"], name="a")
b = pd.Series([10, 20, 30], index=["y", "z", "w"], name="b")
print(a + b)
print(a * a)
print(a - pd.Series([1, 1, 1], index=["x", "y", "z"], name="a"))
print((a > 1) & (a < 3))
print(a == a)
df = pd.DataFrame({"p": [1, 2, 3], "q": [0.5, 1.5, 2.5]})
print(df["p"] + df["q"])
print(df["p"] * df["p"])
print(df["q"] / df["p"])
print((df["p"] > 1) | (df["q"] < 1))
try:
    a == b
except ValueError as e:
    print("ValueError:", e)
print((a + b).isna().tolist(), (a + b).dtype)
