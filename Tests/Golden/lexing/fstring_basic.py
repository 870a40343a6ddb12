# f-strings: nested expressions, conversions !r/!s/!a, self-documenting =, brace escaping.
name = 'World'
n = 42
items = [1, 2, 3]
d = {'k': 'v', 'n': 7}
print(f'Hello, {name}!')
print(f'{n} {n + 1} {n * 2} {n ** 2} {-n}')
print(f'{items} {items[0]} {items[-1]} {len(items)} {sum(items)}')
print(f"{d['k']} {d['n'] * 2}")
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'{n=} {name=} {n + 1=} {items[1]=}')
print(f'{n = } {name = !s} {n=:5d}|')
print(f'{{literal}} {{{n}}} {{}}')
print(f'{"nested quotes"} {"x" if n else "y"}')
print(F'upper prefix {n}')
print(f'{[x * 2 for x in items]}')
print(f'{ {"a": 1}["a"] }')
print(f'{(lambda x: x + 1)(5)}')
print(f'{name.upper()} {name.lower()[::-1]}')
print(f'{3.0} {1e16} {0.1 + 0.2} {None} {True} {(1, 2)}')
print(f'{n:{"" if n else "x"}}')
print(f'a' f'b{n}' 'c' f'{n}d')
print(f'''triple {n}
second line {name}''')
x = 10
print(f'{x if x > 5 else -x}', f'{x > 5}', f'{x:>{x // 2}}|')
print(f'{f"{n}"}', f'{f"inner {name!r}"}')
class P:
    def __repr__(self): return 'P-repr'
    def __str__(self): return 'P-str'
    def __format__(self, spec): return 'P-format(' + spec + ')'
p = P()
print(f'{p} {p!r} {p!s} {p:abc} {p=}')
