# read_csv: RFC 4180 quoting (separators, doubled quotes and newlines inside fields), blank lines, CRLF, options.
import os

import pandas as pd

TMP = "/tmp/swiftray-golden-csv_edge_cases"
os.makedirs(TMP, exist_ok=True)


def write(name, text):
    path = os.path.join(TMP, name)
    with open(path, "w", newline="") as f:
        f.write(text)
    return path


def show(title, df):
    print("==", title)
    print(df)
    print(df.dtypes)
    print(df.shape, list(df.columns))


quoted = write("quoted.csv", 'id,text,n\n1,"a, b",2\n2,"say ""hi""",3\n3,"two\nlines",4\n4,plain,5\n')
df = pd.read_csv(quoted)
show("quoted", df)
print(df["text"].tolist())
print(repr(df.loc[2, "text"]))

crlf = write("crlf.csv", "a,b\r\n1,x\r\n\r\n2,y\r\n")
show("crlf and blank line", pd.read_csv(crlf))

missing = write("missing.csv", "i,f,b,s,e\n1,1.5,True,x,\n,2.0,False,,\n3,,,z,\n")
df = pd.read_csv(missing)
show("missing values", df)
print(df["i"].tolist(), df["b"].tolist())
print(pd.isna(df.loc[1, "s"]), df["e"].isna().tolist())

na_words = write("na_words.csv", "a,b\nNA,1\nnull,2\nN/A,3\nok,None\n")
show("NA spellings", pd.read_csv(na_words))

semi = write("semi.csv", "x;y;z\n1;2,5;a\n3;4;b\n")
show("sep=';'", pd.read_csv(semi, sep=";"))

tabs = write("tabs.tsv", "x\ty\n1\thello world\n2\t\"q\tq\"\n")
show("sep='\\t'", pd.read_csv(tabs, sep="\t"))

noheader = write("noheader.csv", "1,a,2.5\n2,b,3.5\n")
df = pd.read_csv(noheader, header=None)
show("header=None", df)
print(repr(df.columns), df[1].tolist())

names = write("names.csv", ",a,a,b\n0,1,2,3\n1,4,5,6\n")
show("unnamed and duplicate columns", pd.read_csv(names))

opts = write("opts.csv", "k,v,w,s\na,1,2.0,x\nb,3,4.0,y\nc,5,6.0,z\nd,7,8.0,w\n")
show("index_col='k'", pd.read_csv(opts, index_col="k"))
show("index_col=0", pd.read_csv(opts, index_col=0))
show("usecols names", pd.read_csv(opts, usecols=["w", "k"]))
show("usecols positions", pd.read_csv(opts, usecols=[1, 3]))
show("nrows=2", pd.read_csv(opts, nrows=2))
show("dtype=str", pd.read_csv(opts, dtype=str))
show("dtype per column", pd.read_csv(opts, dtype={"v": float, "w": str}))
with open(opts) as f:
    show("file object", pd.read_csv(f))

wide_ints = write("ints.csv", "big,neg,mixed\n9007199254740993,-5,1\n12,+7,x\n")
df = pd.read_csv(wide_ints)
show("large and signed ints", df)
print(df["big"].tolist())

floats = write("floats.csv", "a,b,c\n1e3,.5,-0.25\n2E-2,7.,inf\n")
df = pd.read_csv(floats)
show("float spellings", df)
print(df["a"].tolist(), df["b"].tolist(), df["c"].tolist())

try:
    print(pd.read_csv(write("implicit.csv", "a,b\n1,2,3\n4,5,6\n")))
    pd.read_csv(write("bad.csv", "a,b\n1,2\n3,4,5\n"))
except Exception as e:
    print(type(e).__name__, e)

for name in sorted(os.listdir(TMP)):
    os.remove(os.path.join(TMP, name))
os.rmdir(TMP)
