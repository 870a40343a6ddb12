extension SourceModules {
    /// `pandas._config`: display options (max_rows, min_rows, max_colwidth, precision, max_columns, width) with
    /// get_option, set_option, reset_option, option_context and `pd.options`.
    static let pandasConfigSource = #"""
"""pandas._config: display options (get_option, set_option, reset_option, option_context, pd.options).

display.max_columns is 0 as in a script, where pandas fits wide frames to the terminal; under a Jupyter
kernel it is 20, and a positive value or None makes frames wrap into blocks of display.width columns.
"""


class OptionError(AttributeError, KeyError):
    """An unknown or ambiguous option name (pandas.errors.OptionError)."""

    def __str__(self):
        # AttributeError's message, unquoted (SwiftRay's exceptions take KeyError's quoting otherwise).
        return str(self.args[0]) if len(self.args) == 1 else str(self.args)


def _in_kernel():
    """True under a Jupyter kernel (an IPython-style `get_ipython()` whose result has a `kernel`), where pandas
    wraps wide frames instead of fitting them to a terminal."""
    import builtins
    get_ipython = getattr(builtins, "get_ipython", None)
    if get_ipython is None:
        return False
    try:
        return hasattr(get_ipython(), "kernel")
    except Exception:
        return False


_DEFAULTS = {
    "display.max_rows": 60,
    "display.min_rows": 10,
    "display.max_colwidth": 50,
    "display.precision": 6,
    "display.max_columns": 20 if _in_kernel() else 0,
    "display.width": 80,
}
_values = dict(_DEFAULTS)


def _key(pattern):
    if pattern in _values:
        return pattern
    matches = [k for k in _values if k.endswith("." + pattern)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise OptionError("No such keys(s): " + repr(pattern))
    raise OptionError("Pattern matched multiple keys")


def get_option(pattern):
    return _values[_key(pattern)]


def set_option(pattern, value):
    key = _key(pattern)
    if value is not None and not isinstance(value, int):
        raise ValueError("Value must be an instance of <class 'int'>|<class 'NoneType'>")
    if key in ("display.precision", "display.width") and value is None:
        raise ValueError("Value must be an instance of <class 'int'>")
    _values[key] = value


def reset_option(pattern):
    if pattern == "all":
        _values.update(_DEFAULTS)
        return
    key = _key(pattern)
    _values[key] = _DEFAULTS[key]


class option_context:
    """`with pd.option_context("display.max_rows", 5, ...):` sets options for the block only."""

    def __init__(self, *args):
        if len(args) % 2 or not args:
            raise ValueError("Provide an even amount of arguments as option_context(pat, val, pat, val...).")
        self._pairs = [(args[i], args[i + 1]) for i in range(0, len(args), 2)]
        self._saved = []

    def __enter__(self):
        self._saved = [(pattern, get_option(pattern)) for pattern, value in self._pairs]
        for pattern, value in self._pairs:
            set_option(pattern, value)
        return self

    def __exit__(self, *exc):
        for pattern, value in self._saved:
            set_option(pattern, value)
        return False


class _OptionGroup:
    """`pd.options.display.max_rows`: attribute access to the options under a prefix."""

    def __init__(self, prefix):
        object.__setattr__(self, "_prefix", prefix)

    def __getattr__(self, name):
        key = self._prefix + name
        if key in _values:
            return _values[key]
        if any(k.startswith(key + ".") for k in _values):
            return _OptionGroup(key + ".")
        raise OptionError("No such option: " + key)

    def __setattr__(self, name, value):
        key = self._prefix + name
        if key not in _values:
            raise OptionError("You can only set the value of existing options")
        set_option(key, value)


options = _OptionGroup("")
"""#
}
