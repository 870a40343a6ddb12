# Tuples: creation forms, one-element commas, immutability errors, methods, comparison, nesting, packing.
t = (1, 'two', 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t.count(1), t.index(3.0))
print((), (1,), tuple(), tuple('ab'), tuple([1, 2]), 1, (1), type((1)).__name__, type((1,)).__name__)
x = 1, 2, 3
print(x, type(x).__name__)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError', e)
inner = ([1], 2)
inner[0].append('mutable inside')
print(inner)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
print(max((1, 'b'), (1, 'a')), sorted([(2, 'x'), (1, 'y'), (2, 'a')]))
a, b = b, a = 1, 2
print(a, b)
print(tuple(i * i for i in range(4)), (*range(3), 'end'))
try:
    (1, 2).append(3)
except AttributeError as e:
    print('AttributeError', e)
print(repr((1,)), str(('a',)), ((),), (((1,),),))
print(hash((1, 2, 3)) == hash((1, 2, 3)), {(1, 2): 'tuple key'}[(1, 2)])
