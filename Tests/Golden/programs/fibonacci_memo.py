# Memoized Fibonacci with an explicit dict, iterative version, big values, and call counting.
memo = {0: 0, 1: 1}
calls = 0
def fib(n):
    global calls
    calls += 1
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(20)])
calls = 0
print(fib(300), calls)
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib_iter(i) == fib(i) for i in range(300)))
print(len(str(fib_iter(1000))), str(fib_iter(1000))[:15])
print([fib(i) % 10 for i in range(30)])
evens = [f for f in (fib_iter(i) for i in range(50)) if f % 2 == 0]
print(evens[:10], sum(f for f in evens if f < 4_000_000))
ratio = fib(60) / fib(59)
print(round(ratio, 12), round((1 + 5 ** 0.5) / 2, 12))
