# global and nonlocal declarations, shadowing, and UnboundLocalError.
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)
def make_global():
    global created_later
    created_later = 'made inside'
make_global()
print(created_later)
x = 'global x'
def outer():
    x = 'outer x'
    def inner():
        nonlocal x
        x = 'changed by inner'
    inner()
    return x
print(outer(), x)
def shadow():
    x = 'local'
    return x
print(shadow(), x)
def reads_global():
    return x
print(reads_global())
def bad():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
bad()
def two_levels():
    a = 0
    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
        inner()
    mid()
    return a
print(two_levels())
def gl_in_loop():
    global counter
    for _ in range(5):
        counter += 1
gl_in_loop()
print(counter)
print(isinstance(UnboundLocalError(), NameError))
