# with-statement exception suppression: __exit__ return values, contextlib.suppress, nested managers.
import contextlib
class Swallow:
    def __init__(self, result):
        self.result = result
    def __enter__(self):
        return self
    def __exit__(self, et, e, tb):
        print('exit got', et.__name__ if et else None, 'returning', self.result)
        return self.result
for result in [True, False, 1, 0, 'yes', '', None]:
    try:
        with Swallow(result):
            raise ValueError('x')
        print('suppressed with', repr(result))
    except ValueError:
        print('propagated with', repr(result))
with contextlib.suppress(KeyError, IndexError):
    print('before')
    {}['a']
    print('never')
print('after suppress')
with Swallow(True), Swallow(False):
    raise RuntimeError('inner manager does not suppress, outer does')
print('continued')
def in_function():
    with Swallow(True):
        return 'return through manager'
print(in_function())
