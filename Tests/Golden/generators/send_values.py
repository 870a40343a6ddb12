# generator.send: priming with None, running averages, coroutine-style accumulators, return value.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, total)
a = averager()
print(a.send(None))
print(a.send(10), a.send(20), a.send(3))
try:
    a.send(None)
except StopIteration as e:
    print('returned', e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        print('received', received)
e = echo()
print(next(e))
print(e.send('a'), e.send('b'))
try:
    echo().send('not primed')
except TypeError as err:
    print('TypeError', err)
def gen_with_next():
    x = yield 1
    print('x is', x)
    y = yield 2
    print('y is', y)
g = gen_with_next()
print(next(g), next(g))
try:
    g.send('last')
except StopIteration:
    print('done')
