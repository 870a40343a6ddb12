# generator.throw and close: exception injected at the yield, handled or propagated, finally and GeneratorExit.
def worker():
    try:
        while True:
            try:
                v = yield 'ready'
                print('got', v)
            except ValueError as e:
                print('handled ValueError', e)
                yield 'recovered'
    finally:
        print('worker cleanup')
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError('bad')))
print(next(w))
try:
    w.throw(KeyError('fatal'))
except KeyError as e:
    print('propagated', repr(e))
print(next(w, 'dead'))
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('finally in closable')
c = closable()
print(next(c))
c.close()
c.close()
print(next(c, 'closed'))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print('RuntimeError', e)
unstarted = closable()
unstarted.close()
print('unstarted closed without running finally')
def thrower():
    yield 1
t = thrower()
try:
    t.throw(IndexError('before start'))
except IndexError as e:
    print('thrown into unstarted:', e)
