extension SourceModules {
    /// `pandas._stats`: quantiles with numpy's linear interpolation and describe() for Series and DataFrame.
    static let pandasStatsSource = #"""
"""pandas._stats: quantiles with numpy's linear interpolation, and describe() for Series and DataFrame."""
import math
from pandas._common import nan, is_missing
from pandas._index import Index


def _lerp(a, b, t):
    diff = b - a
    if t >= 0.5:
        return b - diff * (1 - t)
    return a + diff * t


def quantile(values, q):
    """The q-quantile of the non-missing values (numpy's default 'linear' method)."""
    data = sorted(float(v) for v in values if not is_missing(v))
    if not data:
        return nan
    virtual = q * (len(data) - 1)
    lo = int(math.floor(virtual))
    hi = min(lo + 1, len(data) - 1)
    return _lerp(data[lo], data[hi], virtual - lo)


_NUMERIC_ROWS = ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]
_OBJECT_ROWS = ["count", "unique", "top", "freq"]


def _numeric_summary(series):
    present = [v for v in series._values if not is_missing(v)]
    return [float(len(present)), series.mean(), series.std(), float(series.min()) if present else nan,
            quantile(present, 0.25), quantile(present, 0.5), quantile(present, 0.75),
            float(series.max()) if present else nan]


def _object_summary(series):
    counts = series.value_counts()
    present = series.count()
    if len(counts) == 0:
        return [present, 0, nan, nan]
    return [present, len(counts), counts.index[0], counts.iloc[0]]


def _is_numeric(dtype):
    return dtype in ("int64", "float64")


def describe_series(series):
    from pandas._series import Series
    if _is_numeric(series._dtype):
        return Series(_numeric_summary(series), index=Index(_NUMERIC_ROWS), name=series.name, dtype="float64")
    return Series(_object_summary(series), index=Index(_OBJECT_ROWS), name=series.name, dtype="object")


def describe_frame(frame, include=None):
    from pandas._frame import DataFrame
    positions = list(range(len(frame.columns)))
    numeric = [p for p in positions if _is_numeric(frame._cols[p][1])]
    if include == "all":
        chosen = positions
    elif numeric:
        chosen = numeric
    else:
        chosen = positions
    rows = []
    if any(not _is_numeric(frame._cols[p][1]) for p in chosen):
        rows += _OBJECT_ROWS
    if any(_is_numeric(frame._cols[p][1]) for p in chosen):
        rows = rows + [r for r in _NUMERIC_ROWS if r not in rows]
    data = {}
    for p in chosen:
        column = frame._column(p)
        if _is_numeric(column._dtype):
            stats = dict(zip(_NUMERIC_ROWS, _numeric_summary(column)))
        else:
            stats = dict(zip(_OBJECT_ROWS, _object_summary(column)))
        data[p] = [stats.get(r, nan) for r in rows]
    result = DataFrame(data, index=Index(rows))
    result._columns = frame.columns._take(chosen)
    return result
"""#
}
