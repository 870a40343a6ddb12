# args, str(), repr() of builtin exceptions with zero, one, and several args; KeyError quirks.
cases = [Exception(), Exception('msg'), Exception('a', 2), Exception(None), Exception(''),
         ValueError('bad value'), KeyError('a'), KeyError(1), KeyError(), KeyError('a', 'b'),
         IndexError('i'), TypeError(), OSError(2, 'No such file'), StopIteration(5),
         AttributeError('attr'), ZeroDivisionError('division by zero'), RuntimeError(['list'])]
for e in cases:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
print(str(KeyError('a')) == "'a'", str(KeyError("it's")), str(KeyError('')))
try:
    {'x': 1}['y']
except KeyError as e:
    print(e, repr(e), e.args[0])
try:
    {}[(1, 2)]
except KeyError as e:
    print('tuple key:', e)
e = OSError(2, 'No such file', 'f.txt')
print(e.errno, e.strerror, e.filename, str(e))
print(StopIteration(7).value, StopIteration().value)
print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code)
print(f'{ValueError("in fstring")}', '%s' % KeyError('k'))
print(BaseException('base'), repr(Warning('w')))
