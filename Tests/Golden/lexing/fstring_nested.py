# f-string nesting: quotes of different kinds, nested f-strings, dicts, calls, multiline.
data = {'a': [1, 2, {'b': 'deep'}], 'width': 6}
print(f"{data['a'][2]['b']}")
print(f'{data["a"][0] + data["a"][1]}')
print(f"{data['a'][2]['b']:>{data['width']}}|")
print(f"{'-'.join(f'{i:02d}' for i in range(4))}")
print(f"{', '.join([f'<{k}>' for k in sorted(data)])}")
def fmt(v, width=5):
    return f'[{v:^{width}}]'
print(fmt('x'), fmt(12, 7), f'{fmt("y", 3)}')
rows = [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('banana', 10.0, 1)]
for name, price, qty in rows:
    print(f'{name:<8}{price:>8.2f}{qty:>4d}{price * qty:>9.3f}')
print(f'''{
    1 + 2
}''')
total = sum(p * q for _, p, q in rows)
print(f'total={total:.2f} avg={total / len(rows):.4f}')
print(f'{"{"}{"}"}', f'{{{1}}}', f'{{{{')
x = 5
print(f'{x!r:>4}|{str(x)!r}|{repr(str(x))}')
print(f'{x:{"0"}{">"}{3}}')
print(f"{'yes' if x > 3 else 'no'} {'a' 'b'} {x and 'truthy'}")
