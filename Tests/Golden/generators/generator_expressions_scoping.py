# Scoping inside generator expressions and generators capturing loop variables and enclosing names.
def make_gens():
    gens = []
    for i in range(3):
        gens.append((i * j for j in range(3)))
    return [list(g) for g in gens]
print(make_gens())
def make_gens_now():
    gens = []
    for i in range(3):
        gens.append(list(i * j for j in range(3)))
    return gens
print(make_gens_now())
factor = 2
g = (x * factor for x in range(3))
factor = 10
print(list(g))
class C:
    base = [1, 2]
    doubled = [b * 2 for b in base]
print(C.doubled)
def counter():
    n = 0
    def gen():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return gen(), lambda: n
g, peek = counter()
print(next(g), peek(), next(g), peek())
