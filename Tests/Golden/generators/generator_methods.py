# Generator-based iterators on classes, generator functions with arguments, and send-driven state.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        return (x for x in self if x % 2 == 0)
c = Countdown(6)
print(list(c), list(c.evens()), sum(c))
def traffic_light():
    states = ['green', 'yellow', 'red']
    i = 0
    while True:
        cmd = yield states[i]
        if cmd == 'reset':
            i = 0
        else:
            i = (i + 1) % len(states)
light = traffic_light()
print(next(light), light.send('tick'), light.send('tick'), light.send('tick'), light.send('reset'))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave('abc', [1, 2], range(10, 14))))
def enumerate_from(it, start):
    n = start
    for x in it:
        yield n, x
        n += 1
print(list(enumerate_from('xyz', 5)))
