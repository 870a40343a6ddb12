# Return semantics: implicit None, multiple values as tuples, early returns, return in loops.
def nothing(): pass
def explicit_none(): return
def multi(): return 1, 'two', [3]
print(nothing(), explicit_none(), multi())
a, b, c = multi()
print(a, b, c)
def first_negative(nums):
    for n in nums:
        if n < 0:
            return n
    return 'none'
print(first_negative([3, -1, -5]), first_negative([1]))
def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0
print([sign(v) for v in (-3, 0, 8)])
def returns_func():
    def inner():
        return 'inner result'
    return inner
print(returns_func()())
def with_finally():
    try:
        return 'try'
    finally:
        print('finally runs before return completes')
print(with_finally())
def override():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(override())
