# The .str accessor: case, strip, len, contains (regex or not), startswith, replace, split, slicing, cat.
import pandas as pd

s = pd.Series(["Alpha beta", "  gamma  ", None, "delta, epsilon", "Beta"], name="t")
print(s.str.lower())
print(s.str.upper().tolist())
print(s.str.strip().tolist())
print(s.str.len())
print(s.str.contains("eta"))
print(s.str.contains("^[ab]", case=False).tolist())
print(s.str.contains(".", regex=False).tolist())
print(s.str.startswith("Al").tolist(), s.str.endswith("a").tolist())
print(s.str.replace("a", "A"))
print(s.str.replace(r"\s+", "_", regex=True).tolist())
print(s.str.split(",").tolist())
print(s.str[:3].tolist(), s.str[-1].tolist())
print(s.str.get(1).tolist())
print(s.str.title().tolist(), s.str.capitalize().tolist())
print(s.str.count("a").tolist())
print(s.str.cat(sep="|"))
print(pd.Series(["7", "42"]).str.zfill(3).tolist())
logs = pd.read_csv("debugging_ray.csv")
print(logs[logs["message"].str.contains("object")]["log_type"].value_counts())
print(logs["source_file"].str.replace(".cc", "", regex=False).value_counts().head(3))
try:
    pd.Series([1, 2]).str
except AttributeError as e:
    print("AttributeError:", e)
print(pd.Series([" padded ", " padded ", "x"]).value_counts())
print(pd.Series([" lead"]).value_counts())
print(pd.Series([1, 2], index=[" a", "  b"]))
