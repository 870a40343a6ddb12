# User exception subclasses with extra attributes, custom __str__, super().__init__ args, hierarchies.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f'{field}: {message}')
        self.field = field
        self.message = message
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f'not found: {self.key}'
class WithCode(AppError):
    def __init__(self, msg, code=500):
        super().__init__(msg, code)
        self.code = code
try:
    raise ValidationError('age', 'must be positive')
except AppError as e:
    print(type(e).__name__, e, e.field, e.message, e.args)
try:
    raise NotFound('user:42')
except NotFound as e:
    print(type(e).__name__, e, repr(e), e.args, e.key)
try:
    raise WithCode('server exploded', 503)
except AppError as e:
    print(e, repr(e), e.code, e.args)
try:
    raise AppError
except AppError as e:
    print(repr(e), str(e) == '', e.args)
errors = [ValidationError('x', 'y'), NotFound(1), WithCode('z')]
print([isinstance(e, AppError) for e in errors], [type(e).__mro__[1].__name__ for e in errors])
class Retry(Exception):
    attempts = 0
for i in range(3):
    try:
        Retry.attempts += 1
        raise Retry(i)
    except Retry as r:
        print('retry', r, Retry.attempts)
print(str(ValidationError('a', 'b')), AppError('one', 2))
