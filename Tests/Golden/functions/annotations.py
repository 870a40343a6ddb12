# Annotations: function __annotations__, variable annotations in module/class, annotations not enforced.
def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
print(f('not an int'))
x: int = 'annotated but a str'
y: float
print(x, 'y' in dir())
class Point:
    x: int
    y: int = 0
    label: str = 'p'
print(Point.__annotations__, Point.y, hasattr(Point, 'x'))
def g() -> None: pass
print(g.__annotations__, g())
def h(n: int) -> 'list[int]':
    return [n]
print(h.__annotations__, h(2))
print(__annotations__)
