# Bare raise, re-raising with a different exception, raise inside except, exception variable cleanup.
def bare():
    try:
        raise ValueError('original')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    bare()
except ValueError as e:
    print('caught again:', e)
try:
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError', err)
def reraise_modified():
    try:
        int('nope')
    except ValueError as err:
        err.args = ('modified: ' + err.args[0],)
        raise
try:
    reraise_modified()
except ValueError as e:
    print(e)
def raise_class():
    raise KeyError
try:
    raise_class()
except KeyError as e:
    print(repr(e), e.args)
try:
    raise TypeError('multi', 'args', 3)
except TypeError as e:
    print(e, e.args)
