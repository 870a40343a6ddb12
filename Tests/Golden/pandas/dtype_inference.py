# dtypes: inference from Python values and from CSV text, and the dtypes operations produce.
import os

import pandas as pd

for values in ([1, 2], [1, None], [1.5, 2], [True, False], [True, None], ["a", None], ["a", 1], [None, None], []):
    s = pd.Series(values)
    print(repr(values), s.dtype, s.tolist())

df = pd.DataFrame({"i": [1, 2], "f": [1.0, 2.5], "b": [True, False], "s": ["x", "y"]})
print(df.dtypes)
print(df.iloc[0].dtype, df[["i", "f"]].iloc[0].dtype, df[["s"]].iloc[0].dtype, df[["b"]].iloc[0].dtype)
print((df["i"] + 1).dtype, (df["i"] / 1).dtype, (df["i"] * 1.5).dtype, (df["i"] > 1).dtype, (df["f"] // 1).dtype)
print((df["s"] + "!").dtype, df["i"].astype(float).dtype, df["f"].astype(int).tolist())

TMP = "/tmp/swiftray-golden-dtype_inference"
os.makedirs(TMP, exist_ok=True)
path = os.path.join(TMP, "types.csv")
with open(path, "w") as f:
    f.write("int,int_na,float,bool,bool_na,text,mixed,empty,lower_bool,num_text\n")
    f.write("1,1,1.5,True,False,a,1,,true,1\n")
    f.write("-2,,2,False,,b,x,,false,2.5\n")
    f.write("3,3,3e2,TRUE,True,,3.5,,TRUE,abc\n")
csv = pd.read_csv(path)
print(csv.dtypes)
print(csv)
for name in csv.columns:
    print(name, csv[name].tolist())
os.remove(path)
os.rmdir(TMP)
