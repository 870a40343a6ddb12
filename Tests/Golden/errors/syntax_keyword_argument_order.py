# SyntaxError: positional argument follows keyword argument.
print(sep='-', 'a', 'b')
