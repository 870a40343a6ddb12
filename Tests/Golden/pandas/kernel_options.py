# Under a Jupyter kernel (get_ipython() with a kernel) pandas defaults display.max_columns to 20 and wraps frames.
import builtins


class _Shell:
    kernel = object()


builtins.get_ipython = lambda: _Shell()
import pandas as pd  # noqa: E402

print(pd.get_option("display.max_columns"))
print(pd.read_csv("debugging_ray.csv").head(2))
