# Nested try blocks, multiple except clauses, tuple of exception types, handler order matters.
def classify(exc):
    try:
        try:
            raise exc
        except (KeyError, IndexError) as e:
            return f'lookup handler: {type(e).__name__}'
        except ArithmeticError:
            return 'arith handler'
    except Exception as e:
        return f'outer handler: {type(e).__name__}'
for exc in [KeyError(), IndexError(), ZeroDivisionError(), ValueError(), OverflowError()]:
    print(classify(exc))
def first_match():
    try:
        raise ZeroDivisionError('z')
    except ArithmeticError:
        return 'ArithmeticError first'
    except ZeroDivisionError:
        return 'never reached'
print(first_match())
def handler_raises():
    try:
        try:
            raise ValueError('v')
        except ValueError:
            raise TypeError('from handler')
        except TypeError:
            return 'sibling handler does not catch'
    except TypeError as e:
        return f'outer caught {e}'
print(handler_raises())
errors = (ValueError, TypeError)
try:
    int([])
except errors as e:
    print('dynamic tuple caught', type(e).__name__)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        try:
            raise ValueError('deeper')
        except ValueError as v:
            print('deep handled', v)
        print('still in KeyError handler')
        raise
except KeyError as k:
    print('re-raised', k)
