extension SourceModules {
    /// `inspect`: type predicates, generator/coroutine states, Signature/Parameter/BoundArguments computed from
    /// code objects (co_varnames, co_argcount, co_posonlyargcount, co_kwonlyargcount, co_flags) and
    /// __defaults__/__kwdefaults__/__annotations__, getdoc/cleandoc, getmembers, getfullargspec.
    static let inspectSource = #"""
"""Get information about live objects: functions, classes, generators, signatures, docstrings."""

import sys
import collections

__all__ = ['BoundArguments', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR', 'CO_ITERABLE_COROUTINE',
           'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS',
           'CORO_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'FullArgSpec', 'GEN_CLOSED',
           'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'Parameter', 'Signature', 'cleandoc', 'currentframe',
           'formatannotation', 'getattr_static', 'getcoroutinestate', 'getdoc', 'getfullargspec',
           'getgeneratorstate', 'getmembers', 'getmodule', 'getmro', 'isabstract', 'isasyncgen',
           'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine',
           'iscoroutinefunction', 'isdatadescriptor', 'isfunction', 'isgenerator', 'isgeneratorfunction',
           'ismethod', 'ismethoddescriptor', 'ismodule', 'isroutine', 'signature', 'unwrap']

# Code flags, with CPython's values.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


def _function():
    pass


def _generator():
    yield


async def _coroutine():
    pass


async def _async_generator():
    yield


class _C:
    def _m(self):
        pass


_FunctionType = type(_function)
_CodeType = type(_function.__code__)
_MethodType = type(_C()._m)
_BuiltinFunctionType = type(len)
_BuiltinMethodType = type([].append)
_MethodDescriptorType = type(str.join)
_WrapperDescriptorType = type(object.__init__)
_ModuleType = type(sys)
_GeneratorType = type(_generator())
_c = _coroutine()
_CoroutineType = type(_c)
_c.close()
_AsyncGeneratorType = type(_async_generator())
del _c


def _flag_translation():
    # co_flags of this runtime, in CPython's numbering (identity when the runtime already uses it).
    def plain():
        pass

    def varargs(*a):
        pass

    def varkw(**k):
        pass

    base = plain.__code__.co_flags
    found = {
        CO_VARARGS: varargs.__code__.co_flags & ~base,
        CO_VARKEYWORDS: varkw.__code__.co_flags & ~base,
        CO_GENERATOR: _generator.__code__.co_flags & ~base,
        CO_COROUTINE: _coroutine.__code__.co_flags & ~base,
        CO_ASYNC_GENERATOR: _async_generator.__code__.co_flags & ~base,
    }
    if all(bits == flag for flag, bits in found.items()):
        return None
    return found

_FLAG_TRANSLATION = _flag_translation()


def _co_flags(code):
    flags = code.co_flags
    if _FLAG_TRANSLATION is None:
        return flags
    result = 0
    for flag, bits in _FLAG_TRANSLATION.items():
        if bits and flags & bits == bits:
            result |= flag
    return result


# Predicates

def ismodule(object):
    """Whether the object is a module."""
    return isinstance(object, _ModuleType)


def isclass(object):
    """Whether the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether the object is a bound method."""
    return isinstance(object, _MethodType)


def isfunction(object):
    """Whether the object is a user-defined function (def or lambda)."""
    return isinstance(object, _FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(_co_flags(f.__code__) & flag)


def unwrap_partial(func):
    while _is_partial(func):
        func = func.func
    return func


def _is_partial(obj):
    return type(obj).__name__ in ('partial', 'partialmethod') and hasattr(obj, 'func') and hasattr(obj, 'args')


def isgeneratorfunction(obj):
    """Whether the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Whether the object is a coroutine function (async def)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Whether the object is an asynchronous generator function (async def containing yield)."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Whether the object is an asynchronous generator."""
    return isinstance(object, _AsyncGeneratorType)


def isgenerator(object):
    """Whether the object is a generator."""
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    """Whether the object is a coroutine."""
    return isinstance(object, _CoroutineType)


def isawaitable(object):
    """Whether `await object` is possible."""
    return (isinstance(object, _CoroutineType) or
            isinstance(object, _GeneratorType) and bool(_co_flags(object.gi_code) & CO_ITERABLE_COROUTINE) or
            hasattr(type(object), '__await__'))


def istraceback(object):
    """Whether the object is a traceback."""
    return type(object).__name__ == 'traceback'


def isframe(object):
    """Whether the object is a frame object."""
    return type(object).__name__ == 'frame'


def iscode(object):
    """Whether the object is a code object."""
    return isinstance(object, _CodeType)


def isbuiltin(object):
    """Whether the object is a built-in function or method."""
    return isinstance(object, (_BuiltinFunctionType, _BuiltinMethodType))


def ismethoddescriptor(object):
    """Whether the object is a method descriptor (has __get__ but not __set__, and is not a class,
    method or function)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """Whether the object is a data descriptor (defines __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    """Whether the object is a function or method of any kind."""
    return (isbuiltin(object)
            or isfunction(object)
            or ismethod(object)
            or ismethoddescriptor(object)
            or isinstance(object, (_MethodDescriptorType, _WrapperDescriptorType)))


def isabstract(object):
    """Whether the object is an abstract base class (ABC) with abstract methods."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', ()))


def getmembers(object, predicate=None):
    """The (name, value) pairs of an object's attributes, sorted by name, optionally filtered by
    predicate(value)."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    """cls and its bases, in method resolution order."""
    return cls.__mro__


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    return None


def currentframe():
    """The caller's frame, or None when the interpreter has no frame objects."""
    getframe = getattr(sys, '_getframe', None)
    return getframe(1) if getframe is not None else None


def stack(context=1):
    """The caller's stack (empty when the interpreter has no frame objects)."""
    return []


def getattr_static(obj, attr, default=None, *args):
    """Look up an attribute without triggering descriptors or __getattr__."""
    has_default = len(args) > 0 or default is not None
    if not isinstance(obj, type):
        try:
            instance_dict = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            instance_dict = {}
        if attr in instance_dict:
            return instance_dict[attr]
        klass = type(obj)
    else:
        klass = obj
    for entry in klass.__mro__:
        if attr in entry.__dict__:
            return entry.__dict__[attr]
    if isinstance(obj, type):
        for entry in type(obj).__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if has_default:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes (as set by functools.wraps) to the innermost function."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


# Docstrings

def cleandoc(doc):
    """Clean up indentation from docstrings: strip the first line, remove the common indentation of the
    following lines, and drop leading and trailing blank lines."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            if margin is None or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = getattr(base, '__doc__', None)
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__', None) is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        doc = getattr(getattr(base, name, None), '__doc__', None)
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
        if cls is None:
            return None
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    """The documentation string of an object, cleaned up with cleandoc; inherited from the class hierarchy
    when the object has none of its own. None if there is none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# Generator and coroutine states

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED (not started), GEN_RUNNING (executing), GEN_SUSPENDED (paused
    at a yield) or GEN_CLOSED (finished)."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a suspended generator (empty if it has no frame)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """The state of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


# Signatures

class _empty:
    """Signature.empty / Parameter.empty: no default, annotation or return annotation."""


class _void:
    """Internal marker for "argument not given" in replace()."""


class _ParameterKind:
    # An IntEnum in CPython: the members compare and sort as the ints 0..4.
    __slots__ = ('name', 'value', 'description')

    def __init__(self, name, value, description):
        self.name = name
        self.value = value
        self.description = description

    def __repr__(self):
        return f'<_ParameterKind.{self.name}: {self.value}>'

    def __str__(self):
        return self.name

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __hash__(self):
        return hash(self.value)

    def __eq__(self, other):
        if isinstance(other, _ParameterKind):
            return self.value == other.value
        if isinstance(other, int):
            return self.value == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other):
        return self.value < int(other)

    def __le__(self, other):
        return self.value <= int(other)

    def __gt__(self, other):
        return self.value > int(other)

    def __ge__(self, other):
        return self.value >= int(other)

    def __reduce__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind('POSITIONAL_ONLY', 0, 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind('POSITIONAL_OR_KEYWORD', 1, 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind('VAR_POSITIONAL', 2, 'variadic positional')
_KEYWORD_ONLY = _ParameterKind('KEYWORD_ONLY', 3, 'keyword-only')
_VAR_KEYWORD = _ParameterKind('VAR_KEYWORD', 4, 'variadic keyword')
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)


def formatannotation(annotation, base_module=None):
    """An annotation as signatures show it: int, module.Class, typing names without 'typing.', else repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """A parameter of a Signature: name, kind (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL,
    KEYWORD_ONLY, VAR_KEYWORD), default and annotation (Parameter.empty when absent)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if isinstance(kind, _ParameterKind):
            self._kind = kind
        elif isinstance(kind, int) and 0 <= kind < len(_KINDS):
            self._kind = _KINDS[kind]
        else:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = '{} parameters cannot have default values'
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
        self._default = default
        self._annotation = annotation

        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            msg = 'name must be a str, not a {}'.format(type(name).__name__)
            raise TypeError(msg)
        if name[:1] == '.' and name[1:].isdigit():
            # An implicit parameter of a comprehension: '.0' shows as 'implicit0'.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ('implicit arguments must be passed as positional or keyword arguments, not {}')
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if not name.isidentifier() or name in _KEYWORDS:
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of the parameter with the given attributes changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
                       'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
                       'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
                       'return', 'try', 'while', 'with', 'yield'])


class _ParameterMapping:
    # The read-only, ordered name -> Parameter mapping of Signature.parameters.
    __slots__ = ('_params',)

    def __init__(self, params):
        self._params = params

    def __getitem__(self, key):
        return self._params[key]

    def __iter__(self):
        return iter(self._params)

    def __len__(self):
        return len(self._params)

    def __contains__(self, key):
        return key in self._params

    def __eq__(self, other):
        if isinstance(other, _ParameterMapping):
            return list(self._params.items()) == list(other._params.items())
        return self._params == other

    def __hash__(self):
        return hash(tuple(self._params.items()))

    def get(self, key, default=None):
        return self._params.get(key, default)

    def keys(self):
        return self._params.keys()

    def values(self):
        return self._params.values()

    def items(self):
        return self._params.items()

    def __repr__(self):
        return 'OrderedDict([%s])' % ', '.join('(%r, %r)' % item for item in self._params.items())


class BoundArguments:
    """The result of Signature.bind: `arguments` maps parameter names to values; `args` and `kwargs` give
    them back in calling form."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if param_name not in self.arguments:
                break
            arg = self.arguments[param_name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for param_name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif param_name not in self.arguments:
                    started = True
                    continue
            if not started or param_name not in self.arguments:
                continue
            arg = self.arguments[param_name]
            if param.kind == _VAR_KEYWORD:
                kwargs.update(arg)
            else:
                kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments (() for *args, {} for **kwargs)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new_arguments.append((name, arguments[name]))
            elif param.default is not _empty:
                new_arguments.append((name, param.default))
            elif param.kind is _VAR_POSITIONAL:
                new_arguments.append((name, ()))
            elif param.kind is _VAR_KEYWORD:
                new_arguments.append((name, {}))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The call signature of a callable: an ordered mapping of Parameters plus a return annotation.
    str(sig) renders it like a def statement: (a, b=2, *args, c, **kw) -> int."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = {}
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = ('wrong parameter order: {} parameter before {} parameter')
                    msg = msg.format(top_kind.description, kind.description)
                    raise ValueError(msg)
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            msg = 'non-default argument follows default argument'
                            raise ValueError(msg)
                    else:
                        seen_default = True
                if name in params:
                    msg = 'duplicate parameter name: {!r}'.format(name)
                    raise ValueError(msg)
                params[name] = param
        else:
            params = {param.name: param for param in parameters}
        self._parameters = _ParameterMapping(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of a callable."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of the signature with the given attributes changed."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values() if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        kwargs = dict(kwargs)
        params = list(self.parameters.values())
        nargs = len(args)
        used = 0
        remaining = []
        # Positional arguments fill the parameters in order.
        for index, param in enumerate(params):
            if used == nargs:
                remaining = params[index:]
                break
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[used:])
                used = nargs
                remaining = params[index + 1:]
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {arg!r}'.format(arg=param.name)) from None
            arguments[param.name] = args[used]
            used += 1
        else:
            if used < nargs:
                raise TypeError('too many positional arguments') from None
        # Keyword arguments fill the rest.
        kwargs_param = None
        for param in remaining:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was passed as a keyword'
                                    .format(arg=param.name))
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {arg!r}'.format(arg=param.name)) from None
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map the arguments of a call to the parameters (a BoundArguments); TypeError if they do not fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind, but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                # The '/' goes after the last positional-only parameter.
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                # *args already separates the keyword-only parameters.
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)
        return rendered


def _signature_is_functionlike(obj):
    # Cython-style function objects: have a code object and the function attributes.
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, _CodeType) and
            isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, dict) or annotations is None))


def _signature_from_function(cls, func):
    """The signature of a Python function, from its code object, defaults and annotations."""
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    flags = _co_flags(code)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    annotations = getattr(func, '__annotations__', None) or {}

    positional = arg_names[:pos_count]
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    pos_default_count = len(defaults) if defaults else 0
    non_default_count = pos_count - pos_default_count

    parameters = []
    for offset, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if offset < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[offset - non_default_count] if offset >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))

    index = pos_count + keyword_only_count
    if flags & CO_VARARGS:
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1

    for name in keyword_only:
        default = kwdefaults.get(name, _empty) if kwdefaults is not None else _empty
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=default,
                                    annotation=annotations.get(name, _empty)))

    if flags & CO_VARKEYWORDS:
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))

    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _signature_bound_method(sig):
    """The signature without its first parameter (the one a bound method fills)."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    # For *args, the first argument is part of it: nothing to remove.
    return sig.replace(parameters=params)


_NON_USER_DEFINED = (_WrapperDescriptorType, _MethodDescriptorType, _BuiltinFunctionType, _BuiltinMethodType)


def _signature_get_user_defined_method(cls, method_name):
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NON_USER_DEFINED):
        return None
    return meth


def _signature_from_partial(sig, partial):
    args = partial.args or ()
    keywords = partial.keywords or {}
    try:
        ba = sig.bind_partial(*args, **keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    new_params = []
    transform_to_kwonly = False
    for param_name, param in sig.parameters.items():
        arg_value = ba.arguments.get(param_name, _void)
        if param.kind is _POSITIONAL_ONLY:
            if arg_value is not _void:
                continue
            new_params.append(param)
            continue
        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
            new_params.append(param)
            continue
        if param_name in keywords:
            # A keyword set by the partial: it gets a new default and, with all the positional-or-keyword
            # parameters after it, becomes keyword-only.
            if param.kind is _POSITIONAL_OR_KEYWORD:
                transform_to_kwonly = True
                param = param.replace(default=arg_value, kind=_KEYWORD_ONLY)
            elif param.kind is _KEYWORD_ONLY:
                param = param.replace(default=arg_value)
            new_params.append(param)
            continue
        if arg_value is not _void and param.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
            # Filled positionally by the partial.
            continue
        new_params.append(param)
    return sig.replace(parameters=new_params)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True, sigcls=Signature):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, _MethodType):
        # A bound method: the signature of its function, minus the first parameter.
        sig = _signature_from_callable(obj.__func__, follow_wrapper_chains=follow_wrapper_chains,
                                       skip_bound_arg=skip_bound_arg, sigcls=sigcls)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if isinstance(obj, _MethodType):
            return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapper_chains,
                                            skip_bound_arg=skip_bound_arg, sigcls=sigcls)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj)

    if _is_partial(obj):
        wrapped_sig = _signature_from_callable(obj.func, follow_wrapper_chains=follow_wrapper_chains,
                                               skip_bound_arg=skip_bound_arg, sigcls=sigcls)
        return _signature_from_partial(wrapped_sig, obj)

    sig = None
    if isinstance(obj, type):
        # A class: the signature of a metaclass __call__, else of __new__ or __init__.
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = _signature_from_callable(call, follow_wrapper_chains=follow_wrapper_chains,
                                           skip_bound_arg=skip_bound_arg, sigcls=sigcls)
        else:
            factory_method = None
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            if '__new__' in obj.__dict__:
                factory_method = new
            elif '__init__' in obj.__dict__:
                factory_method = init
            elif new is not None:
                factory_method = new
            elif init is not None:
                factory_method = init
            if factory_method is not None:
                sig = _signature_from_callable(factory_method, follow_wrapper_chains=follow_wrapper_chains,
                                               skip_bound_arg=skip_bound_arg, sigcls=sigcls)
        if sig is None:
            if type not in obj.__mro__:
                if _signature_get_user_defined_method(obj, '__init__') is None and \
                        _signature_get_user_defined_method(obj, '__new__') is None and \
                        obj.__module__ != 'builtins':
                    # A class without its own __init__ or __new__: object's signature.
                    return sigcls([])
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
    elif not isinstance(obj, _NON_USER_DEFINED):
        # An instance with __call__.
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = _signature_from_callable(call, follow_wrapper_chains=follow_wrapper_chains,
                                           skip_bound_arg=skip_bound_arg, sigcls=sigcls)

    if sig is not None:
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if isinstance(obj, (_BuiltinFunctionType, _BuiltinMethodType, _MethodDescriptorType,
                        _WrapperDescriptorType)):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: a function, bound method, class, or object with __call__."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


FullArgSpec = collections.namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, '
                                                    'kwonlydefaults, annotations')


def getfullargspec(func):
    """The names and default values of a callable's parameters, as a FullArgSpec named tuple."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults, kwonlyargs, kwdefaults, annotations)
"""#
}
