extension SourceModules {
    /// `pandas._groupby`: df.groupby(key) with size, count, sum, mean, min, max, first, last and iteration.
    static let pandasGroupBySource = #"""
"""pandas._groupby: df.groupby(key) with size, count, sum, mean, min, max, first, last and iteration."""
from pandas._common import nan, is_missing, infer_dtype
from pandas._index import Index, MultiIndex
from pandas._series import Series


def _sort_key(v):
    if is_missing(v):
        return (2, 0)
    return (0, v) if not isinstance(v, str) else (1, v)


class _Groups:
    """The groups of one key column: labels (sorted unless sort=False) and the row positions of each."""

    def __init__(self, frame, by, sort, dropna):
        if isinstance(by, list) and len(by) == 1:
            by = by[0]
        self.key = by
        self.multi = isinstance(by, list)
        if self.multi:
            columns = [frame[k]._values for k in by]
            keys = list(zip(*columns))
            key_dtype = "object"
            self.name = None
        elif isinstance(by, Series):
            keys, key_dtype, self.name = by._values, by._dtype, by.name
        else:
            column = frame[by]
            keys, key_dtype, self.name = column._values, column._dtype, by
        positions = {}
        order = []
        for i, k in enumerate(keys):
            if (any(is_missing(v) for v in k) if self.multi else is_missing(k)):
                if dropna:
                    continue
                k = tuple(nan if is_missing(v) else v for v in k) if self.multi else nan
            if k not in positions:
                positions[k] = []
                order.append(k)
            positions[k].append(i)
        if sort:
            order.sort(key=(lambda t: tuple(_sort_key(v) for v in t)) if self.multi else _sort_key)
        self.labels = order
        self.positions = [positions[k] for k in order]
        if self.multi:
            self.index = MultiIndex(order, names=by)
        else:
            self.index = Index(order, dtype=key_dtype if order else None, name=self.name)


def _kahan_sum(values):
    """Compensated summation, as pandas' grouped sum and mean add floats."""
    total = 0.0
    compensation = 0.0
    for v in values:
        y = v - compensation
        t = total + y
        compensation = t - total - y
        if compensation != compensation:
            compensation = 0.0
        total = t
    return total


def _reduce(values, dtype, how):
    present = [v for v in values if not is_missing(v)]
    if how == "count":
        return len(present)
    if how == "sum":
        if dtype in ("str", "object") and all(isinstance(v, str) for v in present):
            return "".join(present) if present else 0
        if dtype == "float64":
            return _kahan_sum(present)
        total = 0
        for v in present:
            total = total + v
        return total
    if how == "mean":
        return _kahan_sum([float(v) for v in present]) / len(present) if present else nan
    if how == "min":
        return min(present) if present else nan
    if how == "max":
        return max(present) if present else nan
    if how == "first":
        return present[0] if present else nan
    if how == "last":
        return present[-1] if present else nan
    raise ValueError("unknown reduction " + how)


def _result_dtype(dtype, how, out):
    if how == "count":
        return "int64"
    if dtype == "object":
        return "object"
    if how == "mean":
        return "float64"
    if how == "sum" and dtype == "bool":
        return "int64"
    if not out:
        return dtype
    if dtype == "float64":
        return "float64"
    if dtype == "str":
        return "str" if all(isinstance(v, str) or is_missing(v) for v in out) else infer_dtype(out)
    return infer_dtype(out)


class DataFrameGroupBy:
    """The result of df.groupby(key): reductions give a frame indexed by the sorted group labels."""

    __module__ = "pandas.api.typing"

    def __init__(self, frame, by, sort=True, dropna=True, selection=None):
        self._frame = frame
        self._groups = _Groups(frame, by, sort, dropna)
        self._options = (sort, dropna)
        self._selection = selection

    def _value_positions(self):
        key = self._groups.key
        if self._selection is not None:
            return [self._frame.columns.get_loc(label) for label in self._selection]
        keys = key if isinstance(key, list) else [key]
        return [pos for pos, label in enumerate(self._frame.columns) if isinstance(key, Series) or label not in keys]

    def __getitem__(self, key):
        if isinstance(key, list):
            sort, dropna = self._options
            return DataFrameGroupBy(self._frame, self._groups.key, sort, dropna, selection=key)
        return SeriesGroupBy(self._frame[key], self._groups)

    def __getattr__(self, name):
        frame = self.__dict__.get("_frame")
        if not name.startswith("_") and frame is not None and name in frame.columns:
            return self[name]
        raise AttributeError("'DataFrameGroupBy' object has no attribute '" + name + "'")

    def __iter__(self):
        for label, rows in zip(self._groups.labels, self._groups.positions):
            yield label, self._frame._take_rows(rows)

    def __len__(self):
        return len(self._groups.labels)

    @property
    def ngroups(self):
        return len(self._groups.labels)

    @property
    def groups(self):
        return {label: self._frame.index._take(rows) for label, rows in zip(self._groups.labels,
                                                                             self._groups.positions)}

    def get_group(self, label):
        return self._frame._take_rows(self._groups.positions[self._groups.labels.index(label)])

    def size(self):
        return Series._new([len(rows) for rows in self._groups.positions], "int64", self._groups.index, None)

    def _aggregate(self, how, numeric_only=False):
        from pandas._frame import DataFrame
        cols = []
        labels = []
        for pos in self._value_positions():
            values, dtype = self._frame._cols[pos]
            if numeric_only and dtype not in ("int64", "float64", "bool"):
                continue
            out = [_reduce([values[i] for i in rows], dtype, how) for rows in self._groups.positions]
            d = _result_dtype(dtype, how, out)
            cols.append([out if d != "float64" else [float(v) for v in out], d])
            labels.append(self._frame.columns[pos])
        return DataFrame._new(cols, Index(labels), self._groups.index)

    def count(self):
        return self._aggregate("count")

    def agg(self, func):
        """Reduce with one named function ("sum", "mean", ...) or a {column: name} dict."""
        from pandas._frame import DataFrame
        if isinstance(func, str):
            return self.size() if func == "size" else self._aggregate(func)
        if not isinstance(func, dict):
            raise NotImplementedError("pandas subset: agg takes a function name or a {column: name} dict")
        cols = []
        for label, how in func.items():
            if not isinstance(how, str):
                raise NotImplementedError("pandas subset: agg takes one function name per column")
            result = SeriesGroupBy(self._frame[label], self._groups).agg(how)
            cols.append([result._values, result._dtype])
        return DataFrame._new(cols, Index(list(func.keys())), self._groups.index)

    aggregate = agg

    def sum(self, numeric_only=False):
        return self._aggregate("sum", numeric_only)

    def mean(self, numeric_only=False):
        return self._aggregate("mean", numeric_only)

    def min(self, numeric_only=False):
        return self._aggregate("min", numeric_only)

    def max(self, numeric_only=False):
        return self._aggregate("max", numeric_only)

    def first(self):
        return self._aggregate("first")

    def last(self):
        return self._aggregate("last")


class SeriesGroupBy:
    """df.groupby(key)[column]: reductions give a Series named after the column."""

    __module__ = "pandas.api.typing"

    def __init__(self, series, groups):
        self._series = series
        self._groups = groups

    def __iter__(self):
        for label, rows in zip(self._groups.labels, self._groups.positions):
            yield label, self._series._take(rows)

    def _aggregate(self, how):
        values, dtype = self._series._values, self._series._dtype
        out = [_reduce([values[i] for i in rows], dtype, how) for rows in self._groups.positions]
        d = _result_dtype(dtype, how, out)
        return Series._new(out if d != "float64" else [float(v) for v in out], d, self._groups.index,
                           self._series.name)

    def size(self):
        return Series._new([len(rows) for rows in self._groups.positions], "int64", self._groups.index,
                           self._series.name)

    def agg(self, func):
        """Reduce with one named function ("sum", "mean", "count", "size", "nunique", ...)."""
        if not isinstance(func, str):
            raise NotImplementedError("pandas subset: SeriesGroupBy.agg takes a function name")
        if func in ("size", "nunique"):
            return getattr(self, func)()
        return self._aggregate(func)

    aggregate = agg

    def count(self): return self._aggregate("count")
    def sum(self): return self._aggregate("sum")
    def mean(self): return self._aggregate("mean")
    def min(self): return self._aggregate("min")
    def max(self): return self._aggregate("max")
    def first(self): return self._aggregate("first")
    def last(self): return self._aggregate("last")

    def nunique(self):
        values = self._series._values
        out = [len(set(values[i] for i in rows if not is_missing(values[i]))) for rows in self._groups.positions]
        return Series._new(out, "int64", self._groups.index, self._series.name)

    def value_counts(self):
        raise NotImplementedError("pandas subset: SeriesGroupBy.value_counts needs a MultiIndex")
"""#
}
