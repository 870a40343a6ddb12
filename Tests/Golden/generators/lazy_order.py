# Generator laziness: body runs only on next(), interleaving of prints between producer and consumer.
def gen():
    print('  start')
    yield 1
    print('  after 1')
    yield 2
    print('  after 2')
    return
print('creating')
g = gen()
print('created', type(g).__name__)
print('next ->', next(g))
print('next ->', next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(next(g, 'exhausted'))
def numbers():
    for i in range(3):
        print(f'  produce {i}')
        yield i
def doubled(src):
    for x in src:
        print(f'  double {x}')
        yield x * 2
for v in doubled(numbers()):
    print('consume', v)
pipeline = (x + 1 for x in doubled(numbers()))
print('pipeline built')
print(next(pipeline))
print(list(pipeline))
