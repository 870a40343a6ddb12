extension SourceModules {
    /// `copy`: shallow and deep copies, with the __copy__/__deepcopy__ hooks, __reduce_ex__/__reduce__,
    /// __getstate__/__setstate__, __getnewargs__, and the memo dict that keeps shared and cyclic structure.
    static let copySource = #"""
"""Shallow (copy.copy) and deep (copy.deepcopy) copy operations."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error   # backward-compatible alias


def _lookup_override(cls, name):
    # True when `name` is defined by a class of cls's MRO other than object.
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _newobj(cls, *args):
    # copyreg.__newobj__: what protocol-2 reductions call to recreate an object.
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_state(x, cls):
    # object.__getstate__: the instance dict (None when empty), paired with slot values when there are slots.
    if _lookup_override(cls, '__getstate__'):
        return x.__getstate__()
    state = getattr(x, '__dict__', None)
    if not state:
        state = None
    slots = _slot_names(cls)
    if slots:
        slotstate = {}
        for name in slots:
            try:
                slotstate[name] = getattr(x, name)
            except AttributeError:
                pass
        if slotstate:
            state = (state, slotstate)
    return state


def _reduce(x, cls):
    """What x.__reduce_ex__(4) returns in CPython."""
    if _lookup_override(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _lookup_override(cls, '__reduce__'):
        return x.__reduce__()
    if isinstance(x, BaseException):
        return (cls, x.args, getattr(x, '__dict__', None) or None)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), getattr(x, '__dict__', None) or None)
    if isinstance(x, bytearray):
        return (cls, (bytes(x),), getattr(x, '__dict__', None) or None)
    if cls is slice:
        return (slice, (x.start, x.stop, x.step))
    if cls is object:
        return (_newobj, (cls,))
    if cls.__module__ == 'builtins' or not (hasattr(x, '__dict__') or _slot_names(cls)
                                            or isinstance(x, (list, dict, tuple))):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    listitems = dictitems = None
    if isinstance(x, list):
        listitems = iter(x)
    elif isinstance(x, dict):
        dictitems = iter(x.items())
    if _lookup_override(cls, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
        return (_newobj_ex, (cls, args, kwargs), _default_state(x, cls), listitems, dictitems)
    if _lookup_override(cls, '__getnewargs__'):
        args = tuple(x.__getnewargs__())
    elif isinstance(x, tuple):
        args = (tuple(x),)
    else:
        args = ()
    return (_newobj, (cls,) + args, _default_state(x, cls), listitems, dictitems)


# Shallow copies

def copy(x):
    """A shallow copy of x: a new container or instance holding the same elements or attribute values."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        # Classes are copied as themselves.
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


def _copy_with_method(x):
    return x.copy()


def _function():
    pass


_copy_dispatch = d = {}
for t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice,
          property, type(len), type(Ellipsis), type(NotImplemented), type(_function),
          type(_function.__code__)):
    d[t] = _copy_immutable
for t in (list, dict, set, bytearray):
    d[t] = _copy_with_method
del d, t


# Deep copies

def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances are copied recursively; `memo` maps id(original) to its
    copy, so shared and cyclic references are reproduced."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # A copy is remembered (and the original kept alive) so shared and cyclic references stay shared.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple can reach itself only through a mutable object, whose copy is already in the memo.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = d = {}
for t in (type(None), int, float, bool, complex, bytes, str, type, range, type(len), type(Ellipsis),
          type(NotImplemented), type(_function), type(_function.__code__), property):
    d[t] = _deepcopy_atomic
d[list] = _deepcopy_list
d[tuple] = _deepcopy_tuple
d[dict] = _deepcopy_dict
class _MethodProbe:
    def method(self):
        pass

d[type(_MethodProbe().method)] = _deepcopy_method
del d, t, _MethodProbe


def _keep_alive(x, memo):
    """Keep a reference to x in the memo, so its id cannot be reused by a new object during the copy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
"""#
}
