# A short tour of the language SwiftRay runs: a Python 3.11 dialect.
# The output is deterministic and identical under CPython 3.11 (`python3 Notebooks/tour.py`).


class Account:
    """A bank account with a running balance."""

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, iterable):
    for i, value in enumerate(iterable):
        if i == n:
            return
        yield value


account = SavingsAccount("ada", 100)
account.deposit(50)
print(account)
print(f"interest: {account.add_interest():.2f}, balance now {account.balance:.2f}")

try:
    account.deposit(-5)
except ValueError as error:
    print(f"refused: {error}")
finally:
    print("done with deposits")

fibs = list(take(10, fibonacci()))
print("first fibonacci numbers:", fibs)
evens = [f for f in fibs if f % 2 == 0]
print(f"{len(evens)} even, sum {sum(evens)}, squares {[e * e for e in evens]}")
widths = {name: len(name) for name in ["ray", "swift", "python"]}
for name, width in sorted(widths.items(), key=lambda item: item[1]):
    print(f"{name:>8} | {width:03d}")

# --- The cluster: tasks, objects and actors on a local Ray-style cluster (started on first use) ---
import time
import ray


@ray.remote
def slow_square(x):
    time.sleep(0.5)
    return x * x


start = time.time()
squares = ray.get([slow_square.remote(i) for i in range(4)])  # runs on the worker processes, in parallel
print(f"squares {squares} in {time.time() - start:.1f} s (one task alone takes 0.5 s)")

shared = ray.put(list(range(100_000)))  # a large object: it goes to shared memory once


@ray.remote
def total(numbers, offset):
    return sum(numbers) + offset


print("sums:", ray.get([total.remote(shared, k) for k in range(3)]))


@ray.remote
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
        self.count = 0

    def greet(self, name):
        self.count += 1
        print(f"{self.greeting}, {name}!")  # printed by the actor's process, shown here with its prefix
        return self.count


greeter = Greeter.remote("hello")
print("greetings so far:", ray.get([greeter.greet.remote(n) for n in ["ada", "grace"]])[-1])
