# if/elif/else chains, truthiness of many values, nested conditionals and conditional expressions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
for v in [0, 1, -1, 0.0, 0.1, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 7
if x > 5:
    if x % 2:
        print('big odd')
    else:
        print('big even')
print('yes' if x else 'no', 'a' if x > 10 else 'b' if x > 5 else 'c')
if not x: print('never')
elif x: print('elif on one line')
if x == 7 and not x == 8 or x is None:
    print('compound')
y = None
if y is None:
    print('y is None')
if y is not None:
    print('unreachable')
