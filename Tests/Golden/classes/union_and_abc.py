# PEP 604 unions (int | None) in annotations and isinstance/issubclass; ABC.register through __instancecheck__/__subclasscheck__.
def f(x: int | None = None) -> list[int] | None:
    return x
print(int | None, int | str | None, isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), (int | str).__args__)
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
class Impl: pass
Base.register(Impl)
print(isinstance(Impl(), Base), issubclass(Impl, Base))
