# __enter__/__exit__: resource tracking, exception info passed to __exit__, suppression, nesting.
class Resource:
    open_count = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.open_count += 1
        print(f'open {self.name} (open={Resource.open_count})')
        return self
    def __exit__(self, et, ev, tb):
        Resource.open_count -= 1
        print(f'close {self.name} et={et.__name__ if et else None} ev={ev!r} tb={tb is not None}')
        return False
with Resource('db') as r:
    print('using', r.name)
try:
    with Resource('file') as f:
        with Resource('lock'):
            raise RuntimeError('boom')
except RuntimeError as e:
    print('caught', e, Resource.open_count)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    [][1]
print('IndexError suppressed')
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed:', e)
class Timer:
    def __enter__(self):
        self.entered = True
        return 'value from enter'
    def __exit__(self, *args):
        print('exit args', args)
with Timer() as t:
    print(t)
import contextlib
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('div') as d, tag('span'):
    print('inside', d)
with contextlib.suppress(ValueError):
    int('x')
print('done')
