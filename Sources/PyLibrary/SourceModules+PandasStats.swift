extension SourceModules {
    /// `pandas._stats`: quantiles with numpy's linear interpolation, describe(), and DataFrame.info()/memory_usage().
    static let pandasStatsSource = #"""
"""pandas._stats: quantiles (numpy's linear interpolation), describe(), and the text of DataFrame.info()."""
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


def _int_size(v):
    """sys.getsizeof of a CPython int (28 bytes, 4 more per 30-bit digit beyond the first)."""
    digits = max(1, (abs(v).bit_length() + 29) // 30)
    return 24 + 4 * digits


def index_nbytes(index):
    if index._is_range():
        return 48 + _int_size(index.start) + _int_size(index.stop) + _int_size(index.step)
    return (1 if index._dtype == "bool" else 8) * len(index)


def column_nbytes(dtype, n):
    return (1 if dtype == "bool" else 8) * n


def _sizeof_fmt(num, qualifier):
    for unit in ["bytes", "KB", "MB", "GB", "TB"]:
        if num < 1024.0:
            return format(num, "3.1f") + qualifier + " " + unit
        num /= 1024.0
    return format(num, "3.1f") + qualifier + " PB"


def frame_info(frame):
    """The text of df.info(): index summary, one line per column with its non-null count and dtype, the
    dtype tally and the shallow memory usage."""
    index = frame.index
    n = len(index)
    name = type(index).__name__
    summary = name + ": " + str(n) + " entries"
    if n:
        summary += ", " + str(index[0]) + " to " + str(index[n - 1])
    lines = ["<class 'pandas.DataFrame'>", summary]
    if len(frame.columns) == 0:
        lines.append("Empty " + type(frame).__name__)
        return "\n".join(lines) + "\n"
    lines.append("Data columns (total " + str(len(frame.columns)) + " columns):")
    headers = [" # ", "Column", "Non-Null Count", "Dtype"]
    rows = []
    for pos, label in enumerate(frame.columns):
        values, dtype = frame._cols[pos]
        count = sum(1 for v in values if not is_missing(v))
        rows.append([" " + str(pos), str(label), str(count) + " non-null", dtype])
    widths = [max([len(h)] + [len(r[k]) for r in rows]) for k, h in enumerate(headers)]
    lines.append("  ".join(h[:w].ljust(w) for h, w in zip(headers, widths)))
    lines.append("  ".join(("-" * len(h)).ljust(w) for h, w in zip(headers, widths)))
    for r in rows:
        lines.append("  ".join(cell[:w].ljust(w) for cell, w in zip(r, widths)))
    tally = {}
    for values, dtype in frame._cols:
        tally[dtype] = tally.get(dtype, 0) + 1
    lines.append("dtypes: " + ", ".join(d + "(" + str(tally[d]) + ")" for d in sorted(tally)))
    total = index_nbytes(index) + sum(column_nbytes(d, n) for v, d in frame._cols)
    qualified = "object" in tally or index._dtype in ("object", "str")
    lines.append("memory usage: " + _sizeof_fmt(float(total), "+" if qualified else ""))
    return "\n".join(lines) + "\n"
"""#
}
