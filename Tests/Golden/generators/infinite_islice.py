# Infinite generators consumed with itertools.islice, takewhile, and manual break.
import itertools
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(naturals(10), 2, 8, 2)))
print(list(itertools.islice(primes(), 15)))
print(list(itertools.takewhile(lambda x: x < 30, primes())))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:20], len(list(collatz(27))))
squares = (n * n for n in naturals())
for s in squares:
    if s > 50:
        print('first square > 50:', s)
        break
print(next(squares))
gen = primes()
print([next(gen) for _ in range(5)], next(gen))
