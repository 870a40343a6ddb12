# IndentationError: expected an indented block after an if statement.
def f(x):
    if x:
    return 1
    return 0
