# Keyword-only and positional-only parameters, and the TypeErrors when misused.
def kw(a, *, b, c=3):
    return (a, b, c)
print(kw(1, b=2), kw(1, c=0, b=9))
def pos(a, b, /, c, *, d):
    return (a, b, c, d)
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def mixed(a, /, b=2, *args, c, **kw):
    return a, b, args, c, kw
print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, a=6))
for call in [lambda: kw(1, 2), lambda: kw(1), lambda: pos(1, b=2, c=3, d=4),
             lambda: pos(1, 2, 3, 4), lambda: kw(1, b=2, e=5), lambda: kw(a=1, b=2, a2=0)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
def only_pos(x, y, /):
    return x - y
print(only_pos(10, 3))
def star_only(*, x=1, y=2):
    return x + y
print(star_only(), star_only(y=10))
