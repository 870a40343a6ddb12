# pd.set_option / get_option / option_context for display.max_rows, min_rows, max_colwidth and precision.
import pandas as pd

df = pd.DataFrame({"i": list(range(30)), "msg": ["m" * 60 + str(i) for i in range(30)], "f": [i / 7 for i in range(30)]})
print(pd.get_option("display.max_rows"), pd.get_option("display.min_rows"), pd.get_option("display.max_colwidth"),
      pd.get_option("display.precision"))
pd.set_option("display.max_rows", 10)
print(df)
pd.set_option("display.min_rows", 4)
print(df)
print(df["f"])
pd.set_option("display.max_rows", None)
print(df.tail(12))
pd.reset_option("display.max_rows")
pd.reset_option("display.min_rows")
pd.set_option("display.max_colwidth", None)
print(df.head(2))
pd.set_option("display.max_colwidth", 20)
print(df.head(2))
pd.reset_option("display.max_colwidth")
with pd.option_context("display.precision", 2):
    print(df.head(3))
    print(df["f"].head(3))
print(df.head(3))
pd.set_option("display.precision", 3)
print(df[["f"]].head(3)._repr_html_())
print(pd.get_option("display.precision"))
pd.reset_option("display.precision")
try:
    pd.set_option("display.no_such_option", 1)
except Exception as e:
    print(type(e).__name__, e)
