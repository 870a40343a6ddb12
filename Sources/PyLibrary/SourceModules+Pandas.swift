extension SourceModules {
    /// `pandas` (the subset SwiftRay ships): re-exports read_csv, DataFrame, Series, Index, Styler, NA, isna/notna and
    /// concat from the internal modules below. Values live in Python lists; `.values` and `unique()` return lists
    /// until SwiftRay's numpy lands (`pandas._common.to_array` is the one place to switch).
    static let pandasSource = #"""
"""pandas: the subset of pandas SwiftRay ships (read_csv, DataFrame, Series, groupby, Styler).

Values are kept in Python lists; `.values` and `unique()` return lists until SwiftRay's numpy lands
(see pandas._common.to_array). What is here matches pandas 3.1's results and reprs.
"""
from pandas._common import NA, NAType, nan, is_missing as _is_missing
from pandas._index import Index, RangeIndex
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
        return [_is_missing(v) for v in obj]
    return _is_missing(obj)


def notna(obj):
    """The opposite of isna."""
    if isinstance(obj, (Series, DataFrame)):
        return obj.notna()
    if isinstance(obj, (list, tuple)):
        return [not _is_missing(v) for v in obj]
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
