# to_string(): every row and column and whole cells; index=False and header=False; Series.to_string has no footer.
import pandas as pd

df = pd.DataFrame({"a": list(range(65)), "b": ["x" * 70] * 65, "f": [i / 8 for i in range(65)]})
text = df.to_string()
print(len(text.splitlines()))
print(text)
print(df.head(3).to_string(index=False))
print(df.head(2).to_string(header=False))
print(df.head(2).to_string(index=False, header=False))
print(repr(pd.Series([1, 2], name="n").to_string()))
print(pd.Series(list(range(70)), name="r").to_string())
print(pd.DataFrame({"v": [1.5, 2.0]}, index=pd.Index(["p", "q"], name="key")).to_string())
print(pd.DataFrame({"v": [1.5, 2.0]}, index=pd.Index(["p", "q"], name="key")).to_string(index=False))
