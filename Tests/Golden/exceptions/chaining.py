# Exception chaining: raise from (__cause__), implicit context (__context__), from None suppression.
def explicit():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('explicit') from e
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('suppressed') from None
for fn in (explicit, implicit, suppressed):
    try:
        fn()
    except ValueError as e:
        print(e, '| cause:', repr(e.__cause__), '| context:', repr(e.__context__), '| suppress:', e.__suppress_context__)
try:
    raise KeyError('a') from ValueError('b')
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__context__)
try:
    try:
        raise TypeError('first')
    except TypeError:
        try:
            raise IndexError('second')
        except IndexError:
            raise KeyError('third')
except KeyError as e:
    c = e
    chain = []
    while c is not None:
        chain.append(type(c).__name__)
        c = c.__context__
    print(chain)
e = RuntimeError('x')
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
