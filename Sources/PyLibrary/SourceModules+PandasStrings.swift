extension SourceModules {
    /// `pandas._strings`: the `.str` accessor of Series (lower, upper, strip, len, contains, startswith, ...).
    static let pandasStringsSource = #"""
"""pandas._strings: the `.str` accessor of Series (vectorised string methods; missing values stay missing)."""
from pandas._common import nan, is_missing, coerce, result_dtype
from pandas._series import Series


class StringMethods:
    """`series.str`: vectorised string methods; missing values stay missing."""

    def __init__(self, series):
        if series._dtype not in ("str", "object"):
            kind = {"int64": "integer", "float64": "floating", "bool": "boolean"}.get(series._dtype, series._dtype)
            raise AttributeError("Can only use .str accessor with string values, not " + kind)
        self._s = series

    def _map(self, fn, dtype=None):
        if dtype == "bool" and self._s._dtype == "str":
            out = [False if is_missing(v) else fn(v) for v in self._s._values]
            return Series._new(out, "bool", self._s.index, self._s.name)
        out = [nan if is_missing(v) else fn(v) for v in self._s._values]
        if dtype is None:
            dtype = result_dtype("str", out)
        if dtype == "bool" and any(is_missing(v) for v in out):
            dtype = "object"
        if dtype == "int64" and any(is_missing(v) for v in out):
            dtype = "float64"
        return Series._new(coerce(out, dtype) if dtype != "object" else out, dtype, self._s.index, self._s.name)

    def lower(self): return self._map(lambda v: v.lower())
    def upper(self): return self._map(lambda v: v.upper())
    def strip(self, chars=None): return self._map(lambda v: v.strip(chars))
    def len(self): return self._map(lambda v: len(v), "int64")
    def startswith(self, prefix): return self._map(lambda v: v.startswith(prefix), "bool")
    def endswith(self, suffix): return self._map(lambda v: v.endswith(suffix), "bool")

    def contains(self, pat, regex=True, case=True):
        import re
        if regex:
            flags = 0 if case else re.IGNORECASE
            return self._map(lambda v: re.search(pat, v, flags) is not None, "bool")
        if not case:
            return self._map(lambda v: pat.lower() in v.lower(), "bool")
        return self._map(lambda v: pat in v, "bool")

    def replace(self, pat, repl, n=-1, case=None, regex=False):
        if regex:
            import re
            return self._map(lambda v: re.sub(pat, repl, v, count=max(n, 0)))
        return self._map(lambda v: v.replace(pat, repl, n))

    def split(self, pat=None, n=-1, expand=False):
        if expand:
            raise NotImplementedError("pandas subset: str.split(expand=True) is not implemented")
        return self._map(lambda v: v.split(pat, n), "object")

    def __getitem__(self, key):
        return self._map(lambda v: v[key])

    def get(self, i):
        return self._map(lambda v: v[i] if -len(v) <= i < len(v) else nan)

    def title(self): return self._map(lambda v: v.title())
    def capitalize(self): return self._map(lambda v: v.capitalize())
    def zfill(self, width): return self._map(lambda v: v.zfill(width))
    def count(self, pat):
        import re
        return self._map(lambda v: len(re.findall(pat, v)), "int64")

    def cat(self, sep=""):
        return sep.join(v for v in self._s._values if not is_missing(v))
"""#
}
