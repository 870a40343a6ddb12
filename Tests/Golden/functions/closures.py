# Closures: captured variables, late binding, cells shared between closures, nonlocal counters.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
def bound_now():
    fs = []
    for i in range(3):
        def mk(j):
            return lambda: j
        fs.append(mk(i))
    return [f() for f in fs]
print(bound_now())
def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(3))
def outer():
    x = 1
    def change():
        nonlocal x
        x = 2
    before = x
    change()
    return before, x
print(outer())
print(inc.__closure__ is not None, len(inc.__closure__), inc.__code__.co_freevars)
def deep():
    a = 'a'
    def l1():
        b = 'b'
        def l2():
            return a + b
        return l2
    return l1()()
print(deep())
