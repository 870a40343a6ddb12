# SyntaxError: duplicate argument name in a function definition.
def f(a, b, a):
    return a
