# Misc: exceptions as objects (stored, compared, raised later), raising instances vs classes, with_traceback.
saved = []
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        saved.append(e)
print([e.args for e in saved], saved[0] == saved[0], saved[0] == ValueError(0))
try:
    raise saved[1]
except ValueError as e:
    print('raised saved', e, e is saved[1])
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
try:
    raise 'not an exception'
except TypeError as e:
    print('TypeError', e)
try:
    raise int
except TypeError as e:
    print('TypeError', e)
class NotExc: pass
try:
    try:
        pass
    except NotExc:
        pass
    print('unused bad except clause is fine')
    try:
        1 / 0
    except NotExc:
        pass
except TypeError as e:
    print('TypeError', e)
e = ValueError('x').with_traceback(None)
print(type(e).__name__, e.__traceback__)
def raiser(exc):
    raise exc
for exc_type in (KeyError, IndexError, RuntimeError):
    try:
        raiser(exc_type('msg'))
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, LookupError))
print(issubclass(type(saved[0]), Exception))
