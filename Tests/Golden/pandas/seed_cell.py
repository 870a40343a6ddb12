# The seed notebook's last cell (lifecycle.ipynb, "10 feet view") on a debug-log CSV; the Styler's random id is masked.
import re

import pandas as pd


def color_by_log_type(row):
    colors = {
        "Initialization": "background-color: grey",
        "Create object": "background-color: green",
        "Handle Return Object": "background-color: green",
        "Construct core worker process": "background-color: green",
        "Construct core worker": "background-color: green",
        "Polling": "background-color: grey",
        "Receive Task": "background-color: yellow",
        "Add Task": "background-color: yellow",
        "Execute Task": "background-color: orange",
        "Updating Reference Count": "background-color: grey",
        "Delete object": "background-color: red",
        "Finished Task": "background-color: green",
    }
    return [colors.get(row["log_type"], "")] * len(row)


df_debug_logs = pd.read_csv("debugging_ray.csv")

styler = df_debug_logs.style.apply(color_by_log_type, axis=1)
html = styler.to_html()
print(re.sub(r"T_[0-9a-f]{5}", "T_uuid", f"`{html}`"))
print(re.sub(r"T_[0-9a-f]{5}", "T_uuid", styler._repr_html_()) == re.sub(r"T_[0-9a-f]{5}", "T_uuid", html))
print(df_debug_logs)
print(df_debug_logs.dtypes)
print(df_debug_logs["log_type"].value_counts())
