# yield from: delegation, return value of subgenerator, send/throw passthrough, yield from iterables.
def sub(n):
    for i in range(n):
        received = yield i
        if received:
            print('sub got', received)
    return f'sub({n}) done'
def main():
    r1 = yield from sub(2)
    print('r1 =', r1)
    r2 = yield from sub(3)
    print('r2 =', r2)
    yield from 'xy'
    yield from [10, 20]
    return 'main done'
g = main()
print(list(g))
g = main()
print(next(g), g.send('hello'), next(g))
def catcher():
    try:
        yield 1
        yield 2
    except KeyError:
        yield 'caught inside sub'
def outer():
    yield from catcher()
    yield 'outer continues'
o = outer()
print(next(o), o.throw(KeyError), next(o))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def gen_return():
    yield 1
    return 'value'
def wrapper():
    result = yield from gen_return()
    yield result
print(list(wrapper()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain(range(2), 'ab', (None,))))
