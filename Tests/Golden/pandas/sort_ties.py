# sort_values on one key orders ties as numpy's quicksort does (str columns); several keys sort stably.
import pandas as pd
df = pd.read_csv("debugging_ray.csv")
print(df.sort_values("log_type").index.tolist())
print(df.sort_values("source_file", ascending=False).index.tolist())
print(df.sort_values("log_type", ascending=False).index.tolist())
print(df["log_type"].sort_values().index.tolist(), df["message"].sort_values(ascending=False).index.tolist())
print(df.sort_values(["log_type", "thread_id"]).index.tolist())
import random  # noqa: E402

rng = random.Random(3)
for case in range(12):
    n = rng.randint(10, 600)
    words = ["w" + str(rng.randint(0, rng.choice([1, 3, 20]))) for _ in range(n)]
    if case % 4 == 0:
        words.sort()
    s = pd.Series(words)
    print(case, n, s.sort_values().index.tolist()[:40], s.sort_values(ascending=False).index.tolist()[-40:])
