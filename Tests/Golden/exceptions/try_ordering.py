# try/except/else/finally execution order in success, failure, and nested cases.
def run(fail):
    trace = []
    try:
        trace.append('try')
        if fail:
            raise ValueError('x')
        trace.append('try end')
    except ValueError:
        trace.append('except')
    else:
        trace.append('else')
    finally:
        trace.append('finally')
    trace.append('after')
    return trace
print(run(False))
print(run(True))
def nested(level):
    trace = []
    try:
        try:
            trace.append('inner try')
            if level == 1:
                raise KeyError('k')
            if level == 2:
                raise TypeError('t')
        except KeyError:
            trace.append('inner except KeyError')
        finally:
            trace.append('inner finally')
        trace.append('between')
    except TypeError:
        trace.append('outer except TypeError')
    finally:
        trace.append('outer finally')
    return trace
for lvl in range(3):
    print(lvl, nested(lvl))
def else_raises():
    try:
        pass
    except ValueError:
        print('not here')
    else:
        raise ValueError('from else')
    finally:
        print('finally after else raise')
try:
    else_raises()
except ValueError as e:
    print('caught', e)
try:
    try:
        raise ValueError('a')
    finally:
        print('finally sees exception passing through')
except ValueError as e:
    print('outer caught', e)
