# String += in loops and on shared strings: in-place appends must never be visible through other references.
def f():
    s = "ab"
    t = s
    s += "c"
    print(s, t)
    u = ""
    for i in range(5):
        u += str(i)
    print(u)
    k = "x"
    d = {k: 1}
    k += "y"
    print(k, d)
f()
s = "a"
s += "b"
print(s)
