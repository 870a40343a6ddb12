# DataFrame.info() and memory_usage(): column table, dtype tally, shallow memory usage as pandas computes it.
import pandas as pd

df = pd.read_csv("debugging_ray.csv")
df.info()
print(df.memory_usage())
pd.DataFrame({"a": [1, None], "b": [True, False]}, index=["x", "y"]).info()
pd.DataFrame({"a": [1, None], "b": [True, False], "o": [1, "x"]}).info()
pd.DataFrame().info()
big = pd.DataFrame({"n": list(range(3000)), "f": [i / 3 for i in range(3000)]})
big.info()
big[big["n"] % 2 == 0].info()
print(big.memory_usage(index=False).tolist())
