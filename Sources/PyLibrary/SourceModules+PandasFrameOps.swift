extension SourceModules {
    /// `pandas._frame_ops`: DataFrame's whole-frame operations (missing values, reductions, operators with scalars,
    /// astype, round, transpose), a base class of DataFrame.
    static let pandasFrameOpsSource = #"""
"""pandas._frame_ops: DataFrame's whole-frame operations (missing values, reductions, operators, astype, round,
transpose), kept apart from pandas._frame so each stays short."""
from pandas._common import inplace_method, is_missing, common_dtype, coerce
from pandas._index import Index, RangeIndex
from pandas._series import Series


class FrameOps:
    """Operations of DataFrame over all its columns; DataFrame inherits them."""

    def isna(self):
        cols = [[[is_missing(v) for v in values], "bool"] for values, d in self._cols]
        return type(self)._new(cols, self._columns, self._index)

    def notna(self):
        cols = [[[not is_missing(v) for v in values], "bool"] for values, d in self._cols]
        return type(self)._new(cols, self._columns, self._index)

    isnull = isna
    notnull = notna

    @inplace_method
    def dropna(self):
        keep = [i for i in range(len(self._index)) if not any(is_missing(v[i]) for v, d in self._cols)]
        return self._take_rows(keep)

    @inplace_method
    def fillna(self, value):
        data = {}
        for pos, (values, d) in enumerate(self._cols):
            data[pos] = [value if is_missing(v) else v for v in values]
        return type(self)(data, index=self._index)._relabel(self._columns)

    def count(self):
        return Series._new([sum(1 for v in values if not is_missing(v)) for values, d in self._cols], "int64",
                           self._columns, None)

    def _reduce(self, how, numeric_only):
        labels = []
        results = []
        for pos, (values, d) in enumerate(self._cols):
            if numeric_only and d not in ("int64", "float64", "bool"):
                continue
            if how == "mean" and d == "str":
                raise TypeError("Cannot perform reduction 'mean' with string dtype")
            labels.append(self._columns[pos])
            results.append(getattr(self._column(pos), how)())
        return Series(results, index=Index(labels))

    def sum(self, numeric_only=False):
        return self._reduce("sum", numeric_only)

    def info(self, buf=None):
        from pandas._stats import frame_info
        text = frame_info(self)
        if buf is None:
            print(text, end="")
        else:
            buf.write(text)

    def memory_usage(self, index=True):
        from pandas._stats import index_nbytes, column_nbytes
        labels = (["Index"] if index else []) + list(self._columns)
        sizes = ([index_nbytes(self._index)] if index else []) + [column_nbytes(d, len(self._index))
                                                                    for v, d in self._cols]
        return Series(sizes, index=Index(labels), dtype="int64")

    def describe(self, include=None):
        from pandas._stats import describe_frame
        return describe_frame(self, include)

    def astype(self, dtype):
        cols = []
        for pos, (values, d) in enumerate(self._cols):
            wanted = dtype.get(self._columns[pos], d) if isinstance(dtype, dict) else dtype
            column = self._column(pos).astype(wanted)
            cols.append([column._values, column._dtype])
        return type(self)._new(cols, self._columns, self._index)

    def round(self, decimals=0):
        cols = []
        for pos, (values, d) in enumerate(self._cols):
            column = self._column(pos).round(decimals) if d == "float64" else self._column(pos)
            cols.append([column._values, column._dtype])
        return type(self)._new(cols, self._columns, self._index)

    def mean(self, numeric_only=False):
        return self._reduce("mean", numeric_only)

    def min(self, numeric_only=False):
        return self._reduce("min", numeric_only)

    def max(self, numeric_only=False):
        return self._reduce("max", numeric_only)

    def nunique(self):
        return self._reduce("nunique", False)

    def _binop(self, other, op):
        if isinstance(other, (type(self), Series)):
            raise NotImplementedError("pandas subset: DataFrame operations take scalars only")
        cols = []
        for pos in range(len(self._cols)):
            result = op(self._column(pos), other)
            cols.append([result._values, result._dtype])
        return type(self)._new(cols, self._columns, self._index)

    def __add__(self, o): return self._binop(o, lambda c, v: c + v)
    def __radd__(self, o): return self._binop(o, lambda c, v: v + c)
    def __sub__(self, o): return self._binop(o, lambda c, v: c - v)
    def __rsub__(self, o): return self._binop(o, lambda c, v: v - c)
    def __mul__(self, o): return self._binop(o, lambda c, v: c * v)
    def __rmul__(self, o): return self._binop(o, lambda c, v: v * c)
    def __truediv__(self, o): return self._binop(o, lambda c, v: c / v)
    def __floordiv__(self, o): return self._binop(o, lambda c, v: c // v)
    def __mod__(self, o): return self._binop(o, lambda c, v: c % v)
    def __pow__(self, o): return self._binop(o, lambda c, v: c ** v)
    def __eq__(self, o): return self._binop(o, lambda c, v: c == v)
    def __ne__(self, o): return self._binop(o, lambda c, v: c != v)
    def __lt__(self, o): return self._binop(o, lambda c, v: c < v)
    def __le__(self, o): return self._binop(o, lambda c, v: c <= v)
    def __gt__(self, o): return self._binop(o, lambda c, v: c > v)
    def __ge__(self, o): return self._binop(o, lambda c, v: c >= v)

    def duplicated(self, subset=None, keep="first"):
        labels = list(self._columns) if subset is None else ([subset] if isinstance(subset, str) else list(subset))
        positions = [self._columns.get_loc(label) for label in labels]
        keys = [tuple(self._cols[p][0][i] for p in positions) for i in range(len(self._index))]
        return Series._new(_duplicate_flags(keys, keep), "bool", self._index, None)

    @inplace_method
    def drop_duplicates(self, subset=None, keep="first", ignore_index=False):
        flags = self.duplicated(subset, keep)._values
        result = self._take_rows([i for i, dup in enumerate(flags) if not dup])
        if ignore_index:
            result._index = RangeIndex(0, len(result._index))
        return result

    def assign(self, **columns):
        result = self.copy()
        for label, value in columns.items():
            result[label] = value(result) if callable(value) else value
        return result

    def _select_n(self, n, columns, largest):
        labels = [columns] if not isinstance(columns, list) else columns
        keys = [self[label]._values for label in labels]
        rows = [i for i in range(len(self._index)) if not any(is_missing(k[i]) for k in keys)]
        rows.sort(key=lambda i: tuple(k[i] for k in keys), reverse=largest)
        return self._take_rows(rows[:n])

    def nlargest(self, n, columns):
        return self._select_n(n, columns, True)

    def nsmallest(self, n, columns):
        return self._select_n(n, columns, False)

    def transpose(self):
        dtype = common_dtype([d for v, d in self._cols])
        n = len(self._index)
        cols = []
        for i in range(n):
            values = [v[i] for v, d in self._cols]
            cols.append([coerce(values, dtype), dtype])
        return type(self)._new(cols, self._index, self._columns)

    T = property(transpose)


def _duplicate_flags(keys, keep):
    """For each key, whether it repeats an earlier one (keep="first"), a later one ("last"), or any (False)."""
    flags = [False] * len(keys)
    if keep == "first" or keep == "last":
        order = range(len(keys)) if keep == "first" else range(len(keys) - 1, -1, -1)
        seen = set()
        for i in order:
            key = keys[i]
            if key in seen:
                flags[i] = True
            seen.add(key)
        return flags
    counts = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    return [counts[key] > 1 for key in keys]
"""#
}
