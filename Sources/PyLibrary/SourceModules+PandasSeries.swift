extension SourceModules {
    /// `pandas._series`: Series (values, index, name), its operators, reductions, value_counts and the `.str` accessor.
    static let pandasSeriesSource = #"""
"""pandas._series: Series, a column of values with a dtype, row labels (an Index) and a name."""
import math
import operator
from pandas._common import (nan, as_list, dtype_of, inplace_method, is_missing, is_list_like, infer_dtype, coerce,
                            normalize_dtype, to_array, float_sum,
                            result_dtype)
from pandas._index import Index, RangeIndex, ensure_index
from pandas import _format


def _div(a, b):
    if b == 0:
        if a == 0:
            return nan
        return math.copysign(float("inf"), a) * math.copysign(1.0, b)
    return a / b


def _floordiv(a, b):
    if b == 0:
        return _div(a, b) if a != 0 else nan
    return a // b


def _mod(a, b):
    if b == 0:
        return nan
    return a % b


_ARITHMETIC = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "truediv": _div,
    "floordiv": _floordiv, "mod": _mod, "pow": operator.pow,
}
_COMPARISON = {
    "eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le, "gt": operator.gt,
    "ge": operator.ge,
}


class Series:
    """One labelled column. Values live in a Python list in the dtype's representation (NaN for missing)."""

    __module__ = "pandas"

    __hash__ = None

    def __init__(self, data=None, index=None, dtype=None, name=None, copy=None):
        dtype = normalize_dtype(dtype)
        if isinstance(data, Series):
            values = list(data._values)
            if index is None:
                index = data.index
            if name is None:
                name = data.name
            if dtype is None:
                dtype = data._dtype
        elif isinstance(data, dict):
            values = list(data.values())
            if index is None:
                index = Index(list(data.keys()))
        elif data is None:
            values = [] if index is None else [nan] * len(index)
        elif is_list_like(data):
            values = as_list(data)
        else:
            values = [data] * (1 if index is None else len(index))
        if dtype is None:
            dtype = infer_dtype(values)
        self._values = coerce(values, dtype)
        self._dtype = dtype
        if index is None:
            index = RangeIndex(0, len(values))
        else:
            index = ensure_index(index)
            if len(index) != len(values):
                raise ValueError("Length of values (" + str(len(values)) + ") does not match length of index ("
                                 + str(len(index)) + ")")
        self._index = index
        self.name = name

    @classmethod
    def _new(cls, values, dtype, index, name):
        s = object.__new__(cls)
        s._values = values
        s._dtype = dtype
        s._index = index
        s.name = name
        return s

    # -- attributes ---------------------------------------------------------------------------------------
    @property
    def dtype(self):
        return dtype_of(self._dtype)

    dtypes = dtype

    @property
    def index(self):
        return self._index

    @index.setter
    def index(self, labels):
        labels = ensure_index(labels)
        if len(labels) != len(self._values):
            raise ValueError("Length mismatch: Expected axis has " + str(len(self._values))
                             + " elements, new values have " + str(len(labels)) + " elements")
        self._index = labels

    @property
    def values(self):
        return to_array(self._values, self._dtype)

    def to_numpy(self):
        return to_array(self._values, self._dtype)

    array = values

    @property
    def shape(self):
        return (len(self._values),)

    @property
    def size(self):
        return len(self._values)

    @property
    def empty(self):
        return len(self._values) == 0

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(list(self._values))

    def __contains__(self, label):
        return label in self._index

    def keys(self):
        return self._index

    def items(self):
        return zip(list(self._index), list(self._values))

    def tolist(self):
        return list(self._values)

    to_list = tolist

    def to_dict(self):
        return dict(zip(self._index, self._values))

    def copy(self, deep=True):
        return Series._new(list(self._values), self._dtype, self._index, self.name)

    def rename(self, name):
        return Series._new(list(self._values), self._dtype, self._index, name)

    def __bool__(self):
        raise ValueError("The truth value of a Series is ambiguous. Use a.empty, a.item(), a.any() or a.all().")

    # -- selection ----------------------------------------------------------------------------------------
    def _take(self, positions):
        positions = list(positions) if not isinstance(positions, range) else positions
        return Series._new([self._values[i] for i in positions], self._dtype, self._index._take(positions),
                           self.name)

    def _mask_positions(self, mask):
        flags = list(mask._values) if isinstance(mask, Series) else as_list(mask)
        if len(flags) != len(self._values):
            raise IndexError("Boolean index has wrong length: " + str(len(flags)) + " instead of "
                             + str(len(self._values)))
        return [i for i, f in enumerate(flags) if f is True]

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._take(range(len(self._values))[key])
        if isinstance(key, Series) and key._dtype == "bool":
            return self._take(self._mask_positions(key))
        if is_list_like(key) and not isinstance(key, tuple):
            key = as_list(key)
            if key and all(isinstance(k, bool) for k in key):
                return self._take(self._mask_positions(key))
            return self._take(self._index._positions_of(key))
        return self._values[self._index.get_loc(key)]

    def __setitem__(self, key, value):
        if isinstance(key, Series) and key._dtype == "bool":
            positions = self._mask_positions(key)
        elif is_list_like(key) and not isinstance(key, tuple):
            positions = self._index._positions_of(as_list(key))
        elif key in self._index:
            positions = [self._index.get_loc(key)]
        else:
            self._index = Index(list(self._index) + [key])
            self._values.append(value)
            self._refresh_dtype()
            return
        for i in positions:
            self._values[i] = value
        self._refresh_dtype()

    def _refresh_dtype(self):
        dtype = infer_dtype(self._values)
        if dtype != self._dtype:
            if self._dtype == "str" and dtype in ("str", "float64") and all(
                    is_missing(v) or isinstance(v, str) for v in self._values):
                return
            self._dtype = dtype
            self._values = coerce(self._values, dtype)

    @property
    def iloc(self):
        from pandas._indexing import SeriesILoc
        return SeriesILoc(self)

    @property
    def loc(self):
        from pandas._indexing import SeriesLoc
        return SeriesLoc(self)

    def head(self, n=5):
        return self._take(range(len(self._values))[:n])

    def tail(self, n=5):
        return self._take(range(len(self._values))[-n:] if n else range(0))

    # -- operators ----------------------------------------------------------------------------------------
    def _operands(self, other, align=True):
        """(left values, right values, result index, result name) for a binary operation with `other`.

        Series with different labels are aligned on the sorted union of their labels (missing sides are
        NaN); comparisons need identical labels, as in pandas."""
        if isinstance(other, Series):
            name = self.name if other.name == self.name else None
            if list(other.index) == list(self._index):
                return self._values, other._values, self._index, name
            if not align:
                raise ValueError("Can only compare identically-labeled Series objects")
            labels = list(self._index) + [label for label in other.index if label not in self._index]
            try:
                labels.sort()
            except TypeError:
                pass
            left = [self._values[self._index.get_loc(k)] if k in self._index else nan for k in labels]
            right = [other._values[other.index.get_loc(k)] if k in other.index else nan for k in labels]
            return left, right, Index(labels), name
        if is_list_like(other):
            other = list(other)
            if len(other) != len(self._values):
                raise ValueError("Lengths must match")
            return self._values, other, self._index, self.name
        return self._values, [other] * len(self._values), self._index, self.name

    def _arith(self, other, name, reflected=False):
        fn = _ARITHMETIC[name]
        left, right, index, result_name = self._operands(other)
        out = []
        for a, b in zip(left, right):
            if reflected:
                a, b = b, a
            out.append(nan if is_missing(a) or is_missing(b) else fn(a, b))
        dtype = infer_dtype(out)
        if name == "truediv" or (self._dtype == "float64" and dtype == "int64"):
            dtype = "float64"
        if self._dtype == "str" and dtype in ("str", "float64"):
            dtype = result_dtype("str", out)
        return Series._new(coerce(out, dtype), dtype, index, result_name)

    def _compare(self, other, name):
        fn = _COMPARISON[name]
        left, right, index, result_name = self._operands(other, align=False)
        out = []
        for a, b in zip(left, right):
            if is_missing(a) or is_missing(b):
                out.append(name == "ne")
            else:
                out.append(bool(fn(a, b)))
        return Series._new(out, "bool", index, result_name)

    def _logical(self, other, fn):
        left, right, index, result_name = self._operands(other)
        out = [bool(fn(False if is_missing(a) else bool(a), False if is_missing(b) else bool(b)))
               for a, b in zip(left, right)]
        return Series._new(out, "bool", index, result_name)

    def __add__(self, o): return self._arith(o, "add")
    def __radd__(self, o): return self._arith(o, "add", True)
    def __sub__(self, o): return self._arith(o, "sub")
    def __rsub__(self, o): return self._arith(o, "sub", True)
    def __mul__(self, o): return self._arith(o, "mul")
    def __rmul__(self, o): return self._arith(o, "mul", True)
    def __truediv__(self, o): return self._arith(o, "truediv")
    def __rtruediv__(self, o): return self._arith(o, "truediv", True)
    def __floordiv__(self, o): return self._arith(o, "floordiv")
    def __rfloordiv__(self, o): return self._arith(o, "floordiv", True)
    def __mod__(self, o): return self._arith(o, "mod")
    def __rmod__(self, o): return self._arith(o, "mod", True)
    def __pow__(self, o): return self._arith(o, "pow")
    def __rpow__(self, o): return self._arith(o, "pow", True)
    def __eq__(self, o): return self._compare(o, "eq")
    def __ne__(self, o): return self._compare(o, "ne")
    def __lt__(self, o): return self._compare(o, "lt")
    def __le__(self, o): return self._compare(o, "le")
    def __gt__(self, o): return self._compare(o, "gt")
    def __ge__(self, o): return self._compare(o, "ge")
    def __and__(self, o): return self._logical(o, operator.and_)
    def __or__(self, o): return self._logical(o, operator.or_)
    def __xor__(self, o): return self._logical(o, operator.xor)
    __rand__ = __and__
    __ror__ = __or__

    def __invert__(self):
        if self._dtype == "bool":
            return Series._new([not v for v in self._values], "bool", self._index, self.name)
        return Series._new([~v for v in self._values], self._dtype, self._index, self.name)

    def __neg__(self):
        return Series._new([-v for v in self._values], self._dtype, self._index, self.name)

    def __abs__(self):
        return Series._new([abs(v) for v in self._values], self._dtype, self._index, self.name)

    add = __add__
    sub = __sub__
    mul = __mul__
    div = truediv = __truediv__
    eq = __eq__
    ne = __ne__
    lt = __lt__
    le = __le__
    gt = __gt__
    ge = __ge__

    def isin(self, values):
        wanted = list(values)
        return Series._new([v in wanted for v in self._values], "bool", self._index, self.name)

    def between(self, left, right, inclusive="both"):
        return (self >= left) & (self <= right)

    # -- missing values -----------------------------------------------------------------------------------
    def isna(self):
        return Series._new([is_missing(v) for v in self._values], "bool", self._index, self.name)

    def notna(self):
        return Series._new([not is_missing(v) for v in self._values], "bool", self._index, self.name)

    isnull = isna
    notnull = notna

    @inplace_method
    def fillna(self, value):
        out = [value if is_missing(v) else v for v in self._values]
        return Series(out, index=self._index, name=self.name)

    @inplace_method
    def dropna(self):
        return self._take([i for i, v in enumerate(self._values) if not is_missing(v)])

    # -- reductions ---------------------------------------------------------------------------------------
    def _present(self):
        return [v for v in self._values if not is_missing(v)]

    def count(self):
        return len(self._present())

    def sum(self):
        values = self._present()
        if self._dtype in ("str", "object") and values and all(isinstance(v, str) for v in values):
            return "".join(values)
        if self._dtype == "float64":
            return float_sum(self._filled())
        total = 0
        for v in values:
            total = total + v
        return total

    def _filled(self):
        """The values as floats with missing ones as 0.0, as pandas sums them (numpy's summation order)."""
        return [0.0 if is_missing(v) else float(v) for v in self._values]

    def mean(self):
        count = self.count()
        if count == 0:
            return nan
        if self._dtype == "str":
            raise TypeError("Cannot perform reduction 'mean' with string dtype")
        return float_sum(self._filled()) / count

    def var(self, ddof=1):
        count = self.count()
        if count - ddof <= 0:
            return nan
        avg = float_sum(self._filled()) / count
        squares = [0.0 if is_missing(v) else (avg - v) ** 2 for v in self._values]
        return float_sum(squares) / (count - ddof)

    def std(self, ddof=1):
        return math.sqrt(self.var(ddof)) if not is_missing(self.var(ddof)) else nan

    def quantile(self, q=0.5):
        from pandas._stats import quantile
        return quantile(self._values, q)

    def describe(self):
        from pandas._stats import describe_series
        return describe_series(self)

    def median(self):
        values = sorted(self._present())
        n = len(values)
        if n == 0:
            return nan
        if n % 2:
            return float(values[n // 2])
        return (values[n // 2 - 1] + values[n // 2]) / 2

    def duplicated(self, keep="first"):
        from pandas._frame_ops import _duplicate_flags
        return Series._new(_duplicate_flags([(v,) for v in self._values], keep), "bool", self._index, self.name)

    @inplace_method
    def drop_duplicates(self, keep="first"):
        return self._take([i for i, dup in enumerate(self.duplicated(keep)._values) if not dup])

    def nlargest(self, n=5):
        present = [i for i, v in enumerate(self._values) if not is_missing(v)]
        present.sort(key=lambda i: self._values[i], reverse=True)
        return self._take(present[:n])

    def nsmallest(self, n=5):
        present = [i for i, v in enumerate(self._values) if not is_missing(v)]
        present.sort(key=lambda i: self._values[i])
        return self._take(present[:n])

    def idxmax(self):
        values = self._values
        best = max((i for i in range(len(values)) if not is_missing(values[i])), key=lambda i: (values[i], -i))
        return self._index[best]

    def idxmin(self):
        values = self._values
        best = min((i for i in range(len(values)) if not is_missing(values[i])), key=lambda i: (values[i], i))
        return self._index[best]

    def cumsum(self):
        out = []
        total = 0
        for v in self._values:
            if is_missing(v):
                out.append(nan)
            else:
                total = total + v
                out.append(total)
        return Series._new(coerce(out, self._dtype if self._dtype != "bool" else "int64"),
                           self._dtype if self._dtype != "bool" else "int64", self._index, self.name)

    def round(self, decimals=0):
        if self._dtype != "float64":
            return self.copy()
        scale = 10.0 ** abs(decimals)
        if decimals >= 0:
            out = [v if is_missing(v) else round(v * scale) / scale for v in self._values]
        else:
            out = [v if is_missing(v) else round(v / scale) * scale for v in self._values]
        return Series._new([float(v) for v in out], "float64", self._index, self.name)

    def min(self):
        values = self._present()
        return min(values) if values else nan

    def max(self):
        values = self._present()
        return max(values) if values else nan

    def any(self):
        return any(bool(v) for v in self._present())

    def all(self):
        return all(bool(v) for v in self._present())

    def nunique(self, dropna=True):
        return len(self._unique_values(dropna))

    def _unique_values(self, dropna=False):
        seen = set()
        out = []
        saw_missing = False
        for v in self._values:
            if is_missing(v):
                if not saw_missing and not dropna:
                    out.append(v)
                saw_missing = True
            elif v not in seen:
                seen.add(v)
                out.append(v)
        return out

    def unique(self):
        return to_array(self._unique_values(), self._dtype)

    def value_counts(self, normalize=False, sort=True, ascending=False, dropna=True):
        counts = {}
        order = []
        missing = 0
        for v in self._values:
            if is_missing(v):
                if missing == 0:
                    order.append(None)
                missing += 1
            elif v in counts:
                counts[v] += 1
            else:
                counts[v] = 1
                order.append(v)
        pairs = [(v, counts[v]) if v is not None else (nan, missing) for v in order
                 if v is not None or not dropna]
        if sort:
            pairs.sort(key=lambda p: p[1], reverse=not ascending)
        labels = [p[0] for p in pairs]
        index = Index(labels, dtype=self._dtype if labels else None, name=self.name)
        if normalize:
            total = sum(p[1] for p in pairs)
            return Series._new([p[1] / total for p in pairs], "float64", index, "proportion")
        return Series._new([p[1] for p in pairs], "int64", index, "count")

    # -- transformations ----------------------------------------------------------------------------------
    def apply(self, func, args=(), **kwargs):
        out = [func(v, *args, **kwargs) for v in self._values]
        return Series(out, index=self._index, name=self.name)

    def map(self, arg, na_action=None):
        if isinstance(arg, dict):
            out = [arg.get(v, nan) for v in self._values]
        elif isinstance(arg, Series):
            out = [arg[v] if v in arg.index else nan for v in self._values]
        else:
            out = [v if (na_action == "ignore" and is_missing(v)) else arg(v) for v in self._values]
        return Series(out, index=self._index, name=self.name)

    def astype(self, dtype):
        dtype = normalize_dtype(dtype)
        return Series._new(coerce(self._values, dtype), dtype, self._index, self.name)

    @inplace_method
    def sort_values(self, ascending=True, na_position="last"):
        from pandas._sorting import nargsort
        return self._take(nargsort(self._values, ascending, na_position))

    def sort_index(self, ascending=True):
        order = sorted(range(len(self._values)), key=lambda i: self._index[i], reverse=not ascending)
        return self._take(order)

    def reset_index(self, drop=False, name=None):
        if drop:
            return Series._new(list(self._values), self._dtype, RangeIndex(0, len(self._values)), self.name)
        from pandas._frame import DataFrame
        index_name = self._index.name if self._index.name is not None else "index"
        value_name = name if name is not None else (self.name if self.name is not None else 0)
        if hasattr(self._index, "nlevels"):
            result = DataFrame({(name if name is not None else "level_" + str(k)): self._index.level_values(k)
                                for k, name in enumerate(self._index.names)})
        else:
            result = DataFrame({index_name: list(self._index)})
        result[value_name] = Series._new(list(self._values), self._dtype, result.index, value_name)
        return result

    def to_frame(self, name=None):
        from pandas._frame import DataFrame
        label = name if name is not None else (self.name if self.name is not None else 0)
        return DataFrame({label: self})

    # -- display ------------------------------------------------------------------------------------------
    def __repr__(self):
        return _format.series_to_string(self)

    def to_string(self):
        return _format.series_to_string(self, full=True)

    @property
    def str(self):
        from pandas._strings import StringMethods
        return StringMethods(self)
"""#
}
