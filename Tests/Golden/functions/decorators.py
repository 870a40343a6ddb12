# Decorators without and with arguments, stacking order, functools.wraps metadata.
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f'call {fn.__name__}{args}')
        result = fn(*args, **kwargs)
        print(f'{fn.__name__} -> {result}')
        return result
    return wrapper
@trace
def add(a, b):
    """Adds two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('x'), hello.__name__)
def tag(label):
    def deco(fn):
        def wrapper():
            return f'<{label}>{fn()}</{label}>'
        return wrapper
    return deco
@tag('b')
@tag('i')
def text():
    return 'content'
print(text())
order = []
def mark(name):
    order.append('factory ' + name)
    def deco(fn):
        order.append('apply ' + name)
        return fn
    return deco
@mark('outer')
@mark('inner')
def target():
    pass
print(order)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha(): return 'A'
@register
def beta(): return 'B'
print(sorted(registry), registry['beta']())
def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@counted
def noop(): pass
noop(); noop(); noop()
print(noop.calls)
