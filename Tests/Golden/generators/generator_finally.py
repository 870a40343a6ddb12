# Generators and try/finally: cleanup on exhaustion, on break (via close), on exception, return inside try.
def managed(name):
    print('open', name)
    try:
        for i in range(3):
            yield f'{name}{i}'
    finally:
        print('close', name)
for x in managed('a'):
    print(x)
g = managed('b')
for x in g:
    print(x)
    if x == 'b0':
        break
g.close()
print('after break')
def failing():
    try:
        yield 1
        raise ValueError('inside generator')
    finally:
        print('failing cleanup')
try:
    for v in failing():
        print('v', v)
except ValueError as e:
    print('caught', e)
def early_return():
    try:
        yield 'first'
        return 'early'
    finally:
        print('early_return finally')
print(list(early_return()))
def nested():
    try:
        try:
            yield 1
        finally:
            print('inner finally')
        yield 2
    finally:
        print('outer finally')
n = nested()
print(next(n), next(n))
n.close()
