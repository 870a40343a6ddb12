extension SourceModules {
    /// `enum` (subset): Enum, IntEnum, StrEnum, ReprEnum, auto, unique, EnumType (alias EnumMeta). Members are
    /// created by the metaclass in definition order; lookup by value (`Color(1)`), by name (`Color['RED']`),
    /// iteration, len, `in`, aliases, _missing_, _generate_next_value_, the functional API
    /// (`Enum('Color', 'RED GREEN')`), custom __new__/__init__ for members; Flag and IntFlag with the four
    /// FlagBoundary policies.
    static let enumSource = #"""
"""Enumerations: classes whose attributes are a fixed set of named members."""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto',
           'unique', 'property', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum_repr',
           'global_str', 'global_flag_repr']

_builtin_bin = bin


def bin(num, max_bits=None):
    """Like the builtin bin(), with the sign shown as a leading digit and a space: bin(8) is '0b0 1000'."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    # The powers of two making up num, lowest first.
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _bit_count(num):
    return _builtin_bin(num).count('1')


class _AutoNull:
    def __repr__(self):
        return '_auto_null'

_auto_null = _AutoNull()


class auto:
    """A placeholder value in an enum class body, replaced by the class's _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


# enum.property (DynamicClassAttribute in CPython): here a plain property.
property = property


def _is_descriptor(obj):
    # (property, classmethod and staticmethod are listed too, for runtimes where they do not show __get__.)
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (property, classmethod, staticmethod)))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    # _ClassName__attr
    pattern = '_%s__' % (cls_name, )
    pat_len = len(pattern)
    return len(name) > pat_len and name.startswith(pattern) and (name[-1] != '_' or name[-2] != '_')


class _MemberMap:
    # A read-only view of a dict, shown as mappingproxy({...}) like types.MappingProxyType.
    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __reversed__(self):
        return reversed(list(self._mapping))

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        if isinstance(other, _MemberMap):
            other = other._mapping
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def _data_subclasses_work():
    # Whether instances of int and str subclasses keep their class and take attributes (the mixed-in enums
    # need both).
    try:
        class _I(int):
            pass

        class _S(str):
            pass

        i = int.__new__(_I, 1)
        s = str.__new__(_S, 'a')
        i._probe = s._probe = True
        return type(i) is _I and type(s) is _S
    except Exception:
        return False

_DATA_SUBCLASSES = _data_subclasses_work()


class _EnumDict(dict):
    """The namespace of an enum class body: resolves auto() as soon as it is assigned, so later lines of the
    body can use the value (e.g. RW = R | W)."""

    def __init__(self):
        super().__init__()
        self._cls_name = None
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            if isinstance(value, staticmethod):
                self._generate_next_value = value.__func__
            else:
                self._generate_next_value = value
        elif key == '_ignore_':
            if isinstance(value, str):
                self._ignore = value.replace(',', ' ').split()
            else:
                self._ignore = list(value)
        elif not (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name or '', key)
                  or _is_descriptor(value) or key in self._ignore):
            if key in self._member_names:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto) and self._generate_next_value is not None:
                if value.value is _auto_null:
                    value.value = self._generate_next_value(key, 1, len(self._member_names),
                                                            self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum: creates the members, and makes the class iterable, indexable by name, and
    callable for lookup by value."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        classdict = dict(classdict)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in ignore:
            classdict.pop(key, None)
        classdict.pop('_ignore_', None)

        member_type, first_enum = metacls._get_mixins_(cls, bases)

        # The members: every attribute that is not a descriptor, dunder, _sunder_ or private name.
        member_names = []
        for key, value in classdict.items():
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            member_names.append(key)

        # auto() values, resolved in definition order.
        generate = classdict.get('_generate_next_value_')
        if generate is None:
            generate = getattr(first_enum, '_generate_next_value_', None)
        if isinstance(generate, staticmethod):
            generate = generate.__func__
        last_values = []
        member_values = {}
        for index, name in enumerate(member_names):
            value = classdict[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, index, last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                items = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = generate(name, 1, index, last_values[:])
                        v = v.value
                    items.append(v)
                value = tuple(items)
            member_values[name] = value
            last_values.append(value)

        for name in member_names:
            del classdict[name]

        if Enum is None:
            # Creating Enum itself: its __new__ is the member lookup.
            new_member, use_args = object.__new__, False
        else:
            # A __new__ in the class body creates the members; calls of the class look members up
            # (Enum.__new__).
            new_member = classdict.pop('__new__', None)
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
            use_args = True
            if new_member is None:
                new_member, use_args = metacls._find_new_(member_type, first_enum)
            # (Also shadows a data type's __new__, e.g. str.__new__ for `class S(str, Enum)`.)
            classdict['__new__'] = Enum.__new__
        classdict['_new_member_'] = new_member
        classdict['_use_args_'] = use_args
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        if '_value_repr_' not in classdict:
            value_repr = getattr(first_enum, '_value_repr_', None) if first_enum is not None else None
            classdict['_value_repr_'] = value_repr
        order = classdict.pop('_order_', None)

        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)

        # The direct subclasses of ReprEnum (IntEnum, StrEnum...) print like their data type.
        if _DATA_SUBCLASSES and ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, '
                                'etc.)')
            if '__format__' not in classdict:
                enum_class.__format__ = member_type.__format__
                classdict['__format__'] = member_type.__format__
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                enum_class.__str__ = method
                classdict['__str__'] = method

        # repr(), str(), format() and pickling come from the enum, not from a mixed-in data type (unless the
        # class defines them).
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    enum_method = getattr(first_enum, name)
                    found_method = getattr(enum_class, name)
                    object_method = getattr(object, name, None)
                    data_type_method = getattr(member_type, name, None)
                    if found_method in (data_type_method, object_method):
                        setattr(enum_class, name, enum_method)

        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._boundary_ = boundary or getattr(first_enum, '_boundary_', None)
        elif boundary is not None:
            enum_class._boundary_ = boundary

        for name in member_names:
            enum_class._add_member_(name, member_values[name])

        if Flag is not None and issubclass(enum_class, Flag):
            single_bits = multi_bits = 0
            for member in enum_class._member_map_.values():
                value = member._value_
                if _is_single_bit(value):
                    single_bits |= value
                else:
                    multi_bits |= value
            flag_mask = single_bits | multi_bits
            enum_class._flag_mask_ = flag_mask
            enum_class._singles_mask_ = single_bits
            enum_class._all_bits_ = 2 ** (flag_mask.bit_length()) - 1
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def _add_member_(enum_class, name, value):
        if enum_class._member_type_ is tuple:
            args = (value, )
        elif isinstance(value, tuple):
            args = value
        else:
            args = (value, )
        new = enum_class._new_member_
        if not enum_class._use_args_:
            member = new(enum_class)
        else:
            member = new(enum_class, *args)
        if not hasattr(member, '_value_'):
            if enum_class._member_type_ is object:
                member._value_ = value
            else:
                try:
                    member._value_ = enum_class._member_type_(*args)
                except Exception:
                    member._value_ = value
        value = member._value_
        member._name_ = name
        member.__objclass__ = enum_class
        member.__init__(*args)
        member._sort_order_ = len(enum_class._member_names_)

        # An equal value makes this name an alias of the existing member.
        canonical = None
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                canonical = existing
                break
        if canonical is not None:
            member = canonical
        elif Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
            # (Flag members for zero or several bits are not listed: they are combinations.)
            enum_class._member_names_.append(name)
        # The class attribute (set before the name is in _member_map_, which blocks reassignment).
        setattr(enum_class, name, member)
        enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    @staticmethod
    def _get_mixins_(class_name, bases):
        """(member data type, first Enum base) for a new enum class."""
        if not bases or Enum is None:
            return object, Enum
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] "
                            "enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                if '__new__' in base.__dict__ or base in (int, str, float, bytes, tuple, complex):
                    member_type = base
                    break
            if member_type is not object:
                break
        if member_type is object:
            member_type = getattr(last, '_member_type_', object)
        return member_type, last

    @classmethod
    def _find_new_(metacls, member_type, first_enum):
        """The function that creates a member: a __new__ defined by an enum base (saved as _new_member_),
        the data type's __new__, or object.__new__."""
        if first_enum is not None:
            saved = getattr(first_enum, '_new_member_', None)
            if saved is not None and saved is not object.__new__ and saved is not getattr(member_type, '__new__',
                                                                                         None):
                return saved, True
        if member_type is object:
            return object.__new__, False
        if not _DATA_SUBCLASSES:
            # Members of mixed-in enums are plain objects here (see _DataMixin).
            return object.__new__, False
        return member_type.__new__, True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """Color(1) looks up the member with value 1; Enum('Color', 'RED GREEN') creates an enum class."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = set(['__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__', '__iter__',
                     '__len__', '__members__', '__module__', '__name__', '__qualname__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names |= set(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        """Color['RED']: the member named RED (aliases included)."""
        return cls._member_map_[name]

    def __iter__(cls):
        """The members in definition order (aliases excluded)."""
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        """A mapping of every member name (aliases included) to its member."""
        return _MemberMap(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__, )
        return "<enum %r>" % (cls.__name__, )

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: names is 'A B C', 'A,B,C', ['A', 'B'], [('A', 1), ...] or {'A': 1, ...}."""
        metacls = cls.__class__
        bases = (cls, ) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            generate = first_enum._generate_next_value_
            for count, name in enumerate(original_names):
                value = generate(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)


EnumMeta = EnumType

# Set once the classes exist (EnumType.__new__ treats their own creation specially).
Enum = None
ReprEnum = None
Flag = None


class Enum(metaclass=EnumType):
    """Base class of enumerations. In

        class Color(Enum):
            RED = 1
            BLUE = 2

    Color.RED is a member: Color(1) and Color['RED'] look it up, list(Color) lists the members in definition
    order, and each member has .name and .value.
    """

    def __new__(cls, value):
        # Lookup of an existing member by value (members themselves are created by EnumType).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        # Unhashable values, or values equal to a member's without being hashed the same way.
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the largest value so far (start for the first member)."""
        if not last_values:
            return start
        last = last_values[-1]
        try:
            if last == max(last_values):
                return last + 1
        except TypeError:
            pass
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_, )

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in type(self).__mro__:
            if cls is Enum or cls is object:
                break
            for name in cls.__dict__:
                if name[0] != '_' and name not in self._member_map_:
                    names.append(name)
        names.extend(name for name in getattr(self, '__dict__', {}) if name[0] != '_')
        return sorted(set(names))

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type (only repr() is the enum's)."""


class _DataMixin:
    # Used when this runtime cannot hold enum members in int/str subclass instances: the member object
    # forwards the data-type behaviour to its value.
    __slots__ = ()

    def __eq__(self, other):
        if isinstance(other, Enum):
            other = other._value_
        return self._value_ == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._value_ < (other._value_ if isinstance(other, Enum) else other)

    def __le__(self, other):
        return self._value_ <= (other._value_ if isinstance(other, Enum) else other)

    def __gt__(self, other):
        return self._value_ > (other._value_ if isinstance(other, Enum) else other)

    def __ge__(self, other):
        return self._value_ >= (other._value_ if isinstance(other, Enum) else other)

    def __hash__(self):
        return hash(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __len__(self):
        return len(self._value_)

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __getattr__(self, name):
        if name.startswith('__') or name in ('_value_', '_name_'):
            raise AttributeError(name)
        return getattr(self._value_, name)


def _value_of(x):
    return x._value_ if isinstance(x, Enum) else x


def _binary(name):
    def forward(self, other):
        return getattr(self._value_, name)(_value_of(other))
    forward.__name__ = name
    return forward


def _unary(name):
    def forward(self):
        return getattr(self._value_, name)()
    forward.__name__ = name
    return forward


for _name in ('__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__',
              '__rtruediv__', '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__pow__', '__rpow__',
              '__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__', '__lshift__', '__rlshift__',
              '__rshift__', '__rrshift__', '__divmod__', '__rdivmod__', '__getitem__', '__contains__'):
    setattr(_DataMixin, _name, _binary(_name))
for _name in ('__neg__', '__pos__', '__abs__', '__invert__', '__int__', '__index__', '__float__', '__iter__',
              '__round__', '__trunc__', '__floor__', '__ceil__'):
    setattr(_DataMixin, _name, _unary(_name))
del _name


if _DATA_SUBCLASSES:
    class IntEnum(int, ReprEnum, metaclass=EnumType):
        """An enumeration whose members are ints."""

    class StrEnum(str, ReprEnum, metaclass=EnumType):
        """An enumeration whose members are strings."""

        def __new__(cls, *values):
            if len(values) > 3:
                raise TypeError('too many arguments for str(): %r' % (values, ))
            if len(values) == 1:
                if not isinstance(values[0], str):
                    raise TypeError('%r is not a string' % (values[0], ))
            value = str(*values)
            member = str.__new__(cls, value)
            member._value_ = value
            return member

        @staticmethod
        def _generate_next_value_(name, start, count, last_values):
            """The lower-cased version of the member name."""
            return name.lower()
else:
    class IntEnum(_DataMixin, ReprEnum, metaclass=EnumType):
        """An enumeration whose members are ints."""

        def __init__(self, *args):
            if not isinstance(self._value_, int):
                self._value_ = int(*args)

    IntEnum._member_type_ = int
    IntEnum._value_repr_ = repr

    class StrEnum(_DataMixin, ReprEnum, metaclass=EnumType):
        """An enumeration whose members are strings."""

        def __init__(self, *values):
            if len(values) > 3:
                raise TypeError('too many arguments for str(): %r' % (values, ))
            if len(values) == 1 and not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
            self._value_ = str(*values)

        @staticmethod
        def _generate_next_value_(name, start, count, last_values):
            """The lower-cased version of the member name."""
            return name.lower()

    StrEnum._member_type_ = str
    StrEnum._value_repr_ = repr


class Flag(Enum, boundary=None):
    """An enumeration of bit flags: members combine with |, & and ^, and ~ complements."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far (start, or 1, for the first member)."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The single-bit members in value, lowest value first."""
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            member = cls._value2member_map_.get(val)
            if member is not None:
                yield member

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The single-bit members in value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """A composite pseudo-member for a combination of bits (according to the class's boundary)."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (cls.__name__, value, unknown, bin(unknown)))
        if cls._use_args_:
            pseudo_member = cls._new_member_(cls, value)
        else:
            pseudo_member = cls._new_member_(cls)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for pv in cls._member_map_.values():
                    if pv not in members and pv._value_ and pv._value_ & value == pv._value_:
                        members.append(pv)
                        combined_value |= pv._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        # Composites made only of known bits are cached (and found again by value).
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        """other in flag: all of other's bits are set in flag."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The single-bit members in this value."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class FlagBoundary(StrEnum):
    """How a Flag treats values with bits that are not members: STRICT raises ValueError, CONFORM drops the
    bits, EJECT returns a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary
Flag._boundary_ = STRICT


if _DATA_SUBCLASSES:
    class IntFlag(int, ReprEnum, Flag, boundary=KEEP, metaclass=EnumType):
        """Flags whose members are ints (and combine with ints)."""
        __or__ = Flag.__or__
        __and__ = Flag.__and__
        __xor__ = Flag.__xor__
        __ror__ = Flag.__ror__
        __rand__ = Flag.__rand__
        __rxor__ = Flag.__rxor__
        __invert__ = Flag.__invert__
else:
    class IntFlag(_DataMixin, ReprEnum, Flag, boundary=KEEP, metaclass=EnumType):
        """Flags whose members are ints (and combine with ints)."""
        __or__ = Flag.__or__
        __and__ = Flag.__and__
        __xor__ = Flag.__xor__
        __ror__ = Flag.__ror__
        __rand__ = Flag.__rand__
        __rxor__ = Flag.__rxor__
        __invert__ = Flag.__invert__
        __contains__ = Flag.__contains__
        __iter__ = Flag.__iter__
        __len__ = Flag.__len__
        __bool__ = Flag.__bool__

        def __init__(self, *args):
            if not isinstance(self._value_, int):
                self._value_ = int(*args)

    IntFlag._member_type_ = int
    IntFlag._value_repr_ = repr


def global_flag_repr(self):
    """repr() of a flag exported to its module's namespace: module.A|module.B."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    return '|'.join(['%s.%s' % (module, name) for name in self._name_.split('|')])


def unique(enumeration):
    """Class decorator: ValueError if any member name is an alias (two names for one value)."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum_repr(self):
    """repr() of a member exported to its module's namespace: module.NAME."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_str(self):
    """str() of a member exported to its module's namespace: NAME."""
    return self._name_
"""#
}
