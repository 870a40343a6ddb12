# Three chained exceptions mixing explicit cause and implicit context.
def a():
    raise ValueError('level one')
def b():
    try:
        a()
    except ValueError as e:
        raise TypeError('level two') from e
def c():
    try:
        b()
    except TypeError:
        raise KeyError('level three')
c()
