# sys.exit(2) from a nested call: finally blocks still run (printing to stdout) before the process exits with 2.
import sys
def inner():
    try:
        sys.exit(2)
    finally:
        print('inner finally')
def outer():
    try:
        inner()
    except ValueError:
        print('not a ValueError')
    finally:
        print('outer finally')
outer()
print('not reached')
