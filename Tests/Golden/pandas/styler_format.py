# Styler.format (precision, format strings, callables, na_rep, subset), highlight_max/min, table styles, uuid.
import re

import pandas as pd


def show(title, styler):
    print("==", title)
    print(re.sub(r"T_[0-9a-f]{5}", "T_uuid", styler.to_html()))


df = pd.DataFrame({"x": [1.23456, None, 3.0], "y": [10, 20, 30], "z": ["a", "b", None]})
show("precision", df.style.format(precision=2))
show("format string and na_rep", df.style.format("{:.1f}", subset=["x"], na_rep="-"))
show("callable", df.style.format(lambda v: "<" + str(v) + ">", subset="y"))
show("highlight_max", df.style.highlight_max(subset=["y"]))
show("highlight_min axis=1", df[["x", "y"]].style.highlight_min(axis=1, color="red"))
show("table styles", df.style.set_table_styles([{"selector": "th", "props": [("color", "red")]},
                                                {"selector": "td:hover", "props": "background: blue; color: white;"}]))
print(df.style.to_html(table_uuid="fixed").count("T_fixed"))
show("set_uuid and attributes", df.style.set_uuid("abc").set_table_attributes('class="pretty"'))
