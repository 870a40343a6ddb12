# Error inside a lambda called from a list comprehension: frames "<listcomp>" and "<lambda>" (CPython 3.11).
invert = lambda x: 1 / x
print([invert(v) for v in [4, 2]])
print([invert(v) for v in [1, 0]])
