# __iter__/__next__: custom iterators, iterables returning fresh iterators, StopIteration, iter() sentinel.
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(5)))
cd = CountDown(3)
print(next(cd), next(cd), next(cd), next(cd, 'done'))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), max(r))
for a, b in zip(Range2(3), CountDown(3)):
    print(a, b)
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it), list(it))
data = iter(['a', 'b', 'STOP', 'c'])
print(list(iter(lambda: next(data), 'STOP')))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
for i, f in enumerate(Fib()):
    if i >= 10:
        break
    print(f, end=' ')
print()
print(sorted(CountDown(4)), tuple(CountDown(2)), 'x'.join(map(str, CountDown(3))))
