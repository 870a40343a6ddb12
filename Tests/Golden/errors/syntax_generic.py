# SyntaxError: plain "invalid syntax" for an else without if.
x = 1
print(x)
else:
    pass
