# Styler: apply (axis 0, 1, None, subset), map, set_properties, set_caption, hide, to_html and _repr_html_.
import re

import pandas as pd


def show(title, styler):
    print("==", title)
    print(re.sub(r"T_[0-9a-f]{5}", "T_uuid", styler.to_html()))


df = pd.DataFrame({"a": [1, 2, 3], "b": [2.5, None, 4.0], "c": ["x", "y, z", 'he said "hi"'], "d": [True, False, True]})

show("plain", df.style)
show("apply axis=1", df.style.apply(lambda row: ["color: red" if row["a"] == 2 else ""] * len(row), axis=1))
show("apply axis=0", df.style.apply(lambda col: ["font-weight: bold; color:blue"] + [""] * (len(col) - 1), axis=0))
show("apply axis=None", df[["a", "b"]].style.apply(
    lambda d: pd.DataFrame([["x: 1", "x: 1"], ["", "y: 2"], [None, "x: 1"]], index=d.index, columns=d.columns),
    axis=None))
show("subset list", df.style.apply(lambda col: ["background-color: pink"] * len(col), subset=["b", "d"]))
show("subset rows and column", df.style.map(lambda v: "color: green", subset=([0, 2], "a")))
show("map, caption, hidden index", df.style.map(lambda v: "font-weight: bold" if v == 3 else None)
     .set_caption("Caption <b>").hide(axis="index"))
show("chained styles on one cell", df.style.map(lambda v: "color: red").apply(
    lambda row: ["border: 1px solid"] * len(row) if row["d"] else [""] * len(row), axis=1))
show("set_properties", df.style.set_properties(subset=["a"], **{"text-align": "left", "color": "gray"}))
show("hidden columns header", df.style.hide(axis="columns"))
show("hide one column", df.style.hide(["c"], axis="columns"))
show("series row values", df.style.apply(lambda row: pd.Series(["color: red"] * len(row), index=row.index), axis=1))
named = pd.DataFrame({"v": [1.5, 2.0]}, index=pd.Index(["p", "q"], name="key"))
show("named index", named.style.apply(lambda c: ["color: red; font-weight:bold", "color:blue"], axis=0))
s = df.style.apply(lambda row: ["color: red"] * len(row), axis=1)
print(re.sub(r"T_[0-9a-f]{5}", "T_uuid", s._repr_html_()) == re.sub(r"T_[0-9a-f]{5}", "T_uuid", s.to_html()))
print(len(re.findall(r'id="T_[0-9a-f]{5}"', s.to_html())))
try:
    df.style.apply(lambda row: "color: red", axis=1).to_html()
except ValueError as e:
    print("ValueError", str(e).split("\n")[1])
