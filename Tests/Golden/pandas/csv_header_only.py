# read_csv of a header without rows (object columns, empty reprs and Styler table) and of an empty file.
import os

import pandas as pd

TMP = "/tmp/swiftray-golden-csv_header_only"
os.makedirs(TMP, exist_ok=True)
with open(os.path.join(TMP, "hdr.csv"), "w") as f:
    f.write("a,b,c\n")
with open(os.path.join(TMP, "empty.csv"), "w") as f:
    f.write("")
df = pd.read_csv("/tmp/swiftray-golden-csv_header_only/hdr.csv")
print(df)
print(df.dtypes)
print(df.shape, repr(df.index))
print(df.style.to_html().count("<tr>"))
print(df._repr_html_())
try:
    pd.read_csv("/tmp/swiftray-golden-csv_header_only/empty.csv")
except Exception as e:
    print(type(e).__name__, e)
for name in ("hdr.csv", "empty.csv"):
    os.remove(os.path.join(TMP, name))
os.rmdir(TMP)
