# numpy at the edges: .values/unique()/to_numpy() give numpy arrays for numeric and bool data; arrays go back in.
import numpy as np

import pandas as pd

df = pd.DataFrame({"i": [3, 1, 3], "f": [0.5, None, 2.0], "b": [True, False, True]})
print(df["i"].values, df["f"].values, df["b"].values)
print(repr(df["i"].unique()), repr(df["f"].to_numpy()))
print(df["i"].values.tolist(), df["i"].unique().tolist())
print(df[["i", "f"]].values)
print(df[["i"]].values.tolist())
print(repr(df.index.values), repr(df.columns.tolist()))
print(pd.isna([1, None, float("nan")]))
print(pd.Series(np.array([1.5, 2.5])))
print(pd.DataFrame({"a": np.array([1, 2, 3])}).dtypes.tolist())
mask = np.array([True, False, True])
print(df[mask])
print(df["i"][mask].tolist())
print(df.iloc[np.array([2, 0])])
print(pd.Series([1, 2, 3], index=np.array([10, 20, 30])))
