# DataFrame selection (columns, masks, iloc, loc), iterrows, apply(axis=1), sort_values, setitem, to_csv.
import os

import pandas as pd

df = pd.DataFrame({
    "name": ["ann", "bob", "cy", "dee", "ed"],
    "age": [31, 25, 47, 25, 39],
    "score": [88.5, 92.0, None, 75.25, 60.0],
    "ok": [True, False, True, True, False],
})
print(df)
print(df.shape, len(df), df.columns.tolist(), repr(df.columns), repr(df.index))
print(df.dtypes)
print(df["age"])
print(df[["name", "score"]])
print(df[df["age"] > 30])
print(df[(df["age"] < 40) & df["ok"]])
print(df[df["name"] == "cy"].index.tolist())
print(df.iloc[0])
print(df.iloc[-1]["name"], df.iloc[2]["score"])
print(df.iloc[1:3])
print(df.iloc[[4, 0]])
print(df.iloc[0, 1], df.iloc[:2, 0].tolist())
print(df.iloc[1:4, [0, 2]])
print(df.loc[2])
print(df.loc[1:3, "name"])
print(df.loc[df["ok"], ["name", "age"]])
print(df.loc[3, "age"])
for label, row in df.iterrows():
    print(label, row["name"], row["age"], row.name, list(row.index))
print(df.apply(lambda row: row["name"].upper() + str(row["age"]), axis=1))
print(df.apply(lambda row: [row["age"]] * 2, axis=1))
print(df[["age", "score"]].apply(lambda col: col.max()))
print(df.sort_values("age"))
print(df.sort_values("score", ascending=False))
print(df.sort_values(["age", "name"], ascending=[True, False]))
print(df.sort_values("name", ascending=False).reset_index(drop=True))
print(df.head(2))
print(df.tail(2))
df["double"] = df["age"] * 2
df["const"] = 1
df["label"] = ["a", "b", "c", "d", "e"]
print(df)
df.loc[df["age"] == 25, "label"] = "young"
print(df["label"].tolist())
print(df.drop(columns=["double", "const"]))
print(df.rename(columns={"age": "years"}).columns.tolist())
print(df.set_index("name"))
print(df.set_index("name").loc["dee"])
print(df.to_dict("records")[0])
print(df.count())
print(df.isna()["score"].tolist())
print(df.dropna()["name"].tolist())
print(df.fillna(0)["score"].tolist())
print("age" in df, "zzz" in df, list(df)[:2])

TMP = "/tmp/swiftray-golden-frame_ops"
os.makedirs(TMP, exist_ok=True)
out = pd.DataFrame({"t": ["plain", "with, comma", 'with "quote"', "two\nlines"], "v": [1.5, None, 3.0, 4.25],
                    "n": [1, 2, 3, 4]})
text = out.to_csv()
print(text)
print(out.to_csv(index=False))
path = os.path.join(TMP, "out.csv")
out.to_csv(path, index=False)
back = pd.read_csv(path)
print(back)
print(back["t"].tolist() == out["t"].tolist())
os.remove(path)
os.rmdir(TMP)
