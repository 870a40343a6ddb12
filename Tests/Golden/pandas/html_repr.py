# DataFrame._repr_html_: pandas' notebook table, with escaping, shared float formatting and row truncation.
import pandas as pd

print(pd.DataFrame({"a": [1, 2], "b": [0.5, None], "c": ["<b>x</b>", "y & z"], "d": [True, False]})._repr_html_())
print(pd.DataFrame({"v": [10, 20]}, index=pd.Index(["first", "second"], name="label"))._repr_html_())
print(pd.DataFrame({"i": list(range(70)), "f": [i / 4 for i in range(70)]})._repr_html_())
print(pd.read_csv("debugging_ray.csv").head(3)._repr_html_())
named = pd.DataFrame({"a": [1, 2], "b": ["<x>", None]}, index=pd.Index(["p", "q"], name="k"))
print(named.to_html())
print(named.to_html(index=False))
print(pd.DataFrame({"a": list(range(70)), "s": ["x" * 70] * 70}).to_html().count("x" * 70))
