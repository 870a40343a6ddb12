extension SourceModules {
    /// `pandas._frame`: DataFrame with its selection (`[]`, iloc, loc, masks), apply, sort_values and friends.
    static let pandasFrameSource = #"""
"""pandas._frame: DataFrame, a table of labelled columns that share one row index."""
from pandas._common import (nan, as_list, dtype_of, inplace_method, is_missing, is_list_like, infer_dtype, coerce,
                            normalize_dtype, common_dtype, to_array)
from pandas._index import Index, RangeIndex, ensure_index, range_or_index
from pandas._series import Series
from pandas._frame_ops import FrameOps
from pandas import _format


class DataFrame(FrameOps):
    """Columns stored by position as (values list, dtype) pairs, with column labels and row labels as Index."""

    __module__ = "pandas"

    __hash__ = None

    def __init__(self, data=None, index=None, columns=None, dtype=None, copy=None):
        dtype = normalize_dtype(dtype)
        labels = []
        cols = []
        if isinstance(data, DataFrame):
            labels = list(data.columns)
            cols = [[list(v), d] for v, d in data._cols]
            if index is None:
                index = data.index
        elif isinstance(data, dict):
            if index is None:
                index = _union_of_series_indexes(data.values())
            n = len(index) if index is not None else None
            if n is None:
                for value in data.values():
                    if is_list_like(value):
                        n = len(list(value))
                        break
            if n is None:
                n = 1 if data else 0
            for key, value in data.items():
                labels.append(key)
                if isinstance(value, Series):
                    if index is not None and list(value.index) != list(index):
                        values = [value[label] if label in value.index else nan for label in index]
                        d = None
                    else:
                        values, d = list(value._values), value._dtype
                elif is_list_like(value):
                    values = as_list(value)
                    d = None
                else:
                    values, d = [value] * n, None
                if len(values) != n:
                    raise ValueError("All arrays must be of the same length")
                cols.append([values, d])
        elif data is not None and is_list_like(data):
            rows = list(data)
            if rows and isinstance(rows[0], dict):
                for row in rows:
                    for key in row:
                        if key not in labels:
                            labels.append(key)
                cols = [[[row.get(k, nan) for row in rows], None] for k in labels]
            elif rows and isinstance(rows[0], Series):
                labels = list(rows[0].index)
                cols = [[[r[k] for r in rows], None] for k in labels]
                if index is None and any(r.name is not None for r in rows):
                    index = Index([r.name for r in rows])
            else:
                width = max((len(list(r)) for r in rows), default=0)
                rows = [list(r) for r in rows]
                labels = list(range(width))
                cols = [[[r[j] if j < len(r) else nan for r in rows], None] for j in range(width)]
                if columns is not None:
                    labels = list(columns)
                    columns = None
        if columns is not None:
            wanted = list(columns)
            if labels:
                by_label = dict(zip(labels, cols))
                n = len(cols[0][0]) if cols else 0
                cols = [by_label.get(c, [[nan] * n, None]) for c in wanted]
            else:
                n = len(index) if index is not None else 0
                cols = [[[nan] * n, "object"] for c in wanted]
            labels = wanted
        for col in cols:
            d = dtype or col[1] or infer_dtype(col[0])
            col[0] = coerce(col[0], d)
            col[1] = d
        self._cols = cols
        positional = all(isinstance(c, int) and not isinstance(c, bool) for c in labels) and \
            labels == list(range(len(labels)))
        if isinstance(columns, Index):
            self._columns = columns
        elif not labels:
            self._columns = RangeIndex(0, 0)
        elif positional and not isinstance(data, dict):
            self._columns = RangeIndex(0, len(labels))
        else:
            self._columns = Index(labels)
        n = len(cols[0][0]) if cols else (len(index) if index is not None else 0)
        self._index = RangeIndex(0, n) if index is None else ensure_index(index)
        if len(self._index) != n:
            raise ValueError("Length of values (" + str(n) + ") does not match length of index ("
                             + str(len(self._index)) + ")")

    @classmethod
    def _new(cls, cols, columns, index):
        df = object.__new__(cls)
        df._cols = cols
        df._columns = columns
        df._index = index
        return df

    # -- attributes ---------------------------------------------------------------------------------------
    @property
    def columns(self):
        return self._columns

    @columns.setter
    def columns(self, labels):
        labels = list(labels)
        if len(labels) != len(self._cols):
            raise ValueError("Length mismatch: Expected axis has " + str(len(self._cols))
                             + " elements, new values have " + str(len(labels)) + " elements")
        self._columns = Index(labels)

    @property
    def index(self):
        return self._index

    @index.setter
    def index(self, labels):
        labels = ensure_index(labels)
        if len(labels) != len(self._index):
            raise ValueError("Length mismatch: Expected axis has " + str(len(self._index))
                             + " elements, new values have " + str(len(labels)) + " elements")
        self._index = labels

    @property
    def shape(self):
        return (len(self._index), len(self._cols))

    @property
    def size(self):
        return len(self._index) * len(self._cols)

    @property
    def empty(self):
        return len(self._index) == 0 or len(self._cols) == 0

    @property
    def dtypes(self):
        return Series._new([dtype_of(d) for v, d in self._cols], "object", self._columns, None)

    @property
    def values(self):
        dtype = self._row_dtype()
        rows = [self._row_values(i) for i in range(len(self._index))]
        if dtype in ("int64", "float64", "bool") and rows:
            return to_array(rows, dtype)
        return rows

    to_numpy = lambda self: self.values

    def __len__(self):
        return len(self._index)

    def __iter__(self):
        return iter(list(self._columns))

    def __contains__(self, label):
        return label in self._columns

    def keys(self):
        return self._columns

    def _column_data(self, pos):
        values, dtype = self._cols[pos]
        return values, dtype

    def _column(self, pos):
        values, dtype = self._cols[pos]
        return Series._new(values, dtype, self._index, self._columns[pos])

    def items(self):
        return [(label, self._column(i)) for i, label in enumerate(self._columns)]

    def copy(self, deep=True):
        return DataFrame._new([[list(v), d] for v, d in self._cols], self._columns, self._index)

    def __bool__(self):
        raise ValueError("The truth value of a DataFrame is ambiguous. Use a.empty, a.item(), a.any() or a.all().")

    # -- rows ---------------------------------------------------------------------------------------------
    def _take_rows(self, positions):
        positions = positions if isinstance(positions, range) else list(positions)
        cols = [[[v[i] for i in positions], d] for v, d in self._cols]
        return DataFrame._new(cols, self._columns, self._index._take(positions))

    def _take_columns(self, positions):
        cols = [[self._cols[p][0], self._cols[p][1]] for p in positions]
        return DataFrame._new(cols, self._columns._take(positions), self._index)

    def _row_values(self, i):
        return [v[i] for v, d in self._cols]

    def _row_dtype(self):
        return common_dtype([d for v, d in self._cols])

    def _row(self, i, dtype=None):
        if dtype is None:
            dtype = self._row_dtype()
        values = [v[i] for v, d in self._cols]
        if dtype == "float64":
            values = [float(v) for v in values]
        return Series._new(values, dtype, self._columns, self._index[i])

    def head(self, n=5):
        return self._take_rows(range(len(self._index))[:n])

    def tail(self, n=5):
        return self._take_rows(range(len(self._index))[-n:] if n else range(0))

    def iterrows(self):
        dtype = self._row_dtype()
        for i in range(len(self._index)):
            yield self._index[i], self._row(i, dtype)

    def itertuples(self, index=True, name="Pandas"):
        fields = (["Index"] if index else []) + [str(c) for c in self._columns]
        make = None
        if name is not None:
            from collections import namedtuple
            make = namedtuple(name, fields, rename=True)
        for i in range(len(self._index)):
            values = ([self._index[i]] if index else []) + self._row_values(i)
            yield make(*values) if make is not None else tuple(values)

    def _mask_positions(self, mask):
        flags = list(mask._values) if isinstance(mask, Series) else as_list(mask)
        if len(flags) != len(self._index):
            raise ValueError("Item wrong length " + str(len(flags)) + " instead of " + str(len(self._index)) + ".")
        return [i for i, f in enumerate(flags) if f is True]

    # -- item access --------------------------------------------------------------------------------------
    def __getitem__(self, key):
        if isinstance(key, Series) and key._dtype == "bool":
            return self._take_rows(self._mask_positions(key))
        if isinstance(key, slice):
            return self._take_rows(range(len(self._index))[key])
        if is_list_like(key) and not isinstance(key, tuple):
            key = as_list(key)
            if key and all(isinstance(k, bool) for k in key):
                return self._take_rows(self._mask_positions(key))
            missing = [k for k in key if k not in self._columns]
            if missing:
                raise KeyError("None of [" + repr(Index(key)) + "] are in the [columns]" if len(missing) == len(key)
                               else str(missing) + " not in index")
            return self._take_columns(self._columns._positions_of(key))
        return self._column(self._columns.get_loc(key))

    def __setitem__(self, key, value):
        n = len(self._index)
        if isinstance(value, Series):
            if list(value.index) != list(self._index):
                value = Series([value[label] if label in value.index else nan for label in self._index])
            values, dtype = list(value._values), value._dtype
        elif is_list_like(value):
            values = as_list(value)
            if len(values) != n:
                raise ValueError("Length of values (" + str(len(values)) + ") does not match length of index ("
                                 + str(n) + ")")
            dtype = infer_dtype(values)
        else:
            values = [value] * n
            dtype = infer_dtype(values) if n else infer_dtype([value])
        values = coerce(values, dtype)
        if key in self._columns:
            self._cols[self._columns.get_loc(key)] = [values, dtype]
        else:
            self._cols.append([values, dtype])
            labels = list(self._columns) + [key]
            if self._columns._is_range() and key == len(self._cols) - 1:
                self._columns = RangeIndex(0, len(labels))
            else:
                self._columns = Index(labels, dtype=None if not self._columns._is_range() or True else None)

    def __delitem__(self, key):
        pos = self._columns.get_loc(key)
        del self._cols[pos]
        self._columns = self._columns._take([i for i in range(len(self._columns)) if i != pos])

    def get(self, key, default=None):
        return self[key] if key in self._columns else default

    @property
    def iloc(self):
        from pandas._indexing import FrameILoc
        return FrameILoc(self)

    @property
    def loc(self):
        from pandas._indexing import FrameLoc
        return FrameLoc(self)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError("'DataFrame' object has no attribute '" + name + "'")
        columns = self.__dict__.get("_columns")
        if columns is not None and name in columns:
            return self[name]
        raise AttributeError("'DataFrame' object has no attribute '" + name + "'")

    # -- whole-frame operations ---------------------------------------------------------------------------
    def apply(self, func, axis=0, args=(), **kwargs):
        if axis in (1, "columns"):
            dtype = self._row_dtype()
            results = [func(self._row(i, dtype), *args, **kwargs) for i in range(len(self._index))]
            labels = self._index
        else:
            results = [func(self._column(i), *args, **kwargs) for i in range(len(self._cols))]
            labels = self._columns
        if results and all(isinstance(r, Series) for r in results):
            if axis in (1, "columns"):
                return DataFrame(results, index=labels)
            return DataFrame({label: r for label, r in zip(labels, results)})
        return Series(results, index=labels)

    def map(self, func):
        cols = []
        for values, d in self._cols:
            out = [func(v) for v in values]
            cols.append([out, None])
        return DataFrame({i: c[0] for i, c in enumerate(cols)}, index=self._index)._relabel(self._columns)


    def _relabel(self, columns):
        self._columns = columns
        return self

    @inplace_method
    def sort_values(self, by, ascending=True, na_position="last", ignore_index=False):
        keys = by if isinstance(by, list) else [by]
        orders = ascending if isinstance(ascending, list) else [ascending] * len(keys)
        if len(keys) == 1:
            from pandas._sorting import nargsort
            order = nargsort(self[keys[0]]._values, orders[0], na_position)
        else:
            # Several keys sort stably, key by key from the last (pandas' lexsort).
            order = list(range(len(self._index)))
            for key, asc in reversed(list(zip(keys, orders))):
                values = self[key]._values
                present = [i for i in order if not is_missing(values[i])]
                missing = [i for i in order if is_missing(values[i])]
                present.sort(key=lambda i: values[i], reverse=not asc)
                order = present + missing if na_position == "last" else missing + present
        result = self._take_rows(order)
        if ignore_index:
            result._index = RangeIndex(0, len(order))
        return result

    def sort_index(self, ascending=True):
        order = sorted(range(len(self._index)), key=lambda i: self._index[i], reverse=not ascending)
        return self._take_rows(order)

    @inplace_method
    def reset_index(self, drop=False):
        result = self.copy()
        if not drop:
            name = self._index.name if self._index.name is not None else "index"
            values = list(self._index)
            dtype = self._index._dtype
            result._cols.insert(0, [coerce(values, dtype), dtype])
            result._columns = Index([name] + list(self._columns))
        result._index = RangeIndex(0, len(self._index))
        return result

    @inplace_method
    def set_index(self, key, drop=True):
        if key not in self._columns:
            raise KeyError("None of [" + repr(key) + "] are in the columns")
        pos = self._columns.get_loc(key)
        values, dtype = self._cols[pos]
        result = self.copy()
        if drop:
            del result[key]
        result._index = range_or_index(values, key) if dtype == "int64" else Index(values, dtype=dtype, name=key)
        return result

    @inplace_method
    def drop(self, labels=None, axis=0, columns=None, index=None):
        if columns is None and axis in (1, "columns"):
            columns = labels
        elif index is None and columns is None:
            index = labels
        result = self
        if columns is not None:
            drop = columns if is_list_like(columns) else [columns]
            keep = [i for i, c in enumerate(self._columns) if c not in drop]
            for c in drop:
                self._columns.get_loc(c)
            result = result._take_columns(keep)
        if index is not None:
            drop = index if is_list_like(index) else [index]
            keep = [i for i, label in enumerate(result._index) if label not in drop]
            result = result._take_rows(keep)
        return result

    @inplace_method
    def rename(self, columns=None, index=None):
        result = self.copy()
        if columns is not None:
            mapper = columns if callable(columns) else (lambda c: columns.get(c, c))
            result._columns = Index([mapper(c) for c in self._columns])
        if index is not None:
            mapper = index if callable(index) else (lambda c: index.get(c, c))
            result._index = Index([mapper(c) for c in self._index], name=self._index.name)
        return result

    def to_dict(self, orient="dict"):
        if orient == "records":
            return [dict(zip(self._columns, self._row_values(i))) for i in range(len(self._index))]
        if orient == "list":
            return {label: list(values) for label, (values, d) in zip(self._columns, self._cols)}
        return {label: dict(zip(self._index, values)) for label, (values, d) in zip(self._columns, self._cols)}

    def groupby(self, by, sort=True, dropna=True):
        from pandas._groupby import DataFrameGroupBy
        return DataFrameGroupBy(self, by, sort=sort, dropna=dropna)

    def value_counts(self):
        raise NotImplementedError("pandas subset: DataFrame.value_counts is not implemented; use a column's")

    # -- output -------------------------------------------------------------------------------------------
    def to_csv(self, path_or_buf=None, sep=",", index=True, header=True, na_rep="", lineterminator=None):
        from pandas._csv import write_csv
        return write_csv(self, path_or_buf, sep=sep, index=index, header=header, na_rep=na_rep,
                         lineterminator=lineterminator)

    def __repr__(self):
        return _format.frame_to_string(self)

    def to_string(self, index=True, header=True):
        return _format.frame_to_string(self, full=True, show_index=index, header=header)

    def _repr_html_(self):
        return _format.frame_to_html(self)

    def to_html(self, buf=None, index=True):
        html = _format.frame_to_html(self, notebook=False, show_index=index)
        if buf is None:
            return html
        if hasattr(buf, "write"):
            buf.write(html)
        else:
            with open(buf, "w") as f:
                f.write(html)
        return None

    @property
    def style(self):
        from pandas._style import Styler
        return Styler(self)


def _union_of_series_indexes(values):
    """The row labels of a frame built from a dict holding Series: their index, or the sorted union of
    differing ones (None when there is no Series)."""
    indexes = [v.index for v in values if isinstance(v, Series)]
    if not indexes:
        return None
    first = indexes[0]
    if all(list(ix) == list(first) for ix in indexes[1:]):
        return first
    labels = []
    seen = set()
    for ix in indexes:
        for label in ix:
            if label not in seen:
                seen.add(label)
                labels.append(label)
    try:
        labels.sort()
    except TypeError:
        pass
    return Index(labels)
"""#
}
