# ZeroDivisionError messages for int/float true, floor, modulo, divmod, pow; in nested calls.
ops = [
    ('1 / 0', lambda: 1 / 0), ('1 // 0', lambda: 1 // 0), ('1 % 0', lambda: 1 % 0),
    ('1.0 / 0', lambda: 1.0 / 0), ('1 / 0.0', lambda: 1 / 0.0), ('1.0 // 0.0', lambda: 1.0 // 0.0),
    ('1.0 % 0', lambda: 1.0 % 0), ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('divmod(1.0, 0)', lambda: divmod(1.0, 0)), ('0 ** -1', lambda: 0 ** -1),
    ('0.0 ** -1', lambda: 0.0 ** -1), ('pow(0, -2)', lambda: pow(0, -2)),
    ('10**20 // 0', lambda: 10 ** 20 // 0), ('True / False', lambda: True / False),
]
for label, fn in ops:
    try:
        fn()
    except ZeroDivisionError as e:
        print(f'{label:15} -> {type(e).__name__}: {e}')
def level3(x): return 100 / x
def level2(x): return level3(x - 1)
def level1(x): return level2(x - 1)
for start in [5, 2]:
    try:
        print(level1(start))
    except ZeroDivisionError as e:
        print('deep error:', e)
