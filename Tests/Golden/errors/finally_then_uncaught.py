# finally and except blocks run (stdout) before the uncaught exception's traceback reaches stderr.
def work():
    try:
        print('working')
        raise IndexError('list index out of range (simulated)')
    finally:
        print('cleanup in finally')
try:
    work()
except KeyError:
    print('wrong handler')
