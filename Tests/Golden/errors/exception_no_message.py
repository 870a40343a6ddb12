# Exceptions with no message or an empty message print just the class name line.
import sys
def check(x):
    if x < 0:
        raise ValueError
    return x
print(check(1))
check(-1)
