# read_csv options: names, skiprows, na_values, keep_default_na, quoted empty fields, spaces, trailing separators.
import os

import pandas as pd

TMP = "/tmp/swiftray-golden-csv_options"
os.makedirs(TMP, exist_ok=True)


def write(name, text):
    path = os.path.join(TMP, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def show(title, df):
    print("==", title)
    print(df)
    print([str(d) for d in df.dtypes.tolist()], df.columns.tolist())


plain = write("plain.csv", "1,2,x\n3,4,y\n")
show("names", pd.read_csv(plain, names=["p", "q", "r"]))
show("names and header=0", pd.read_csv(plain, names=["p", "q", "r"], header=0))
skip = write("skip.csv", "# comment line\nsecond junk\na,b\n1,2\n3,4\n5,6\n")
show("skiprows=2", pd.read_csv(skip, skiprows=2))
show("skiprows list", pd.read_csv(skip, skiprows=[0, 1, 4]))
nas = write("nas.csv", "a,b,c\n-,1,NA\nx,-1,\ny,missing,n/a\n")
show("na_values", pd.read_csv(nas, na_values=["-", "missing"]))
show("na_values string", pd.read_csv(nas, na_values="missing"))
show("keep_default_na=False", pd.read_csv(nas, keep_default_na=False))
quoted_empty = write("qe.csv", 'a,b\n"",1\n"x",""\n')
df = pd.read_csv(quoted_empty)
show("quoted empty", df)
print(df["a"].isna().tolist(), df["b"].isna().tolist())
spaces = write("spaces.csv", "a,b,c\n 1,2 , x \n3, 4,y\n")
df = pd.read_csv(spaces)
show("spaces", df)
print(df["c"].tolist())
trailing = write("trailing.csv", "a,b,\n1,2,\n3,4,\n")
show("trailing separator", pd.read_csv(trailing))
after_quote = write("after.csv", 'a,b\n"ab"cd,1\nx"y"z,2\n')
df = pd.read_csv(after_quote)
show("text around quotes", df)
print(df["a"].tolist())
unicode = write("unicode.csv", "name,city\nJosé,Zürich\n\u00e9t\u00e9,\"Saint-\u00c9tienne, FR\"\n")
show("unicode", pd.read_csv(unicode))
show("delimiter=", pd.read_csv(write("pipe.csv", "a|b\n1|2\n"), delimiter="|"))

for name in sorted(os.listdir(TMP)):
    os.remove(os.path.join(TMP, name))
os.rmdir(TMP)
