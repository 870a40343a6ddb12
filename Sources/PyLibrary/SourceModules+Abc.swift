extension SourceModules {
    /// `abc`: ABCMeta, ABC, abstractmethod (and the abstract classmethod/staticmethod/property variants),
    /// register() for virtual subclasses, update_abstractmethods. Instantiating a class that still has abstract
    /// methods raises CPython's TypeError.
    static let abcSource = #"""
"""Abstract base classes (PEP 3119): ABCMeta, ABC and the abstractmethod decorator."""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark a method abstract: a class whose metaclass is ABCMeta (e.g. a subclass of ABC) cannot be
    instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use @classmethod stacked on @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use @staticmethod stacked on @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use @property stacked on @abstractmethod."""

    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # property, classmethod and staticmethod report the abstractness of the functions they wrap.
    if isinstance(value, property):
        return any(getattr(getattr(value, name, None), '__isabstractmethod__', False)
                   for name in ('fget', 'fset', 'fdel'))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    # Inherited abstract methods stay abstract unless overridden by something concrete.
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


_abc_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered with any ABC."""
    return _abc_invalidation_counter


def _type_call(cls, args, kwargs):
    # type.__call__(cls, *args, **kwargs): __new__, then __init__ when __new__ returned an instance of cls.
    new = cls.__new__
    obj = object.__new__(cls) if new is object.__new__ else new(cls, *args, **kwargs)
    if isinstance(obj, cls):
        init = type(obj).__init__
        if init is object.__init__:
            if args or kwargs:
                raise TypeError(f'{cls.__name__}() takes no arguments')
        else:
            result = obj.__init__(*args, **kwargs)
            if result is not None:
                raise TypeError(f"__init__() should return None, not '{type(result).__name__}'")
    return obj


class ABCMeta(type):
    """The metaclass of abstract base classes: such a class cannot be instantiated while it has abstract
    methods (see abstractmethod), and register() adds "virtual subclasses" for isinstance() and issubclass().
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = set()
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', ())
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        try:
            call = super().__call__
        except AttributeError:
            # No type.__call__ in this runtime: do what it does.
            return _type_call(cls, args, kwargs)
        return call(*args, **kwargs)

    def register(cls, subclass):
        """Make `subclass` a virtual subclass of this ABC; returns it, so this works as a class decorator."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        # Checked after the test above, so that X.register(X) is allowed (and does nothing).
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls): real or virtual subclass."""
        subclass = instance.__class__
        if cls.__subclasscheck__(subclass):
            return True
        subtype = type(instance)
        return subtype is not subclass and cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls): __subclasshook__, the MRO, registered and subclass ABCs."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        hook = getattr(cls, '__subclasshook__', None)
        ok = hook(subclass) if hook is not None else NotImplemented
        if ok is not NotImplemented:
            return bool(ok)
        if cls in subclass.__mro__:
            return True
        for rcls in cls.__dict__.get('_abc_registry', ()):
            if issubclass(subclass, rcls):
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        """Print the virtual subclasses registered with this ABC (for debugging)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {cls.__dict__.get('_abc_registry', set())!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """No caches are kept: nothing to do."""
        pass


def update_abstractmethods(cls):
    """Recompute an abstract class's abstract methods, after methods were added or implemented after its
    creation (as the dataclass and total_ordering decorators do). Returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        # Not an ABC (or a class using one).
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Inherit from ABC to make an abstract base class (the same as using metaclass=ABCMeta)."""
    __slots__ = ()
"""#
}
