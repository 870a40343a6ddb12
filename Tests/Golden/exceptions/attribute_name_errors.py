# AttributeError and NameError message formats, including module attributes and class attributes.
class Foo:
    bar = 1
try:
    Foo().x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Foo.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    print(undefined_function())
except NameError as e:
    print(type(e).__name__, e)
import math
try:
    math.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.value
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    'str'.upper = None
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    return later
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def g():
    print(local_before_assignment)
    local_before_assignment = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del Foo().bar
except AttributeError as e:
    print(type(e).__name__, e)
e1 = AttributeError('custom')
print(e1, e1.args)
