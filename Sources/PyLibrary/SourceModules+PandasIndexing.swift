extension SourceModules {
    /// `pandas._indexing`: the `.iloc` (by position) and `.loc` (by label, slices inclusive, masks) indexers of
    /// DataFrame and Series.
    static let pandasIndexingSource = #"""
"""pandas._indexing: the .iloc and .loc indexers of DataFrame and Series."""
from pandas._common import nan, as_list, is_list_like, infer_dtype, coerce
from pandas._series import Series


def _positions(n, key):
    """Positions among `n` that an iloc key selects: a slice, positions (negative from the end) or a mask."""
    if isinstance(key, slice):
        return range(n)[key]
    if isinstance(key, Series):
        key = key._values
    key = as_list(key)
    if key and all(isinstance(k, bool) for k in key):
        return [i for i, k in enumerate(key) if k]
    return [k + n if k < 0 else k for k in key]


class FrameILoc:
    """`df.iloc[...]`: selection by position."""

    def __init__(self, frame):
        self._df = frame

    def __getitem__(self, key):
        df = self._df
        if isinstance(key, tuple):
            rows, cols = key
            if isinstance(cols, int):
                column = df._column(cols if cols >= 0 else cols + len(df._cols))
                return column.iloc[rows]
            sub = df._take_columns(list(_positions(len(df._cols), cols)))
            return sub.iloc[rows]
        if isinstance(key, int):
            n = len(df._index)
            if key < -n or key >= n:
                raise IndexError("single positional indexer is out-of-bounds")
            return df._row(key if key >= 0 else key + n)
        return df._take_rows(_positions(len(df._index), key))


class FrameLoc:
    """`df.loc[...]`: selection by label (slices include both ends), boolean masks and column labels."""

    def __init__(self, frame):
        self._df = frame

    def _rows(self, key):
        df = self._df
        if isinstance(key, slice):
            start = 0 if key.start is None else df._index.get_loc(key.start)
            stop = len(df._index) if key.stop is None else df._index.get_loc(key.stop) + 1
            return range(start, stop), False
        if isinstance(key, Series) and key._dtype == "bool":
            return df._mask_positions(key), False
        if is_list_like(key):
            key = as_list(key)
            if key and all(isinstance(k, bool) for k in key):
                return df._mask_positions(key), False
            return df._index._positions_of(key), False
        return [df._index.get_loc(key)], True

    def __getitem__(self, key):
        df = self._df
        if isinstance(key, tuple):
            rows, cols = key
            positions, single_row = self._rows(rows)
            if isinstance(cols, slice):
                start = 0 if cols.start is None else df._columns.get_loc(cols.start)
                stop = len(df._cols) if cols.stop is None else df._columns.get_loc(cols.stop) + 1
                sub = df._take_columns(range(start, stop))
            elif is_list_like(cols):
                sub = df[list(cols)]
            else:
                column = df[cols]
                if single_row:
                    return column._values[positions[0]]
                return column._take(positions)
            if single_row:
                return sub._row(positions[0])
            return sub._take_rows(positions)
        positions, single_row = self._rows(key)
        if single_row:
            return df._row(positions[0])
        return df._take_rows(positions)

    def __setitem__(self, key, value):
        df = self._df
        if isinstance(key, tuple):
            rows, col = key
        else:
            rows, col = key, None
        positions, single_row = self._rows(rows)
        targets = [col] if col is not None and not is_list_like(col) else (list(col) if col is not None
                                                                             else list(df._columns))
        for label in targets:
            if label not in df._columns:
                df[label] = nan
            pos = df._columns.get_loc(label)
            values = list(df._cols[pos][0])
            for i in positions:
                values[i] = value
            dtype = infer_dtype(values)
            if df._cols[pos][1] == "str" and dtype in ("str", "float64"):
                dtype = "str" if any(isinstance(v, str) for v in values) else dtype
            df._cols[pos] = [coerce(values, dtype), dtype]


class SeriesILoc:
    """`series.iloc[...]`: selection by position."""

    def __init__(self, s):
        self._s = s

    def __getitem__(self, key):
        s = self._s
        if isinstance(key, slice):
            return s._take(range(len(s))[key])
        if is_list_like(key):
            key = list(key._values) if isinstance(key, Series) else as_list(key)
            if key and all(isinstance(k, bool) for k in key):
                return s._take([i for i, k in enumerate(key) if k])
            return s._take([k if k >= 0 else k + len(s) for k in key])
        return s._values[key]


class SeriesLoc:
    """`series.loc[...]`: selection by label (slices include both ends)."""

    def __init__(self, s):
        self._s = s

    def __getitem__(self, key):
        s = self._s
        if isinstance(key, slice):
            start = 0 if key.start is None else s.index.get_loc(key.start)
            stop = len(s) if key.stop is None else s.index.get_loc(key.stop) + 1
            return s._take(range(start, stop))
        return s[key]

    def __setitem__(self, key, value):
        self._s[key] = value
"""#
}
