extension SourceModules {
    /// `typing`: a runtime stub. Every name exists and subscripts to an object with CPython's repr, __origin__
    /// and __args__ (so annotations evaluate and introspect), plus TypeVar, Generic, Protocol, NamedTuple,
    /// TypedDict, NewType, cast, overload, get_type_hints, get_origin and get_args. Nothing is type-checked.
    static let typingSource = #"""
"""Names for type hints. At runtime these are placeholders: subscripting them records the arguments."""

import sys
import collections

TYPE_CHECKING = False

__all__ = ['Annotated', 'Any', 'AnyStr', 'Awaitable', 'AsyncGenerator', 'AsyncIterable', 'AsyncIterator',
           'BinaryIO', 'ByteString', 'Callable', 'ChainMap', 'ClassVar', 'Collection', 'Concatenate', 'Container',
           'ContextManager', 'AsyncContextManager', 'Coroutine', 'Counter', 'DefaultDict', 'Deque', 'Dict',
           'Final', 'ForwardRef', 'FrozenSet', 'Generator', 'Generic', 'Hashable', 'IO', 'ItemsView',
           'Iterable', 'Iterator', 'KeysView', 'List', 'Literal', 'LiteralString', 'Mapping', 'MappingView',
           'Match', 'MutableMapping', 'MutableSequence', 'MutableSet', 'NamedTuple', 'Never', 'NewType',
           'NoReturn', 'NotRequired', 'Optional', 'OrderedDict', 'ParamSpec', 'Pattern', 'Protocol',
           'Required', 'Reversible', 'Self', 'Sequence', 'Set', 'Sized', 'SupportsAbs', 'SupportsBytes',
           'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'Text',
           'TextIO', 'Tuple', 'Type', 'TypeAlias', 'TypeGuard', 'TypeVar', 'TypeVarTuple', 'TypedDict', 'Union',
           'Unpack', 'ValuesView', 'TYPE_CHECKING', 'assert_never', 'assert_type', 'cast', 'clear_overloads',
           'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints',
           'is_typeddict', 'no_type_check', 'no_type_check_decorator', 'overload', 'reveal_type',
           'runtime_checkable']


def _type_repr(obj):
    """How an argument appears inside typing reprs: int, typing.List[int], ..., module.Class."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if isinstance(obj, tuple):
        # Callable's argument list, e.g. [int, str]
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


def _type_check(arg, msg):
    # Strings are forward references; None means type(None).
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A string annotation, to be evaluated later."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        value = eval(self.__forward_arg__, globalns, localns)
        self.__forward_evaluated__ = True
        self.__forward_value__ = value
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _Final:
    """Base of the typing placeholder objects."""

    def __init_subclass__(cls, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec, TypeVarTuple)):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


class _GenericAlias(_Final, _root=True):
    """A subscripted placeholder, like List[int]: __origin__ is the runtime class (or special form), __args__
    the arguments."""

    def __init__(self, origin, args, *, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst
        if name is None and hasattr(origin, '__module__'):
            self.__module__ = origin.__module__

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            return f'{name}[()]'
        return '{}[{}]'.format(name, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        # Substitute type variables: List[T][int] -> List[int]
        if not isinstance(params, tuple):
            params = (params,)
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'} arguments "
                            f"for {self!r}; actual {len(params)}, expected {len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, params))

        def substitute(arg):
            if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
                return subst.get(arg, arg)
            if isinstance(arg, _GenericAlias) and arg.__parameters__:
                return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
            if isinstance(arg, tuple):
                return tuple(substitute(a) for a in arg)
            return arg
        return self.copy_with(tuple(substitute(a) for a in self.__args__))

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr == '_name':
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _SpecialGenericAlias(_Final, _root=True):
    """An unsubscripted alias of a runtime class: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name if name is not None else origin.__name__

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self}; "
                            f"actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _TupleAlias(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, tuple(_type_check(p, '') for p in params[:-1]) + (...,), name='Tuple')
        return _GenericAlias(tuple, tuple(_type_check(p, '') for p in params), name='Tuple')


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return f'typing.Callable[..., {_type_repr(self.__args__[1])}]'
        params = ', '.join(_type_repr(a) for a in self.__args__[:-1])
        return f'typing.Callable[[{params}], {_type_repr(self.__args__[-1])}]'

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name='Callable', inst=True)


class _CallableAlias(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., _type_check(result, ''))
        elif isinstance(args, list):
            flat = tuple(_type_check(a, '') for a in args) + (_type_check(result, ''),)
        else:
            flat = (args, _type_check(result, ''))
        return _CallableGenericAlias(collections_abc_callable, flat, name='Callable', inst=True)


class _SpecialForm(_Final, _root=True):
    """Any, Union, Optional, ClassVar, Final, Literal...: a name with its own subscription rule."""

    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Any type at all (every type is compatible with it)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, '')
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat), name='Union')


def _optional_getitem(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError(f"{self} requires a single type. Got {parameters!r}.")
    return Union[parameters, None]


def _single_getitem(self, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError(f"{self} accepts only single type.")
        parameters = parameters[0]
    return _GenericAlias(self, (_type_check(parameters, ''),), name=self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters, name='Literal')


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _any_args_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, name=self._name)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an "
                        "annotation).")
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(_type_repr(self.__origin__),
                                                 ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


Union = _SpecialForm('Union', _union_getitem, 'Union[X, Y]: a value of type X or of type Y.')
Optional = _SpecialForm('Optional', _optional_getitem, 'Optional[X]: Union[X, None].')
ClassVar = _SpecialForm('ClassVar', _single_getitem, 'ClassVar[T]: a class attribute, not an instance field.')
Final = _SpecialForm('Final', _single_getitem, 'Final[T]: a name that is never reassigned.')
Literal = _SpecialForm('Literal', _literal_getitem, 'Literal[v, ...]: one of these exact values.')
TypeGuard = _SpecialForm('TypeGuard', _single_getitem, 'TypeGuard[T]: a bool result that narrows its argument.')
Required = _SpecialForm('Required', _single_getitem, 'A required key of a TypedDict.')
NotRequired = _SpecialForm('NotRequired', _single_getitem, 'A potentially missing key of a TypedDict.')
Concatenate = _SpecialForm('Concatenate', _any_args_getitem, 'Concatenate[X, P]: parameters X, then P.')
Unpack = _SpecialForm('Unpack', _single_getitem, 'Unpack[Ts]: the types of a TypeVarTuple.')
Annotated = _SpecialForm('Annotated', _annotated_getitem, 'Annotated[T, x, ...]: T with metadata.')
NoReturn = _SpecialForm('NoReturn', None, 'The return type of functions that never return.')
Never = _SpecialForm('Never', None, 'The type with no values.')
Self = _SpecialForm('Self', None, 'The type of the enclosing class.')
LiteralString = _SpecialForm('LiteralString', None, 'A string built only from literals.')
TypeAlias = _SpecialForm('TypeAlias', None, 'Marks an assignment as a type alias.')


class TypeVar(_Final, _root=True):
    """Type variable: T = TypeVar('T'), or with constraints, a bound, co- or contravariance."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, '') for t in constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpec(_Final, _root=True):
    """Parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class _ParamSpecPart:
    def __init__(self, origin, part):
        self.__origin__ = origin
        self._part = part

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


class Generic:
    """Base of generic classes: class Stack(Generic[T]): ..."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            # Used as a base class: Generic[T] stands for Generic itself.
            return cls
        return _GenericAlias(cls, tuple(_type_check(p, '') for p in params))


class Protocol(Generic):
    """Base of protocol classes (types defined by the methods they have)."""
    __slots__ = ()
    _is_protocol = True


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (accepted for compatibility)."""
    cls._is_runtime_protocol = True
    return cls



# The abstract collection classes the aliases below stand for (collections.abc when the runtime has it).
try:
    import collections.abc as _cabc
except ImportError:
    _cabc = None


def _abstract(name):
    if _cabc is not None and hasattr(_cabc, name):
        return getattr(_cabc, name)
    cls = type(name, (), {'__module__': 'collections.abc', '__qualname__': name,
                          '__doc__': f'Placeholder for collections.abc.{name}.'})
    return cls


collections_abc_callable = _abstract('Callable')

Hashable = _SpecialGenericAlias(_abstract('Hashable'), 0, name='Hashable')
Awaitable = _SpecialGenericAlias(_abstract('Awaitable'), 1, name='Awaitable')
Coroutine = _SpecialGenericAlias(_abstract('Coroutine'), 3, name='Coroutine')
AsyncIterable = _SpecialGenericAlias(_abstract('AsyncIterable'), 1, name='AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abstract('AsyncIterator'), 1, name='AsyncIterator')
Iterable = _SpecialGenericAlias(_abstract('Iterable'), 1, name='Iterable')
Iterator = _SpecialGenericAlias(_abstract('Iterator'), 1, name='Iterator')
Reversible = _SpecialGenericAlias(_abstract('Reversible'), 1, name='Reversible')
Sized = _SpecialGenericAlias(_abstract('Sized'), 0, name='Sized')
Container = _SpecialGenericAlias(_abstract('Container'), 1, name='Container')
Collection = _SpecialGenericAlias(_abstract('Collection'), 1, name='Collection')
Callable = _CallableAlias(collections_abc_callable, 2, name='Callable')
AbstractSet = _SpecialGenericAlias(_abstract('Set'), 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abstract('MutableSet'), 1, name='MutableSet')
Mapping = _SpecialGenericAlias(_abstract('Mapping'), 2, name='Mapping')
MutableMapping = _SpecialGenericAlias(_abstract('MutableMapping'), 2, name='MutableMapping')
Sequence = _SpecialGenericAlias(_abstract('Sequence'), 1, name='Sequence')
MutableSequence = _SpecialGenericAlias(_abstract('MutableSequence'), 1, name='MutableSequence')
ByteString = _SpecialGenericAlias(_abstract('ByteString'), 0, name='ByteString')
Tuple = _TupleAlias(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(_abstract('MappingView'), 1, name='MappingView')
KeysView = _SpecialGenericAlias(_abstract('KeysView'), 1, name='KeysView')
ItemsView = _SpecialGenericAlias(_abstract('ItemsView'), 2, name='ItemsView')
ValuesView = _SpecialGenericAlias(_abstract('ValuesView'), 1, name='ValuesView')
ContextManager = _SpecialGenericAlias(_abstract('AbstractContextManager'), 1, name='ContextManager')
AsyncContextManager = _SpecialGenericAlias(_abstract('AbstractAsyncContextManager'), 1,
                                           name='AsyncContextManager')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, name='OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, name='Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, name='ChainMap')
Generator = _SpecialGenericAlias(_abstract('Generator'), 3, name='Generator')
AsyncGenerator = _SpecialGenericAlias(_abstract('AsyncGenerator'), 2, name='AsyncGenerator')
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')


Pattern = _SpecialGenericAlias(type('Pattern', (), {'__module__': 're'}), 1, name='Pattern')
Match = _SpecialGenericAlias(type('Match', (), {'__module__': 're'}), 1, name='Match')


class IO(Generic):
    """Base of TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO):
    """The type of a file opened in binary mode."""
    __slots__ = ()


class TextIO(IO):
    """The type of a file opened in text mode."""
    __slots__ = ()


def _protocol(name, method):
    return type(name, (Protocol,), {'__module__': 'typing', '__qualname__': name, '__slots__': (),
                                    '__doc__': f'An ABC with one abstract method {method}.'})


SupportsInt = _protocol('SupportsInt', '__int__')
SupportsFloat = _protocol('SupportsFloat', '__float__')
SupportsComplex = _protocol('SupportsComplex', '__complex__')
SupportsBytes = _protocol('SupportsBytes', '__bytes__')
SupportsIndex = _protocol('SupportsIndex', '__index__')
SupportsAbs = _protocol('SupportsAbs', '__abs__')
SupportsRound = _protocol('SupportsRound', '__round__')


# NamedTuple and TypedDict

_prohibited_namedtuple = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                    '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special_namedtuple = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


def _caller_module(default='__main__'):
    try:
        return sys._getframe(2).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root'):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        # The class body's other attributes (methods, docstring...) go onto the namedtuple class.
        for key in ns:
            if key in _prohibited_namedtuple:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special_namedtuple and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if ns.get('__doc__'):
            try:
                nm_tpl.__doc__ = ns['__doc__']
            except (AttributeError, TypeError):
                pass
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        # The functional form: NamedTuple('P', [('x', int), ('y', int)]) or NamedTuple('P', x=int, y=int).
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, fields, module=_caller_module())


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of collections.namedtuple: class Point(NamedTuple): x: int; y: int = 0."""
    _root = True


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if ns.get('_root'):
            return super().__new__(cls, name, bases, ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        own = {n: _type_check(t, '') for n, t in ns.get('__annotations__', {}).items()}
        annotations.update(own)
        required = set()
        optional = set()
        for base in bases:
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        body = {k: v for k, v in ns.items() if k != '__annotations__'}
        body['__annotations__'] = annotations
        body['__required_keys__'] = frozenset(required)
        body['__optional_keys__'] = frozenset(optional)
        body['__total__'] = total
        tp_dict = super().__new__(cls, name, (dict,), body)
        return tp_dict

    def __call__(cls, *args, **kwargs):
        # Instances are plain dicts.
        if cls.__dict__.get('_root'):
            name = args[0]
            fields = args[1] if len(args) > 1 else kwargs
            total = kwargs.pop('total', True) if len(args) > 1 else True
            ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
            return _TypedDictMeta(name, (TypedDict,), ns, total=total)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class TypedDict(dict, metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys: class Movie(TypedDict): name: str; year: int."""
    _root = True


def is_typeddict(tp):
    """True for a TypedDict class."""
    return isinstance(tp, _TypedDictMeta) and not tp.__dict__.get('_root')


class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module(default='typing')

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# Functions

def cast(typ, val):
    """Return val unchanged (tells a type checker that val has type typ)."""
    return val


def assert_type(val, typ, /):
    """Return val unchanged (a type checker verifies its type)."""
    return val


def assert_never(arg, /):
    """Raise AssertionError: reaching this call means an 'impossible' value arrived."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated functions outside a stub "
        "module should always be followed by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods: the decorated definitions are for type checkers only; the
    last, undecorated definition is the implementation."""
    f = getattr(func, '__func__', func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload-decorated definitions registered for func."""
    f = getattr(func, '__func__', func)
    return list(_overload_registry.get((getattr(f, '__module__', None), getattr(f, '__qualname__', None)), []))


def clear_overloads():
    """Forget every registered overload."""
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class final (for type checkers)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator telling type checkers to ignore annotations."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator giving the effect of no_type_check to another decorator."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, field_specifiers=(),
                        **kwargs):
    """Decorator marking an object as providing dataclass-like behaviour (for type checkers)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list, get_origin(Union[int, str]) is
    Union; None for unsupported types."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) == (str, int); () otherwise."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if len(args) == 2 and args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, with string annotations evaluated and None replaced
    by NoneType (a class's hints include those of its bases)."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if hasattr(obj, '__globals__'):
            globalns = obj.__globals__
        elif isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (type(sys), type(cast), type)):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    result = {}
    for name, value in dict(hints).items():
        result[name] = _eval_hint(value, globalns, localns)
    return result if include_extras else {k: _strip_annotations(t) for k, t in result.items()}
"""#
}
