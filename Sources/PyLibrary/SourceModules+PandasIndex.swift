extension SourceModules {
    /// `pandas._index`: Index, RangeIndex and MultiIndex, the row and column labels (pandas 3 keeps evenly stepped
    /// integer labels as a RangeIndex; MultiIndex holds the tuples groupby on several keys produces).
    static let pandasIndexSource = #"""
"""pandas._index: the row and column labels of frames and series (Index, RangeIndex, MultiIndex)."""
from pandas._common import as_list, dtype_of, infer_dtype, coerce, to_array


class Index:
    """Immutable labels with a dtype and an optional name; label lookups go through a dict built lazily."""

    __module__ = "pandas"

    def __init__(self, data=None, dtype=None, name=None):
        values = as_list(data) if data is not None else []
        if dtype is None:
            dtype = infer_dtype(values) if values else "object"
            if dtype == "float64" and not values:
                dtype = "object"
        self._values = coerce(values, dtype)
        self._dtype = dtype
        self.name = name
        self._positions = None

    @property
    def dtype(self):
        return dtype_of(self._dtype)

    @property
    def values(self):
        return to_array(self._values, self._dtype)

    @property
    def size(self):
        return len(self._values)

    @property
    def shape(self):
        return (len(self._values),)

    @property
    def empty(self):
        return len(self._values) == 0

    def tolist(self):
        return list(self._values)

    to_list = tolist

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __contains__(self, label):
        return self._lookup().get(label) is not None

    def _lookup(self):
        if self._positions is None:
            positions = {}
            for i, v in enumerate(self._values):
                if v not in positions:
                    positions[v] = i
            self._positions = positions
        return self._positions

    def get_loc(self, label):
        """Position of `label` (the first one when labels repeat); KeyError when absent."""
        i = self._lookup().get(label)
        if i is None:
            raise KeyError(label)
        return i

    def _positions_of(self, labels):
        return [self.get_loc(label) for label in labels]

    def _take(self, positions):
        return Index([self._values[i] for i in positions], dtype=self._dtype, name=self.name)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._take(range(len(self._values))[key])
        if isinstance(key, int):
            return self._values[key]
        key = as_list(key)
        if key and all(isinstance(k, bool) for k in key):
            return self._take([i for i, k in enumerate(key) if k])
        return self._take(key)

    def equals(self, other):
        return isinstance(other, Index) and list(self) == list(other)

    def _is_range(self):
        return False

    def copy(self):
        return Index(self._values, dtype=self._dtype, name=self.name)

    def rename(self, name):
        return Index(self._values, dtype=self._dtype, name=name)

    def __repr__(self):
        from pandas._format import index_repr
        return index_repr(self)


class RangeIndex(Index):
    """The default index: start, stop and step, materialised only when a list of labels is needed."""

    __module__ = "pandas"

    def __init__(self, start=0, stop=None, step=1, name=None):
        if stop is None:
            start, stop = 0, start
        self.start = start
        self.stop = stop
        self.step = step
        self.name = name
        self._range = range(start, stop, step)
        self._positions = None
        self._dtype = "int64"

    @property
    def _values(self):
        return list(self._range)

    def __len__(self):
        return len(self._range)

    def __iter__(self):
        return iter(self._range)

    def __contains__(self, label):
        return isinstance(label, int) and not isinstance(label, bool) and label in self._range

    def get_loc(self, label):
        if label in self:
            return self._range.index(label)
        raise KeyError(label)

    def _take(self, positions):
        values = [self._range[i] for i in positions]
        if len(values) == 0:
            return RangeIndex(0, 0, 1, name=self.name)
        if len(values) == 1:
            return RangeIndex(values[0], values[0] + 1, 1, name=self.name)
        return range_or_index(values, self.name)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._range[key]
        if isinstance(key, slice):
            r = self._range[key]
            return RangeIndex(r.start, r.stop, r.step, name=self.name)
        return Index.__getitem__(self, key)

    def _is_range(self):
        return True

    def copy(self):
        return RangeIndex(self.start, self.stop, self.step, name=self.name)

    def rename(self, name):
        return RangeIndex(self.start, self.stop, self.step, name=name)

    def __repr__(self):
        text = "RangeIndex(start=" + str(self.start) + ", stop=" + str(self.stop) + ", step=" + str(self.step)
        if self.name is not None:
            text += ", name=" + repr(self.name)
        return text + ")"


class MultiIndex(Index):
    """Row labels that are tuples, one value per level, as groupby on several keys produces."""

    __module__ = "pandas"

    def __init__(self, tuples, names=None):
        self._values = [tuple(t) for t in tuples]
        self._dtype = "object"
        width = len(self._values[0]) if self._values else len(names or [])
        self.names = list(names) if names is not None else [None] * width
        self.name = None
        self._positions = None

    @property
    def nlevels(self):
        return len(self.names)

    def _take(self, positions):
        return MultiIndex([self._values[i] for i in positions], self.names)

    def copy(self):
        return MultiIndex(self._values, self.names)

    def level_values(self, k):
        return [t[k] for t in self._values]

    def __repr__(self):
        if not self._values:
            return "MultiIndex([], names=" + repr(self.names) + ")"
        widths = [max(len(repr(t[k])) for t in self._values) for k in range(self.nlevels)]
        rows = ["(" + ", ".join(repr(t[k]).rjust(widths[k]) for k in range(self.nlevels)) + ")"
                for t in self._values]
        return "MultiIndex([" + ",\n            ".join(rows) + "],\n           names=" + repr(self.names) + ")"


def range_or_index(values, name=None):
    """Integer labels as a RangeIndex when they step evenly (two or more of them), as pandas 3 keeps them."""
    if len(values) >= 2 and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        step = values[1] - values[0]
        if step != 0 and all(values[k + 1] - values[k] == step for k in range(len(values) - 1)):
            return RangeIndex(values[0], values[-1] + step, step, name=name)
    return Index(values, name=name)


def ensure_index(labels, name=None):
    """An Index for `labels` (an Index is returned as it is)."""
    if isinstance(labels, Index):
        return labels
    return Index(list(labels), name=name)
"""#
}
