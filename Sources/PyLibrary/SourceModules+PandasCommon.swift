extension SourceModules {
    /// `pandas._common`: missing values (NaN, NA), dtype inference and coercion shared by the other pandas modules.
    static let pandasCommonSource = #"""
"""pandas._common: missing values, dtype inference and the conversions every other part shares."""

nan = float("nan")


class NAType:
    """pandas' NA scalar: missing, and neither true nor false."""

    __module__ = "pandas.api.typing"

    _instance = None

    def __new__(cls):
        if NAType._instance is None:
            NAType._instance = object.__new__(cls)
        return NAType._instance

    def __repr__(self):
        return "<NA>"

    def __str__(self):
        return "<NA>"

    def __bool__(self):
        raise TypeError("boolean value of NA is ambiguous")

    def __hash__(self):
        return 2 ** 61 - 7

    def __eq__(self, other):
        return self

    def __ne__(self, other):
        return self


NA = NAType()

# The strings read_csv reads as missing by default (pandas' STR_NA_VALUES).
NA_STRINGS = frozenset([
    "", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
    "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null",
])

TRUE_STRINGS = frozenset(["True", "TRUE", "true"])
FALSE_STRINGS = frozenset(["False", "FALSE", "false"])


def is_missing(v):
    """True for None, NA and float NaN (what pandas' isna says of a scalar)."""
    if v is None or v is NA:
        return True
    return isinstance(v, float) and v != v


_numpy = None


def _numpy_module():
    global _numpy
    if _numpy is None:
        try:
            import numpy
            _numpy = numpy
        except ImportError:
            _numpy = False
    return _numpy


def to_array(values, dtype="object"):
    """The array pandas hands out for `.values`, `unique()` and `to_numpy()`.

    Numeric and bool values become a numpy array of that dtype, as in pandas. Strings and mixed values
    stay a Python list: SwiftRay's numpy has no object arrays yet, and pandas 3 returns its own string
    array there. This is the one place to change when it does.
    """
    np = _numpy_module() if dtype in ("int64", "float64", "bool") else None
    if np:
        return np.array(list(values), dtype=dtype)
    return list(values)


def as_list(data):
    """The elements of a list-like as Python values: array-likes (numpy arrays) convert through tolist()."""
    if hasattr(data, "tolist") and not isinstance(data, (list, tuple, range)):
        return data.tolist()
    return list(data)


def is_list_like(v):
    if isinstance(v, (str, bytes, dict)):
        return False
    return isinstance(v, range) or hasattr(v, "__iter__")


def _kind(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    return "object"


def infer_dtype(values):
    """The dtype pandas picks for a list of Python values: int64, float64, bool, str or object."""
    kinds = set()
    missing = False
    saw_nan = False
    for v in values:
        if is_missing(v):
            missing = True
            saw_nan = saw_nan or isinstance(v, float)
            continue
        kinds.add(_kind(v))
    if not kinds:
        return "float64" if saw_nan else "object"
    if kinds == {"int"}:
        return "float64" if missing else "int64"
    if kinds <= {"int", "float"}:
        return "float64"
    if kinds == {"bool"}:
        return "object" if missing else "bool"
    if kinds == {"str"}:
        return "str"
    return "object"


def coerce(values, dtype):
    """Convert `values` (a list) to the Python representation of `dtype`; missing values become NaN."""
    if dtype == "float64":
        return [nan if is_missing(v) else float(v) for v in values]
    if dtype == "int64":
        out = []
        for v in values:
            if is_missing(v):
                raise ValueError("cannot convert float NaN to integer")
            out.append(int(v))
        return out
    if dtype == "bool":
        return [bool(v) for v in values]
    if dtype == "str":
        return [nan if is_missing(v) else str(v) for v in values]
    return list(values)


class DType:
    """A dtype as pandas hands it out (`series.dtype`): prints as its name and compares equal to any spelling."""

    __module__ = "numpy"
    _kinds = {"int64": "i", "float64": "f", "bool": "b", "object": "O", "str": "O"}

    def __init__(self, name):
        self.name = name

    @property
    def kind(self):
        return DType._kinds[self.name]

    def __str__(self):
        return self.name

    def __repr__(self):
        if self.name == "str":
            return "<StringDtype(storage='python', na_value=nan)>"
        return "dtype('" + ("O" if self.name == "object" else self.name) + "')"

    def __eq__(self, other):
        if isinstance(other, DType):
            return self.name == other.name
        try:
            return self.name == normalize_dtype(other)
        except TypeError:
            return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self.name)


_dtypes = {}


def dtype_of(name):
    """The shared DType object for a dtype name."""
    d = _dtypes.get(name)
    if d is None:
        d = DType(name)
        _dtypes[name] = d
    return d


def normalize_dtype(dtype):
    """Map a dtype spelling (int, float, str, bool, object, "int64", a DType...) to this subset's dtype names."""
    if dtype is None:
        return None
    if isinstance(dtype, DType):
        return dtype.name
    if dtype is int or dtype in ("int", "int64", "int32", "Int64"):
        return "int64"
    if dtype is float or dtype in ("float", "float64", "float32"):
        return "float64"
    if dtype is bool or dtype in ("bool", "boolean"):
        return "bool"
    if dtype is str or dtype in ("str", "string"):
        return "str"
    if dtype is object or dtype in ("object", "O"):
        return "object"
    raise TypeError("data type '" + str(dtype) + "' not understood")


def common_dtype(dtypes):
    """The dtype of a row made from columns of these dtypes (pandas' find_common_type, for this subset)."""
    ds = set(dtypes)
    if not ds:
        return "object"
    if len(ds) == 1:
        return dtypes[0]
    if ds <= {"int64", "float64"}:
        return "float64"
    return "object"


def result_dtype(dtype, values):
    """The dtype of an operation's result: keep numeric dtypes when the values still fit them."""
    inferred = infer_dtype(values)
    if dtype == "str" and inferred in ("str", "float64") and all(is_missing(v) or isinstance(v, str) for v in values):
        return "str"
    return inferred


def inplace_method(method):
    """Give a method that returns a new object pandas' `inplace=True`: update the receiver and return None."""
    def wrapper(self, *args, inplace=False, **kwargs):
        result = method(self, *args, **kwargs)
        if not inplace:
            return result
        self.__dict__.update(result.__dict__)
        return None
    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


def _pairwise(values, lo, n):
    if n < 8:
        total = -0.0
        for i in range(lo, lo + n):
            total += values[i]
        return total
    if n <= 128:
        acc = values[lo:lo + 8]
        i = 8
        stop = n - n % 8
        while i < stop:
            for k in range(8):
                acc[k] += values[lo + i + k]
            i += 8
        total = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]))
        while i < n:
            total += values[lo + i]
            i += 1
        return total
    half = n // 2
    half -= half % 8
    return _pairwise(values, lo, half) + _pairwise(values, lo + half, n - half)


def float_sum(values):
    """Sum floats in numpy's order (pairwise: blocks of up to 128 summed by eight accumulators), so results
    match pandas to the last bit."""
    values = [float(v) for v in values]
    if not values:
        return 0.0
    return _pairwise(values, 0, len(values))
"""#
}
