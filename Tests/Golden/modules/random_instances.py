# random.Random instances: independent streams, getstate/setstate replay, reseeding reproduces sequences.
import random
a = random.Random(10)
b = random.Random(10)
print(a.random() == b.random(), [a.randint(0, 9) for _ in range(8)])
print([b.randint(0, 9) for _ in range(8)])
c = random.Random()
c.seed(123)
state = c.getstate()
first = [c.random() for _ in range(3)]
c.setstate(state)
second = [c.random() for _ in range(3)]
print(first == second, first)
random.seed(10)
x = random.random()
random.seed(10)
print(x == random.random(), x)
r = random.Random(555)
deck = [f'{rank}{suit}' for suit in 'SH' for rank in 'A23']
r.shuffle(deck)
print(deck, r.choice(deck), r.sample(deck, 2))
print(random.Random(0).random(), random.Random(1).random(), random.Random(2 ** 32).random())
