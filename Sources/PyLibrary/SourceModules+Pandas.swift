extension SourceModules {
    /// `pandas` (the subset SwiftRay ships): re-exports read_csv, DataFrame, Series, Index, Styler, NA, isna/notna and
    /// concat from the internal modules below. Values live in Python lists; `.values`, `unique()` and `to_numpy()`
    /// give numpy arrays for numeric and bool data and lists otherwise (`pandas._common.to_array` decides).
    static let pandasSource = #"""
"""pandas: the subset of pandas SwiftRay ships (read_csv, DataFrame, Series, groupby, Styler).

Values are kept in Python lists; `.values`, `unique()` and `to_numpy()` return numpy arrays for numeric
and bool data and lists otherwise (see pandas._common.to_array). What is here matches pandas 3.1's
results and reprs.
"""
from pandas._common import NA, NAType, nan, is_missing as _is_missing, to_array as _to_array
from pandas._index import Index, RangeIndex, MultiIndex
from pandas._series import Series
from pandas._frame import DataFrame
from pandas._csv import read_csv, ParserError, EmptyDataError
from pandas._style import Styler
from pandas._config import get_option, set_option, reset_option, option_context, options, OptionError


def isna(obj):
    """Missing-value mask of a scalar, list, Series or DataFrame."""
    if isinstance(obj, (Series, DataFrame)):
        return obj.isna()
    if isinstance(obj, (list, tuple)):
        return _to_array([_is_missing(v) for v in obj], "bool")
    return _is_missing(obj)


def notna(obj):
    """The opposite of isna."""
    if isinstance(obj, (Series, DataFrame)):
        return obj.notna()
    if isinstance(obj, (list, tuple)):
        return _to_array([not _is_missing(v) for v in obj], "bool")
    return not _is_missing(obj)


isnull = isna
notnull = notna


def concat(objs, axis=0, ignore_index=False):
    """Stack frames (or series) vertically; columns are the union, in first-seen order."""
    objs = list(objs)
    if not objs:
        raise ValueError("No objects to concatenate")
    if axis not in (0, "index"):
        raise NotImplementedError("pandas subset: concat along columns is not implemented")
    if all(isinstance(o, Series) for o in objs):
        values = []
        labels = []
        for o in objs:
            values += o.tolist()
            labels += list(o.index)
        index = RangeIndex(0, len(values)) if ignore_index else Index(labels)
        return Series(values, index=index, name=objs[0].name)
    columns = []
    for o in objs:
        for c in o.columns:
            if c not in columns:
                columns.append(c)
    data = {c: [] for c in columns}
    labels = []
    for o in objs:
        for c in columns:
            data[c] += o[c].tolist() if c in o.columns else [nan] * len(o)
        labels += list(o.index)
    index = RangeIndex(0, len(labels)) if ignore_index else Index(labels)
    return DataFrame(data, index=index)
"""#
}
