# Infinite recursion: RecursionError with the "[Previous line repeated N more times]" traceback compression.
def forever(n):
    return forever(n + 1)
print('starting')
forever(0)
