# Function introspection: __name__, __qualname__, __doc__, __defaults__, __code__ basics, __module__.
def documented(a, b=1, *args, c, d=2, **kw):
    """Return nothing useful.

    Second paragraph.
    """
    local_var = 1
    return local_var
print(documented.__name__)
print(documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__module__)
code = documented.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount)
def nodoc(): pass
print(nodoc.__doc__)
class C:
    def method(self):
        "method doc"
    class Inner:
        def deep(self): pass
print(C.method.__qualname__, C.Inner.deep.__qualname__, C.method.__doc__)
f = lambda: 0
print(f.__name__, f.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
documented.__doc__ = 'changed'
print(documented.__doc__)
print(repr(nodoc).startswith('<function nodoc at 0x'))
